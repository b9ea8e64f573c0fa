// Layout before drawing: geometry of lines, pages and outline positions, read from the draw items
// (no PDF parsing needed), plus the font plumbing underneath (adapter, FontSet).
import { describe, expect, it } from 'vitest'
import type { DocumentModelInput } from '../../shared/pdf/documentModel'
import { directedText, openFont } from '../../shared/pdf/fontkitAdapter'
import { FontSet } from '../../shared/pdf/fontSet'
import type { DrawItem, PageLayout } from '../../shared/pdf/pageFlow'
import { CONTENT_WIDTH, FOOTER_BASELINE, MARGIN, PAGE } from '../../shared/pdf/pageStyle'
import { layoutModel } from '../../shared/pdf/renderDocument'
import { fontFiles, notoFontBytes, notoFontSet } from '../bench/pdfFonts'
import { mixedArabic, names } from '../bench/pdfMemorandum'

type TextItem = Extract<DrawItem, { kind: 'text' }>
const texts = (page: PageLayout) => page.items.filter((item): item is TextItem => item.kind === 'text' && item.baseline > FOOTER_BASELINE)
const right = (item: TextItem) => item.x + item.fragment.width
const EPS = 0.01

/** Text items grouped into lines by baseline, top to bottom. */
function lines(page: PageLayout): TextItem[][] {
  const byBaseline = new Map<number, TextItem[]>()
  for (const item of texts(page)) byBaseline.set(item.baseline, [...(byBaseline.get(item.baseline) ?? []), item])
  return [...byBaseline.entries()].sort((a, b) => b[0] - a[0]).map(([, items]) => items.sort((a, b) => a.x - b.x))
}

const doc = (blocks: DocumentModelInput['blocks'], direction: 'ltr' | 'rtl' = 'ltr'): DocumentModelInput => ({ title: 'Test', language: direction === 'rtl' ? 'ar' : 'en', direction, blocks })
const sentence = `The applicant ${names.turkish} and ${names.kazakh} ask the Commission to delete the data. `
const longText = sentence.repeat(12)

describe('paragraph geometry', () => {
  it('justified lines fill the text width exactly; the last line does not; nothing leaves the margins', () => {
    const [page] = layoutModel(doc([{ type: 'paragraph', text: longText, align: 'justify' }]), notoFontSet()).pages
    const all = lines(page!)
    expect(all.length).toBeGreaterThan(5)
    for (const line of all.slice(0, -1)) {
      expect(line[0]!.x).toBeCloseTo(MARGIN.left, 2)
      expect(right(line.at(-1)!)).toBeCloseTo(MARGIN.left + CONTENT_WIDTH, 2)
    }
    // The last line is set as one run at its natural width, not spread word by word.
    expect(all.at(-1)).toHaveLength(1)
    expect(all[0]!.length).toBeGreaterThan(5)
    for (const item of texts(page!)) {
      expect(item.x).toBeGreaterThanOrEqual(MARGIN.left - EPS)
      expect(right(item)).toBeLessThanOrEqual(MARGIN.left + CONTENT_WIDTH + EPS)
    }
  })

  it('a right-to-left paragraph is aligned to the right margin', () => {
    const text = `${mixedArabic.article} ${mixedArabic.address} `.repeat(6)
    const [page] = layoutModel(doc([{ type: 'paragraph', text }], 'rtl'), notoFontSet()).pages
    const all = lines(page!)
    expect(all.length).toBeGreaterThan(2)
    for (const line of all) expect(right(line.at(-1)!)).toBeCloseTo(MARGIN.left + CONTENT_WIDTH, 2)
    expect(all.at(-1)![0]!.x).toBeGreaterThan(MARGIN.left + 20)
  })

  it('a word longer than the line is cut between characters, not lost', () => {
    const url = 'https://example.org/' + 'a-very-long-path-segment/'.repeat(20)
    const [page] = layoutModel(doc([{ type: 'paragraph', text: url }]), notoFontSet()).pages
    const all = lines(page!)
    expect(all.length).toBeGreaterThan(1)
    expect(all.map((line) => line.map((item) => item.fragment.text).join('')).join('')).toBe(url)
    for (const line of all) expect(right(line.at(-1)!)).toBeLessThanOrEqual(MARGIN.left + CONTENT_WIDTH + EPS)
  })

  it('a right-to-left list puts its markers on the right', () => {
    const [page] = layoutModel(doc([{ type: 'list', ordered: true, items: ['حذف النشرة الحمراء.', 'تدابير مؤقتة.'] }], 'rtl'), notoFontSet()).pages
    for (const line of lines(page!)) {
      const marker = line.at(-1)!
      expect(marker.fragment.text).toMatch(/^[12.]+$/)
      expect(right(marker)).toBeCloseTo(MARGIN.left + CONTENT_WIDTH, 2)
    }
  })
})

describe('pagination', () => {
  it('a heading is never left at the foot of a page: it moves to the next page with its text', () => {
    const filler = Array.from({ length: 60 }, (_, i) => ({ type: 'paragraph' as const, text: `Line ${i + 1}.` }))
    for (let n = 40; n <= 60; n += 2) {
      const layout = layoutModel(doc([...filler.slice(0, n), { type: 'heading', level: 2, text: 'Grounds', bookmark: true }, { type: 'paragraph', text: longText }]), notoFontSet())
      const entry = layout.outline[0]!
      const page = layout.pages[entry.pageIndex]!
      const below = texts(page).filter((item) => item.baseline < entry.top - 20)
      expect(below.length, `after ${n} paragraphs`).toBeGreaterThan(0)
    }
  })

  it('outline entries record the page and position of their heading', () => {
    const layout = layoutModel(doc([
      { type: 'heading', level: 1, text: 'One', bookmark: true },
      { type: 'pageBreak' },
      { type: 'heading', level: 2, text: 'Two', bookmark: true },
      { type: 'heading', level: 3, text: 'Not bookmarked', bookmark: false }
    ]), notoFontSet())
    expect(layout.outline.map(({ title, level, pageIndex }) => ({ title, level, pageIndex }))).toEqual([
      { title: 'One', level: 1, pageIndex: 0 },
      { title: 'Two', level: 2, pageIndex: 1 }
    ])
    expect(layout.outline[0]!.top).toBeCloseTo(PAGE.height - MARGIN.top, 2)
  })

  it('never leaves a table header alone at a page foot when its first row fits on the next page', () => {
    const firstRow = ['2026-09-10', `Discovery of the new fact. ${sentence.repeat(2)}`]
    // Push the table down the first page paragraph by paragraph so that, somewhere, only the
    // header and part of the first row would fit at the foot of the page.
    let checked = 0
    for (let count = 20; count <= 45; count++) {
      const blocks: DocumentModelInput['blocks'] = [
        ...Array.from({ length: count }, (_, i) => ({ type: 'paragraph' as const, text: `Paragraph ${i + 1}.` })),
        { type: 'table', columns: [{ header: 'Date', width: 0.25 }, { header: 'Fact', width: 0.75 }], rows: [firstRow, ['2026-10-01', 'Another fact.']] }
      ]
      const pages = layoutModel(doc(blocks), notoFontSet()).pages
      for (const page of pages) {
        const words = texts(page).map((item) => item.fragment.text)
        if (words.includes('Date')) {
          // Every page showing the header also shows a row under it.
          expect(words.some((w) => w === '2026-09-10' || w === '2026-10-01'), `${count} paragraphs before the table`).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('a table row taller than a page is cut between lines and continues under a repeated header', () => {
    const cell = Array.from({ length: 400 }, (_, i) => `Entry ${i + 1} of the chronology.`).join(' ')
    const layout = layoutModel(doc([{ type: 'table', columns: [{ header: 'When', width: 0.2 }, { header: 'What happened', width: 0.8 }], rows: [['2026', cell]] }]), notoFontSet())
    expect(layout.pages.length).toBeGreaterThan(1)
    const header = new Set(['When', 'What happened'])
    const words = layout.pages.flatMap((page) => texts(page).map((item) => item.fragment.text).filter((t) => !header.has(t))).join(' ').replace(/\s+/g, ' ')
    for (let i = 1; i <= 400; i++) expect(words).toContain(`Entry ${i} of`)
    for (const page of layout.pages) expect(texts(page).some((item) => item.fragment.text === 'What happened')).toBe(true)
  })

  it('the same model lays out identically; the footer counts pages', () => {
    const model = doc([{ type: 'paragraph', text: longText.repeat(6), align: 'justify' }])
    const a = layoutModel(model, notoFontSet())
    expect(JSON.stringify(layoutModel(model, notoFontSet()))).toBe(JSON.stringify(a))
    a.pages.forEach((page, i) => {
      const footer = page.items.filter((item): item is TextItem => item.kind === 'text' && item.baseline === FOOTER_BASELINE)
      expect(footer.map((item) => item.fragment.text).join('')).toBe(`${i + 1} / ${a.pages.length}`)
    })
  })
})

describe('fonts', () => {
  it('without a bold file, bold text keeps the regular font and is underlined instead', () => {
    const bytes = notoFontBytes()
    const noBold = FontSet.fromBytes({ ...bytes, latin: { regular: bytes.latin.regular } })
    const heading = doc([{ type: 'heading', level: 1, text: `Applicant ${names.chinese}`, bookmark: false }])
    const [page] = layoutModel(heading, noBold).pages
    expect(texts(page!).every((item) => item.fragment.underline)).toBe(true)
    expect(page!.items.filter((item) => item.kind === 'line')).toHaveLength(2)
    const [withBold] = layoutModel(heading, notoFontSet()).pages
    // Latin has a bold file, the CJK role (regular only here) is underlined.
    expect(texts(withBold!).map((item) => [item.fragment.role, item.fragment.underline])).toEqual([['latin', false], ['cjk', true]])
  })

  it('reports characters no font covers, for a warning before export', () => {
    expect(notoFontSet().uncovered(`${names.turkish} ${names.kazakh} ${names.chinese} ${names.uyghur} ${mixedArabic.address}\u200F\n`)).toEqual([])
    expect(notoFontSet().uncovered('ግርማ 😀 ግ')).toEqual(['ግ', 'ር', 'ማ', '😀'])
  })

  it('a font in the wrong role is refused when the FontSet is built', () => {
    const bytes = notoFontBytes()
    expect(() => FontSet.fromBytes({ ...bytes, cjk: { regular: bytes.latin.regular } })).toThrow(/cjk regular font \(NotoSans-Regular\) lacks U\+4E2D/)
    expect(() => FontSet.fromBytes({ ...bytes, arabic: { regular: new Uint8Array([1, 2, 3]) } })).toThrow(/arabic regular font could not be read/)
  })

  it('the adapter shapes in the direction it is given: Arabic-Indic digits left to right, letters right to left', () => {
    const font = openFont(notoFontBytes().arabic.regular)
    const ids = (text: string) => font.layout(text).glyphs.map((glyph) => glyph.id)
    const digits = [...'٢٠٢٤'].map((d) => font.glyphForCodePoint(d.codePointAt(0)!).id)
    expect(ids(directedText('٢٠٢٤', 'ltr'))).toEqual(digits)
    expect(ids(directedText('٢٠٢٤', 'rtl'))).toEqual([...digits].reverse())
    // Without a mark, fontkit guesses from the script: right to left for Arabic digits (the bug the mark avoids).
    expect(ids('٢٠٢٤')).toEqual([...digits].reverse())
    expect(fontFiles.arabicRegular).toMatch(/NotoNaskhArabic-Regular\.ttf$/)
  })

  it('subsets encode through the pdf-lib stream interface', async () => {
    const font = openFont(notoFontBytes().cjk.regular)
    const subset = font.createSubset() as ReturnType<typeof font.createSubset> & { encodeStream(): { on(e: string, f: (x?: unknown) => void): unknown } }
    for (const glyph of font.layout(names.chinese).glyphs) subset.includeGlyph(glyph)
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const parts: Uint8Array[] = []
      const stream = subset.encodeStream() as { on(e: string, f: (x?: unknown) => void): typeof stream }
      stream.on('data', (b) => parts.push(b as Uint8Array)).on('end', () => resolve(parts[0]!)).on('error', reject)
    })
    // A CFF subset of four glyphs (plus the font's shared subroutines), not the 8 MB font.
    expect(bytes.length).toBeGreaterThan(100)
    expect(bytes.length).toBeLessThan(200_000)
  })
})
