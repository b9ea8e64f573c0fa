import { useNavigation } from '../../src/navigation'
import { PageHeading } from '../../src/ui/PageHeading'
import { shellMessages } from '../shell/messages'

export function DossierNotFound() {
  const { navigate } = useNavigation()
  return (
    <div className="page">
      <PageHeading>{shellMessages.pageNotFound}</PageHeading>
      <button type="button" className="button" onClick={() => navigate({ page: 'dossiers' })}>
        {shellMessages.backToDossiers}
      </button>
    </div>
  )
}
