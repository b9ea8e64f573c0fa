// Placeholder until the feature lands (issue 8); the route and navigation entry are wired.
import { shellMessages as m } from '../shell/messages'

export function PrecedentsPage() {
  return (
    <section className="page">
      <h1>{m.precedents}</h1>
      <p>{m.precedents}</p>
    </section>
  )
}
