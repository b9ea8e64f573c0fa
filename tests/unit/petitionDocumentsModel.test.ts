// The petition documents as models, without rendering: message tables, input validation, the
// memorandum's structure per request type, the power of attorney's languages, the letter's
// wording, the portal sheet's order and flags, and file names.
import { describe, expect, it } from 'vitest'
import type { Block, DocumentModel } from '../../shared/pdf/documentModel'
import { parseDocumentModel } from '../../shared/pdf/documentModel'
import {
  buildMemorandum, buildPortalSheet, buildPowerOfAttorney, buildRefugeeAuthorityLetter, DOCUMENT_LANGUAGES, exportFileName, LANGUAGE_PROFILE, MESSAGES,
  parsePetitionDocumentInput, PetitionDocumentInput, placeholders, portalSheetDocument, powerOfAttorneyLanguages, safeFileNamePart, uploadFileName, type ExportKind,
  type PetitionDocumentInputData
} from '../../shared/petitions/documents'
import { sampleInputs } from '../../shared/petitions/documents/sampleInputs'

const { s1RefugeeDeletion: s1, s2Access: s2, s3CorrectionDeletion: s3, s4CorrectionDeletion: s4, s6Revision: s6 } = sampleInputs
const all = Object.entries(sampleInputs)

const headings = (model: DocumentModel, level?: number) =>
  model.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && (level === undefined || b.level === level)).map((b) => b.text)
const allText = (model: DocumentModel) => JSON.stringify(model.blocks)

describe('message tables', () => {
  const english = Object.keys(MESSAGES.en).sort()

  it.each(DOCUMENT_LANGUAGES)('%s has every key of every other language, and no empty text', (language) => {
    for (const other of DOCUMENT_LANGUAGES) expect(Object.keys(MESSAGES[language]).sort(), `${language} vs ${other}`).toEqual(Object.keys(MESSAGES[other]).sort())
    for (const [key, value] of Object.entries(MESSAGES[language])) expect(value.trim(), key).not.toBe('')
  })

  it.each(DOCUMENT_LANGUAGES)('%s uses the same {placeholders} as English in every message', (language) => {
    for (const key of english) {
      const k = key as keyof typeof MESSAGES.en
      expect(placeholders(MESSAGES[language][k]).sort(), `${language} ${key}`).toEqual(placeholders(MESSAGES.en[k]).sort())
    }
  })

  it('every template language has a locale and a direction; the models take the direction from it', () => {
    for (const language of DOCUMENT_LANGUAGES) {
      expect(LANGUAGE_PROFILE[language].direction).toMatch(/^(ltr|rtl)$/)
      const model = buildMemorandum({ ...s3, language })
      expect(model.direction).toBe(LANGUAGE_PROFILE[language].direction)
      expect(model.language).toBe(language)
    }
  })
})

describe('PetitionDocumentInput', () => {
  const issuesOf = (input: unknown) => {
    const result = PetitionDocumentInput.safeParse(input)
    return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  }

  it('accepts every sample', () => {
    for (const [name, input] of all) expect(issuesOf(input), name).toEqual([])
  })

  it('requires what each request type needs', () => {
    expect(issuesOf({ ...s3, dataItem: undefined }).map((i) => i.path)).toContain('dataItem')
    expect(issuesOf({ ...s2, dataItem: undefined })).toEqual([])
    expect(issuesOf({ ...s3, grounds: [] }).map((i) => i.path)).toContain('grounds')
    expect(issuesOf({ ...s6, revision: undefined }).map((i) => i.path)).toContain('revision')
    expect(issuesOf({ ...s1, refugee: undefined }).map((i) => i.path)).toContain('refugee')
  })

  it('checks that grounds, translations and status evidence point at facts and exhibits that exist', () => {
    const bad: PetitionDocumentInputData = {
      ...s1,
      grounds: [{ ...s1.grounds![0]!, factIds: ['nope'], exhibitIds: ['e1', 'gone'] }],
      exhibits: [...s1.exhibits!, { id: 'e9', label: 'A-1', title: 'Duplicate label', isTranslationOf: 'e9' }],
      refugee: { ...s1.refugee!, evidenceExhibitIds: ['missing'] }
    }
    const paths = issuesOf(bad).map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['grounds.0.factIds.0', 'grounds.0.exhibitIds.1', 'exhibits.6', 'exhibits.6.isTranslationOf', 'refugee.evidenceExhibitIds.0']))
  })

  it('messages name the rule, never the client’s data', () => {
    const issues = issuesOf({ ...s1, applicant: { ...s1.applicant, legalName: '', dateOfBirth: '1984-02-30', nationalities: ['Turkey'] } })
    expect(issues.length).toBeGreaterThanOrEqual(3)
    for (const issue of issues) expect(issue.message).not.toMatch(/Gülşen|Yıldırım|1984|Turkey/)
  })

  it('languages without a template are refused', () => {
    expect(issuesOf({ ...s1, language: 'de' }).map((i) => i.path)).toContain('language')
  })
})

describe('memorandum structure', () => {
  it.each(all)('%s is a valid DocumentModel: cover page, page break, numbered bookmarked sections, signature last', (_, input) => {
    const model = buildMemorandum(input)
    expect(() => parseDocumentModel(model)).not.toThrow()
    const firstBreak = model.blocks.findIndex((b) => b.type === 'pageBreak')
    expect(model.blocks.slice(0, firstBreak).some((b) => b.type === 'keyValue')).toBe(true)
    const sections = headings(model, 1).slice(1)
    sections.forEach((title, i) => expect(title.startsWith(`${i + 1}. `)).toBe(true))
    expect(model.blocks.filter((b) => b.type === 'heading' && b.level === 1).every((b) => b.type === 'heading' && b.bookmark)).toBe(true)
    expect(model.blocks.at(-1)!.type).toBe('signature')
  })

  it('sections follow the request type', () => {
    const titles = (input: PetitionDocumentInputData) => headings(buildMemorandum(input), 1).slice(1)
    expect(titles(s1)).toEqual(['1. Applicant and representation', '2. Data concerned', '3. Relief sought', '4. Statement of facts', '5. Grounds', '6. List of exhibits'])
    expect(titles(s2)).toEqual(['1. Applicant and representation', '2. Data concerned', '3. Relief sought', '4. Statement of facts'])
    expect(titles({ ...s2, grounds: [{ id: 'g', title: 'Context', argument: 'Why the applicant asks.', citations: [], factIds: [], exhibitIds: [] }] })).toContain('5. Reasons')
    expect(titles(s6)).toEqual(['1. Applicant and representation', '2. Data concerned', '3. Previous decision and new fact', '4. Relief sought', '5. Statement of facts', '6. Grounds', '7. List of exhibits'])
  })

  it('grounds cite their facts by number and their exhibits by label; the exhibit table says which grounds use each exhibit', () => {
    const model = buildMemorandum(s3)
    const text = allText(model)
    expect(text).toContain('Supporting facts: 1 and 2 (section 4)\\nExhibits: B-3, B-4')
    expect(text).toContain('Supporting facts: 3 and 4 (section 4)\\nExhibits: B-1, B-2')
    const table = model.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.columns.length === 5)!
    expect(table.rows.map((r) => [r[0], r[4]])).toEqual([['B-1', '5.2'], ['B-2', '5.2'], ['B-3', '5.1'], ['B-4', '5.1']])
    expect(table.rows[1]![3]).toBe('English (translation of B-1)')
  })

  it('relief: the lawyer’s own list when given, the request type’s standard relief otherwise', () => {
    expect(allText(buildMemorandum({ ...s3, reliefSought: ['delete the red notice at once.'] }))).toContain('delete the red notice at once.')
    expect(allText(buildMemorandum(s6))).toContain('revise its decision CCF/2025/0412 of 20 March 2025')
    expect(allText(buildMemorandum(s1))).toContain('recorded at the request of the source country (Türkiye)')
  })

  it('provisional measures: the lawyer’s text, or a default blocking request, only when urgent', () => {
    expect(allText(buildMemorandum(s3))).toContain('because the applicant must travel to a hearing in Vienna')
    const urgentDefault = allText(buildMemorandum({ ...s4, urgent: true }))
    expect(urgentDefault).toContain('Provisional measures (Article 37 of the Statute of the CCF)')
    expect(urgentDefault).toContain('that access to the data concerning the applicant be blocked')
    expect(allText(buildMemorandum(s4))).not.toContain('Article 37')
  })

  it('refugee ground: generated first when no ground cites GA-2017-86-RES-09; a lawyer’s ground that does moves first and gains the status evidence', () => {
    expect(headings(buildMemorandum(s1), 2)[0]).toBe('5.1 Refugee status (Germany): INTERPOL’s refugee policy')
    const own = { id: 'g-ref', title: 'Refugee policy applies', citations: ['GA-2017-86-RES-09'], argument: 'Germany recognised the applicant.', factIds: ['f3'], exhibitIds: ['e2'] }
    const model = buildMemorandum({ ...s1, grounds: [...s1.grounds!, own] })
    expect(headings(model, 2)[0]).toBe('5.1 Refugee policy applies')
    expect(allText(model)).toContain('Supporting facts: 3 (section 4)\\nExhibits: A-2, A-1')
    expect(allText(model)).not.toContain('Refugee status (Germany)')
  })

  it('country names come from the resolver the caller passes', () => {
    const model = buildMemorandum(s3, { countryName: (code, language) => `<${code}:${language}>` })
    expect(allText(model)).toContain('<RU:en>')
    // "Russian Federation" stays: it is the lawyer's own text of the legal provision.
    expect(allText(model)).not.toMatch(/"Russia"|\(Russia\)|source: Russia/)
  })

  it('names are printed exactly as entered, in every script', () => {
    for (const [name, input] of all) {
      const parsed = parsePetitionDocumentInput(input)
      const text = allText(buildMemorandum(input))
      expect(text, name).toContain(JSON.stringify(parsed.applicant.legalName).slice(1, -1))
    }
  })
})

describe('power of attorney', () => {
  it('adds the client’s language when it has a template and differs from the working language', () => {
    const languages = (clientLanguage: string | undefined, language: 'en' | 'fr' | 'es' = 'en') =>
      powerOfAttorneyLanguages(parsePetitionDocumentInput({ ...s6, language, applicant: { ...s6.applicant, clientLanguage } }))
    expect(languages('fr')).toEqual(['en', 'fr'])
    expect(languages('es-MX')).toEqual(['en', 'es'])
    expect(languages('en')).toEqual(['en'])
    expect(languages('tr')).toEqual(['en'])
    expect(languages(undefined)).toEqual(['en'])
    expect(languages('fr', 'fr')).toEqual(['fr'])
  })

  it('side by side: one two-column table of clauses; sequential: the whole text again after a page break', () => {
    const side = buildPowerOfAttorney(s6)
    const table = side.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!
    expect(table.columns.map((c) => c.header)).toEqual(['English', 'Français'])
    expect(table.rows[0]![0]).toMatch(/^I, the undersigned applicant, appoint/)
    expect(table.rows[0]![1]).toMatch(/^Je soussigné\(e\)/)
    const sequential = buildPowerOfAttorney(s6, { layout: 'sequential' })
    expect(headings(sequential, 1)).toEqual(['Power of attorney', 'Pouvoir'])
    expect(sequential.blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(1)
    expect(sequential.blocks.filter((b) => b.type === 'signature')).toHaveLength(4)
  })

  it('the refugee consent clause only for a refugee-status deletion; a representative is required', () => {
    expect(allText(buildPowerOfAttorney(s1))).toContain('I consent to those authorities disclosing my status')
    expect(allText(buildPowerOfAttorney(s3))).not.toContain('international protection')
    expect(() => buildPowerOfAttorney(s4)).toThrow(/needs a representative/)
  })
})

describe('letter to the asylum authority', () => {
  it('only for a refugee-status deletion', () => {
    expect(() => buildRefugeeAuthorityLetter(s3)).toThrow(/refugee-status deletion/)
  })

  it('written by the applicant in the first person when there is no representative', () => {
    const text = allText(buildRefugeeAuthorityLetter({ ...s1, representative: undefined }))
    expect(text).toContain('Your authority granted me refugee status.')
    expect(text).toContain('I consent to this disclosure.')
    expect(text).not.toContain('We represent')
  })

  it('names the status evidence among the enclosures; never claims deletion follows automatically', () => {
    for (const language of DOCUMENT_LANGUAGES) {
      const text = allText(buildRefugeeAuthorityLetter(s1, { language }))
      expect(text).toContain('A-1 — Decision of the Federal Office for Migration and Refugees recognising refugee status')
      expect(text).toContain('GA-2017-86-RES-09')
      expect(text.toLowerCase()).not.toMatch(/automati/)
    }
  })
})

describe('portal sheet', () => {
  const titles = (input: PetitionDocumentInputData) => buildPortalSheet(input).sections.map((s) => s.title)

  it('sections in the reference’s field order, per request type', () => {
    const common = ['Request', 'Applicant', 'Contact details', 'Representation and submitter', 'Language and signature']
    expect(titles(s2)).toEqual([...common, 'Access request'])
    expect(titles(s3)).toEqual([...common, 'Correction and/or deletion'])
    expect(titles(s1)).toEqual([...common, 'Correction and/or deletion', 'Refugee status'])
    expect(titles(s6)).toEqual([...common, 'Revision', 'Data concerned'])
  })

  it('flags the fields the reference calls unconfirmed, and required values not recorded yet', () => {
    const sheet = buildPortalSheet(s2)
    const field = (label: string) => sheet.sections.flatMap((s) => s.fields).find((f) => f.label === label)!
    for (const label of ['Nationality', 'Place of birth', 'Other names and spellings', 'Address', 'Known or suspected data']) expect(field(label).unconfirmed, label).toBe(true)
    expect(field('Request type').unconfirmed).toBeUndefined()
    expect(field('Family name')).toMatchObject({ value: '', missing: true, note: expect.stringContaining('Full name as recorded: Ерлан Жақсылықов') })
    expect(field('Date of birth').value).toBe('1979-11-30')
  })

  it('uploads: identity document, power of attorney, memorandum, each exhibit, and for a revision the two-page summary', () => {
    const labels = buildPortalSheet(s6).uploads.map((u) => u.label)
    expect(labels).toEqual(['Identity document (copy)', 'Power of attorney (signed)', 'Request memorandum', 'Exhibit D-1: Opinion of the UN Working Group on Arbitrary Detention', 'Two-page summary'])
    expect(buildPortalSheet(s4).uploads.map((u) => u.label)).not.toContain('Power of attorney (signed)')
    expect(buildPortalSheet(s1).uploads.find((u) => u.label.startsWith('Exhibit A-2'))!.note).toMatch(/^Translation of A-1\./)
  })

  it('the PDF model marks unconfirmed fields with * and shows a dash for missing values', () => {
    const model = portalSheetDocument(buildPortalSheet(s2), 'en')
    expect(() => parseDocumentModel(model)).not.toThrow()
    const rows = model.blocks.flatMap((b) => (b.type === 'keyValue' ? b.rows : []))
    expect(rows.find((r) => r.label === 'Nationality *')!.value).toBe('Kazakhstan')
    expect(rows.find((r) => r.label === 'Family name')!.value).toMatch(/^—\nNote: Required, not recorded yet\./)
  })
})

describe('file names', () => {
  const kinds: ExportKind[] = ['memorandum', 'power-of-attorney', 'refugee-authority-letter', 'portal-sheet']

  it('the documented form', () => {
    expect(exportFileName('memorandum', parsePetitionDocumentInput(s3))).toBe('CCF request - correction-deletion - RN-RU-51B0 - 2026-11-23.pdf')
    expect(exportFileName('portal-sheet', parsePetitionDocumentInput(s1))).toBe('CCF portal sheet - refugee-status-deletion - RN-TR-7A1D - 2026-11-23.pdf')
    expect(uploadFileName('exhibit', parsePetitionDocumentInput(s1), { includeClientName: false }, 'A-1')).toBe('Exhibit A-1 - RN-TR-7A1D')
  })

  it('carry no client name by default, in any script or spelling', () => {
    for (const [name, raw] of all) {
      const input = parsePetitionDocumentInput(raw)
      const fileNames = [
        ...kinds.map((kind) => exportFileName(kind, input)),
        ...kinds.map((kind) => exportFileName(kind, input, { includeClientName: false })),
        ...buildPortalSheet(raw).uploads.map((u) => u.fileName)
      ]
      const nameParts = [input.applicant.legalName, input.applicant.latinName, ...input.applicant.aliases, input.applicant.familyName, input.applicant.givenNames]
        .filter((s): s is string => !!s)
        .flatMap((s) => s.split(/[\s·]+/))
        .filter((part) => part.length > 2)
      for (const fileName of fileNames) for (const part of nameParts) expect(fileName, `${name}: ${fileName}`).not.toContain(part)
    }
  })

  it('include the client’s name (Latin spelling when recorded) only when the user opts in', () => {
    const input = parsePetitionDocumentInput(s1)
    expect(exportFileName('memorandum', input, { includeClientName: true })).toBe('CCF request - refugee-status-deletion - RN-TR-7A1D - Gulsen Yildirim - 2026-11-23.pdf')
    expect(exportFileName('power-of-attorney', parsePetitionDocumentInput(s4), { includeClientName: true })).toBe('Power of attorney - RN-CN-0E42 - Abdurehim Qadir - 2026-11-23.pdf')
    const noLatin = parsePetitionDocumentInput({ ...s2, applicant: { ...s2.applicant, latinName: undefined } })
    expect(exportFileName('memorandum', noLatin, { includeClientName: true })).toContain(' - Ерлан Жақсылықов - ')
    expect(buildPortalSheet(s1, { includeClientName: true }).uploads[0]!.fileName).toBe('Identity document - RN-TR-7A1D - Gulsen Yildirim')
  })

  it('are safe on every platform: no reserved or control characters, no bidi overrides, no trailing dots', () => {
    expect(safeFileNamePart('a/b\\c:d*e?f"g<h>i|j\u0007k')).toBe('a-b-c-d-e-f-g-h-i-j-k')
    expect(safeFileNamePart('report\u202Efdp.exe')).toBe('reportfdp.exe')
    expect(safeFileNamePart('  ..name.. ')).toBe('name')
    expect(safeFileNamePart('x'.repeat(200))).toHaveLength(80)
    const input = parsePetitionDocumentInput({ ...s3, matterReference: '2026/118: "Ščerbakov"' })
    const fileName = exportFileName('memorandum', input)
    expect(fileName).toBe('CCF request - correction-deletion - 2026-118- -Ščerbakov- - 2026-11-23.pdf')
    expect(fileName).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u)
  })
})
