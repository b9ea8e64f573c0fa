// The admissibility pre-flight. Each test starts from a draft that passes, breaks one thing, and
// checks that export is blocked with the message and citation a lawyer would expect. Dates and
// sentences are written out by hand.
import { describe, expect, it } from 'vitest'
import { PetitionDraft, preflight, type PetitionDraftInput, type PetitionType, type PreflightResult } from '@shared/petitions'

const TODAY = '2026-11-23'

/** A draft of the given type with everything the pre-flight asks for. */
function complete(type: PetitionType, patch: (d: PetitionDraftInput) => void = () => {}): PetitionDraft {
  const input: PetitionDraftInput = {
    schemaVersion: 1,
    id: 'draft-1',
    dossierId: 'dossier-1',
    matterId: 'matter-1',
    requestType: type,
    updatedAt: '2026-11-23T09:00:00.000Z',
    applicant: {
      legalName: 'Нодира Раҳимова',
      latinName: 'Nodira Rahimova',
      familyName: 'RAKHIMOVA',
      forenames: 'NODIRA',
      dateOfBirth: '1982-05-05',
      nationalities: ['TJ'],
      identityDocument: { kind: 'passport', number: '400123456', issuingCountry: 'TJ', legible: { forenames: true, familyName: true, dateOfBirth: true, photograph: true } }
    },
    representation: { represented: true, representative: { name: 'A. Lawyer', email: 'lawyer@example.org' }, powerOfAttorney: { generatedOn: '2026-11-20', signed: true } },
    request: { workingLanguage: 'en', action: 'deletion', accessPurpose: 'Simple request for access.' },
    dataItem: { kind: 'red-notice', requestingCountry: 'TJ', offences: [{ description: 'Public calls to overthrow the constitutional order' }] },
    refugee: { grantingCountry: 'DE', grantedOn: '2019-06-18', reference: '7712345-163', currentStatus: 'granted', statusDocumentExhibitId: 'status' },
    revision: {
      previousDecisionReference: 'CCF/2025/0412',
      previousDecisionDate: '2025-03-20',
      newFact: 'UN WGAD opinion adopted 2026-08-28 on the co-defendant’s detention',
      discoveryDate: '2026-09-10',
      whyDecisive: 'It finds the prosecution on the same facts arbitrary.',
      summaryPrepared: true
    },
    exhibits: [
      { id: 'id', title: 'Passport of the applicant', kind: 'identity-document', attached: true },
      { id: 'poa', title: 'Power of attorney', kind: 'power-of-attorney', attached: true },
      { id: 'status', title: 'Refugee decision', kind: 'decision', language: 'en', attached: true }
    ],
    facts: [{ id: 'f1', date: '2025-11-03', text: 'Stopped at Athens airport.', exhibitIds: [] }],
    grounds: {
      reasons: 'The notice pursues a political opponent.',
      chosen: type === 'refugee-status-deletion' ? [{ groundId: 'refugee-policy' }] : type === 'revision' ? [{ groundId: 'revision-new-fact' }] : type === 'access' ? [] : [{ groundId: 'article-3' }]
    }
  }
  patch(input)
  return PetitionDraft.parse(input)
}

const item = (r: PreflightResult, id: string) => {
  const found = r.items.find((i) => i.id === id)
  if (!found) throw new Error(`no item ${id}: ${r.items.map((i) => i.id).join(', ')}`)
  return found
}
const blockers = (r: PreflightResult) => r.items.filter((i) => i.blocking && !i.ok).map((i) => i.id)

describe('a complete draft can be exported', () => {
  for (const type of ['access', 'correction-deletion', 'refugee-status-deletion', 'revision'] as const) {
    it(type, () => {
      const r = preflight(complete(type), { today: TODAY })
      expect(blockers(r)).toEqual([])
      expect(r.canExport).toBe(true)
    })
  }

  it('warnings do not block: the original power of attorney is an open question, shown as unsettled', () => {
    const r = preflight(complete('access'), { today: TODAY })
    expect(item(r, 'power-of-attorney-original')).toMatchObject({ ok: false, blocking: false, certainty: 'unsettled' })
    expect(r.canExport).toBe(true)
  })
})

describe('S6 revision window (Statute Art. 42(2): 6 months from discovery on 10 September 2026)', () => {
  it('filing on 10 March 2027, the last day, is in time', () => {
    const r = preflight(complete('revision'), { today: '2027-03-10' })
    expect(item(r, 'revision-time-limit')).toEqual({
      id: 'revision-time-limit',
      ok: true,
      message: 'In time: the new fact was discovered on 10 September 2026, so the application may be filed until 10 March 2027 (Statute Art. 42(2)).',
      citation: 'Statute Art. 42(2)',
      blocking: true
    })
    expect(r.canExport).toBe(true)
  })

  it('filing on 11 March 2027 is refused with the last permitted day shown', () => {
    const r = preflight(complete('revision'), { today: '2027-03-11' })
    expect(item(r, 'revision-time-limit')).toEqual({
      id: 'revision-time-limit',
      ok: false,
      message: 'Out of time: the new fact was discovered on 10 September 2026 and the last permitted day was 10 March 2027 (Statute Art. 42(2)); filing on 11 March 2027 is 1 day late.',
      citation: 'Statute Art. 42(2)',
      blocking: true
    })
    expect(r.canExport).toBe(false)
  })

  it('a discovery on 31 August gives a last day of 28 February (the month is shorter)', () => {
    const r = preflight(
      complete('revision', (d) => (d.revision = { ...d.revision, discoveryDate: '2026-08-31' })),
      { today: '2027-03-01' }
    )
    expect(item(r, 'revision-time-limit').message).toContain('the last permitted day was 28 February 2027')
  })

  it('a revision without the discovery date or the previous decision cannot be exported', () => {
    const r = preflight(complete('revision', (d) => (d.revision = { ...d.revision, discoveryDate: '', previousDecisionReference: '' })), { today: TODAY })
    expect(item(r, 'revision-time-limit')).toMatchObject({ ok: false, message: 'Record the date the new fact was discovered: the application must be filed within 6 months of it.' })
    expect(item(r, 'revision-previous-decision')).toMatchObject({ ok: false, citation: 'Statute Art. 42' })
    expect(r.canExport).toBe(false)
  })
})

describe('identity and representation (ADM §§1–2; Statute Art. 30(2))', () => {
  it('an access request with no identity document cannot be exported', () => {
    const r = preflight(complete('access', (d) => (d.exhibits = d.exhibits?.filter((e) => e.kind !== 'identity-document'))), { today: TODAY })
    expect(item(r, 'identity-document')).toEqual({
      id: 'identity-document',
      ok: false,
      message: 'Attach a copy of the applicant’s identity document showing name, family name, date of birth and photograph, not redacted: the request cannot be exported without it.',
      citation: 'ADM §2',
      blocking: true
    })
    expect(r.canExport).toBe(false)
  })

  it('an identity document listed but not attached blocks too', () => {
    const r = preflight(complete('access', (d) => (d.exhibits = d.exhibits?.map((e) => (e.kind === 'identity-document' ? { ...e, attached: false } : e)))), { today: TODAY })
    expect(blockers(r)).toEqual(['identity-document'])
  })

  it('legible fields must be recorded; the message names what is missing', () => {
    const r = preflight(
      complete('correction-deletion', (d) => {
        d.applicant!.identityDocument!.legible = { forenames: true, familyName: true, dateOfBirth: false, photograph: false }
      }),
      { today: TODAY }
    )
    expect(item(r, 'identity-fields-legible')).toMatchObject({ ok: false, message: 'Check the copy of the identity document and record that it shows legibly: date of birth, photograph.', citation: 'ADM §2' })
    expect(r.canExport).toBe(false)
  })

  it('a power of attorney generated but not signed or attached blocks a represented request', () => {
    const r = preflight(
      complete('correction-deletion', (d) => {
        d.representation!.powerOfAttorney = { generatedOn: '2026-11-20', signed: false }
        d.exhibits = d.exhibits?.filter((e) => e.kind !== 'power-of-attorney')
      }),
      { today: TODAY }
    )
    expect(item(r, 'power-of-attorney')).toEqual({
      id: 'power-of-attorney',
      ok: false,
      message: 'Power of attorney (the request is filed by a representative): mark it signed by the client; attach the signed copy.',
      citation: 'Statute Art. 30(2); ADM §§1–2',
      blocking: true
    })
  })

  it('an applicant filing in person needs no power of attorney', () => {
    const r = preflight(
      complete('correction-deletion', (d) => {
        d.representation = { represented: false }
        d.exhibits = d.exhibits?.filter((e) => e.kind !== 'power-of-attorney')
      }),
      { today: TODAY }
    )
    expect(r.items.some((i) => i.id.startsWith('power-of-attorney'))).toBe(false)
    expect(r.canExport).toBe(true)
  })
})

describe('request type, language and reasons (Statute Arts 18(1), 30(2))', () => {
  it('a correction/deletion request without reasons cannot be exported', () => {
    const r = preflight(complete('correction-deletion', (d) => (d.grounds!.reasons = '  ')), { today: TODAY })
    expect(item(r, 'reasons')).toEqual({
      id: 'reasons',
      ok: false,
      message: 'State the reasons for the request: a request for correction or deletion must give them.',
      citation: 'Statute Art. 30(2)',
      blocking: true
    })
    // Reported once, not again in the grounds step's summary.
    expect(r.items.some((i) => i.id === 'step.grounds')).toBe(false)
    expect(r.canExport).toBe(false)
  })

  it('correction or deletion must be chosen', () => {
    const r = preflight(complete('correction-deletion', (d) => (d.request!.action = undefined)), { today: TODAY })
    expect(item(r, 'request-type')).toMatchObject({ ok: false, message: 'Request type: say whether the request seeks deletion, correction, or both.' })
    expect(r.canExport).toBe(false)
  })

  it('the working language must be chosen', () => {
    const r = preflight(complete('access', (d) => (d.request!.workingLanguage = undefined)), { today: TODAY })
    expect(item(r, 'working-language')).toMatchObject({ ok: false, message: 'Choose the working language of the request: Arabic, English, French or Spanish.', citation: 'Statute Arts 18(1), 30(2)' })
    expect(blockers(r)).toEqual(['working-language'])
  })

  it('a chosen request type and language are confirmed in words', () => {
    const r = preflight(complete('correction-deletion', (d) => (d.request!.workingLanguage = 'fr')), { today: TODAY })
    expect(item(r, 'request-type').message).toBe('Request type: Request for correction and/or deletion (deletion).')
    expect(item(r, 'working-language').message).toBe('Working language: French.')
  })

  it('an unfinished step blocks with its own messages', () => {
    const r = preflight(complete('correction-deletion', (d) => (d.facts = [{ id: 'f1', text: '' }])), { today: TODAY })
    expect(item(r, 'step.facts')).toMatchObject({ ok: false, blocking: true, message: 'Fact 1: Text of the fact is required.', citation: 'Statute Art. 38(2)' })
  })
})

describe('refugee-status deletion', () => {
  it('S4: a pending asylum claim blocks the refugee route with the reason and what to do', () => {
    const r = preflight(complete('refugee-status-deletion', (d) => (d.refugee!.currentStatus = 'asylum-seeker')), { today: TODAY })
    const status = item(r, 'refugee-status-confirmed')
    expect(status.ok).toBe(false)
    expect(status.certainty).toBe('unsettled')
    expect(status.message).toContain('The refugee policy does not yet apply')
    expect(status.message).toContain('Revisit this route when status is granted.')
    expect(r.canExport).toBe(false)
  })

  it('status granted by the requesting country itself blocks', () => {
    const r = preflight(complete('refugee-status-deletion', (d) => (d.dataItem!.requestingCountry = 'DE')), { today: TODAY })
    expect(item(r, 'refugee-granting-country')).toMatchObject({ ok: false, message: 'Protection was granted by the requesting country (Germany) itself: the refugee route does not fit.' })
  })

  it('the status document is expected in practice only: a missing one warns, unsettled, without blocking', () => {
    const r = preflight(complete('refugee-status-deletion', (d) => (d.exhibits = d.exhibits?.filter((e) => e.id !== 'status'))), { today: TODAY })
    expect(item(r, 'refugee-status-document')).toMatchObject({ ok: false, blocking: false, certainty: 'unsettled' })
  })
})

describe('warnings about exhibits', () => {
  it('exhibits listed but not attached, and documents without a translation, are named', () => {
    const r = preflight(
      complete('correction-deletion', (d) => {
        d.exhibits = [...(d.exhibits ?? []), { id: 'ruling', title: 'Czech court ruling', kind: 'court-ruling', language: 'cs', attached: false }]
      }),
      { today: TODAY }
    )
    expect(item(r, 'exhibits-attached')).toMatchObject({ blocking: false, message: 'Listed but not attached: Czech court ruling.' })
    expect(item(r, 'translations')).toMatchObject({ blocking: false, certainty: 'practice', message: 'Consider adding a translation into a working language of: Czech court ruling.' })
    expect(r.canExport).toBe(true)
  })

  it('a translation listed for the document removes the warning', () => {
    const r = preflight(
      complete('correction-deletion', (d) => {
        d.exhibits = [
          ...(d.exhibits ?? []),
          { id: 'ruling', title: 'Czech court ruling', kind: 'court-ruling', language: 'cs', attached: true },
          { id: 'ruling-en', title: 'Czech court ruling (English translation)', kind: 'translation', language: 'en', attached: true, translationOf: 'ruling' }
        ]
      }),
      { today: TODAY }
    )
    expect(r.items.some((i) => i.id === 'translations')).toBe(false)
  })
})
