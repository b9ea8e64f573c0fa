// Exhibits → evidence bundle, off the UI thread. buildBundle (shared/pdf/bundle) runs in a module
// worker that fetches and keeps the fonts; the exhibits' bytes go in transferred (the caller's
// arrays are emptied: read the originals again if they are needed afterwards) and the volumes
// come back transferred. An AbortSignal cancels: the worker is terminated at once (the next build
// starts a fresh one) and the promise rejects with an AbortError. Where a worker cannot start,
// the build runs on the calling thread instead — blocking, but the bundle is still made.
import type { BundleInput, BundleProgress, BundleResult } from '@shared/pdf/bundle/bundleInput'
import type { FontLoader } from '../pdf/fontAssets'
import type { BundleCore } from './bundleCore'
import { BundleResponse, type BundleRequest } from './bundleMessages'

export interface BuildBundleOptions {
  /** Written as the PDF's CreationDate and the manifest's generatedAt (the builder reads no clock). */
  creationDate: Date
  /** Aborting stops the build; the promise rejects with an AbortError. */
  signal?: AbortSignal
  onProgress?: (progress: BundleProgress) => void
}

export interface BundleBuilder {
  /** One build at a time; calls are queued. Rejects with Error(message) on failure. */
  build(input: BundleInput, options: BuildBundleOptions): Promise<BundleResult>
  /** Stops the worker (a build in progress rejects); the next build starts a new one. */
  terminate(): void
}

export interface BundleBuilderOptions {
  /** Starts the worker. Default: the module worker bundle.worker.ts, when `Worker` exists. */
  createWorker?: () => Worker
  /** Font loader for the calling-thread fallback (the worker fetches its own). Default: fetch the assets. */
  loadFont?: FontLoader
}

/** The error a cancelled build rejects with: a DOMException named AbortError, as fetch() uses. */
export function bundleAbortError(): DOMException {
  return new DOMException('The bundle was cancelled.', 'AbortError')
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
}

/** The worker never said anything before failing: it did not start. Internal to this module. */
class WorkerStartFailure extends Error {}

const defaultCreateWorker = (): Worker => new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'bundle-builder' })

/** Every exhibit's buffer, once each (a buffer listed twice makes postMessage throw). */
function inputBuffers(input: BundleInput): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  for (const section of input.sections) for (const exhibit of section.exhibits) if (exhibit.bytes.buffer instanceof ArrayBuffer) buffers.add(exhibit.bytes.buffer)
  return [...buffers]
}

export function createBundleBuilder(options: BundleBuilderOptions = {}): BundleBuilder {
  const createWorker = options.createWorker ?? (typeof Worker === 'undefined' ? undefined : defaultCreateWorker)
  let worker: Worker | null = null
  let workerUnavailable = createWorker === undefined
  let stopCurrent: ((error: Error) => void) | null = null
  let nextId = 1
  let queue: Promise<void> = Promise.resolve()
  let callingThreadCore: Promise<BundleCore> | undefined

  const discardWorker = () => {
    worker?.terminate()
    worker = null
  }

  const viaWorker = (input: BundleInput, { creationDate, signal }: BuildBundleOptions, report: (p: BundleProgress) => void): Promise<BundleResult> => {
    let w: Worker
    try {
      worker ??= createWorker!()
      w = worker
    } catch {
      return Promise.reject(new WorkerStartFailure())
    }
    return new Promise<BundleResult>((resolve, reject) => {
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
        const parsed = BundleResponse.safeParse(event.data)
        if (!parsed.success || parsed.data.requestId !== requestId) return
        heard = true
        const msg = parsed.data
        if (msg.type === 'progress') report(msg.progress)
        else if (msg.type === 'done') finish(() => resolve(msg.result))
        else finish(() => reject(new Error(msg.message)))
      }
      const onError = () => {
        discardWorker()
        finish(() => reject(heard ? new Error('The bundle worker stopped unexpectedly (perhaps out of memory). Try again with fewer exhibits or a smaller size limit.') : new WorkerStartFailure()))
      }
      const onMessageError = () => {
        discardWorker()
        finish(() => reject(new Error('The bundle worker sent a message that could not be read.')))
      }
      const onAbort = () => {
        // Terminating is the only way to stop a build mid-page; the fonts go with the worker.
        discardWorker()
        finish(() => reject(bundleAbortError()))
      }
      stopCurrent = (error) => finish(() => reject(error))
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      w.addEventListener('messageerror', onMessageError)
      signal?.addEventListener('abort', onAbort, { once: true })
      const request: BundleRequest = { type: 'build', requestId, input, creationDate }
      try {
        w.postMessage(request, inputBuffers(input))
      } catch (error) {
        // DataCloneError: the input holds something that is not plain data.
        finish(() => reject(error instanceof Error ? error : new Error(String(error))))
      }
    })
  }

  // Here buildBundle sees the signal itself and stops between pages.
  const onCallingThread = (input: BundleInput, { creationDate, signal }: BuildBundleOptions, report: (p: BundleProgress) => void): Promise<BundleResult> => {
    callingThreadCore ??= (async () => {
      const { createBundleCore } = await import('./bundleCore')
      const loadFont = options.loadFont ?? (await import('../pdf/fontAssets')).fetchFontFile
      return createBundleCore(loadFont)
    })()
    const core = callingThreadCore
    core.catch(() => {
      if (callingThreadCore === core) callingThreadCore = undefined
    })
    return new Promise<BundleResult>((resolve, reject) => {
      const onAbort = () => reject(bundleAbortError())
      signal?.addEventListener('abort', onAbort, { once: true })
      core
        .then((c) =>
          c.build(
            input,
            creationDate,
            (p) => {
              if (!signal?.aborted) report(p)
            },
            signal
          )
        )
        .then(resolve, reject)
        .finally(() => signal?.removeEventListener('abort', onAbort))
    })
  }

  const buildNow = async (input: BundleInput, opts: BuildBundleOptions, report: (p: BundleProgress) => void): Promise<BundleResult> => {
    if (!workerUnavailable) {
      try {
        return await viaWorker(input, opts, report)
      } catch (error) {
        if (!(error instanceof WorkerStartFailure)) throw error
        // A worker that cannot start will not start next time either.
        workerUnavailable = true
        discardWorker()
      }
    }
    return onCallingThread(input, opts, report)
  }

  return {
    async build(input, buildOptions) {
      const { signal, onProgress, creationDate } = buildOptions
      if (signal?.aborted) throw bundleAbortError()
      if (!(creationDate instanceof Date) || Number.isNaN(creationDate.getTime())) throw new TypeError('buildBundle: creationDate must be a valid Date.')
      const report = (p: BundleProgress) => {
        try {
          onProgress?.(p)
        } catch {
          // A progress display that throws must not break the build.
        }
      }
      const previous = queue
      let release!: () => void
      queue = new Promise<void>((r) => (release = r))
      try {
        await new Promise<void>((resolve, reject) => {
          const onAbort = () => reject(bundleAbortError())
          signal?.addEventListener('abort', onAbort, { once: true })
          void previous.then(() => {
            signal?.removeEventListener('abort', onAbort)
            resolve()
          })
        })
        if (signal?.aborted) throw bundleAbortError()
        const result = await buildNow(input, buildOptions, report)
        if (signal?.aborted) throw bundleAbortError()
        return result
      } finally {
        void previous.then(release)
      }
    },
    terminate() {
      discardWorker()
      stopCurrent?.(new Error('The bundle builder was stopped.'))
    }
  }
}

let shared: BundleBuilder | undefined

/** Builds with the app's shared builder (one worker, fonts fetched once). */
export function buildBundleInWorker(input: BundleInput, options: BuildBundleOptions): Promise<BundleResult> {
  shared ??= createBundleBuilder()
  return shared.build(input, options)
}
