// Export (issue #4 item 7): placeholder until the submission builder lands.
import { preflight, type PetitionDraft } from '@shared/petitions'
import { todayIso } from './today'
import { petitionMessages as m } from './messages'

export function ExportScreen({ draft }: { draft: PetitionDraft }) {
  const result = preflight(draft, { today: todayIso() })
  if (!result.canExport) return <p role="alert">{m.exportBlocked}</p>
  return <p>{m.exportIntro}</p>
}
