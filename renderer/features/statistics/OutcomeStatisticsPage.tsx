// Placeholder until the feature lands (issue 8); the route and navigation entry are wired.
import { shellMessages as m } from '../shell/messages'

export function OutcomeStatisticsPage() {
  return (
    <section className="page">
      <h1>{m.statistics}</h1>
      <p>{m.statistics}</p>
    </section>
  )
}
