// The rendering itself, shared by the PDF worker and the calling-thread fallback: load the fonts
// (once per core, so once per worker), pick the CJK font only when the text needs it, and run
// renderDocument, reporting phases as it goes.
import { PDFDocument } from 'pdf-lib'
import { ZodError } from 'zod'
import { parseDocumentModel, renderDocument, type DocumentModel } from '@shared/pdf'
import type { FontLoader } from './fontAssets'
import { createFontSetCache } from './fontSetCache'
import type { WorkerPhase } from './pdfWorkerProtocol'

// Re-exported: callers (and tests) have always found it here.
export { needsCjkFont } from './fontSetCache'

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
  const fonts = createFontSetCache(loadFont)

  return {
    async render(input, creationDate, onPhase) {
      try {
        // Validate before fetching anything: a bad model fails at once, naming the field.
        const model = parseDocumentModel(input)
        onPhase('fonts')
        const fontSet = await fonts.fontsFor(drawnText(model))
        onPhase('layout')
        return await onPdfCreate(() => renderDocument(model, fontSet, { creationDate }), () => onPhase('writing'))
      } catch (error) {
        throw new Error(renderErrorMessage(error), { cause: error })
      }
    }
  }
}
