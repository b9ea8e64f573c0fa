// The request router against the seven sample matters of shared/fixtures/scenarios.md (S1–S7): each
// test's expected route and wording is written by hand from the scenario's "Expected" line.
import { describe, expect, it } from 'vitest'
import { Dossier, type DossierInput } from '@shared/domain'
import { suggestRequestType, type RequestSuggestion } from '@shared/petitions'

const NOW = '2026-11-23T09:00:00.000Z'
const TODAY = '2026-11-23'
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

type ClientPart = Omit<DossierInput['client'], 'id' | 'createdAt' | 'updatedAt'>
type MatterPart = Omit<NonNullable<DossierInput['matters']>[number], 'id' | 'clientId' | 'createdAt' | 'updatedAt'>
type EventPart = Omit<NonNullable<DossierInput['events']>[number], 'id' | 'matterId' | 'createdAt'>

/** One client, one matter, its events: the shape of every scenario. */
function scenario(n: number, client: ClientPart, matter: MatterPart, events: EventPart[] = []): { dossier: Dossier; matterId: string } {
  const id = uuid(n * 100)
  const matterId = uuid(n * 100 + 1)
  const dossier = Dossier.parse({
    schemaVersion: 1,
    id,
    client: { ...client, id, createdAt: NOW, updatedAt: NOW },
    matters: [{ ...matter, id: matterId, clientId: id, createdAt: NOW, updatedAt: NOW }],
    events: events.map((e, i) => ({ ...e, id: uuid(n * 100 + 10 + i), matterId, createdAt: NOW }))
  })
  return { dossier, matterId }
}

const route = (s: { dossier: Dossier; matterId: string }, today = TODAY): RequestSuggestion => suggestRequestType(s.dossier, s.matterId, { today })
const alternative = (r: RequestSuggestion, type: RequestSuggestion['suggestion']) => {
  const found = r.alternatives.find((a) => a.type === type)
  if (!found) throw new Error(`no alternative ${type}`)
  return found
}

const S1 = () =>
  scenario(
    1,
    { legalName: 'Gülşen Yıldırım', latinName: 'Gulsen Yildirim', dateOfBirth: '1984-03-12', nationalities: ['TR'], protection: { kind: 'refugee', grantingCountry: 'DE', grantedOn: '2019-06-18', reference: '7712345-163' } },
    {
      kind: 'red-notice',
      requestingCountry: 'TR',
      ncb: 'NCB Ankara',
      offences: [{ description: 'Membership of an armed terrorist organisation', legalProvision: 'Turkish Penal Code art. 314(2)', maxPenaltyMonths: 180 }],
      warrant: { date: '2017-02-02', court: 'Istanbul 24th High Criminal Court', number: '2017/118' },
      stage: 'confirmed'
    },
    [
      { type: 'border-stop', date: '2025-11-03', summary: 'Stopped at Athens airport, released after 6 hours' },
      { type: 'ccf-reply', requestType: 'access', date: '2026-01-20', summary: 'Access reply: a red notice is recorded' }
    ]
  )

const S2 = () =>
  scenario(
    2,
    { legalName: 'Ерлан Жақсылықов', latinName: 'Yerlan Zhaksylykov', dateOfBirth: '1979-11-30', nationalities: ['KZ'] },
    { kind: 'diffusion', requestingCountry: 'KZ', offences: [{ description: 'Fraud on a large scale' }], stage: 'suspected' },
    [{ type: 'border-stop', date: '2026-04-14', summary: 'Questioned for two hours at Warsaw airport, released' }]
  )

const S3 = () =>
  scenario(
    3,
    { legalName: 'Фёдор Щербаков', latinName: 'Fyodor Shcherbakov', dateOfBirth: '1990-07-07', nationalities: ['RU'] },
    {
      kind: 'red-notice',
      requestingCountry: 'RU',
      offences: [{ description: 'Financing of extremist activity', legalProvision: 'Russian Criminal Code art. 282.3', maxPenaltyMonths: 96 }],
      warrant: { date: '2023-05-15', court: 'Meshchansky District Court of Moscow', number: '3/1-204/2023' },
      stage: 'confirmed'
    },
    [
      { type: 'arrest', date: '2025-09-01', summary: 'Arrested in Prague on the red notice' },
      { type: 'extradition-decision', date: '2025-12-10', summary: 'Czech court refused extradition (political character, risk of unfair trial)' }
    ]
  )

const S4 = () =>
  scenario(
    4,
    { legalName: 'ئابدۇرېھىم قادىر', latinName: 'Abdurehim Qadir', dateOfBirth: '1988-01-25', nationalities: ['CN'], protection: { kind: 'asylum-seeker', grantingCountry: 'NL', reference: '2410-0087' } },
    {
      kind: 'red-notice',
      requestingCountry: 'CN',
      offences: [{ description: 'Organising, leading or participating in a terrorist organisation', maxPenaltyMonths: null }],
      warrant: { date: '2020-08-19', court: 'Kashgar Intermediate People’s Court' },
      stage: 'confirmed'
    }
  )

const S5 = () =>
  scenario(
    5,
    { legalName: 'Ўладзімір Дзьмітрыевіч Клімовіч', latinName: 'Uladzimir Klimovich', dateOfBirth: '1986-02-14', nationalities: ['BY'], protection: { kind: 'humanitarian', grantingCountry: 'PL', reference: '' } },
    { kind: 'sltd', requestingCountry: 'BY', title: 'Passport MP4412093 recorded as lost', stage: 'confirmed' },
    [{ type: 'border-stop', date: '2026-02-27', summary: 'Refused boarding in Lisbon: passport recorded in SLTD' }]
  )

const S6 = () =>
  scenario(
    6,
    { legalName: 'Нодира Раҳимова', latinName: 'Nodira Rahimova', dateOfBirth: '1982-05-05', nationalities: ['TJ'] },
    { kind: 'red-notice', requestingCountry: 'TJ', offences: [{ description: 'Public calls to overthrow the constitutional order' }], stage: 'retained' },
    [
      { type: 'ccf-decision', requestType: 'correction-deletion', date: '2025-03-20', summary: 'CCF decision CCF/2025/0412: notice compliant' },
      { type: 'discovery-of-new-fact', date: '2026-09-10', summary: 'UN WGAD opinion on the co-defendant’s arbitrary detention' }
    ]
  )

const S7 = () =>
  scenario(
    7,
    { legalName: 'كريم حداد', latinName: 'Karim Haddad', dateOfBirth: '1975-09-21', nationalities: ['LB'] },
    { kind: 'red-notice', requestingCountry: 'AE', offences: [{ description: 'Issuing a cheque without sufficient funds' }], stage: 'confirmed' }
  )

describe('S1–S7: the route a careful lawyer would take', () => {
  it('S1 refugee journalist: refugee-status deletion, because Germany granted status against Turkey', () => {
    const r = route(S1())
    expect(r.suggestion).toBe('refugee-status-deletion')
    expect(r.reasons[0]?.text).toBe(
      'Refugee status was granted by Germany on 18 June 2019; once a member country confirms it to INTERPOL, this may support deletion. Consider asking the granting authority to confirm the status to the General Secretariat.'
    )
    expect(r.reasons[0]?.citation).toBe('GA-2017-86-RES-09 (REFRES)')
    expect(r.reasons.some((x) => x.text.startsWith('Protection was granted by Germany, a country other than the requesting country'))).toBe(true)
    // The policy's third reported condition has no settled meaning: the lawyer is told so.
    expect(r.reasons.some((x) => x.certainty === 'unsettled' && x.text.includes('not based on political grounds'))).toBe(true)
    // Articles 2 and 3 remain available beside the refugee ground.
    expect(alternative(r, 'correction-deletion').text).toContain('Articles 2 and 3')
  })

  it('S2 suspected diffusion: access first, correction/deletion offered as the next step', () => {
    const r = route(S2())
    expect(r.suggestion).toBe('access')
    expect(r.reasons[0]).toEqual({
      text: 'The client only suspects a diffusion requested by Kazakhstan: no INTERPOL reference is recorded and no reply to an access request is on file.',
      citation: 'Statute Art. 29(1)',
      certainty: 'statutory'
    })
    expect(r.reasons[1]?.certainty).toBe('practice')
    expect(r.reasons[1]?.citation).toBe('Statute Art. 40(1); practitioner advice (Fair Trials note, authorship unconfirmed)')
    expect(alternative(r, 'correction-deletion').available).toBe(true)
    expect(alternative(r, 'refugee-status-deletion').available).toBe(false)
  })

  it('S3 activist with extradition refused: correction/deletion', () => {
    const r = route(S3())
    expect(r.suggestion).toBe('correction-deletion')
    expect(r.reasons[0]?.text).toBe('The data item is known (a red notice requested by Russia; matter stage "confirmed"): a request for correction or deletion can address it directly.')
    expect(r.reasons[1]).toEqual({ text: 'The request must state its reasons: the eligibility checks list the grounds the facts may support.', citation: 'Statute Art. 30(2)', certainty: 'statutory' })
    expect(alternative(r, 'refugee-status-deletion')).toMatchObject({ available: false, text: 'No protection status is recorded for the client; the refugee policy does not apply.' })
    expect(alternative(r, 'revision')).toMatchObject({ available: false, text: 'No CCF decision on this matter is on file; revision concerns a decision already taken.' })
  })

  it('S4 asylum pending: correction/deletion; the refugee route is not yet available and the app says to revisit it', () => {
    const r = route(S4())
    expect(r.suggestion).toBe('correction-deletion')
    const refugee = alternative(r, 'refugee-status-deletion')
    expect(refugee.available).toBe(false)
    expect(refugee.certainty).toBe('unsettled')
    expect(refugee.text).toContain('The refugee policy does not yet apply: the asylum claim is pending, and the policy applies once a member country confirms refugee status.')
    expect(refugee.text).toContain('Revisit this route when status is granted.')
  })

  it('S5 passport in SLTD: correction/deletion; humanitarian protection does not open the refugee route, and that is marked unsettled', () => {
    const r = route(S5())
    expect(r.suggestion).toBe('correction-deletion')
    expect(r.reasons[0]?.text).toContain('an SLTD entry requested by Belarus')
    const refugee = alternative(r, 'refugee-status-deletion')
    expect(refugee.available).toBe(false)
    expect(refugee.certainty).toBe('unsettled')
    expect(refugee.text).toContain('subsidiary or humanitarian protection, not refugee status')
  })

  it('S6 new fact after a refused deletion: revision, last day 10 March 2027', () => {
    const r = route(S6())
    expect(r.suggestion).toBe('revision')
    expect(r.reasons.map((x) => x.citation)).toEqual(['Statute Arts 38(1), 42', 'Statute Art. 42(1)', 'Statute Art. 42(2)'])
    expect(r.reasons[2]?.text).toBe('In time: the new fact was discovered on 10 September 2026, so the application may be filed until 10 March 2027 (Statute Art. 42(2)).')
    expect(alternative(r, 'correction-deletion').certainty).toBe('unsettled')
  })

  it('S6 on 11 March 2027: still the revision route, but the reasons say it is one day late', () => {
    const r = route(S6(), '2027-03-11')
    expect(r.suggestion).toBe('revision')
    expect(r.reasons[2]?.text).toBe(
      'Out of time: the new fact was discovered on 10 September 2026 and the last permitted day was 10 March 2027 (Statute Art. 42(2)); filing on 11 March 2027 is 1 day late.'
    )
  })

  it('S7 bounced cheques: correction/deletion', () => {
    const r = route(S7())
    expect(r.suggestion).toBe('correction-deletion')
    expect(r.reasons[0]?.text).toContain('a red notice requested by United Arab Emirates')
  })
})

describe('router edge cases', () => {
  const base = (matter: Partial<MatterPart>, events: EventPart[] = [], client: Partial<ClientPart> = {}) =>
    scenario(9, { legalName: 'Test Client', ...client }, { kind: 'red-notice', requestingCountry: 'TR', stage: 'suspected', ...matter }, events)

  it('a suspected matter with an INTERPOL reference is known: correction/deletion', () => {
    const r = route(base({ interpolReference: 'A-1234/5-2024' }))
    expect(r.suggestion).toBe('correction-deletion')
    expect(r.reasons[0]?.text).toContain('INTERPOL reference A-1234/5-2024')
  })

  it('a suspected matter with an access reply on file is known', () => {
    const r = route(base({}, [{ type: 'ccf-decision', requestType: 'access', date: '2026-02-01', summary: 'Access decision' }]))
    expect(r.suggestion).toBe('correction-deletion')
    expect(r.reasons[0]?.text).toContain('access reply of 1 February 2026')
  })

  it('a refugee who only suspects a notice is still sent to access first, with the refugee route offered', () => {
    const r = route(base({}, [], { protection: { kind: 'refugee', grantingCountry: 'DE', reference: '' } }))
    expect(r.suggestion).toBe('access')
    expect(alternative(r, 'refugee-status-deletion').available).toBe(true)
  })

  it('refugee status granted by the requesting country itself does not open the route', () => {
    const r = route(base({ stage: 'confirmed' }, [], { protection: { kind: 'refugee', grantingCountry: 'TR', reference: '' } }))
    expect(r.suggestion).toBe('correction-deletion')
    expect(alternative(r, 'refugee-status-deletion').text).toContain('granted by the requesting country itself')
  })

  it('a naturalised former refugee: correction/deletion, the refugee route marked unsettled', () => {
    const r = route(base({ stage: 'confirmed' }, [], { protection: { kind: 'naturalised', grantingCountry: 'DE', reference: '' } }))
    expect(r.suggestion).toBe('correction-deletion')
    expect(alternative(r, 'refugee-status-deletion')).toMatchObject({ available: false, certainty: 'unsettled' })
  })

  it('a CCF decision without a new fact: no revision yet, and the app says what would open it', () => {
    const r = route(base({ stage: 'retained' }, [{ type: 'ccf-decision', requestType: 'correction-deletion', date: '2025-03-20', summary: 'Compliant' }]))
    expect(r.suggestion).toBe('correction-deletion')
    expect(alternative(r, 'revision').text).toBe(
      'A CCF decision of 20 March 2025 is on file; revision needs the discovery of a new fact after it. Record the discovery in the timeline when one comes to light: the 6-month limit runs from that day.'
    )
  })

  it('a fact discovered before the decision is not a new fact', () => {
    const r = route(
      base({ stage: 'retained' }, [
        { type: 'discovery-of-new-fact', date: '2025-01-10', summary: 'Known before' },
        { type: 'ccf-decision', requestType: 'correction-deletion', date: '2025-03-20', summary: 'Compliant' }
      ])
    )
    expect(r.suggestion).toBe('correction-deletion')
  })

  it('a matter already marked deleted: the reasons ask to check whether any data remain', () => {
    const r = route(base({ stage: 'deleted' }))
    expect(r.suggestion).toBe('correction-deletion')
    expect(r.reasons[2]).toEqual({
      text: 'The matter is marked "deleted": a request concerns data processed in INTERPOL\'s files, so check whether any are still held before filing.',
      citation: 'Statute Art. 29(1)',
      certainty: 'statutory'
    })
  })

  it('an unknown matter id is refused', () => {
    expect(() => suggestRequestType(S1().dossier, uuid(999), { today: TODAY })).toThrow(RangeError)
  })
})
