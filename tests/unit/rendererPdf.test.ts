// renderer/pdf in Node: no Worker global, so createPdfRenderer renders on the calling thread with
// an injected font loader reading node_modules. The worker protocol is exercised with a stand-in
// worker (the real module worker runs in tests/e2e/pdf-log.spec.ts). PDFs are read back with
// poppler, not with the library that wrote them.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLogEntry, renderDayLog } from '../../shared/deadlines/deadlineLog'
import { FontSet, parseDocumentModel, type DocumentModelInput } from '../../shared/pdf'
import { dayLogPdfModel } from '../../renderer/features/deadlines/DayLogPdfExport'
import { CJK_PLACEHOLDER_POSTSCRIPT_NAME, cjkPlaceholderFont } from '../../renderer/pdf/cjkPlaceholderFont'
import { PdfRequest, PdfResponse } from '../../renderer/pdf/pdfWorkerProtocol'
import { createPdfRenderCore, drawnText, needsCjkFont } from '../../renderer/pdf/pdfRenderCore'
import { createPdfRenderer, isAbortError, type PdfPhase } from '../../renderer/pdf/pdfRenderer'
import { notoFontBytes } from '../bench/pdfFonts'
import { recordingLoader } from '../support/recordingFontLoader'
import { standInWorkers, type StandInScript } from '../support/standInWorker'

const creationDate = new Date('2026-11-23T10:00:00Z')
const outDir = mkdtempSync(join(tmpdir(), 'redress-renderer-pdf-'))

function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' })
  if (result.error) throw result.error
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return result.stdout
}

function writePdf(name: string, bytes: Uint8Array): string {
  const file = join(outDir, `${name}.pdf`)
  writeFileSync(file, bytes)
  return file
}

/** pdffonts rows after the two header lines: [name, type, emb]. */
function fonts(file: string): Array<{ name: string; embedded: boolean }> {
  return poppler('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      // name type [encoding words…] emb sub uni object-id gen: emb is the 5th column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' }
    })
}

const MATTER_ID = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b'
const logEntries = [
  createLogEntry({ action: 'added', summary: 'CCF decision: due 2027-02-28 (Statute Art. 40(2))', matterId: MATTER_ID, deadlineKey: 'ccf-decision' }, 'Vault owner', '2026-11-23T09:15:00Z'),
  createLogEntry({ action: 'marked-done', summary: 'CCF decision (due 2027-02-28)', matterId: MATTER_ID, deadlineKey: 'ccf-decision' }, 'А. Петрова', '2026-11-23T09:40:00Z')
]
const logDoc = renderDayLog(logEntries, '2026-11-23', { matterReference: () => 'RN-KZ-7A1D', timeZone: 'UTC' })

const cjkModel: DocumentModelInput = {
  title: 'Deadline log',
  language: 'en',
  direction: 'ltr',
  blocks: [
    { type: 'heading', level: 1, text: 'Deadline log — 23 November 2026', bookmark: true },
    { type: 'paragraph', text: 'Entered by 王律师 for Ерлан.' }
  ]
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the daily log as a document model', () => {
  it('has the title heading, a table with the log columns and the summary, and validates', () => {
    const model = parseDocumentModel(dayLogPdfModel(logDoc))
    expect(model.title).toBe('Deadline log — 23 November 2026')
    expect(model.blocks.map((b) => b.type)).toEqual(['heading', 'table', 'paragraph'])
    const table = model.blocks[1]
    if (table?.type !== 'table') throw new Error('no table')
    expect(table.columns.map((c) => c.header)).toEqual(['Time', 'By', 'Matter', 'What'])
    expect(table.rows[1]).toEqual(['09:40', 'А. Петрова', 'RN-KZ-7A1D', 'Marked done: CCF decision (due 2027-02-28)'])
    expect(model.blocks[2]).toMatchObject({ type: 'paragraph', text: '2 entries.' })
  })

  it('continues a day of more than 5000 entries in a second table', () => {
    const many = { ...logDoc, rows: Array.from({ length: 5001 }, () => logDoc.rows[0]!) }
    const model = parseDocumentModel(dayLogPdfModel(many))
    expect(model.blocks.map((b) => (b.type === 'table' ? b.rows.length : b.type))).toEqual(['heading', 5000, 1, 'paragraph'])
  })

  it('leaves the table out on a day without entries', () => {
    const empty = parseDocumentModel(dayLogPdfModel(renderDayLog([], '2026-11-22', { matterReference: () => undefined, timeZone: 'UTC' })))
    expect(empty.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph'])
  })
})

describe('the CJK placeholder font', () => {
  it('is a TrueType file fontkit reads, mapping only U+4E2D, and FontSet accepts it in the CJK role', () => {
    const bytes = cjkPlaceholderFont()
    expect(bytes.length).toBeLessThan(1024)
    expect(cjkPlaceholderFont()).toBe(bytes)
    const font = fontkit.create(Buffer.from(bytes)) as fontkit.Font
    expect(font.postscriptName).toBe(CJK_PLACEHOLDER_POSTSCRIPT_NAME)
    expect(font.unitsPerEm).toBe(1000)
    expect(font.numGlyphs).toBe(2)
    expect(font.hasGlyphForCodePoint(0x4e2d)).toBe(true)
    expect(font.hasGlyphForCodePoint(0x4e00)).toBe(false)
    expect(font.hasGlyphForCodePoint(0x41)).toBe(false)

    const noto = notoFontBytes()
    const set = FontSet.fromBytes({ latin: noto.latin, arabic: noto.arabic, cjk: { regular: bytes } })
    expect(set.covers('cjk', 0x4e2d)).toBe(true)
    // The Latin bytes in the CJK role are refused: that is why the placeholder exists.
    expect(() => FontSet.fromBytes({ latin: noto.latin, arabic: noto.arabic, cjk: noto.latin })).toThrow(/lacks U\+4E2D/)
  })

  it('decides by coverage: Han, Kana, Hangul, CJK punctuation and the arrow the Latin font lacks need the CJK font', () => {
    const noto = notoFontBytes()
    const set = FontSet.fromBytes({ latin: noto.latin, arabic: noto.arabic, cjk: { regular: cjkPlaceholderFont() } })
    for (const text of ['Ерлан Жақсылықов', 'Gülşen Yıldırım', 'ئابدۇرېھىم', 'Deadline log — 23 November 2026 “quoted” …', 'a\u200Db\u2028c'])
      expect(needsCjkFont(set, text), text).toBe(false)
    for (const text of ['王律师', 'カタカナ', '한국어', '「」', 'due 2027-02-28 → 2027-05-15'])
      expect(needsCjkFont(set, text), text).toBe(true)
    expect(drawnText(parseDocumentModel(cjkModel))).toContain('王律师')
    // Metadata is not drawn: a CJK title alone needs no CJK font.
    expect(drawnText(parseDocumentModel({ ...cjkModel, title: '标题', blocks: [{ type: 'paragraph', text: 'Latin only' }] }))).not.toContain('标题')
  })
})

describe('renderPdf on the calling thread (no Worker global)', () => {
  it('renders the daily log with the injected fonts, in phases, without fetching the CJK font', async () => {
    expect(typeof Worker).toBe('undefined')
    const { load, asked } = recordingLoader()
    const renderer = createPdfRenderer({ loadFont: load })
    const phases: PdfPhase[] = []
    const started = performance.now()
    const bytes = await renderer.render(dayLogPdfModel(logDoc), { creationDate, onProgress: (p) => phases.push(p) })
    console.log(`daily log PDF on the calling thread (fonts read and parsed included): ${Math.round(performance.now() - started)} ms, ${bytes.length} bytes`)
    expect(phases).toEqual(['fonts', 'layout', 'writing', 'done'])
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-')
    expect([...asked].sort()).toEqual(['arabicBold', 'arabicRegular', 'latinBold', 'latinRegular'])

    const file = writePdf('log', bytes)
    const text = poppler('pdftotext', ['-layout', file, '-'])
    expect(text).toContain('Deadline log — 23 November 2026')
    expect(text).toContain('RN-KZ-7A1D')
    expect(text).toContain('А. Петрова')
    expect(text).toContain('Marked done: CCF decision (due 2027-02-28)')
    expect(text).toContain('2 entries.')
    const used = fonts(file)
    expect(used.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular'])
    expect(used.every((f) => f.embedded)).toBe(true)

    // The fonts are kept: a second render loads nothing.
    await renderer.render(dayLogPdfModel(logDoc), { creationDate })
    expect(asked).toHaveLength(4)
  })

  it('loads the CJK font only for a document that needs it, and embeds it', async () => {
    const { load, asked } = recordingLoader()
    const renderer = createPdfRenderer({ loadFont: load })
    const file = writePdf('cjk', await renderer.render(cjkModel, { creationDate }))
    expect(asked.filter((f) => f === 'cjkRegular')).toHaveLength(1)
    expect(poppler('pdftotext', [file, '-'])).toContain('Entered by 王律师 for Ерлан.')
    const used = fonts(file)
    expect(used.some((f) => f.name.endsWith('+NotoSansHans-Regular'))).toBe(true)
    expect(used.some((f) => f.name.includes(CJK_PLACEHOLDER_POSTSCRIPT_NAME))).toBe(false)
    expect(used.every((f) => f.embedded)).toBe(true)
  })

  it('rejects an invalid model naming the field, before loading any font', async () => {
    const { load, asked } = recordingLoader()
    const renderer = createPdfRenderer({ loadFont: load })
    const bad = { ...cjkModel, blocks: [{ type: 'table', columns: [{ header: 'A', width: 0.5 }], rows: [] }] } as DocumentModelInput
    await expect(renderer.render(bad, { creationDate })).rejects.toThrow(/blocks\.0\.columns: Column widths must add up to 1/)
    expect(asked).toEqual([])
  })

  it('refuses an invalid creation date at once', async () => {
    const renderer = createPdfRenderer({ loadFont: recordingLoader().load })
    await expect(renderer.render(cjkModel, { creationDate: new Date('not a date') })).rejects.toThrow(TypeError)
  })

  it('a font that cannot be loaded fails the render with its message, and is tried again next time', async () => {
    let fail = true
    const { load } = recordingLoader()
    const renderer = createPdfRenderer({ loadFont: (file) => (fail && file === 'latinBold' ? Promise.reject(new Error('The font file NotoSans-Bold.ttf could not be loaded (HTTP 404).')) : load(file)) })
    await expect(renderer.render(dayLogPdfModel(logDoc), { creationDate })).rejects.toThrow('NotoSans-Bold.ttf could not be loaded (HTTP 404)')
    fail = false
    await expect(renderer.render(dayLogPdfModel(logDoc), { creationDate })).resolves.toBeInstanceOf(Uint8Array)
  })

  it('cancelling rejects with an AbortError: before the start, and while the fonts load', async () => {
    const { load, asked } = recordingLoader()
    const renderer = createPdfRenderer({ loadFont: load })
    const before = new AbortController()
    before.abort()
    const early = await renderer.render(cjkModel, { creationDate, signal: before.signal }).catch((e: unknown) => e)
    expect(isAbortError(early)).toBe(true)
    expect(asked).toEqual([])

    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const slow = createPdfRenderer({ loadFont: async (file) => (await gate, load(file)) })
    const during = new AbortController()
    const phases: PdfPhase[] = []
    const pending = slow.render(cjkModel, { creationDate, signal: during.signal, onProgress: (p) => phases.push(p) })
    await vi.waitFor(() => expect(phases).toEqual(['fonts']))
    during.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(isAbortError(error)).toBe(true)
    expect((error as Error).message).toBe('The PDF was cancelled.')
    release()
    // The renderer still works afterwards.
    await expect(slow.render(cjkModel, { creationDate })).resolves.toBeInstanceOf(Uint8Array)
    expect(isAbortError(new Error('boom'))).toBe(false)
  })
})

/** pdf.worker.ts's part, answering with a real core (one per worker); keeps the bytes it transferred. */
function pdfWorkerScript(sent: Uint8Array[] = []): () => StandInScript {
  return () => {
    const core = createPdfRenderCore(recordingLoader().load)
    return (data, reply) => {
      const request = PdfRequest.parse(data)
      const answer = (message: PdfResponse, moved: Transferable[] = []) => reply(PdfResponse.parse(message), moved)
      void core.render(request.model, request.creationDate, (phase) => answer({ type: 'progress', requestId: request.requestId, phase })).then(
        (bytes) => {
          sent.push(bytes)
          answer({ type: 'done', requestId: request.requestId, bytes }, [bytes.buffer as ArrayBuffer])
        },
        (error: Error) => answer({ type: 'error', requestId: request.requestId, message: error.message })
      )
    }
  }
}

describe('renderPdf through a worker', () => {
  it('uses the worker when it answers, and terminates it on cancel; the next render starts a new one', async () => {
    const sent: Uint8Array[] = []
    const { workers, createWorker } = standInWorkers(pdfWorkerScript(sent))
    const renderer = createPdfRenderer({ createWorker, loadFont: () => Promise.reject(new Error('the calling thread must not render')) })
    const phases: PdfPhase[] = []
    const bytes = await renderer.render(dayLogPdfModel(logDoc), { creationDate, onProgress: (p) => phases.push(p) })
    expect(phases).toEqual(['fonts', 'layout', 'writing', 'done'])
    // Transferred, not copied: the worker's array is emptied and the bytes arrive whole.
    expect(sent[0]!.byteLength).toBe(0)
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-')
    expect(workers).toHaveLength(1)

    const abort = new AbortController()
    const cancelled = renderer.render(cjkModel, { creationDate, signal: abort.signal, onProgress: (p) => p === 'fonts' && abort.abort() })
    expect(isAbortError(await cancelled.catch((e: unknown) => e))).toBe(true)
    expect(workers[0]!.terminated).toBe(true)

    await expect(renderer.render(dayLogPdfModel(logDoc), { creationDate })).resolves.toBeInstanceOf(Uint8Array)
    expect(workers).toHaveLength(2)
  })

  it('falls back to the calling thread when the worker fails to start, and stays there', async () => {
    const { load, asked } = recordingLoader()
    const { workers, createWorker } = standInWorkers(() => 'fails-to-start')
    const renderer = createPdfRenderer({ createWorker, loadFont: load })
    await expect(renderer.render(dayLogPdfModel(logDoc), { creationDate })).resolves.toBeInstanceOf(Uint8Array)
    expect(asked.length).toBeGreaterThan(0)
    await expect(renderer.render(dayLogPdfModel(logDoc), { creationDate })).resolves.toBeInstanceOf(Uint8Array)
    expect(workers).toHaveLength(1)

    const throwing = createPdfRenderer({
      createWorker: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      loadFont: load
    })
    await expect(throwing.render(dayLogPdfModel(logDoc), { creationDate })).resolves.toBeInstanceOf(Uint8Array)
  })

  it('queues renders: a render cancelled while waiting rejects at once and the others complete', async () => {
    const { load } = recordingLoader()
    const renderer = createPdfRenderer({ loadFont: load })
    const abort = new AbortController()
    const first = renderer.render(dayLogPdfModel(logDoc), { creationDate })
    const second = renderer.render(cjkModel, { creationDate, signal: abort.signal })
    const third = renderer.render(cjkModel, { creationDate })
    abort.abort()
    expect(isAbortError(await second.catch((e: unknown) => e))).toBe(true)
    await expect(first).resolves.toBeInstanceOf(Uint8Array)
    await expect(third).resolves.toBeInstanceOf(Uint8Array)
  })
})
