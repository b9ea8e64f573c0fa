// Requesting-country profiles (issue 8): the countries of the caseload and of recorded concerns,
// and for one country what the lawyer's own files show beside the public reports recorded about it.
// Context, never a verdict; counts only, so no other client is named.
import { useMemo, useState } from 'react'
import { profileCountries } from '@shared/countryProfiles/countryCaseload'
import { CountryCode } from '@shared/domain'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { countryName } from '../../src/ui/countries'
import { CountrySelect } from '../../src/ui/fields'
import { PageHeading } from '../../src/ui/PageHeading'
import { CaseloadFacts } from './CaseloadFacts'
import { ConcernsSection } from './ConcernsSection'
import { countryProfileMessages as m } from './messages'
import { useCountryCaseload } from './useCountryCaseload'
import './countryProfiles.css'

export function CountryProfilesPage({ country }: { country?: string | undefined }) {
  const valid = country !== undefined && CountryCode.safeParse(country).success
  return valid ? <CountryProfile country={country} /> : <CountryList />
}

function CountryList() {
  const session = useSession()
  const { navigate } = useNavigation()
  const [other, setOther] = useState('')
  const version = session.version
  const rows = useMemo(() => {
    void version
    return profileCountries(
      session.dossiers().flatMap((d) => d.matters),
      session.countryConcerns.all()
    )
  }, [session, version])

  return (
    <div className="page">
      <PageHeading>{m.title}</PageHeading>
      <p className="muted">{m.intro}</p>
      <p className="context-note">{m.profileNote}</p>
      <section className="panel" aria-labelledby="countries-heading">
        <h2 id="countries-heading">{m.countriesHeading}</h2>
        {rows.length === 0 ? (
          <p className="empty-state">{m.countriesEmpty}</p>
        ) : (
          <ul className="country-list">
            {rows.map((r) => (
              <li key={r.country}>
                <button type="button" className="country-list__item" onClick={() => navigate({ page: 'country-profiles', country: r.country })} aria-label={m.openProfile(countryName(r.country))}>
                  <span className="country-list__name">{countryName(r.country)}</span>
                  <span className="muted">{m.countryCounts(r.matters, r.concerns)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="country-list__other"
          onSubmit={(e) => {
            e.preventDefault()
            if (other !== '') navigate({ page: 'country-profiles', country: other })
          }}
        >
          <CountrySelect id="country-profile-other" label={m.otherCountryLabel} required value={other} onChange={setOther} />
          <button type="submit" className="button" disabled={other === ''}>
            {m.otherCountryOpen}
          </button>
        </form>
      </section>
    </div>
  )
}

function CountryProfile({ country }: { country: string }) {
  const { navigate } = useNavigation()
  const caseload = useCountryCaseload(country)
  return (
    <div className="page">
      <button type="button" className="button button--quiet country-profile__back" onClick={() => navigate({ page: 'country-profiles' })}>
        {m.allCountries}
      </button>
      <PageHeading>{countryName(country)}</PageHeading>
      <p className="context-note">{m.profileNote}</p>
      <CaseloadFacts caseload={caseload} />
      <ConcernsSection country={country} />
    </div>
  )
}
