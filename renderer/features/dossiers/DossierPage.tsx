// One client's dossier: particulars, matters, their deadlines, timeline and notes.
import { useState } from 'react'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { uiMessages } from '../../src/ui/messages'
import { PageHeading } from '../../src/ui/PageHeading'
import { MatterDeadlines } from '../deadlines/MatterDeadlines'
import { HandoverButton } from '../handover/HandoverButton'
import { ClientSummary } from './ClientSummary'
import { DossierNotFound } from './DossierNotFound'
import { MattersSection } from './MattersSection'
import { dossierMessages as m } from './messages'
import { NotesSection } from './NotesSection'
import { TimelineSection } from './TimelineSection'

export function DossierPage({ dossierId }: { dossierId: string }) {
  const session = useSession()
  const { navigate, replace } = useNavigation()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const dossier = session.getDossier(dossierId)
  if (!dossier) return <DossierNotFound />
  const { client } = dossier

  const deleteDossier = async () => {
    setConfirmDelete(false)
    try {
      await session.deleteDossier(dossier.id)
      replace({ page: 'dossiers' })
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }

  return (
    <div className="page">
      <div className="page-title-row">
        <div>
          <PageHeading dirAuto>{client.legalName}</PageHeading>
          {client.latinName && client.latinName !== client.legalName && (
            <p className="page-subtitle" dir="auto">
              {client.latinName}
            </p>
          )}
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => navigate({ page: 'client-edit', dossierId: dossier.id })}>
            {m.editClient}
          </button>
          <HandoverButton dossierId={dossier.id} />
          <button type="button" className="button button--quiet-danger" onClick={() => setConfirmDelete(true)}>
            {m.deleteDossier}
          </button>
        </div>
      </div>
      <FormAlert>{failure}</FormAlert>
      <ClientSummary client={client} />
      <MattersSection dossier={dossier} />
      <MatterDeadlines dossier={dossier} />
      <TimelineSection dossier={dossier} />
      <NotesSection dossier={dossier} />
      {confirmDelete && (
        <ConfirmDialog
          title={m.deleteDossierTitle(client.legalName)}
          confirmLabel={m.deleteDossier}
          danger
          typeToConfirm={{ description: m.deleteDossierTypeWhat(client.legalName, m.deleteDossierWord), accepted: [client.legalName, m.deleteDossierWord] }}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void deleteDossier()}
        >
          <p>{m.deleteDossierBody}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
