// Every answer with an Edit link to its step, the admissibility pre-flight (export disabled while
// anything blocks), and the eligibility checks as guidance.
import { eligibilityChecks, preflight, STEPS, validateStep, type PetitionDraft, type StepId } from '@shared/petitions'
import { todayIso } from './today'
import { CertaintyBadge, EligibilityList } from './Guidance'
import { petitionMessages as m } from './messages'
import { GroundsMatrix } from './StepForms'
import { answersFor } from './answers'

export function ReviewScreen({ draft, onEdit, onExport }: { draft: PetitionDraft; onEdit: (step: StepId) => void; onExport: () => void }) {
  const result = preflight(draft, { today: todayIso() })
  return (
    <>
      {STEPS[draft.requestType].map((step) => {
        const v = validateStep(draft, step)
        return (
          <section key={step} className="review-step" aria-labelledby={`review-${step}`}>
            <div className="panel__head">
              <h3 id={`review-${step}`}>
                {m.stepTitles[step]} {!v.ok && <span className="badge badge--unconfirmed">{m.stepIncomplete}</span>}
              </h3>
              <button type="button" className="button button--quiet" aria-label={m.editStep(m.stepTitles[step])} onClick={() => onEdit(step)}>
                {m.edit}
              </button>
            </div>
            <dl className="facts">
              {answersFor(draft, step).map(([term, value], i) => (
                <div key={i} className="facts__row">
                  <dt>{term}</dt>
                  <dd dir="auto">{value || m.empty}</dd>
                </div>
              ))}
            </dl>
            {step === 'grounds' && <GroundsMatrix draft={draft} />}
          </section>
        )
      })}
      <section className="preflight" aria-labelledby="preflight-heading">
        <h3 id="preflight-heading">{m.preflightTitle}</h3>
        <p role="status" className={result.canExport ? 'preflight__verdict preflight__verdict--ok' : 'preflight__verdict preflight__verdict--blocked'}>
          {result.canExport ? m.preflightOk : m.preflightBlocked}
        </p>
        <ul className="preflight__list">
          {result.items.map((item) => (
            <li key={item.id} className={`preflight__item preflight__item--${item.ok ? 'ok' : item.blocking ? 'blocking' : 'warning'}`} data-item={item.id}>
              <span className="badge">{item.ok ? m.ok : item.blocking ? m.blocking : m.warning}</span> <span>{item.message}</span> <cite className="citation">({item.citation})</cite>
              {item.certainty && <CertaintyBadge certainty={item.certainty} />}
            </li>
          ))}
        </ul>
        <button type="button" className="button button--primary" disabled={!result.canExport} onClick={onExport}>
          {m.toExport}
        </button>
      </section>
      <section className="guidance-panel" aria-labelledby="review-guidance">
        <h3 id="review-guidance">{m.guidanceTitle}</h3>
        <p className="muted">{m.guidanceNote}</p>
        <EligibilityList checks={eligibilityChecks(draft)} />
      </section>
    </>
  )
}
