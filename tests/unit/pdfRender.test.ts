// The rendered PDFs are checked with independent tools, not with the library that wrote them:
// poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and qpdf. Page 1 of each document is rendered
// to PNG under $TMPDIR/redress-pdf-tests/ so a person can look at it.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModelInput } from '../../shared/pdf/documentModel'
import { renderDocument } from '../../shared/pdf/renderDocument'
import { notoFontSet } from '../bench/pdfFonts'
import { memorandumModel, mixedArabic, names } from '../bench/pdfMemorandum'

const outDir = join(tmpdir(), 'redress-pdf-tests')
const creationDate = new Date('2026-03-26T09:30:00Z')

function run(tool: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

/** pdftotext wraps right-to-left text in bidi embedding marks; compare the letters only. */
const withoutBidiMarks = (text: string) => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')

const text = (file: string, page?: number) => {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  const result = run('pdftotext', [...range, file, '-'])
  expect(result.stderr).toBe('')
  return withoutBidiMarks(result.stdout)
}

function decodeText(value: unknown): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText()
  throw new Error(`not a PDF string: ${String(value)}`)
}

interface Rendered {
  file: string
  bytes: Uint8Array
}

async function render(name: string, model: DocumentModelInput): Promise<Rendered> {
  const bytes = await renderDocument(model, notoFontSet(), { creationDate })
  const file = join(outDir, `${name}.pdf`)
  writeFileSync(file, bytes)
  const png = run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(outDir, name)])
  // Poppler reports broken embedded fonts ("Couldn't create a font") on stderr while rendering.
  expect(png.stderr).toBe('')
  return { file, bytes }
}

const rtlModel: DocumentModelInput = {
  title: 'طلب حذف البيانات',
  language: 'ar',
  direction: 'rtl',
  blocks: [
    { type: 'heading', level: 1, text: 'طلب حذف البيانات (المادة 37)', bookmark: true },
    { type: 'keyValue', rows: [{ label: 'مقدم الطلب', value: names.uyghur }, { label: 'العنوان', value: mixedArabic.address }, { label: 'الاسم', value: names.turkish }] },
    { type: 'paragraph', text: mixedArabic.article },
    { type: 'paragraph', text: `يطلب مقدم الطلب ${names.uyghur} حذف جميع البيانات المسجلة في ملفات الإنتربول، وفقاً للمادة 83 من قواعد معالجة البيانات، لأن الطلب ذو طابع سياسي ولا تتوفر فيه البيانات القضائية الدنيا المطلوبة.`, align: 'justify' },
    { type: 'list', ordered: true, items: ['حذف النشرة الحمراء.', 'تدابير مؤقتة بموجب المادة 37.'] },
    { type: 'signature', lines: ['المحامي', 'جنيف'] }
  ]
}

let memo: Rendered
let rtl: Rendered
const memoModel = memorandumModel()

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true })
  memo = await render('memorandum', memoModel)
  rtl = await render('rtl-request', rtlModel)
  console.log(`page 1 PNGs: ${join(outDir, 'memorandum-01.png')}, ${join(outDir, 'rtl-request-1.png')}`)
})

describe('text survives the round trip (pdftotext)', () => {
  it.each(Object.entries(names))('%s name', (_, name) => {
    expect(text(memo.file)).toContain(name)
  })

  it('the Uyghur name in a right-to-left document', () => {
    expect(text(rtl.file)).toContain(names.uyghur)
  })

  it('mixed Arabic/digit/Latin lines keep digits and Latin words whole', () => {
    for (const file of [memo.file, rtl.file]) {
      const extracted = text(file)
      for (const token of ['2024/7', '1103', 'ABC', 'Beirut']) expect(extracted).toContain(token)
      for (const reversed of ['7/4202', '3011', '21 ']) expect(extracted).not.toContain(reversed)
    }
  })

  it('the right-to-left line reads right to left on the page: word positions follow the logical order', () => {
    const bbox = run('pdftotext', ['-bbox', '-f', '1', '-l', '1', rtl.file, '-']).stdout
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), word: m[3]! }))
    // pdftotext -bbox lists each Arabic word's glyphs in visual order: reverse them to compare.
    const logical = (w: string) => (/[\u0600-\u06FF]/.test(w) ? [...w].reverse().join('') : w)
    const articleLine = words.filter((w) => ['12', 'ABC', '2024/7'].includes(w.word))
    expect(articleLine).toHaveLength(3)
    const lineY = articleLine[0]!.y
    const line = words.filter((w) => Math.abs(w.y - lineY) < 3).sort((a, b) => b.x - a.x).map((w) => logical(w.word))
    expect(line.join(' ')).toBe(mixedArabic.article)
  })
})

describe('fonts (pdffonts)', () => {
  it.each([['memorandum'], ['rtl-request']])('%s: every font embedded and subset, no poppler errors', (name) => {
    const file = name === 'memorandum' ? memo.file : rtl.file
    const result = run('pdffonts', [file])
    expect(result.stderr).toBe('')
    const rows = result.stdout.trim().split('\n').slice(2)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      const [fontName, ...rest] = row.split(/\s+/)
      const [emb, sub, uni] = rest.slice(-5, -2)
      expect({ fontName, emb, sub, uni }).toEqual({ fontName: expect.stringMatching(/^[A-Z]{6}\+Noto/), emb: 'yes', sub: 'yes', uni: 'yes' })
    }
    if (name === 'memorandum') expect(rows.map((r) => r.split(/\s+/)[0]!.slice(7)).sort()).toEqual(['NotoNaskhArabic', 'NotoSans-Bold', 'NotoSans-Regular', 'NotoSansHans-Regular'])
  })
})

describe('structure', () => {
  it('qpdf --check passes', () => {
    for (const file of [memo.file, rtl.file]) {
      const result = run('qpdf', ['--check', file])
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('No syntax or stream encoding errors')
    }
  })

  it('ten A4 pages with "x / y" footers', () => {
    const info = run('pdfinfo', [memo.file]).stdout
    expect(info).toMatch(/Pages:\s+10\n/)
    expect(info).toContain('595.28 x 841.89 pts (A4)')
    for (let page = 1; page <= 10; page++) expect(text(memo.file, page).trim().split('\n').at(-1)).toBe(`${page} / 10`)
  })

  it('metadata: title, author, subject, producer, creation date, /Lang', async () => {
    const info = run('pdfinfo', ['-isodates', memo.file]).stdout
    expect(info).toContain(`Title:           Request for deletion — ${names.turkish}`)
    expect(info).toContain('Author:          Counsel of record')
    expect(info).toContain('Subject:         Request to the CCF')
    expect(info).toContain('Producer:        Redress')
    expect(info).toContain('CreationDate:    2026-03-26T09:30:00Z')
    const doc = await PDFDocument.load(rtl.bytes, { updateMetadata: false })
    expect(decodeText(doc.catalog.lookup(PDFName.of('Lang')))).toBe('ar')
    expect(doc.getTitle()).toBe('طلب حذف البيانات')
  })

  it('the same input renders to the same bytes', async () => {
    const again = await renderDocument(memoModel, notoFontSet(), { creationDate })
    expect(Buffer.from(again).equals(Buffer.from(memo.bytes))).toBe(true)
  })
})

interface OutlineNode {
  title: string
  page: number
  children: OutlineNode[]
}

function readOutline(doc: PDFDocument): OutlineNode[] {
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]))
  const walk = (first: PDFDict | undefined): OutlineNode[] => {
    const nodes: OutlineNode[] = []
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const dest = item.lookup(PDFName.of('Dest'), PDFArray)
      nodes.push({
        title: decodeText(item.lookup(PDFName.of('Title'))),
        page: pageIndex.get((dest.get(0) as PDFRef).toString())!,
        children: walk(item.lookupMaybe(PDFName.of('First'), PDFDict))
      })
    }
    return nodes
  }
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
  return walk(outlines.lookupMaybe(PDFName.of('First'), PDFDict))
}

describe('outline (bookmarks)', () => {
  it('one entry per bookmarked heading, in order, nested by level, pointing at the heading’s page', async () => {
    const doc = await PDFDocument.load(memo.bytes, { updateMetadata: false })
    const outline = readOutline(doc)
    // Expected nesting straight from the model.
    const expected: Array<{ title: string; children: Array<{ title: string }> }> = []
    for (const block of memoModel.blocks) {
      if (block.type !== 'heading' || !block.bookmark) continue
      if (block.level === 1) expected.push({ title: block.text, children: [] })
      else expected.at(-1)!.children.push({ title: block.text })
    }
    const shape = (nodes: OutlineNode[]): unknown => nodes.map((n) => ({ title: n.title, ...(n.children.length ? { children: shape(n.children) } : { children: [] }) }))
    expect(shape(outline)).toEqual(expected.map((e) => ({ title: e.title, children: e.children.map((c) => ({ title: c.title, children: [] })) })))
    // Each destination page shows its heading.
    for (const node of [...outline, ...outline.flatMap((n) => n.children)])
      expect(text(memo.file, node.page).replace(/\s+/g, ' ')).toContain(node.title)
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(expected.length + expected.reduce((n, e) => n + e.children.length, 0))
  })
})

describe('tables', () => {
  it('a table that runs over a page break repeats its header row', () => {
    const pagesWithRows: number[] = []
    for (let page = 1; page <= 10; page++) {
      const pageText = text(memo.file, page)
      if (/^E-\d\d$/m.test(pageText)) {
        pagesWithRows.push(page)
        expect(pageText).toMatch(/Exhibit\s+Title\s+Date\s+Pages/)
      }
    }
    // Part 1's 24-row exhibit table starts on one page and ends on the next.
    const first = pagesWithRows.find((p) => text(memo.file, p).includes('E-01'))!
    expect(text(memo.file, first)).not.toMatch(/^E-24$/m)
    expect(text(memo.file, first + 1)).toMatch(/^E-24$/m)
  })
})

describe('validation at the boundary', () => {
  it('rejects a bad model with a ZodError naming the field', async () => {
    const cases: Array<[unknown, Array<string | number>]> = [
      [{ ...memoModel, title: '' }, ['title']],
      [{ ...memoModel, language: 'not a language' }, ['language']],
      [{ ...memoModel, direction: 'up' }, ['direction']],
      [{ ...memoModel, blocks: [{ type: 'heading', level: 4, text: 'x', bookmark: true }] }, ['blocks', 0, 'level']],
      [{ ...memoModel, blocks: [{ type: 'table', columns: [{ header: 'a', width: 0.5 }, { header: 'b', width: 0.3 }], rows: [] }] }, ['blocks', 0, 'columns']],
      [{ ...memoModel, blocks: [{ type: 'table', columns: [{ header: 'a', width: 1 }], rows: [['x', 'y']] }] }, ['blocks', 0, 'rows', 0]],
      [{ ...memoModel, blocks: [{ type: 'paragraph', text: 'bell\u0007' }] }, ['blocks', 0, 'text']],
      [{ ...memoModel, blocks: [{ type: 'video' }] }, ['blocks', 0, 'type']]
    ]
    for (const [model, path] of cases) {
      const error = await renderDocument(model as DocumentModelInput, notoFontSet(), { creationDate }).then(() => undefined, (e: unknown) => e)
      expect(error, JSON.stringify(path)).toMatchObject({ name: 'ZodError' })
      const paths = (error as { issues: Array<{ path: unknown[] }> }).issues.map((issue) => issue.path)
      expect(paths, JSON.stringify(path)).toContainEqual(path)
    }
  })

  it('needs a real creation date from the caller', async () => {
    await expect(renderDocument(memoModel, notoFontSet(), { creationDate: new Date('nope') })).rejects.toThrow(/creationDate/)
  })
})
