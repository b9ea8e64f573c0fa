// Precedents library (issue 8): the entry schema, the reference set, suggestions per ground,
// citing a precedent in a draft, and the citation in the memorandum as pdftotext reads it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OwnPrecedent, Precedent, PrecedentDate, SEED_PRECEDENTS, citePrecedent, datePrecision, matchesQuery, suggestPrecedents, uncitePrecedent, type PrecedentInput } from '@shared/precedents'
import { GroundId, PetitionDraft, documentInputFromDraft } from '@shared/petitions'
import { buildMemorandum } from '../../shared/petitions/documents'
import { sampleInputs } from '../../shared/petitions/documents/sampleInputs'
import { renderDocument } from '../../shared/pdf/renderDocument'
import { RECORD_KINDS } from '../../shared/vault/recordKindRegistry'
import { precedentKind } from '../../shared/vault/recordKinds'
import { notoFontSet } from '../bench/pdfFonts'

const REFERENCE = '/work/shared/reference/ccf-domain.md'

const own = (patch: Partial<PrecedentInput> = {}): PrecedentInput => ({
  id: 'own-1',
  origin: 'own',
  kind: 'extradition-ruling',
  citation: 'Prague Municipal Court, 10 Dec 2025, extradition refused',
  date: '2025-12-10',
  body: 'Prague Municipal Court',
  groundIds: ['article-3'],
  facts: ['extradition refused', 'freedom of association'],
  outcome: 'not-applicable',
  summary: 'Extradition refused: prosecution for donations found political.',
  ...patch
})

const issues = (input: unknown) => {
  const r = Precedent.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('Precedent schema', () => {
  it('accepts a full day, a month or a year, and says which', () => {
    for (const [date, precision] of [['2025-12-10', 'day'], ['2024-11', 'month'], ['2024', 'year']] as const) {
      expect(PrecedentDate.parse(date)).toBe(date)
      expect(datePrecision(date)).toBe(precision)
    }
  })

  it('rejects dates that are malformed or do not exist, with a message saying what to type', () => {
    expect(issues(own({ date: '10/12/2025' }))).toEqual(['date: Use yyyy-mm-dd, yyyy-mm or yyyy (e.g. 2024-11 when only the month is known).'])
    expect(issues(own({ date: '2025-02-29' }))).toEqual(['date: This date does not exist in the calendar.'])
    expect(issues(own({ date: '2024-13' }))).toEqual(['date: This date does not exist in the calendar.'])
  })

  it('names each missing or wrong field', () => {
    expect(issues(own({ citation: '  ', body: '', summary: '', groundIds: [] }))).toEqual([
      'citation: Citation is required.',
      'body: Body is required.',
      'groundIds: Choose at least one ground.',
      'summary: Summary is required.'
    ])
    expect(issues(own({ groundIds: ['article-3', 'article-3'] }))).toEqual(['groundIds: Each ground can be chosen once.'])
    expect(issues(own({ groundIds: ['article-99' as GroundId] }))[0]).toMatch(/^groundIds\.0: /)
    expect(issues(own({ citation: 'x'.repeat(301) }))).toEqual(['citation: Citation must be at most 300 characters.'])
    expect(issues(own({ facts: ['x'.repeat(61)] }))).toEqual(['facts.0: A fact tag must be at most 60 characters.'])
  })

  it('takes only http(s) source addresses, and an empty one as none', () => {
    expect(issues(own({ sourceUrl: 'javascript:alert(1)' }))).toEqual(['sourceUrl: The source address must start with http:// or https://.'])
    expect(issues(own({ sourceUrl: 'file:///etc/passwd' }))).toEqual(['sourceUrl: The source address must start with http:// or https://.'])
    expect(Precedent.parse(own({ sourceUrl: '  ' })).sourceUrl).toBeUndefined()
    expect(Precedent.parse(own({ sourceUrl: 'https://hudoc.echr.coe.int/' })).sourceUrl).toBe('https://hudoc.echr.coe.int/')
  })

  it('a reference-set entry needs a source; the lawyer’s own entry may leave it out', () => {
    expect(issues(own({ origin: 'reference-set' }))).toEqual(['sourceNote: An entry of the reference set needs its source.'])
    expect(issues(own())).toEqual([])
  })

  it('the vault stores only the lawyer’s own entries, as record kind "precedent"', () => {
    expect(RECORD_KINDS).toContain(precedentKind)
    expect(precedentKind.kind).toBe('precedent')
    expect(OwnPrecedent.safeParse(own()).success).toBe(true)
    expect(OwnPrecedent.safeParse(SEED_PRECEDENTS[0]).success).toBe(false)
  })
})

describe('reference set', () => {
  it('every entry is valid, from the reference set, with a source, a summary and a unique id and citation', () => {
    expect(SEED_PRECEDENTS.length).toBeGreaterThanOrEqual(8)
    for (const p of SEED_PRECEDENTS) {
      expect(Precedent.parse(p)).toEqual(p)
      expect(p.origin).toBe('reference-set')
      expect((p.sourceUrl ?? '') + (p.sourceNote ?? '')).not.toBe('')
      expect(p.sourceNote ?? '').toMatch(/ccf-domain\.md/)
    }
    expect(new Set(SEED_PRECEDENTS.map((p) => p.id)).size).toBe(SEED_PRECEDENTS.length)
    expect(new Set(SEED_PRECEDENTS.map((p) => p.citation)).size).toBe(SEED_PRECEDENTS.length)
  })

  it('covers CCF decisions, Repository of Practice paragraphs and the refugee resolution', () => {
    const kinds = new Set(SEED_PRECEDENTS.map((p) => p.kind))
    expect([...kinds].sort()).toEqual(['ccf-decision', 'other', 'repository-of-practice'])
  })

  // Each entry must be one the reference names: its citation's key words appear in ccf-domain.md.
  it.skipIf(!existsSync(REFERENCE))('each entry’s citation is named in ccf-domain.md', () => {
    const reference = readFileSync(REFERENCE, 'utf8')
    const named = (citation: string) =>
      citation
        .replace(/^CCF /, '')
        .replace(/ and fn 41$/, '')
        .split(/; |, as set out in /)
        .map((part) => part.replace(/ \((1951|1984)\)$/, ''))
    for (const p of SEED_PRECEDENTS) for (const part of named(p.citation)) expect(reference, `${p.id}: ${part}`).toContain(part)
  })
})

describe('suggestPrecedents', () => {
  it('offers for Article 3 every entry tagged with it, a CCF decision first', () => {
    const [art3] = suggestPrecedents(['article-3'], SEED_PRECEDENTS)
    expect(art3!.groundId).toBe('article-3')
    expect(art3!.precedents.length).toBeGreaterThanOrEqual(3)
    expect(art3!.precedents.every((p) => p.groundIds.includes('article-3'))).toBe(true)
    expect(art3!.precedents[0]!.citation).toBe('CCF Decision No. 2 (2024)')
    const expected = SEED_PRECEDENTS.filter((p) => p.groundIds.includes('article-3')).map((p) => p.id).sort()
    expect(art3!.precedents.map((p) => p.id).sort()).toEqual(expected)
  })

  it('keeps the order of the grounds, drops repeats, and gives an empty list for a ground with no entry', () => {
    const result = suggestPrecedents(['refugee-policy', 'revision-new-fact', 'refugee-policy'], SEED_PRECEDENTS)
    expect(result.map((r) => r.groundId)).toEqual(['refugee-policy', 'revision-new-fact'])
    expect(result[1]!.precedents).toEqual([])
    expect(result[0]!.precedents.map((p) => p.citation)).toContain('GA-2017-86-RES-09')
  })

  it('the more focused entry comes first among equals, and fact tags found in the petition lift an entry', () => {
    const ropOnly = suggestPrecedents(['article-3'], SEED_PRECEDENTS.filter((p) => p.kind === 'repository-of-practice'))[0]!.precedents
    expect(ropOnly.at(-1)!.citation).toBe('ROP para 41 and fn 41') // tagged with two grounds
    const library = [...SEED_PRECEDENTS, Precedent.parse(own())]
    const plain = suggestPrecedents(['article-3'], library)[0]!.precedents
    expect(plain[0]!.id).not.toBe('own-1')
    const withContext = suggestPrecedents(['article-3'], library, { context: 'The Czech court: extradition REFUSED; freedom of association.' })[0]!.precedents
    expect(withContext[0]!.id).toBe('own-1')
    expect(suggestPrecedents(['article-3'], library, { limit: 2 })[0]!.precedents).toHaveLength(2)
  })

  it('searches citation, body, summary and tags, ignoring case and accents', () => {
    const rop57 = SEED_PRECEDENTS.find((p) => p.id === 'seed-rop-57')!
    expect(matchesQuery(rop57, 'MASS riots')).toBe(true)
    expect(matchesQuery(rop57, 'opposition treason')).toBe(true)
    expect(matchesQuery(rop57, 'refugee')).toBe(false)
    expect(matchesQuery(Precedent.parse(own({ summary: 'Décision rendue à Genève' })), 'decision geneve')).toBe(true)
  })
})

const baseDraft = (chosen: unknown[]) =>
  PetitionDraft.parse({ schemaVersion: 1, id: 'd', dossierId: 'x', matterId: 'm', requestType: 'correction-deletion', updatedAt: '2026-11-23T09:00:00.000Z', request: { workingLanguage: 'en' }, grounds: { reasons: 'r', chosen } })

describe('citations in the draft', () => {
  it('a draft saved before precedents existed still parses, with no citations', () => {
    const stored = JSON.parse(JSON.stringify({ schemaVersion: 1, id: 'd', dossierId: 'x', matterId: 'm', requestType: 'correction-deletion', updatedAt: '2026-11-23T09:00:00.000Z', grounds: { reasons: 'r', chosen: [{ groundId: 'article-3', argument: 'a', factIds: [], exhibitIds: [] }] } }))
    const parsed = PetitionDraft.parse(stored)
    expect(parsed.grounds.chosen[0]!.citedPrecedents).toEqual([])
  })

  it('cites once, takes back, keeps the citation as accepted, and refuses a ground that is not chosen', () => {
    const seed = SEED_PRECEDENTS.find((p) => p.id === 'seed-ccf-2024-2')!
    let d = baseDraft([{ groundId: 'article-3' }, { groundId: 'article-2' }])
    d = citePrecedent(d, 'article-3', seed)
    d = citePrecedent(d, 'article-3', seed)
    expect(d.grounds.chosen[0]!.citedPrecedents).toEqual([{ precedentId: 'seed-ccf-2024-2', citation: 'CCF Decision No. 2 (2024)' }])
    expect(d.grounds.chosen[1]!.citedPrecedents).toEqual([])
    expect(PetitionDraft.parse(JSON.parse(JSON.stringify(d)))).toEqual(d)
    expect(uncitePrecedent(d, 'article-3', seed.id).grounds.chosen[0]!.citedPrecedents).toEqual([])
    expect(() => citePrecedent(d, 'refugee-policy', seed)).toThrow('The ground "refugee-policy" is not chosen in this petition; choose it before citing a precedent under it.')
  })

  it('the document input carries the cited citations under their ground', () => {
    const d = citePrecedent(baseDraft([{ groundId: 'article-3' }, { groundId: 'article-2' }]), 'article-3', SEED_PRECEDENTS.find((p) => p.id === 'seed-rop-57')!)
    const input = documentInputFromDraft(d, { matterReference: 'RN-TEST-0001', today: '2026-11-23', place: 'Prague' })
    expect(input.grounds?.map((g) => [g.id, g.precedents])).toEqual([
      ['article-3', ['ROP para 57']],
      ['article-2', []]
    ])
  })
})

function pdfText(bytes: Uint8Array, name: string): string {
  const dir = join(tmpdir(), 'redress-precedents')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, bytes)
  const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' })
  if (result.error) throw result.error
  expect(result.stderr).toBe('')
  return result.stdout.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
}

describe('memorandum (pdftotext)', () => {
  const s3 = sampleInputs.s3CorrectionDeletion
  const withPrecedents = (language: 'en' | 'fr' | 'es') => ({
    ...s3,
    language,
    grounds: s3.grounds!.map((g, i) => (i === 0 ? { ...g, precedents: ['CCF Decision No. 2 (2024)', 'ROP para 57'] } : g))
  })

  it('prints the cited precedents under their ground, in each document language', async () => {
    const expected = { en: 'Precedents: CCF Decision No. 2 (2024); ROP para 57', fr: 'Précédents : CCF Decision No. 2 (2024); ROP para 57', es: 'Precedentes: CCF Decision No. 2 (2024); ROP para 57' }
    for (const language of ['en', 'fr', 'es'] as const) {
      const text = pdfText(await renderDocument(buildMemorandum(withPrecedents(language)), notoFontSet(), { creationDate: new Date('2026-11-23T09:00:00Z') }), `memo-${language}`)
      expect(text).toContain(expected[language])
      // Under the first ground (Article 3), before the second ground's heading.
      const at = text.indexOf(expected[language])
      expect(at).toBeGreaterThan(text.indexOf('purely political character'))
      expect(at).toBeLessThan(text.indexOf('A competent court has found'))
    }
  }, 60_000)

  it('prints no precedents line when none is cited', async () => {
    const text = pdfText(await renderDocument(buildMemorandum(s3), notoFontSet(), { creationDate: new Date('2026-11-23T09:00:00Z') }), 'memo-none')
    expect(text).not.toContain('Precedents:')
  }, 60_000)
})
