// The rendering itself, shared by the PDF worker and the calling-thread fallback: load the fonts
// (once per core, so once per worker), pick the CJK font only when the text needs it, and run
// renderDocument, reporting phases as it goes.
import { PDFDocument } from 'pdf-lib'
import { ZodError } from 'zod'
import { FontSet, parseDocumentModel, renderDocument, type DocumentModel, type FontSetBytes } from '@shared/pdf'
import { cjkPlaceholderFont } from './cjkPlaceholderFont'
import type { FontFile, FontLoader } from './fontAssets'
import type { WorkerPhase } from './pdfMessages'

/** Every string the layout draws (the title, author and subject are metadata, never drawn). */
export function drawnText(model: DocumentModel): string {
  const parts: string[] = []
  for (const block of model.blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        parts.push(block.text)
        break
      case 'list':
        parts.push(...block.items)
        break
      case 'table':
        parts.push(...block.columns.map((c) => c.header), ...block.rows.flat())
        break
      case 'keyValue':
        for (const row of block.rows) parts.push(row.label, row.value)
        break
      case 'signature':
        parts.push(...block.lines)
        break
      case 'pageBreak':
      case 'spacer':
        break
    }
  }
  return parts.join('\n')
}

// Not drawn as glyphs: controls, format characters (joiners, bidi marks), line/paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

/**
 * Whether some drawn character is in neither the Latin nor the Arabic font, so the document needs
 * the real CJK font: Han, Kana and Hangul, but also CJK punctuation and full-width forms without a
 * single ideograph. Decided by the fonts' coverage, as FontSet assigns fonts, not by script
 * ranges: whatever the CJK font would be asked to draw makes it load. (A character no font has,
 * an emoji say, loads it too; it is tofu either way, and the rare case only costs time.)
 */
export function needsCjkFont(fonts: FontSet, text: string): boolean {
  for (const char of text) {
    if (INVISIBLE.test(char)) continue
    const codePoint = char.codePointAt(0)!
    if (!fonts.covers('latin', codePoint) && !fonts.covers('arabic', codePoint)) return true
  }
  return false
}

/** An error message for the lawyer: which field of the model is wrong, never its content. */
export function renderErrorMessage(error: unknown): string {
  if (error instanceof ZodError) {
    const issues = error.issues.slice(0, 3).map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    return `the document is not valid (${issues.join('; ')}${error.issues.length > 3 ? '; …' : ''}).`
  }
  const message = error instanceof Error ? error.message : String(error)
  return message.trim() === '' ? 'an unexpected error.' : message.slice(0, 1000)
}

/**
 * Calls `onCreate` when `run` creates its PDFDocument. renderDocument lays the whole document out
 * first and only then creates the PDF and draws, so this is the moment layout ends and writing
 * begins; renderDocument has no progress hook of its own (shared/pdf). Progress only: if the
 * order ever changes, the phase is reported early or late, nothing else is affected.
 */
async function onPdfCreate<T>(run: () => Promise<T>, onCreate: () => void): Promise<T> {
  const original = PDFDocument.create
  let reported = false
  PDFDocument.create = function (...args: Parameters<typeof PDFDocument.create>) {
    if (!reported) {
      reported = true
      onCreate()
    }
    return original.apply(this, args)
  }
  try {
    return await run()
  } finally {
    PDFDocument.create = original
  }
}

export interface PdfRenderCore {
  /** Validates the model, loads fonts as needed and renders. Rejects with an Error whose message is renderErrorMessage's. */
  render(model: unknown, creationDate: Date, onPhase: (phase: WorkerPhase) => void): Promise<Uint8Array>
}

export function createPdfRenderCore(loadFont: FontLoader): PdfRenderCore {
  const files = new Map<FontFile, Promise<Uint8Array>>()
  const load = (file: FontFile): Promise<Uint8Array> => {
    let bytes = files.get(file)
    if (!bytes) {
      bytes = loadFont(file)
      files.set(file, bytes)
      // A failed fetch is tried again next time, not remembered.
      bytes.catch(() => files.delete(file))
    }
    return bytes
  }

  // Fonts are parsed once per core: without the CJK font (placeholder in its role), and with it.
  let withoutCjk: Promise<FontSet> | undefined
  let withCjk: Promise<FontSet> | undefined

  const baseBytes = async (): Promise<Omit<FontSetBytes, 'cjk'>> => {
    const [latinRegular, latinBold, arabicRegular, arabicBold] = await Promise.all([
      load('latinRegular'),
      load('latinBold'),
      load('arabicRegular'),
      load('arabicBold')
    ])
    return { latin: { regular: latinRegular, bold: latinBold }, arabic: { regular: arabicRegular, bold: arabicBold } }
  }

  const remembered = (make: () => Promise<FontSet>, forget: () => void): Promise<FontSet> => {
    const fonts = make()
    fonts.catch(forget)
    return fonts
  }

  const fontsFor = async (model: DocumentModel): Promise<FontSet> => {
    withoutCjk ??= remembered(
      async () => FontSet.fromBytes({ ...(await baseBytes()), cjk: { regular: cjkPlaceholderFont() } }),
      () => (withoutCjk = undefined)
    )
    const base = await withoutCjk
    if (!needsCjkFont(base, drawnText(model))) return base
    withCjk ??= remembered(
      async () => {
        // CJK bold is another 8.6 MB: CJK emphasis is synthesised (underlined) instead.
        const [bytes, cjk] = await Promise.all([baseBytes(), load('cjkRegular')])
        return FontSet.fromBytes({ ...bytes, cjk: { regular: cjk } })
      },
      () => (withCjk = undefined)
    )
    return withCjk
  }

  return {
    async render(input, creationDate, onPhase) {
      try {
        // Validate before fetching anything: a bad model fails at once, naming the field.
        const model = parseDocumentModel(input)
        onPhase('fonts')
        const fonts = await fontsFor(model)
        onPhase('layout')
        return await onPdfCreate(() => renderDocument(model, fonts, { creationDate }), () => onPhase('writing'))
      } catch (error) {
        throw new Error(renderErrorMessage(error), { cause: error })
      }
    }
  }
}
