// Document model → PDF bytes, off the UI thread. renderDocument (shared/pdf) runs in a module
// worker that fetches and keeps the fonts; the bytes come back transferred, not copied. Progress
// is reported by phase, and an AbortSignal cancels: the worker is terminated at once (the next
// render starts a fresh one) and the promise rejects with an AbortError (see isAbortError).
// Where a worker cannot start, the render runs on the calling thread instead — slower and
// blocking, but the PDF is still made.
import type { DocumentModelInput } from '@shared/pdf'
import type { FontLoader } from './fontAssets'
import { PdfResponse, type PdfRequest } from './pdfMessages'
import type { PdfRenderCore } from './pdfRenderCore'

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

/** True for the rejection of a cancelled render (and any other AbortError). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
}

/** The worker never said anything before failing: it did not start. Internal to this module. */
class WorkerStartFailure extends Error {}

const defaultCreateWorker = (): Worker => new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf-renderer' })

export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const createWorker = options.createWorker ?? (typeof Worker === 'undefined' ? undefined : defaultCreateWorker)
  let worker: Worker | null = null
  let workerUnavailable = createWorker === undefined
  let stopCurrent: ((error: Error) => void) | null = null
  let nextId = 1
  let queue: Promise<void> = Promise.resolve()
  let callingThreadCore: Promise<PdfRenderCore> | undefined

  const discardWorker = () => {
    worker?.terminate()
    worker = null
  }

  const viaWorker = (model: DocumentModelInput, { creationDate, signal }: RenderPdfOptions, report: (phase: PdfPhase) => void): Promise<Uint8Array> => {
    let w: Worker
    try {
      worker ??= createWorker!()
      w = worker
    } catch {
      return Promise.reject(new WorkerStartFailure())
    }
    return new Promise<Uint8Array>((resolve, reject) => {
      const requestId = nextId++
      let heard = false
      const finish = (settle: () => void) => {
        w.removeEventListener('message', onMessage)
        w.removeEventListener('error', onError)
        w.removeEventListener('messageerror', onMessageError)
        signal?.removeEventListener('abort', onAbort)
        stopCurrent = null
        settle()
      }
      const onMessage = (event: MessageEvent<unknown>) => {
        const parsed = PdfResponse.safeParse(event.data)
        if (!parsed.success || parsed.data.requestId !== requestId) return
        heard = true
        const msg = parsed.data
        if (msg.type === 'progress') report(msg.phase)
        else if (msg.type === 'done') finish(() => resolve(msg.bytes))
        else finish(() => reject(new Error(msg.message)))
      }
      const onError = () => {
        discardWorker()
        finish(() => reject(heard ? new Error('The PDF worker stopped unexpectedly.') : new WorkerStartFailure()))
      }
      const onMessageError = () => {
        discardWorker()
        finish(() => reject(new Error('The PDF worker sent a message that could not be read.')))
      }
      const onAbort = () => {
        // Terminating is the only way to stop a render mid-layout; the fonts go with the worker.
        discardWorker()
        finish(() => reject(pdfAbortError()))
      }
      stopCurrent = (error) => finish(() => reject(error))
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      w.addEventListener('messageerror', onMessageError)
      signal?.addEventListener('abort', onAbort, { once: true })
      const request: PdfRequest = { type: 'render', requestId, model, creationDate }
      try {
        w.postMessage(request)
      } catch (error) {
        // DataCloneError: the model holds something that is not plain data.
        finish(() => reject(error instanceof Error ? error : new Error(String(error))))
      }
    })
  }

  // Cancelling here cannot interrupt layout (it runs on this thread); the promise rejects as soon
  // as the abort is seen, and the render's result is dropped.
  const onCallingThread = (model: DocumentModelInput, { creationDate, signal }: RenderPdfOptions, report: (phase: PdfPhase) => void): Promise<Uint8Array> => {
    callingThreadCore ??= (async () => {
      const { createPdfRenderCore } = await import('./pdfRenderCore')
      const loadFont = options.loadFont ?? (await import('./fontAssets')).fetchFontFile
      return createPdfRenderCore(loadFont)
    })()
    const core = callingThreadCore
    core.catch(() => {
      if (callingThreadCore === core) callingThreadCore = undefined
    })
    return new Promise<Uint8Array>((resolve, reject) => {
      const onAbort = () => reject(pdfAbortError())
      signal?.addEventListener('abort', onAbort, { once: true })
      core
        .then((c) =>
          c.render(model, creationDate, (phase) => {
            if (!signal?.aborted) report(phase)
          })
        )
        .then(resolve, reject)
        .finally(() => signal?.removeEventListener('abort', onAbort))
    })
  }

  const renderNow = async (model: DocumentModelInput, options: RenderPdfOptions, report: (phase: PdfPhase) => void): Promise<Uint8Array> => {
    if (!workerUnavailable) {
      try {
        return await viaWorker(model, options, report)
      } catch (error) {
        if (!(error instanceof WorkerStartFailure)) throw error
        // A worker that cannot start will not start next time either.
        workerUnavailable = true
        discardWorker()
      }
    }
    return onCallingThread(model, options, report)
  }

  return {
    async render(model, renderOptions) {
      const { signal, onProgress, creationDate } = renderOptions
      if (signal?.aborted) throw pdfAbortError()
      if (!(creationDate instanceof Date) || Number.isNaN(creationDate.getTime())) throw new TypeError('renderPdf: creationDate must be a valid Date.')
      const report = (phase: PdfPhase) => {
        try {
          onProgress?.(phase)
        } catch {
          // A progress display that throws must not break the render.
        }
      }
      // Wait for the render ahead (they share one worker); cancelling while waiting rejects at once.
      const previous = queue
      let release!: () => void
      queue = new Promise<void>((r) => (release = r))
      try {
        await new Promise<void>((resolve, reject) => {
          const onAbort = () => reject(pdfAbortError())
          signal?.addEventListener('abort', onAbort, { once: true })
          void previous.then(() => {
            signal?.removeEventListener('abort', onAbort)
            resolve()
          })
        })
        if (signal?.aborted) throw pdfAbortError()
        const bytes = await renderNow(model, renderOptions, report)
        if (signal?.aborted) throw pdfAbortError()
        report('done')
        return bytes
      } finally {
        // A render that gave up while queued still lets the next one wait for the one ahead.
        void previous.then(release)
      }
    },
    terminate() {
      discardWorker()
      stopCurrent?.(new Error('The PDF renderer was stopped.'))
    }
  }
}

let shared: PdfRenderer | undefined

/** Renders with the app's shared renderer (one worker, fonts fetched once). */
export function renderPdf(model: DocumentModelInput, options: RenderPdfOptions): Promise<Uint8Array> {
  shared ??= createPdfRenderer()
  return shared.render(model, options)
}
