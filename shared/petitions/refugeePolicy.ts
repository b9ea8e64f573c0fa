// The refugee policy (GA-2017-86-RES-09, formalising the Executive Committee policy of 2014): once a
// member country confirms refugee status, INTERPOL deletes notices and diffusions from the country
// where the person fears persecution (REFRES). Used by the request router and the eligibility checks.
//
// What the sources leave open is said as such (ccf-domain.md §3): the 2014 policy text was not seen;
// naturalised former refugees are treated differently in practitioners' reports; the third reported
// condition has no settled meaning; subsidiary or humanitarian protection is not addressed.
import type { Client } from '../domain/client'
import { formatDayLong, isIsoDay } from '../deadlines/isoDates'
import type { DataItemKind } from '../domain/matter'
import type { RefugeeSection } from './draftModel'
import { countryName, type EligibilityCheck } from './guidance'
import type { z } from 'zod'

type Refugee = z.infer<typeof RefugeeSection>

export const REFRES = 'GA-2017-86-RES-09 (REFRES)'

/** Domain protection kind → the draft's (legal basis, current status) pair. A plain 'refugee' leaves the basis open. */
export function protectionToDraft(p: Client['protection']): Pick<Refugee, 'legalBasis' | 'currentStatus'> {
  switch (p.kind) {
    case 'none':
      return {}
    case 'asylum-seeker':
      return { currentStatus: 'asylum-seeker' }
    case 'refugee':
      return { currentStatus: 'granted' }
    case 'subsidiary-protection':
      return { currentStatus: 'granted', legalBasis: 'subsidiary-protection' }
    case 'humanitarian':
      return { currentStatus: 'granted', legalBasis: 'humanitarian' }
    case 'revoked':
      return { currentStatus: 'revoked' }
    case 'naturalised':
      return { currentStatus: 'naturalised' }
  }
}

/** The reverse mapping, for write-back; undefined when the draft says nothing about protection. */
export function protectionKindOf(r: Pick<Refugee, 'legalBasis' | 'currentStatus'>): Client['protection']['kind'] | undefined {
  if (r.currentStatus === undefined) return undefined
  if (r.currentStatus !== 'granted') return r.currentStatus
  if (r.legalBasis === 'subsidiary-protection' || r.legalBasis === 'humanitarian') return r.legalBasis
  return 'refugee'
}

export interface RefugeeFacts extends Pick<Refugee, 'legalBasis' | 'currentStatus' | 'grantingCountry' | 'grantedOn' | 'persecutionCountry'> {
  requestingCountry: string
  dataItem: DataItemKind
}

/** The sentence the router and the checks show for an asylum claim still pending (scenario S4). */
export const NOT_YET_CONFIRMED =
  'The refugee policy does not yet apply: the asylum claim is pending, and the policy applies once a member country confirms refugee status. ' +
  'Revisit this route when status is granted. Practitioners’ accounts of the 2014 policy also speak of confirmed asylum-seeker status, but its text was not seen (unconfirmed); ' +
  'practitioners also report the CCF protecting asylum seekers on Article 2 or 3 grounds where the policy itself did not apply.'

/** The conditions of the refugee policy, one check each, in the order a lawyer would verify them. */
export function refugeeConditions(f: RefugeeFacts): EligibilityCheck[] {
  const checks: EligibilityCheck[] = []
  const requesting = countryName(f.requestingCountry)
  const add = (check: EligibilityCheck) => checks.push(check)

  switch (f.currentStatus) {
    case undefined:
      add({ id: 'refugee.status-confirmed', status: 'not-applicable', text: 'No protection status is recorded for the client; the refugee policy does not apply.', citation: REFRES, certainty: 'statutory' })
      return checks
    case 'asylum-seeker':
      add({ id: 'refugee.status-confirmed', status: 'against', text: NOT_YET_CONFIRMED, citation: `${REFRES}; practitioner reports (Gherson; rednoticeabuse.com)`, certainty: 'unsettled' })
      return checks
    case 'revoked':
      add({ id: 'refugee.status-confirmed', status: 'against', text: 'Protection was revoked: the resolution allows data to be kept or restored where status is revoked and the data comply with the rules.', citation: REFRES, certainty: 'statutory' })
      return checks
    case 'naturalised':
      add({
        id: 'refugee.status-confirmed',
        status: 'unknown',
        text: 'The client has been naturalised in the country of asylum. Whether the policy still applies is unsettled: one practitioner reports the CCF refusing it after naturalisation, another that the CCF asks whether the situation that justified protection has substantially changed. Consider arguing Articles 2 and 3 as well.',
        citation: 'Practitioner reports (rednoticeabuse.com; removerednotice.com)',
        certainty: 'unsettled'
      })
      break
    case 'granted':
      if (f.legalBasis === 'subsidiary-protection' || f.legalBasis === 'humanitarian')
        add({
          id: 'refugee.status-confirmed',
          status: 'unknown',
          text: 'The client holds subsidiary or humanitarian protection, not refugee status. The sources speak of refugee status (Fair Trials’ account: recognition under the 1951 Convention); whether other protection suffices is unconfirmed. Consider arguing Articles 2 and 3.',
          citation: `${REFRES}; Fair Trials account (2015)`,
          certainty: 'unsettled'
        })
      else
        add({
          id: 'refugee.status-confirmed',
          status: 'supports',
          text: `Refugee status was granted${f.grantingCountry ? ` by ${countryName(f.grantingCountry)}` : ''}${f.grantedOn && isIsoDay(f.grantedOn) ? ` on ${formatDayLong(f.grantedOn)}` : ''}; once a member country confirms it to INTERPOL, this may support deletion. Consider asking the granting authority to confirm the status to the General Secretariat.`,
          citation: REFRES,
          certainty: 'statutory'
        })
  }

  if (!f.grantingCountry) add({ id: 'refugee.granting-country', status: 'unknown', text: 'Record the country that granted protection: the route needs a country other than the requesting one.', citation: REFRES, certainty: 'statutory' })
  else if (f.grantingCountry === f.requestingCountry)
    add({ id: 'refugee.granting-country', status: 'against', text: `Protection was granted by the requesting country itself (${requesting}); the policy concerns protection against the requesting country.`, citation: REFRES, certainty: 'statutory' })
  else
    add({ id: 'refugee.granting-country', status: 'supports', text: `Protection was granted by ${countryName(f.grantingCountry)}, a country other than the requesting country (${requesting}); this may support the refugee ground.`, citation: REFRES, certainty: 'statutory' })

  if (!f.persecutionCountry)
    add({ id: 'refugee.persecution-country', status: 'unknown', text: `Record the country the client fears persecution from: the policy covers notices and diffusions requested by that country only (here: is it ${requesting}?).`, citation: `${REFRES}; ROP para 32(c)`, certainty: 'statutory' })
  else if (f.persecutionCountry === f.requestingCountry)
    add({ id: 'refugee.persecution-country', status: 'supports', text: `The requesting country (${requesting}) is the country the client fears persecution from; this may support deletion.`, citation: `${REFRES}; ROP para 33(a)`, certainty: 'statutory' })
  else
    add({ id: 'refugee.persecution-country', status: 'against', text: `The client fears persecution from ${countryName(f.persecutionCountry)}, not from the requesting country (${requesting}); the policy as summarised does not cover this request. Consider Articles 2 and 3 instead.`, citation: REFRES, certainty: 'statutory' })

  if (f.dataItem === 'sltd' || f.dataItem === 'other')
    add({ id: 'refugee.data-item', status: 'unknown', text: 'The resolution, as officially summarised, covers notices and diffusions; whether it reaches an SLTD entry or other data is not stated (unconfirmed).', citation: REFRES, certainty: 'unsettled' })

  add({
    id: 'refugee.political-grounds',
    status: 'unknown',
    text: 'Practitioners report a third condition: that "the granting of the refugee status is not based on political grounds vis-à-vis the requesting country". Its meaning is unclear and the policy text was not seen; consider addressing it in the argument.',
    citation: 'Practitioner reports (Gherson; Red Notice Law Journal)',
    certainty: 'unsettled'
  })
  return checks
}

/** The route is open when status is confirmed against a country other than the requesting one, for a notice or diffusion. */
export function refugeeRouteOpen(f: RefugeeFacts): boolean {
  return (
    f.currentStatus === 'granted' &&
    f.legalBasis !== 'subsidiary-protection' &&
    f.legalBasis !== 'humanitarian' &&
    f.grantingCountry !== '' &&
    f.grantingCountry !== f.requestingCountry &&
    (f.dataItem === 'red-notice' || f.dataItem === 'diffusion')
  )
}
