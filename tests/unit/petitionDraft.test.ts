// Draft schemas, per-step validation and the dossier round trip (enter once, reuse everywhere).
// Messages are checked word for word: the lawyer must see which field is wrong and why.
import { describe, expect, it } from 'vitest'
import { Dossier, type Dossier as DossierT } from '@shared/domain'
import {
  PetitionDraft,
  STEPS,
  prefillFromDossier,
  protectionKindOf,
  protectionToDraft,
  readDraft,
  validateDraft,
  validateStep,
  writeBackToDossier,
  type PetitionDraftInput
} from '@shared/petitions'
import { gulsenDossier, yerlanDossier } from './fixtures'

const TODAY = '2026-11-23'
const LATER = '2026-11-24T10:00:00.000Z'
const options = { today: TODAY, draftId: 'draft-1', now: '2026-11-23T10:00:00.000Z' }

function draft(patch: Partial<PetitionDraftInput> = {}): PetitionDraft {
  return PetitionDraft.parse({ schemaVersion: 1, id: 'd', dossierId: 'x', matterId: 'm', requestType: 'correction-deletion', updatedAt: '2026-11-23T09:00:00.000Z', ...patch })
}
const messages = (d: PetitionDraft, step: Parameters<typeof validateStep>[1]) => validateStep(d, step).issues.map((i) => `${i.path}: ${i.message}`)

describe('steps per request type', () => {
  it('each type has its own wizard; exhibits come before the facts and grounds that cite them', () => {
    expect(STEPS.access).toEqual(['applicant', 'request', 'data-item', 'exhibits'])
    expect(STEPS['correction-deletion']).toEqual(['applicant', 'request', 'data-item', 'exhibits', 'facts', 'assessment', 'grounds', 'relief'])
    expect(STEPS['refugee-status-deletion']).toEqual(['applicant', 'request', 'data-item', 'refugee', 'exhibits', 'facts', 'assessment', 'grounds', 'relief'])
    expect(STEPS.revision).toEqual(['applicant', 'request', 'data-item', 'revision', 'exhibits', 'facts', 'grounds', 'relief'])
  })

  it('a step outside the type’s wizard is reported as not applicable', () => {
    expect(validateStep(draft({ requestType: 'access' }), 'grounds')).toMatchObject({ applicable: false, ok: true, issues: [] })
  })

  it('drafts carry schemaVersion and updatedAt, and survive storage as JSON', () => {
    const d = draft()
    expect(d.schemaVersion).toBe(1)
    expect(readDraft(JSON.parse(JSON.stringify(d)))).toEqual(d)
    expect(() => readDraft({ ...d, schemaVersion: 2 })).toThrow()
    expect(() => readDraft({ ...d, updatedAt: 'yesterday' })).toThrow()
  })
})

describe('step messages name the field', () => {
  it('applicant: required names, date of birth, identity document type, representative', () => {
    const d = draft({ applicant: { legalName: 'Karim Haddad', dateOfBirth: '1975-02-30', nationalities: ['lb'] } })
    expect(messages(d, 'applicant')).toEqual([
      'applicant.familyName: Family name is required.',
      'applicant.forenames: Forename(s) is required.',
      'applicant.dateOfBirth: Date of birth: use the form yyyy-mm-dd (e.g. 2026-03-26) and a day that exists.',
      'applicant.nationalities.0: Nationality 1: Choose a country from the list.',
      'applicant.identityDocument.kind: Identity document type is required: passport, national identity card, residence permit, refugee travel document or other.',
      'representation.representative.name: Representative’s name is required.'
    ])
  })

  it('applicant: an entity needs its name, registration date and proof of standing instead of a date of birth', () => {
    const d = draft({ applicant: { kind: 'entity', legalName: 'Example LLP', identityDocument: { kind: 'other' }, entity: { standingProofExhibitId: 'nope' } }, representation: { represented: false } })
    expect(messages(d, 'applicant')).toEqual([
      'applicant.entity.name: Entity name is required.',
      'applicant.entity.registeredOn: Date of incorporation or registration is required.',
      'applicant.entity.standingProofExhibitId: Proof of the signatory’s standing refers to an item that is not in the draft.'
    ])
  })

  it('request: working language and, for correction/deletion, which of the two', () => {
    expect(messages(draft(), 'request')).toEqual([
      'request.workingLanguage: Working language is required: Arabic, English, French or Spanish (Statute Art. 18(1)).',
      'request.action: Correction or deletion: say whether the request seeks deletion, correction, or both.'
    ])
    expect(messages(draft({ requestType: 'access', request: { workingLanguage: 'es' } }), 'request')).toEqual(['request.accessPurpose: Purpose of the request (ADM §3) is required.'])
  })

  it('data item: requesting country, offences, warrant date, SLTD document number', () => {
    const d = draft({ dataItem: { kind: 'sltd', offences: [{ description: '' }], warrant: { date: '12/03/2020' } } })
    expect(messages(d, 'data-item')).toEqual([
      'dataItem.requestingCountry: Requesting country is required: choose a country from the list.',
      'dataItem.offences.0.description: Offence 1: Offence description is required.',
      'dataItem.warrant.date: Date of the arrest warrant: use the form yyyy-mm-dd (e.g. 2026-03-26) and a day that exists.',
      'dataItem.sltdDocumentNumber: Number of the document recorded in SLTD is required.'
    ])
    // An access request may not know the country yet.
    expect(messages(draft({ requestType: 'access' }), 'data-item')).toEqual([])
  })

  it('refugee: the protection decision and the current status', () => {
    expect(messages(draft({ requestType: 'refugee-status-deletion' }), 'refugee')).toEqual([
      'refugee.grantingCountry: Country that granted protection is required: choose a country from the list.',
      'refugee.grantedOn: Date protection was granted is required.',
      'refugee.reference: Reference of the protection decision is required.',
      'refugee.currentStatus: Current status is required: asylum seeker, status granted, naturalised or revoked.'
    ])
  })

  it('revision: a discovery before the decision is not a new fact', () => {
    const d = draft({
      requestType: 'revision',
      revision: { previousDecisionReference: 'CCF/2025/0412', previousDecisionDate: '2025-03-20', newFact: 'Opinion', discoveryDate: '2025-01-10', whyDecisive: 'Same facts' }
    })
    expect(messages(d, 'revision')).toEqual([
      'revision.discoveryDate: Date the new fact was discovered is before the decision under revision: a fact known before the decision is not new (Statute Art. 42(1)).'
    ])
  })

  it('facts and exhibits: numbered items, links that must exist, no repeated ids', () => {
    const d = draft({
      exhibits: [
        { id: 'e1', title: 'Ruling', kind: 'court-ruling' },
        { id: 'e1', title: '', kind: 'translation', translationOf: 'e9' }
      ],
      facts: [{ id: 'f1', text: 'Arrested in Prague', date: '2025-09-01', exhibitIds: ['e1', 'e2'] }]
    })
    expect(messages(d, 'exhibits')).toEqual([
      'exhibits.1.title: Exhibit 2: Exhibit title is required.',
      'exhibits.1.translationOf: Exhibit 2: Translated exhibit is not in the list.',
      'exhibits.1: Exhibit 2: Exhibit id appears twice.'
    ])
    expect(messages(d, 'facts')).toEqual(['facts.0.exhibitIds.1: Fact 1: Linked exhibit refers to an item that is not in the draft.'])
    expect(messages(draft(), 'facts')).toEqual(['facts: Statement of facts: add at least one fact.'])
  })

  it('grounds: reasons, at least one ground, grounds that fit the request, the refugee ground for a refugee request', () => {
    expect(messages(draft(), 'grounds')).toEqual([
      'grounds.reasons: Reasons for the request (Statute Art. 30(2)) is required.',
      'grounds.chosen: Grounds: choose at least one ground.'
    ])
    const refugee = draft({ requestType: 'refugee-status-deletion', grounds: { reasons: 'Refugee in Germany.', chosen: [{ groundId: 'article-3' }, { groundId: 'revision-new-fact' }] } })
    expect(messages(refugee, 'grounds')).toEqual([
      'grounds.chosen.1.groundId: Ground 2: Ground is not available in a request for deletion (refugee status).',
      'grounds.chosen: Grounds: a refugee-status deletion request must include the refugee-policy ground (GA-2017-86-RES-09).'
    ])
  })

  it('relief: urgency for provisional measures (Statute Art. 37), details of a correction', () => {
    const d = draft({ request: { action: 'correction-and-deletion' }, relief: { provisionalMeasures: { requested: true } } })
    expect(messages(d, 'relief')).toEqual([
      'relief.provisionalMeasures.urgency: Urgency is required when provisional measures are requested: say why they cannot wait (Statute Art. 37).',
      'relief.correctionDetails: Correction sought is required: say which data should be corrected and how.'
    ])
  })

  it('assessment: a finding needs its body and summary; "other" data-quality needs a note', () => {
    const d = draft({ assessment: { findings: [{ id: 'x', kind: 'un-body', body: '', summary: '' }], dataQuality: ['other'] } })
    expect(messages(d, 'assessment')).toEqual([
      'assessment.findings.0.body: Finding 1: Body that made the finding is required.',
      'assessment.findings.0.summary: Finding 1: Summary of the finding is required.',
      'assessment.dataQualityNote: Data quality note is required when "other" is ticked: say what is wrong.'
    ])
  })
})

describe('prefill from the dossier', () => {
  it('S1: the router’s route, the client’s details, protection, placeholders for the documents, facts from the timeline', () => {
    const dossier = gulsenDossier()
    const matterId = dossier.matters[0]!.id
    const d = prefillFromDossier(dossier, matterId, options)
    expect(d).toMatchObject({ schemaVersion: 1, id: 'draft-1', dossierId: dossier.id, matterId, requestType: 'refugee-status-deletion', updatedAt: '2026-11-23T10:00:00.000Z' })
    expect(d.applicant).toMatchObject({ legalName: 'Gülşen Yıldırım', latinName: 'Gulsen Yildirim', dateOfBirth: '1984-03-12', placeOfBirth: 'Kayseri', nationalities: ['TR'], familyName: '', forenames: '' })
    expect(d.refugee).toMatchObject({ currentStatus: 'granted', grantingCountry: 'DE', grantedOn: '2019-06-18', reference: '7712345-163', statusDocumentExhibitId: 'protection-decision' })
    expect(d.dataItem).toMatchObject({ kind: 'red-notice', requestingCountry: 'TR', ncb: 'NCB Ankara', warrant: { date: '2017-02-02', court: 'Istanbul 24th High Criminal Court', number: '2017/118' } })
    expect(d.dataItem.offences).toEqual([{ description: 'Membership of an armed terrorist organisation', legalProvision: 'Turkish Penal Code art. 314(2)', maxPenaltyMonths: 180 }])
    expect(d.exhibits.map((e) => [e.id, e.kind, e.attached])).toEqual([
      ['identity-document', 'identity-document', false],
      ['power-of-attorney', 'power-of-attorney', false],
      ['protection-decision', 'decision', false]
    ])
    expect(d.facts).toEqual([
      { id: 'event-9c8b7a6d-5e4f-4a3b-8c1d-0e9f8a7b6c01', date: '2025-11-03', text: 'Stopped at Athens airport, released after 6 hours', exhibitIds: [], sourceEventId: '9c8b7a6d-5e4f-4a3b-8c1d-0e9f8a7b6c01' }
    ])
    expect(d.grounds.chosen).toEqual([{ groundId: 'refugee-policy', argument: '', factIds: [], exhibitIds: ['protection-decision'], citedPrecedents: [] }])
    expect(d.representation.represented).toBe(true)
  })

  it('S2: access, with the purpose sentence filled in', () => {
    const dossier = yerlanDossier()
    const withMatter = Dossier.parse({
      ...dossier,
      matters: [{ id: '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c02', clientId: dossier.id, kind: 'diffusion', requestingCountry: 'KZ', createdAt: LATER, updatedAt: LATER }]
    })
    const d = prefillFromDossier(withMatter, '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c02', options)
    expect(d.requestType).toBe('access')
    expect(d.request.accessPurpose).toBe('Simple request for access to any data concerning the applicant processed in INTERPOL’s Information System, and to the identity of their source.')
    expect(validateStep(d, 'request').issues.map((i) => i.path)).toEqual(['request.workingLanguage'])
  })

  it('S6: a revision draft takes the decision date and the discovery from the timeline', () => {
    const dossier = withEvents(gulsenDossier(), [
      { type: 'ccf-decision', requestType: 'correction-deletion', date: '2025-03-20', summary: 'Notice found compliant' },
      { type: 'discovery-of-new-fact', date: '2026-09-10', summary: 'UN WGAD opinion on the co-defendant' }
    ])
    const d = prefillFromDossier(dossier, dossier.matters[0]!.id, options)
    expect(d.requestType).toBe('revision')
    expect(d.revision).toMatchObject({ previousDecisionDate: '2025-03-20', discoveryDate: '2026-09-10', newFact: 'UN WGAD opinion on the co-defendant', previousDecisionExhibitId: 'ccf-decision' })
    expect(d.grounds.chosen[0]?.groundId).toBe('revision-new-fact')
  })

  it('the lawyer’s choice of request type wins over the router', () => {
    const dossier = gulsenDossier()
    expect(prefillFromDossier(dossier, dossier.matters[0]!.id, { ...options, requestType: 'correction-deletion' }).requestType).toBe('correction-deletion')
  })
})

describe('write-back to the dossier', () => {
  it('round trip: prefill then write back without changes leaves the dossier as it was', () => {
    const dossier = gulsenDossier()
    const result = writeBackToDossier(prefillFromDossier(dossier, dossier.matters[0]!.id, options), dossier, { now: LATER })
    expect(result.changed).toEqual([])
    expect(result.skipped).toEqual([])
    expect(result.dossier).toEqual(dossier)
  })

  it('answers that belong to the dossier go back; updatedAt moves only on the records that changed', () => {
    const dossier = gulsenDossier()
    const d = prefillFromDossier(dossier, dossier.matters[0]!.id, options)
    d.applicant.latinName = 'Gülşen YILDIRIM'
    d.applicant.nationalities = ['TR', 'DE']
    d.applicant.contact.email = 'gulsen@example.org'
    d.applicant.identityDocument = { ...d.applicant.identityDocument, kind: 'refugee-travel-document', number: 'R1234567', issuingCountry: 'DE' }
    d.refugee.currentStatus = 'naturalised'
    d.request.clientLanguage = 'tr'
    const { dossier: updated, changed, skipped } = writeBackToDossier(d, dossier, { now: LATER })
    expect(changed).toEqual(['Latin transliteration', 'Nationalities', 'E-mail', 'Preferred language', 'Identity document', 'Protection status'])
    expect(skipped).toEqual([])
    expect(updated.client).toMatchObject({
      latinName: 'Gülşen YILDIRIM',
      nationalities: ['TR', 'DE'],
      contact: { email: 'gulsen@example.org' },
      preferredLanguage: 'tr',
      idDocuments: [{ kind: 'refugee-travel-document', number: 'R1234567', issuingCountry: 'DE' }],
      protection: { kind: 'naturalised', grantingCountry: 'DE', grantedOn: '2019-06-18', reference: '7712345-163' },
      updatedAt: LATER
    })
    expect(updated.matters[0]).toBe(dossier.matters[0])
    expect(() => Dossier.parse(updated)).not.toThrow()
    // The dossier passed in is not modified.
    expect(dossier.client.latinName).toBe('Gulsen Yildirim')
  })

  it('data-item answers update the matter', () => {
    const dossier = gulsenDossier()
    const d = prefillFromDossier(dossier, dossier.matters[0]!.id, options)
    d.dataItem.interpolReference = 'A-1234/5-2019'
    d.dataItem.offences = [{ description: 'Membership of an armed terrorist organisation', legalProvision: 'Turkish Penal Code art. 314(2)', maxPenaltyMonths: 120 }]
    const { dossier: updated, changed } = writeBackToDossier(d, dossier, { now: LATER })
    expect(changed).toEqual(['INTERPOL reference', 'Offences'])
    expect(updated.matters[0]).toMatchObject({ interpolReference: 'A-1234/5-2019', offences: [{ maxPenaltyMonths: 120 }], updatedAt: LATER })
    expect(updated.client).toBe(dossier.client)
  })

  it('an empty answer never erases the dossier; an invalid one is skipped and reported', () => {
    const dossier = gulsenDossier()
    const d = prefillFromDossier(dossier, dossier.matters[0]!.id, options)
    d.applicant.placeOfBirth = ''
    d.applicant.dateOfBirth = '1984-02-30'
    d.dataItem.warrant.court = ''
    const { dossier: updated, changed, skipped } = writeBackToDossier(d, dossier, { now: LATER })
    expect(changed).toEqual([])
    expect(skipped).toEqual([{ field: 'Date of birth', reason: 'not a valid value for the client’s file' }])
    expect(updated.client.placeOfBirth).toBe('Kayseri')
    expect(updated.client.dateOfBirth).toBe('1984-03-12')
    expect(updated.matters[0]?.warrant.court).toBe('Istanbul 24th High Criminal Court')
  })

  it('every protection kind survives the trip to the draft and back', () => {
    for (const kind of ['none', 'asylum-seeker', 'refugee', 'subsidiary-protection', 'humanitarian', 'revoked', 'naturalised'] as const) {
      expect(protectionKindOf(protectionToDraft({ kind, reference: '' })) ?? 'none').toBe(kind)
    }
  })
})

describe('whole draft', () => {
  it('validateDraft lists every step of the type in wizard order', () => {
    expect(validateDraft(draft({ requestType: 'access' })).map((s) => [s.stepId, s.ok])).toEqual([
      ['applicant', false],
      ['request', false],
      ['data-item', true],
      ['exhibits', true]
    ])
  })
})

function withEvents(dossier: DossierT, events: Array<{ type: 'ccf-decision' | 'discovery-of-new-fact'; requestType?: 'correction-deletion'; date: string; summary: string }>): DossierT {
  const matterId = dossier.matters[0]!.id
  return Dossier.parse({
    ...dossier,
    events: [...dossier.events, ...events.map((e, i) => ({ ...e, id: `00000000-0000-4000-8000-00000000010${i}`, matterId, details: '', createdAt: LATER }))]
  })
}
