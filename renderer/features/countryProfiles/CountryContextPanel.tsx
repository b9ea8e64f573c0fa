// Beside every matter: what the lawyer's own files show about the matter's requesting country and
// the reports recorded about it. Context, never a verdict on this matter; counts only, so no other
// client is named on a screen that shows this client's file.
import { MATTER_OUTCOMES } from '@shared/countryProfiles/countryCaseload'
import { formatNumber } from '../../src/locale'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { countryName } from '../../src/ui/countries'
import { months } from './CaseloadFacts'
import { ConcernFacts } from './ConcernsSection'
import { countryProfileMessages as m } from './messages'
import { useCountryCaseload } from './useCountryCaseload'
import './countryProfiles.css'

/** How many reports the panel shows before pointing to the profile. */
const SHOWN_CONCERNS = 3

export function CountryContextPanel({ country, matterId }: { country: string; matterId: string }) {
  const session = useSession()
  const { navigate } = useNavigation()
  const caseload = useCountryCaseload(country)
  const concerns = session.countryConcerns.forCountry(country)
  const name = countryName(country)
  const headingId = `country-context-${matterId}`
  const t = caseload.ccfTime
  const outcomes = MATTER_OUTCOMES.filter((o) => caseload.byOutcome[o] > 0)

  return (
    <aside className="country-context" role="region" aria-labelledby={headingId}>
      <h4 id={headingId}>{m.panelHeading(name)}</h4>
      <p className="context-note">{m.contextNote}</p>
      <p>{m.panelMatters(caseload.matters)}</p>
      {outcomes.length > 0 && (
        <p>
          <span className="muted">{m.panelOutcomes}: </span>
          {outcomes.map((o) => `${m.outcomes[o]} ${formatNumber(caseload.byOutcome[o])}`).join(' · ')}
        </p>
      )}
      {t.decided > 0 && t.medianMonths !== undefined && <p>{m.panelCcfTime(months(t.medianMonths), t.decided, formatNumber(t.withinStatuteLimit), formatNumber(t.withStatuteLimit))}</p>}
      <h5 className="country-context__subhead">{m.panelConcerns}</h5>
      {concerns.length === 0 ? (
        <p className="muted">{m.panelNoConcerns}</p>
      ) : (
        <ul className="concern-list concern-list--compact">
          {concerns.slice(0, SHOWN_CONCERNS).map((c) => (
            <li key={c.id}>
              <ConcernFacts concern={c} headingLevel={6} />
            </li>
          ))}
        </ul>
      )}
      {concerns.length > SHOWN_CONCERNS && <p className="muted">{m.panelMoreConcerns(concerns.length - SHOWN_CONCERNS)}</p>}
      <button type="button" className="button button--quiet" onClick={() => navigate({ page: 'country-profiles', country })}>
        {m.panelOpenProfile(name)}
      </button>
    </aside>
  )
}
