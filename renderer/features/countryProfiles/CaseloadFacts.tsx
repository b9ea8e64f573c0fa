// What the lawyer's own files show about a country: counts by outcome and kind, and how long the
// CCF took to decide. Numbers only; no client or matter is named.
import { DATA_ITEM_KINDS, MATTER_OUTCOMES, type CountryCaseload } from '@shared/countryProfiles/countryCaseload'
import { formatNumber } from '../../src/locale'
import { countryProfileMessages as m } from './messages'

export const months = (n: number) => formatNumber(n, { maximumFractionDigits: 1 })

export function CaseloadFacts({ caseload }: { caseload: CountryCaseload }) {
  const t = caseload.ccfTime
  return (
    <section className="panel" aria-labelledby="caseload-heading">
      <h2 id="caseload-heading">{m.caseloadHeading}</h2>
      <p data-testid="caseload-matters">{caseload.matters === 0 ? m.caseloadNone : m.caseloadMatters(caseload.matters)}</p>
      {caseload.matters > 0 && (
        <div className="grid-2">
          <div>
            <h3>{m.byOutcomeHeading}</h3>
            <dl className="facts country-counts" aria-label={m.byOutcomeHeading}>
              {MATTER_OUTCOMES.map((o) => (
                <div className="facts__row" key={o}>
                  <dt>{m.outcomes[o]}</dt>
                  <dd>{formatNumber(caseload.byOutcome[o])}</dd>
                </div>
              ))}
            </dl>
          </div>
          <div>
            <h3>{m.byKindHeading}</h3>
            <dl className="facts country-counts" aria-label={m.byKindHeading}>
              {DATA_ITEM_KINDS.map((k) => (
                <div className="facts__row" key={k}>
                  <dt>{m.kinds[k]}</dt>
                  <dd>{formatNumber(caseload.byKind[k])}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      )}
      {caseload.matters > 0 && (
        <>
          <h3>{m.ccfTimeHeading}</h3>
          {t.decided === 0 || t.medianMonths === undefined || t.minMonths === undefined || t.maxMonths === undefined ? (
            <p className="muted">{m.ccfTimeNone}</p>
          ) : (
            <ul className="plain-list" data-testid="ccf-time">
              <li>{m.ccfTimeMonths(t.decided, months(t.medianMonths), months(t.minMonths), months(t.maxMonths))}</li>
              {t.withStatuteLimit > 0 && <li>{m.ccfWithinLimit(formatNumber(t.withinStatuteLimit), formatNumber(t.withStatuteLimit))}</li>}
              {t.extended > 0 && <li>{m.ccfExtended(formatNumber(t.extended))}</li>}
              {t.countedFromReceipt > 0 && <li className="muted">{m.ccfFromReceipt(t.countedFromReceipt)}</li>}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
