// Placeholder until the feature lands (issue 8); the route and navigation entry are wired.
import { shellMessages as m } from '../shell/messages'

export function CountryProfilesPage({ country }: { country?: string | undefined }) {
  return (
    <section className="page">
      <h1>{m.countryProfiles}</h1>
      <p data-country={country}>{m.countryProfiles}</p>
    </section>
  )
}
