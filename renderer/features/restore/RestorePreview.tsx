// What the checked backup would do to the vault: when it was made, what it holds, one line per kind
// of record, and the policy for records present on both sides, which re-plans at once.
import { useId } from 'react'
import type { RestorePolicy } from '@shared/backup'
import type { RestoreCheck } from '../../restore/restoreCheck'
import { sizeText } from './RestoreProgressBar'
import { formatTimestamp } from '../../src/locale'
import { restoreMessages as m } from './restoreMessages'

const POLICIES: RestorePolicy[] = ['newer-wins', 'backup-wins', 'keep-mine']

interface Props {
  check: RestoreCheck
  /** Omitted for a new vault, where every record is added and there is nothing to choose. */
  onPolicy?: (policy: RestorePolicy) => void
  disabled?: boolean
}

export function RestorePreview({ check, onPolicy, disabled }: Props) {
  const headingId = useId()
  const name = useId()
  const { header, plan } = check
  return (
    <section className="restore-preview stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.previewTitle}</h3>
      <p>{m.madeOn(formatTimestamp(header.createdAt, 'long'))}</p>
      <p className="muted">{m.summary(header.counts.records, header.counts.files, sizeText(check.fileBytes))}</p>
      <ul className="restore-preview__lines" aria-label={m.previewTitle}>
        {plan.preview.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {onPolicy && (
        <fieldset className="restore-preview__policy" disabled={disabled}>
          <legend>{m.policyLegend}</legend>
          {POLICIES.map((policy) => (
            <label key={policy} className="restore-preview__choice">
              <input type="radio" name={name} value={policy} checked={plan.policy === policy} onChange={() => onPolicy(policy)} />
              <span>
                <span className="restore-preview__label">{m.policies[policy].label}</span>
                <span className="muted restore-preview__hint">{m.policies[policy].hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {plan.unchanged && <p className="form-warning">{m.unchanged}</p>}
    </section>
  )
}

/** Totals over every kind, for the confirmation. */
export function planTotals(check: RestoreCheck): { add: number; update: number; keep: number } {
  return check.plan.counts.reduce((t, c) => ({ add: t.add + c.add, update: t.update + c.update, keep: t.keep + c.keep }), { add: 0, update: 0, keep: 0 })
}
