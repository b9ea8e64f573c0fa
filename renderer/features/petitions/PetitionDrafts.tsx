// The request drafts of a matter, on the dossier page: resume or delete.
import { useState } from 'react'
import { StepId } from '@shared/petitions'
import { formatTimestamp } from '../../src/locale'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { uiMessages } from '../../src/ui/messages'
import { petitionMessages as m } from './messages'

function screenTitle(s: string): string {
  if (s === 'review') return m.review
  if (s === 'export') return m.exportTitle
  const step = StepId.safeParse(s)
  return step.success ? m.stepTitles[step.data] : ''
}

export function PetitionDrafts({ dossierId, matterId }: { dossierId: string; matterId: string }) {
  const session = useSession()
  const { navigate } = useNavigation()
  const [deleting, setDeleting] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const drafts = session.petitionDrafts(dossierId).filter((r) => r.draft.matterId === matterId)
  if (drafts.length === 0) return null

  const remove = async (id: string) => {
    setDeleting(null)
    try {
      await session.deletePetitionDraft(id)
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }

  return (
    <div className="petition-drafts">
      <h4>{m.draftsTitle}</h4>
      <FormAlert>{failure}</FormAlert>
      <ul>
        {drafts.map(({ draft, resumeAt }) => (
          <li key={draft.id} className="petition-drafts__item">
            <span>
              {m.draftLine(m.petitionTypes[draft.requestType], formatTimestamp(draft.updatedAt))}
              {resumeAt && <span className="muted"> · {screenTitle(resumeAt)}</span>}
            </span>
            <span className="button-row">
              <button type="button" className="button" aria-label={m.resumeDraft(m.petitionTypes[draft.requestType])} onClick={() => navigate({ page: 'petition', draftId: draft.id })}>
                {m.resume}
              </button>
              <button type="button" className="button button--quiet-danger" onClick={() => setDeleting(draft.id)}>
                {m.deleteDraft}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog title={m.deleteDraftTitle} confirmLabel={m.deleteDraft} danger onCancel={() => setDeleting(null)} onConfirm={() => void remove(deleting)}>
          <p>{m.deleteDraftBody}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
