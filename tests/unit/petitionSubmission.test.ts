// From the wizard's draft to the filing: prefill from an S1/S2/S3/S6-shaped dossier, complete the
// draft as a lawyer would, build the submission and read the rendered memorandum back with
// poppler's pdftotext. Also: the pre-flight blocks the export (late revision, missing identity
// document) and the enum differences between the draft and the documents are reconciled.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Dossier, type Dossier as DossierT } from '@shared/domain'
import { renderDocument } from '../../shared/pdf/renderDocument'
import {
  buildSubmission, documentInputFromDraft, preflight, prefillFromDossier, SubmissionBlockedError, type PetitionDraft, type PetitionType
} from '../../shared/petitions'
import { defaultCountryName, MESSAGES, parsePetitionDocumentInput } from '../../shared/petitions/documents'
import { groundById } from '../../shared/petitions/groundsCatalogue'
import { notoFontSet } from '../bench/pdfFonts'
import { gulsenDossier, yerlanDossier } from './fixtures'

const TODAY = '2026-11-23'
const NOW = '2026-11-23T09:00:00.000Z'
const prefill = { today: TODAY, draftId: 'draft-1', now: '2026-11-23T10:00:00.000Z' }
const creationDate = new Date('2026-11-23T09:00:00Z')
let outDir = ''

function flatPdfText(file: string): string {
  const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  expect(result.stderr).toBe('')
  return result.stdout.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
}

function withEvents(dossier: DossierT, events: Array<{ type: 'ccf-decision' | 'discovery-of-new-fact'; requestType?: 'correction-deletion'; date: string; summary: string }>): DossierT {
  const matterId = dossier.matters[0]!.id
  return Dossier.parse({
    ...dossier,
    events: [...dossier.events, ...events.map((e, i) => ({ ...e, id: `00000000-0000-4000-8000-00000000020${i}`, matterId, details: '', createdAt: NOW }))]
  })
}

/** S2: Yerlan only suspects a diffusion from Kazakhstan. */
function s2Dossier(): DossierT {
  const dossier = yerlanDossier()
  return Dossier.parse({ ...dossier, matters: [{ id: '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c02', clientId: dossier.id, kind: 'diffusion', requestingCountry: 'KZ', createdAt: NOW, updatedAt: NOW }] })
}

/** S3: Fyodor, red notice from Russia, extradition refused by a Czech court. */
function s3Dossier(): DossierT {
  const id = '5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a03'
  const matterId = '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c03'
  return Dossier.parse({
    schemaVersion: 1,
    id,
    client: {
      id,
      legalName: 'Фёдор Щербаков',
      latinName: 'Fyodor Shcherbakov',
      dateOfBirth: '1990-07-07',
      placeOfBirth: 'Yekaterinburg',
      nationalities: ['RU'],
      idDocuments: [{ kind: 'passport', number: '75 4412093', issuingCountry: 'RU' }],
      createdAt: NOW,
      updatedAt: NOW
    },
    matters: [
      {
        id: matterId,
        clientId: id,
        kind: 'red-notice',
        requestingCountry: 'RU',
        offences: [{ description: 'Financing of extremist activity', legalProvision: 'Russian Criminal Code art. 282.3', maxPenaltyMonths: 96 }],
        warrant: { date: '2023-05-15', court: 'Meshchansky District Court of Moscow', number: '3/1-204/2023' },
        stage: 'confirmed',
        createdAt: NOW,
        updatedAt: NOW
      }
    ],
    events: [
      { id: '9c8b7a6d-5e4f-4a3b-8c1d-0e9f8a7b6c31', matterId, type: 'arrest', date: '2025-09-01', summary: 'Arrested in Prague on the red notice', createdAt: NOW },
      { id: '9c8b7a6d-5e4f-4a3b-8c1d-0e9f8a7b6c32', matterId, type: 'extradition-decision', date: '2025-12-10', summary: 'The Czech court refused extradition (political character, risk of unfair trial)', createdAt: NOW }
    ]
  })
}

/** S6: a revision of a 2025 decision after the discovery of a new fact on 10 September 2026. */
function s6Dossier(): DossierT {
  return withEvents(gulsenDossier(), [
    { type: 'ccf-decision', requestType: 'correction-deletion', date: '2025-03-20', summary: 'Notice found compliant' },
    { type: 'discovery-of-new-fact', date: '2026-09-10', summary: 'UN WGAD opinion on the co-defendant' }
  ])
}

const DOSSIERS: Record<PetitionType, () => DossierT> = {
  'refugee-status-deletion': gulsenDossier,
  access: s2Dossier,
  'correction-deletion': s3Dossier,
  revision: s6Dossier
}

/** The draft as a lawyer finishes it: identity checked, power of attorney signed, grounds argued with exhibits. */
function completedDraft(type: PetitionType): PetitionDraft {
  const dossier = DOSSIERS[type]()
  const d = prefillFromDossier(dossier, dossier.matters[0]!.id, { ...prefill, requestType: type })
  const a = d.applicant
  if (type === 'access') {
    a.familyName = 'Жақсылықов'
    a.forenames = 'Ерлан'
    a.dateOfBirth = '1979-11-30'
    a.identityDocument = { ...a.identityDocument, kind: 'passport', number: 'N15520387', issuingCountry: 'KZ' }
  } else if (type === 'correction-deletion') {
    a.familyName = 'Щербаков'
    a.forenames = 'Фёдор'
  } else {
    a.familyName = 'Yıldırım'
    a.forenames = 'Gülşen'
    a.identityDocument = { ...a.identityDocument, kind: 'refugee-travel-document', number: 'R0417733', issuingCountry: 'DE' }
  }
  a.identityDocument.legible = { forenames: true, familyName: true, dateOfBirth: true, photograph: true }
  a.contact.address = 'Weserstraße 41, 12045 Berlin, Germany'
  d.representation.representative = { name: 'Anna Keller', firm: 'Keller & Partner Rechtsanwälte', address: 'Friedrichstraße 120, 10117 Berlin, Germany', email: 'a.keller@keller-partner.example', phone: '' }
  d.representation.powerOfAttorney = { generatedOn: '2026-11-20', signed: true }
  d.request.workingLanguage = 'en'

  const firstFact = d.facts[0]?.id
  if (type === 'correction-deletion') {
    d.request.action = 'deletion'
    d.exhibits.push(
      { id: 'czech-ruling', title: 'Ruling of the Prague Municipal Court refusing extradition', kind: 'court-ruling', language: 'cs', attached: true },
      { id: 'czech-ruling-en', title: 'English translation of the Prague ruling', kind: 'translation', language: 'en', translationOf: 'czech-ruling', attached: true },
      { id: 'ban-decision', title: 'Decision banning the foundation', kind: 'decision', language: 'ru', attached: true }
    )
    d.grounds.reasons = 'The notice concerns donations to a foundation banned for its political work; extradition was refused for that reason.'
    d.grounds.chosen = [
      { groundId: 'article-3', argument: 'The donations were made to a foundation of the political opposition.\n\nThe ban followed its political campaigns.', factIds: [firstFact!], exhibitIds: ['ban-decision'] },
      { groundId: 'article-2', argument: 'A competent court refused extradition for the risk of an unfair trial.', factIds: [d.facts[1]!.id], exhibitIds: ['czech-ruling', 'czech-ruling-en'] }
    ]
  }
  if (type === 'refugee-status-deletion') {
    d.refugee.legalBasis = '1951-convention'
    d.refugee.authority = 'Bundesamt für Migration und Flüchtlinge (BAMF)'
    d.grounds.reasons = 'The applicant is a recognised refugee; the notice comes from the country she fled.'
    d.exhibits.push({ id: 'ngo-report', title: 'NGO report on prosecutions of journalists', kind: 'report', language: 'en', attached: true })
    d.grounds.chosen[0]!.argument = 'Germany recognised the applicant as a refugee in 2019; the notice was requested by Turkey, the country she fled.'
    d.grounds.chosen.push({ groundId: 'article-2', argument: '', factIds: [firstFact!], exhibitIds: ['ngo-report'] })
  }
  if (type === 'revision') {
    d.revision.previousDecisionReference = 'CCF/128/R/2025'
    d.revision.whyDecisive = 'The opinion finds the co-defendant’s detention arbitrary on the same facts.'
    d.exhibits.push({ id: 'wgad-opinion', title: 'Opinion of the UN Working Group on Arbitrary Detention', kind: 'report', language: 'en', attached: true })
    d.grounds.chosen[0]!.argument = 'Had the Commission known of the opinion, it could have reached a different conclusion.'
    d.grounds.chosen[0]!.exhibitIds = ['wgad-opinion']
  }
  if (type === 'access') d.exhibits.push({ id: 'airport-note', title: 'Note of the questioning at Warsaw airport', kind: 'other', language: 'en', attached: true })
  for (const exhibit of d.exhibits) exhibit.attached = true
  return d
}

const TYPES: PetitionType[] = ['access', 'correction-deletion', 'refugee-status-deletion', 'revision']
const COUNTRY: Record<PetitionType, string> = { access: 'KZ', 'correction-deletion': 'RU', 'refugee-status-deletion': 'TR', revision: 'TR' }
const options = { matterReference: 'RN-TEST-0001', today: TODAY }

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'redress-submission-'))
})

describe('buildSubmission: draft → documents → PDF', () => {
  for (const type of TYPES) {
    it(`${type}: the rendered memorandum names the applicant, the request, the country, each ground with its citations and each exhibit`, async () => {
      const draft = completedDraft(type)
      const check = preflight(draft, { today: TODAY })
      expect(check.items.filter((i) => i.blocking && !i.ok).map((i) => i.message)).toEqual([])
      expect(check.canExport).toBe(true)

      const raw = documentInputFromDraft(draft, options)
      const input = parsePetitionDocumentInput(raw)
      const submission = buildSubmission(draft, options)

      expect(input.applicant.legalName).toBe(draft.applicant.legalName)
      expect(input.applicant.familyName).toBe(draft.applicant.familyName)
      expect(input.applicant.givenNames).toBe(draft.applicant.forenames)
      expect(input.place).toBe('Berlin')
      expect(input.exhibits.map((e) => e.label)).toEqual(input.exhibits.map((_, i) => `A-${i + 1}`))
      expect(submission.powerOfAttorney).toBeDefined()
      expect(submission.refugeeLetter !== undefined).toBe(type === 'refugee-status-deletion')
      expect(submission.fileNames.memorandum).toBe(`CCF request - ${type} - RN-TEST-0001 - ${TODAY}.pdf`)
      expect(Object.keys(submission.fileNames).sort()).toEqual(
        ['memorandum', 'portal-sheet', 'power-of-attorney', ...(type === 'refugee-status-deletion' ? ['refugee-authority-letter'] : [])].sort()
      )
      expect(submission.portalSheetModel.blocks.length).toBeGreaterThan(0)

      const file = join(outDir, `memorandum-${type}.pdf`)
      writeFileSync(file, await renderDocument(submission.memorandum, notoFontSet(), { creationDate }))
      const text = flatPdfText(file)
      for (const name of [draft.applicant.legalName, draft.applicant.latinName].filter(Boolean)) expect(text).toContain(name)
      expect(text).toContain(MESSAGES.en[`requestType.${type}`])
      expect(text).toContain(defaultCountryName(COUNTRY[type], 'en'))
      for (const chosen of draft.grounds.chosen) {
        const ground = groundById(chosen.groundId)
        expect(text).toContain(ground.heading)
        for (const c of ground.citations) expect(text).toContain(c.citation)
      }
      for (const exhibit of input.exhibits) expect(text).toContain(exhibit.title)
    }, 30_000)
  }
})

describe('documentInputFromDraft', () => {
  it('links grounds to facts and exhibits; identity document and power of attorney are uploads of their own unless cited', () => {
    const draft = completedDraft('correction-deletion')
    const input = parsePetitionDocumentInput(documentInputFromDraft(draft, options))
    expect(input.exhibits.map((e) => [e.label, e.id, e.isTranslationOf])).toEqual([
      ['A-1', 'czech-ruling', undefined],
      ['A-2', 'czech-ruling-en', 'czech-ruling'],
      ['A-3', 'ban-decision', undefined]
    ])
    expect(input.grounds.map((g) => [g.id, g.factIds, g.exhibitIds])).toEqual([
      ['article-3', [draft.facts[0]!.id], ['ban-decision']],
      ['article-2', [draft.facts[1]!.id], ['czech-ruling', 'czech-ruling-en']]
    ])
    expect(input.grounds[0]!.citations).toEqual(['Constitution Art. 3', 'RPD Art. 1(1)', 'RPD Art. 34(3)', 'ROP paras 38–57'])
    expect(input.dataItem).toMatchObject({ requestingCountry: 'RU', certainty: 'confirmed', offences: [{ description: 'Financing of extremist activity', maxPenalty: '8 years' }] })
    expect(input.applicant.idDocument).toEqual({ kind: 'passport', number: '75 4412093', issuingCountry: 'RU' })
  })

  it('a ground the lawyer argued carries the lawyer’s own text, not the catalogue summary', () => {
    const draft = completedDraft('correction-deletion')
    const argument = 'The Czech court refused extradition: the applicant would face an unfair trial (Ерлан Жақсылықов).'
    draft.grounds.chosen[1]!.argument = argument
    const input = parsePetitionDocumentInput(documentInputFromDraft(draft, options))
    expect(input.grounds.find((g) => g.id === 'article-2')?.argument).toBe(argument)
    expect(input.grounds.find((g) => g.id === 'article-2')?.argument).not.toBe(groundById('article-2').summary)
    expect(input.grounds.find((g) => g.id === 'article-3')?.argument).toBe(draft.grounds.chosen[0]!.argument)
  })

  it('a ground chosen without an argument is stated in the catalogue’s words', () => {
    const input = parsePetitionDocumentInput(documentInputFromDraft(completedDraft('refugee-status-deletion'), options))
    expect(input.grounds.find((g) => g.id === 'article-2')?.argument).toBe(groundById('article-2').summary)
  })

  it('reconciles the refugee enums: 1951-convention → convention-1951, subsidiary-protection → subsidiary, humanitarian → other, granted → in-force', () => {
    const draft = completedDraft('refugee-status-deletion')
    const refugeeOf = (legalBasis: PetitionDraft['refugee']['legalBasis']) =>
      parsePetitionDocumentInput(documentInputFromDraft({ ...draft, refugee: { ...draft.refugee, legalBasis } }, options)).refugee
    expect(refugeeOf('1951-convention')).toMatchObject({ legalBasis: 'convention-1951', currentStatus: 'in-force', grantingCountry: 'DE', evidenceExhibitIds: ['protection-decision'] })
    expect(refugeeOf('subsidiary-protection')?.legalBasis).toBe('subsidiary')
    expect(refugeeOf('humanitarian')?.legalBasis).toBe('other')
    expect(refugeeOf('other')?.legalBasis).toBe('other')
  })

  it('an asylum seeker gets no refugee document: the mapping throws and the pre-flight blocks the submission', () => {
    const draft = completedDraft('refugee-status-deletion')
    draft.refugee.currentStatus = 'asylum-seeker'
    expect(() => documentInputFromDraft(draft, options)).toThrow(/asylum seeker/)
    expect(() => buildSubmission(draft, options)).toThrow(SubmissionBlockedError)
  })

  it('Arabic has no template yet: the mapping throws and the submission is blocked', () => {
    const draft = completedDraft('access')
    draft.request.workingLanguage = 'ar'
    expect(() => documentInputFromDraft(draft, options)).toThrow(/no document template/)
    expect(() => buildSubmission(draft, options)).toThrow(/no document template in Arabic/)
  })
})

describe('buildSubmission refuses what the pre-flight blocks', () => {
  it('S6: a revision filed on discovery + 6 months + 1 day names the last permitted day, 10 March 2027', () => {
    const draft = completedDraft('revision')
    expect(() => buildSubmission(draft, { ...options, today: '2027-03-10' })).not.toThrow()
    let error: unknown
    try {
      buildSubmission(draft, { ...options, today: '2027-03-11' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SubmissionBlockedError)
    const blocked = error as SubmissionBlockedError
    expect(blocked.name).toBe('SubmissionBlockedError')
    expect(blocked.message).toContain('the last permitted day was 10 March 2027')
    expect(blocked.items.map((i) => i.id)).toEqual(['revision-time-limit'])
  })

  it('an access request without an identity document attached throws', () => {
    const draft = completedDraft('access')
    draft.exhibits.find((e) => e.kind === 'identity-document')!.attached = false
    expect(() => buildSubmission(draft, options)).toThrow(SubmissionBlockedError)
    expect(() => buildSubmission(draft, options)).toThrow(/identity document/)
  })
})
