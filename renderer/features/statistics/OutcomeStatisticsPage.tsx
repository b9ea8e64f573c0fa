// Outcome statistics (issue 8): the lawyer's own caseload counted — matters by requesting country
// and outcome, CCF requests by type, and time to decision against the Statute's 4 / 9 months
// (STAT Art. 40(1)/(2)) — as charts, each with a table of the same figures. Exact counts: this is
// the lawyer's own data. Only the anonymised report (ReportExport) can leave the app.
import { useId, useMemo } from 'react'
import { DATA_ITEM_KINDS, CCF_REQUEST_TYPES, DECISION_TIMINGS, MATTER_OUTCOMES, TIMED_REQUEST_TYPES, type CaseloadStatistics } from '@shared/statistics'
import { localeDirection, useUiLocale } from '../../i18n/uiLocale'
import { useSession } from '../../src/session'
import { formatNumber } from '../../src/locale'
import { PageHeading } from '../../src/ui/PageHeading'
import { statisticsMessages as m } from './messages'
import { ReportExport } from './ReportExport'
import { StackedBarChart, type ChartSeries } from './StackedBarChart'
import { caseloadOf, countryLabel, medianOf } from './statisticsModel'
import './statistics.css'

// Fixed per category so a colour means the same thing in every chart and language.
const OUTCOME_COLOURS = { pending: '#6b7280', deleted: '#15803d', corrected: '#0e7490', retained: '#b91c1c', implemented: '#1d4ed8' } as const
const TIMING_COLOURS = { within: '#15803d', extended: '#b45309', over: '#b91c1c', pending: '#6b7280', 'unknown-start': '#a8a29e' } as const

export function OutcomeStatisticsPage() {
  const session = useSession()
  const version = session.version
  const stats = useMemo(() => {
    void version
    return caseloadOf(session.dossiers())
  }, [session, version])

  return (
    <div className="page stat-page">
      <PageHeading>{m.title}</PageHeading>
      <p className="muted">{m.intro}</p>
      {stats.matters === 0 ? (
        <p className="empty-state">{m.empty}</p>
      ) : (
        <>
          <p>{m.summary(stats.matters, stats.requests)}</p>
          <CountrySection stats={stats} />
          <TimingSection stats={stats} />
          <CountsSection stats={stats} />
          <ReportExport stats={stats} />
        </>
      )}
    </div>
  )
}

function CountrySection({ stats }: { stats: CaseloadStatistics }) {
  const direction = localeDirection(useUiLocale())
  const headingId = useId()
  const series: ChartSeries[] = MATTER_OUTCOMES.map((o) => ({ key: o, name: m.outcomes[o], color: OUTCOME_COLOURS[o] }))
  const rows = stats.byCountry.map((c) => ({ label: countryLabel(c.country), values: { ...c.outcomes } }))
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.byCountryTitle}</h2>
      <figure className="stat-figure" data-testid="country-chart">
        <StackedBarChart rows={rows} series={series} title={m.byCountryTitle} description={m.byCountryChart} direction={direction} />
        <figcaption className="muted">{m.byCountryChart}</figcaption>
      </figure>
      <div className="stat-table-wrap">
        <table className="stat-table">
          <caption>{m.byCountryTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columnCountry}</th>
              {MATTER_OUTCOMES.map((o) => (
                <th scope="col" key={o}>
                  {m.outcomes[o]}
                </th>
              ))}
              <th scope="col">{m.columnTotal}</th>
            </tr>
          </thead>
          <tbody>
            {stats.byCountry.map((c) => (
              <tr key={c.country}>
                <th scope="row">{countryLabel(c.country)}</th>
                {MATTER_OUTCOMES.map((o) => (
                  <td key={o}>{formatNumber(c.outcomes[o])}</td>
                ))}
                <td>{formatNumber(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function TimingSection({ stats }: { stats: CaseloadStatistics }) {
  const direction = localeDirection(useUiLocale())
  const headingId = useId()
  const series: ChartSeries[] = DECISION_TIMINGS.map((t) => ({ key: t, name: m.timings[t], color: TIMING_COLOURS[t] }))
  const rows = TIMED_REQUEST_TYPES.map((type) => ({ label: m.timedRequestTypes[type], values: { ...stats.timing[type] } }))
  const median = (type: (typeof TIMED_REQUEST_TYPES)[number]) => {
    const value = medianOf(stats.monthsToDecision[type])
    return value === undefined ? m.noDecisionYet : formatNumber(value, { maximumFractionDigits: 1 })
  }
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.timingTitle}</h2>
      <p className="muted">{m.timingHowCounted}</p>
      <figure className="stat-figure" data-testid="timing-chart">
        <StackedBarChart rows={rows} series={series} title={m.timingTitle} description={m.timingChart} direction={direction} />
        <figcaption className="muted">{m.timingChart}</figcaption>
      </figure>
      <div className="stat-table-wrap">
        <table className="stat-table">
          <caption>{m.timingTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columnRequestType}</th>
              {DECISION_TIMINGS.map((t) => (
                <th scope="col" key={t}>
                  {m.timings[t]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TIMED_REQUEST_TYPES.map((type) => (
              <tr key={type}>
                <th scope="row">{m.timedRequestTypes[type]}</th>
                {DECISION_TIMINGS.map((t) => (
                  <td key={t}>{formatNumber(stats.timing[type][t])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{m.medianMonths(median('access'), median('correction-deletion'))}</p>
      <p className="context-note">{m.publishedFigures}</p>
    </section>
  )
}

function CountsSection({ stats }: { stats: CaseloadStatistics }) {
  const kindsId = useId()
  const typesId = useId()
  return (
    <div className="stat-counts">
      <section className="panel" aria-labelledby={kindsId}>
        <h2 id={kindsId}>{m.kindsTitle}</h2>
        <table className="stat-table">
          <thead>
            <tr>
              <th scope="col">{m.columnKind}</th>
              <th scope="col">{m.columnMatters}</th>
            </tr>
          </thead>
          <tbody>
            {DATA_ITEM_KINDS.map((k) => (
              <tr key={k}>
                <th scope="row">{m.kinds[k]}</th>
                <td>{formatNumber(stats.byKind[k])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel" aria-labelledby={typesId}>
        <h2 id={typesId}>{m.requestTypesTitle}</h2>
        <table className="stat-table">
          <thead>
            <tr>
              <th scope="col">{m.columnRequestType}</th>
              <th scope="col">{m.columnRequests}</th>
            </tr>
          </thead>
          <tbody>
            {CCF_REQUEST_TYPES.map((t) => (
              <tr key={t}>
                <th scope="row">{m.requestTypes[t]}</th>
                <td>{formatNumber(stats.byRequestType[t])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
