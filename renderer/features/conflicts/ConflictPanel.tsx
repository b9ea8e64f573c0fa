// Possible conflicts for the client being created: existing clients and contacts with the same or a
// similar name, why each is listed, and the lawyer's way out in both directions (open the existing
// dossier, or confirm it is someone else). It never blocks silently and never clears the form.
import { forwardRef } from 'react'
import type { PossibleConflict } from '@shared/conflicts'
import { contactRoleLabels } from '../contacts/messages'
import './conflicts.css'
import { conflictMessages as m, reasonLabels, storedFieldLabels, strengthLabels, typedFieldLabels } from './messages'

interface ConflictPanelProps {
  readonly conflicts: readonly PossibleConflict[]
  /** "Save client" was pressed while these were unconfirmed. */
  readonly mustCheck: boolean
  readonly confirmed: boolean
  readonly busy: boolean
  readonly onOpenDossier: (dossierId: string) => void
  readonly onOpenContacts: () => void
  readonly onCreateAnyway: () => void
}

export const ConflictPanel = forwardRef<HTMLElement, ConflictPanelProps>(function ConflictPanel(p, ref) {
  if (p.conflicts.length === 0) return null
  return (
    <section ref={ref} tabIndex={-1} className="warning-box stack conflict-panel" aria-labelledby="conflict-panel-title">
      <h2 id="conflict-panel-title" className="warning-box__title">
        {m.titleWithCount(p.conflicts.length)}
      </h2>
      {p.mustCheck && !p.confirmed && <p role="alert">{m.mustCheck}</p>}
      <p>{m.intro}</p>
      <ul className="conflict-list" aria-label={m.title}>
        {p.conflicts.map((c) => (
          <li key={`${c.kind}:${c.id}`} className="conflict-list__item">
            <p>
              <strong dir="auto">{c.name}</strong>
              {' · '}
              {c.kind === 'client' ? m.client : m.contactWithRole(c.role ? contactRoleLabels[c.role] : '')}
              {' · '}
              <span className="conflict-list__strength">{strengthLabels[c.strength]}</span>
            </p>
            <p className="muted">
              {m.matched(c.matchedName, storedFieldLabels[c.matchedField], typedFieldLabels[c.typedField], c.typedName)}
            </p>
            <p>
              {m.reasons(c.reasons.map((r) => reasonLabels[r]).join(m.reasonSeparator))}
            </p>
            {c.kind === 'client' ? (
              <button type="button" className="button" onClick={() => p.onOpenDossier(c.id)} aria-label={m.openDossierOf(c.name)}>
                {m.openDossier}
              </button>
            ) : (
              <button type="button" className="button" onClick={p.onOpenContacts}>
                {m.openContacts}
              </button>
            )}
          </li>
        ))}
      </ul>
      {p.confirmed ? (
        <p>{m.confirmed}</p>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={p.onCreateAnyway} disabled={p.busy}>
            {m.createAnyway}
          </button>
        </div>
      )}
      <p className="muted">{m.privacy}</p>
    </section>
  )
})
