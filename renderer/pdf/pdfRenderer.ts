// Document model → PDF bytes, off the UI thread. renderDocument (shared/pdf) runs in a module
// worker that fetches and keeps the fonts; the bytes come back transferred, not copied. Progress
// is reported by phase, and an AbortSignal cancels: the worker is terminated at once (the next
// render starts a fresh one) and the promise rejects with an AbortError (see isAbortError).
// Where a worker cannot start, the render runs on the calling thread instead — slower and
// blocking, but the PDF is still made.
import type { DocumentModelInput } from '@shared/pdf'
import type { FontLoader } from './fontAssets'
import { pdfMessages } from './messages'
import { PdfResponse, type PdfRequest } from './pdfWorkerProtocol'
import type { PdfRenderCore } from './pdfRenderCore'
import { createWorkerJobQueue } from '../workers/workerJobQueue'

export type { FontFile, FontLoader } from './fontAssets'

/** fonts: fetching and parsing fonts; layout: laying out; writing: drawing and saving; done: bytes ready. */
export type PdfPhase = 'fonts' | 'layout' | 'writing' | 'done'

export interface RenderPdfOptions {
  /** Written as the PDF's CreationDate and ModDate (renderDocument reads no clock). */
  creationDate: Date
  /** Aborting terminates the render; the promise rejects with an AbortError. */
  signal?: AbortSignal
  /** Called as each phase starts, 'done' just before the promise resolves. */
  onProgress?: (phase: PdfPhase) => void
}

export interface PdfRenderer {
  /** Renders one document; calls are queued, one render at a time. Rejects with Error(message) on failure. */
  render(model: DocumentModelInput, options: RenderPdfOptions): Promise<Uint8Array>
  /** Stops the worker (a render in progress rejects); the next render starts a new one. */
  terminate(): void
}

export interface PdfRendererOptions {
  /** Starts the worker. Default: the module worker pdf.worker.ts, when `Worker` exists. */
  createWorker?: () => Worker
  /** Font loader for the calling-thread fallback (the worker fetches its own). Default: fetch the assets. */
  loadFont?: FontLoader
}

/** The error a cancelled render rejects with: a DOMException named AbortError, as fetch() uses. */
export function pdfAbortError(): DOMException {
  return new DOMException('The PDF was cancelled.', 'AbortError')
}

export { isAbortError } from '../workers/workerJobQueue'

const defaultCreateWorker = (): Worker => new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf-renderer' })

interface RenderJob {
  model: DocumentModelInput
  creationDate: Date
}

export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const jobs = createWorkerJobQueue<RenderJob, Uint8Array, PdfPhase, PdfRenderCore>({
    createWorker: options.createWorker ?? (typeof Worker === 'undefined' ? undefined : defaultCreateWorker),
    checkJob: ({ creationDate }) => {
      if (!(creationDate instanceof Date) || Number.isNaN(creationDate.getTime())) throw new TypeError('renderPdf: creationDate must be a valid Date.')
    },
    request: ({ model, creationDate }, requestId) => ({ message: { type: 'render', requestId, model, creationDate } satisfies PdfRequest }),
    readReply: (data) => {
      const parsed = PdfResponse.safeParse(data)
      if (!parsed.success) return undefined
      const msg = parsed.data
      if (msg.type === 'progress') return { type: 'progress', requestId: msg.requestId, progress: msg.phase }
      if (msg.type === 'done') return { type: 'done', requestId: msg.requestId, result: msg.bytes }
      return msg
    },
    loadCore: async () => {
      const { createPdfRenderCore } = await import('./pdfRenderCore')
      const loadFont = options.loadFont ?? (await import('./fontAssets')).fetchFontFile
      return createPdfRenderCore(loadFont)
    },
    // Layout runs on this thread and cannot be interrupted: a cancelled render's result is dropped.
    runOnCore: (core, { model, creationDate }, report) => core.render(model, creationDate, report),
    doneProgress: 'done',
    abortError: pdfAbortError,
    // The bound catalogue itself: each failure reads its message in the language on screen then.
    messages: pdfMessages
  })
  return {
    render: (model, { creationDate, signal, onProgress }) => jobs.run({ model, creationDate }, { signal, onProgress }),
    terminate: () => jobs.terminate()
  }
}

let shared: PdfRenderer | undefined

/** Renders with the app's shared renderer (one worker, fonts fetched once). */
export function renderPdf(model: DocumentModelInput, options: RenderPdfOptions): Promise<Uint8Array> {
  shared ??= createPdfRenderer()
  return shared.render(model, options)
}
