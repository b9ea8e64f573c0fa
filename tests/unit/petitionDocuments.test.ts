// The petition documents rendered to PDF and read back with independent tools: poppler
// (pdftotext, pdffonts, pdfinfo, pdftoppm) and qpdf. One memorandum per request type from inputs
// shaped like the sample matters (S1 refugee, S2 access, S3 correction/deletion, S6 revision,
// plus S4 for Uyghur and Chinese script), the power of attorney, the asylum-authority letter, the
// portal sheet, and French and Spanish variants. Page 1 of each is written as a PNG under
// $TMPDIR/redress-petitions/ for a person to look at.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '../../shared/pdf/documentModel'
import { renderDocument } from '../../shared/pdf/renderDocument'
import {
  buildMemorandum, buildPortalSheet, buildPowerOfAttorney, buildRefugeeAuthorityLetter, defaultCountryName, MESSAGES, parsePetitionDocumentInput,
  portalSheetDocument, type PetitionDocumentInputData
} from '../../shared/petitions/documents'
import { sampleInputs } from '../../shared/petitions/documents/sampleInputs'
import { notoFontSet } from '../bench/pdfFonts'

const outDir = join(tmpdir(), 'redress-petitions')
const creationDate = new Date('2026-11-23T09:00:00Z')
const { s1RefugeeDeletion: s1, s2Access: s2, s3CorrectionDeletion: s3, s4CorrectionDeletion: s4, s6Revision: s6 } = sampleInputs

function run(tool: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

/** pdftotext's text, bidi marks removed and every run of white space one space (lines wrap anywhere). */
function flatText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  const result = run('pdftotext', [...range, file, '-'])
  expect(result.stderr).toBe('')
  return result.stdout.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
}

interface Rendered {
  readonly name: string
  readonly file: string
  readonly model: DocumentModel
  readonly png: string
}

const rendered = new Map<string, Rendered>()

async function render(name: string, model: DocumentModel): Promise<Rendered> {
  const bytes = await renderDocument(model, notoFontSet(), { creationDate })
  const file = join(outDir, `${name}.pdf`)
  writeFileSync(file, bytes)
  // Page 1 only, at 60 dpi; poppler reports broken embedded fonts on stderr while rasterising.
  const png = run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(outDir, name)])
  expect(png.stderr).toBe('')
  const result = { name, file, model, png: join(outDir, `${name}.png`) }
  rendered.set(name, result)
  return result
}

const get = (name: string): Rendered => rendered.get(name)!

const memoranda: Array<[name: string, input: PetitionDocumentInputData]> = [
  ['memorandum-refugee-S1', s1],
  ['memorandum-access-S2', s2],
  ['memorandum-correction-S3', s3],
  ['memorandum-correction-S4', s4],
  ['memorandum-revision-S6', s6]
]

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true })
  for (const [name, input] of memoranda) await render(name, buildMemorandum(input))
  await render('memorandum-access-S2-fr', buildMemorandum({ ...s2, language: 'fr' }))
  await render('memorandum-correction-S3-es', buildMemorandum({ ...s3, language: 'es' }))
  await render('power-of-attorney-S1', buildPowerOfAttorney(s1))
  await render('power-of-attorney-S6-en-fr', buildPowerOfAttorney(s6))
  await render('power-of-attorney-S3-es-sequential', buildPowerOfAttorney({ ...s3, language: 'es', applicant: { ...s3.applicant, clientLanguage: 'en' } }, { layout: 'sequential' }))
  await render('refugee-authority-letter-S1', buildRefugeeAuthorityLetter(s1))
  await render('refugee-authority-letter-S1-fr', buildRefugeeAuthorityLetter(s1, { language: 'fr' }))
  await render('portal-sheet-S1', portalSheetDocument(buildPortalSheet(s1), 'en'))
  await render('portal-sheet-S6', portalSheetDocument(buildPortalSheet(s6), 'en'))
  await render('portal-sheet-S2-es', portalSheetDocument(buildPortalSheet({ ...s2, language: 'es' }), 'es'))
  console.log(`page 1 PNGs in ${outDir}: ${[...rendered.keys()].join(', ')}`)
}, 120_000)

describe('memorandum, one per request type (pdftotext)', () => {
  it.each(memoranda)('%s: names exactly as entered, request type, requesting country', (name, raw) => {
    const input = parsePetitionDocumentInput(raw)
    const text = flatText(get(name).file)
    const m = MESSAGES[input.language]
    for (const applicantName of [input.applicant.legalName, input.applicant.latinName, ...input.applicant.aliases]) if (applicantName) expect(text).toContain(applicantName)
    expect(text).toContain(m[`requestType.${input.requestType}`])
    expect(text).toContain(defaultCountryName(input.dataItem!.requestingCountry, input.language))
    if (input.representative) expect(text).toContain(input.representative.name)
  })

  it.each(memoranda)('%s: every ground with its citations, every fact and every exhibit title', (name, raw) => {
    const input = parsePetitionDocumentInput(raw)
    const text = flatText(get(name).file)
    for (const ground of input.grounds) {
      expect(text).toContain(ground.title)
      if (ground.citations.length) expect(text).toContain(`Authorities: ${ground.citations.join('; ')}`)
    }
    for (const fact of input.facts) expect(text).toContain(fact.text)
    for (const exhibit of input.exhibits) {
      expect(text).toContain(exhibit.title)
      expect(text).toContain(exhibit.label)
    }
  })

  it('the four scripts survive: Turkish, Kazakh Cyrillic, Chinese, Uyghur Arabic', () => {
    expect(flatText(get('memorandum-refugee-S1').file)).toContain('Gülşen Yıldırım')
    expect(flatText(get('memorandum-access-S2').file)).toContain('Ерлан Жақсылықов')
    const s4Text = flatText(get('memorandum-correction-S4').file)
    for (const name of ['阿依古丽', 'ئابدۇرېھىم', 'ئابدۇرېھىم قادىر', '阿卜杜热合曼·卡德尔']) expect(s4Text).toContain(name)
  })

  it('an address mixing Arabic, digits and Latin keeps each run whole and in order', () => {
    const text = flatText(get('memorandum-correction-S4').file)
    for (const token of ['مركز اللجوء', 'Munnikenlaan 1', '9561 TZ Ter Apel']) expect(text).toContain(token)
    for (const reversed of ['1659', 'lepA reT']) expect(text).not.toContain(reversed)
  })

  it('the refugee ground comes first and cites GA-2017-86-RES-09 and the status evidence', () => {
    const text = flatText(get('memorandum-refugee-S1').file)
    const refugee = text.indexOf('5.1 Refugee status (Germany)')
    expect(refugee).toBeGreaterThan(0)
    expect(text.indexOf('5.2 The request is predominantly political')).toBeGreaterThan(refugee)
    expect(text).toContain('Authorities: INTERPOL General Assembly Resolution GA-2017-86-RES-09 (2017)')
    expect(text).toContain('Evidence of the status: A-1 and A-2.')
  })

  it('provisional measures under Statute Art. 37 appear when the request is urgent, not otherwise', () => {
    expect(flatText(get('memorandum-correction-S3').file)).toContain('Provisional measures (Article 37 of the Statute of the CCF)')
    expect(flatText(get('memorandum-correction-S3').file, 1)).toContain('URGENT')
    expect(flatText(get('memorandum-refugee-S1').file)).not.toContain('Article 37')
  })

  it('the revision states the previous decision, the new fact and its discovery date (Statute Art. 42)', () => {
    const text = flatText(get('memorandum-revision-S6').file)
    expect(text).toContain('3. Previous decision and new fact')
    expect(text).toContain('CCF/2025/0412 of 20 March 2025')
    expect(text).toContain('10 September 2026')
    expect(text).toContain('within six months of the discovery of the new fact on 10 September 2026 (Article 42(2) of the Statute of the CCF)')
  })

  it('the access request asks what is held and says the data are only suspected', () => {
    const text = flatText(get('memorandum-access-S2').file)
    expect(text).toContain('has reason to believe that data concerning them are processed')
    expect(text).toContain('inform the applicant whether data concerning them are processed')
  })
})

describe('every document: fonts, structure, footers, outline, metadata', () => {
  const all = () => [...rendered.values()]

  it('pdffonts: every font embedded, subset and with a Unicode map', () => {
    for (const doc of all()) {
      const result = run('pdffonts', [doc.file])
      expect(result.stderr).toBe('')
      const rows = result.stdout.trim().split('\n').slice(2)
      expect(rows.length, doc.name).toBeGreaterThan(0)
      for (const row of rows) {
        const [emb, sub, uni] = row.split(/\s+/).slice(-5, -2)
        expect({ doc: doc.name, row: row.split(/\s+/)[0], emb, sub, uni }).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' })
      }
    }
    const fontsOf = (name: string) => run('pdffonts', [get(name).file]).stdout
    expect(fontsOf('memorandum-correction-S4')).toMatch(/NotoNaskhArabic/)
    expect(fontsOf('memorandum-correction-S4')).toMatch(/NotoSansHans/)
  })

  it('qpdf --check passes; A4 pages with "x / y" footers', () => {
    for (const doc of all()) {
      const check = run('qpdf', ['--check', doc.file])
      expect(check.status, doc.name).toBe(0)
      const info = run('pdfinfo', [doc.file]).stdout
      expect(info).toContain('595.28 x 841.89 pts (A4)')
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
      // pdftotext prints the small footer "2 / 5" with or without the spaces.
      expect(flatText(doc.file, pages).trim(), doc.name).toMatch(new RegExp(`${pages} ?/ ?${pages}$`))
    }
  })

  it('metadata: title and subject from the model (pdfinfo)', () => {
    for (const doc of all()) {
      const info = run('pdfinfo', [doc.file]).stdout
      expect(info, doc.name).toContain(`Title:           ${doc.model.title}`)
      if (doc.model.subject) expect(info, doc.name).toContain(`Subject:         ${doc.model.subject}`)
    }
    expect(get('memorandum-correction-S3').model.title).toBe('Request for correction and/or deletion of data — Commission for the Control of INTERPOL’s Files')
  })

  it('memorandum outline: the cover title and every numbered section, each on its heading’s page (qpdf --json)', () => {
    for (const [name] of memoranda) {
      const outlines = (JSON.parse(run('qpdf', ['--json', '--json-key=outlines', get(name).file]).stdout) as { outlines: Array<{ title: string; destpageposfrom1: number; kids: Array<{ title: string }> }> }).outlines
      const sections = outlines.filter((o) => /^\d+\. /.test(o.title))
      expect(sections.map((o) => o.title.split('.')[0]), name).toEqual(sections.map((_, i) => String(i + 1)))
      expect(sections.length, name).toBeGreaterThanOrEqual(4)
      for (const entry of sections) expect(flatText(get(name).file, entry.destpageposfrom1), name).toContain(entry.title)
      expect(outlines[0]!.destpageposfrom1).toBe(1)
    }
  })
})

describe('power of attorney, letter, portal sheet', () => {
  it('the power of attorney names both parties and gives the ADM §2 authority, in two languages side by side', () => {
    const text = flatText(get('power-of-attorney-S6-en-fr').file)
    for (const s of ['Нодира Раҳимова', 'Nodira Rahimova', 'Lukas Huber', 'Power of attorney / Pouvoir', 'English', 'Français']) expect(text).toContain(s)
    expect(text).toContain('The representative may access any information about me held in INTERPOL’s files')
    expect(text).toContain('Le représentant peut accéder à toute information me concernant figurant dans les fichiers d’INTERPOL')
    expect(text).toContain('Signature of the applicant / Signature du requérant')
  })

  it('a client language without a template: working language only, with "explained in" the client’s language', () => {
    const text = flatText(get('power-of-attorney-S1').file)
    expect(text).toContain('Gülşen Yıldırım')
    expect(text).toContain('were explained to me in Turkish, a language I understand')
    expect(text).toContain('confirm my status to the General Secretariat of INTERPOL or to the CCF')
    expect(text).not.toContain('Pouvoir')
  })

  it('the sequential layout repeats the text in the client’s language after a page break', () => {
    const file = get('power-of-attorney-S3-es-sequential').file
    expect(flatText(file, 1)).toContain('Poder de representación')
    const info = run('pdfinfo', [file]).stdout
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    const rest = Array.from({ length: pages - 1 }, (_, i) => flatText(file, i + 2)).join(' ')
    expect(rest).toContain('Power of attorney')
    expect(rest).toContain('Фёдор Щербаков')
  })

  it('the asylum-authority letter asks for confirmation to the General Secretariat and never says deletion is automatic', () => {
    for (const name of ['refugee-authority-letter-S1', 'refugee-authority-letter-S1-fr']) {
      const text = flatText(get(name).file)
      for (const s of ['Gülşen Yıldırım', 'Bundesamt für Migration und Flüchtlinge (BAMF)', '7712345-163', 'GA-2017-86-RES-09', 'Anna Keller']) expect(text, name).toContain(s)
      expect(text.toLowerCase()).not.toMatch(/automatic/)
    }
    expect(flatText(get('refugee-authority-letter-S1').file)).toContain('confirm to INTERPOL’s General Secretariat')
    expect(flatText(get('refugee-authority-letter-S1-fr').file)).toContain('confirmer au Secrétariat général d’INTERPOL')
  })

  it('the portal sheet lists the values in portal order, flags unconfirmed fields and names the uploads', () => {
    const text = flatText(get('portal-sheet-S1').file)
    const order = ['Request', 'Applicant', 'Contact details', 'Representation and submitter', 'Language and signature', 'Correction and/or deletion', 'Refugee status', 'Files to upload'].map((t) => text.indexOf(t))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    for (const s of ['Yıldırım', 'Gülşen', 'Nationality *']) expect(text).toContain(s)
    // File names wrap in their cell at " - ", and pdftotext joins a line ending in "-" to the next
    // as a hyphenated word: compare without spaces and hyphens.
    const bare = (s: string) => s.replace(/[\s-]+/g, '')
    for (const s of ['CCF request - refugee-status-deletion - RN-TR-7A1D - 2026-11-23.pdf', 'Power of attorney - RN-TR-7A1D - 2026-11-23.pdf', 'Exhibit A-1 - RN-TR-7A1D'])
      expect(bare(text)).toContain(bare(s))
    const revision = flatText(get('portal-sheet-S6').file)
    expect(revision).toContain('CCF/2025/0412, 2025-03-20')
    expect(revision).toContain('Two-page summary')
  })
})

describe('French and Spanish variants use their own wording', () => {
  it('French access request', () => {
    const text = flatText(get('memorandum-access-S2-fr').file)
    for (const s of ['Demande d’accès à des données', '1. Requérant et représentation', '2. Données visées', 'Le requérant prie respectueusement la Commission de', 'Ерлан Жақсылықов', 'Kazakhstan', '4 mai 2026'])
      expect(text).toContain(s)
    expect(text).not.toContain('Relief sought')
  })

  it('Spanish correction/deletion request', () => {
    const text = flatText(get('memorandum-correction-S3-es').file)
    for (const s of ['Solicitud de rectificación y/o supresión de datos', 'Medidas provisionales (artículo 37 del Estatuto de la CCF)', '5. Fundamentos', 'Referencias: Constitution Art. 3', 'Rusia', '23 de noviembre de 2026', 'Фёдор Щербаков'])
      expect(text).toContain(s)
    expect(text).not.toContain('Statement of facts')
  })

  it('Spanish portal sheet', () => {
    const text = flatText(get('portal-sheet-S2-es').file)
    for (const s of ['Hoja de datos para el portal de la CCF', 'Simple solicitud de acceso', 'Archivos que deben cargarse']) expect(text).toContain(s)
  })
})
