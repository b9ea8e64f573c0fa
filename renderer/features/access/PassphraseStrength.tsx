// Strength meter (zxcvbn score 0–4, as a bar and as words) and the live list of problems.
import type { PassphraseAssessment } from '@shared/vault/passphrasePolicy'
import { localiseSchemaMessage } from '../../i18n/schemaMessages'
import { accessMessages } from './messages'

interface Props {
  id: string
  assessment: PassphraseAssessment
  /** Nothing typed yet: show the advice instead of problems. */
  empty: boolean
}

export function PassphraseStrength({ id, assessment, empty }: Props) {
  const label = accessMessages.strengthLabels[assessment.score]
  return (
    <div className="strength" id={id}>
      <div className="strength__row">
        <div
          className={`strength__bar strength__bar--${empty ? 'empty' : assessment.score}`}
          role="meter"
          aria-label={accessMessages.strength}
          aria-valuemin={0}
          aria-valuemax={4}
          aria-valuenow={empty ? 0 : assessment.score}
          aria-valuetext={empty ? '' : label}
        >
          {[0, 1, 2, 3, 4].map((i) => (
            <span key={i} className={`strength__segment${!empty && assessment.score >= i ? ' strength__segment--on' : ''}`} />
          ))}
        </div>
        <span className="strength__text">
          {accessMessages.strength}: {empty ? '—' : label}
        </span>
      </div>
      {empty ? (
        <p className="field-hint">{accessMessages.strengthHint}</p>
      ) : (
        assessment.problems.length > 0 && (
          <ul className="strength__problems" aria-live="polite">
            {assessment.problems.map((p) => (
              <li key={p}>{localiseSchemaMessage(p)}</li>
            ))}
          </ul>
        )
      )}
    </div>
  )
}
