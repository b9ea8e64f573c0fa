// Exhibits → evidence bundle, off the UI thread. buildBundle (shared/pdf/bundle) runs in a module
// worker that fetches and keeps the fonts; the exhibits' bytes go in transferred (the caller's
// arrays are emptied: read the originals again if they are needed afterwards) and the volumes
// come back transferred. An AbortSignal cancels: the worker is terminated at once (the next build
// starts a fresh one) and the promise rejects with an AbortError. Where a worker cannot start,
// the build runs on the calling thread instead — blocking, but the bundle is still made.
import type { BundleInput, BundleProgress, BundleResult } from '@shared/pdf/bundle/bundleInput'
import type { FontLoader } from '../pdf/fontAssets'
import type { BundleCore } from './bundleCore'
import { bundleMessages } from './messages'
import { BundleResponse, type BundleRequest } from './bundleWorkerProtocol'
import { createWorkerJobQueue } from '../workers/workerJobQueue'

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

export { isAbortError } from '../workers/workerJobQueue'

const defaultCreateWorker = (): Worker => new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'bundle-builder' })

/** Every exhibit's buffer, once each (a buffer listed twice makes postMessage throw). */
function inputBuffers(input: BundleInput): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  for (const section of input.sections) for (const exhibit of section.exhibits) if (exhibit.bytes.buffer instanceof ArrayBuffer) buffers.add(exhibit.bytes.buffer)
  return [...buffers]
}

interface BuildJob {
  input: BundleInput
  creationDate: Date
}

export function createBundleBuilder(options: BundleBuilderOptions = {}): BundleBuilder {
  const jobs = createWorkerJobQueue<BuildJob, BundleResult, BundleProgress, BundleCore>({
    createWorker: options.createWorker ?? (typeof Worker === 'undefined' ? undefined : defaultCreateWorker),
    checkJob: ({ creationDate }) => {
      if (!(creationDate instanceof Date) || Number.isNaN(creationDate.getTime())) throw new TypeError('buildBundle: creationDate must be a valid Date.')
    },
    request: ({ input, creationDate }, requestId) => ({ message: { type: 'build', requestId, input, creationDate } satisfies BundleRequest, transfer: inputBuffers(input) }),
    // The response schema already has the queue's shape (progress, result, message).
    readReply: (data) => BundleResponse.safeParse(data).data,
    loadCore: async () => {
      const { createBundleCore } = await import('./bundleCore')
      const loadFont = options.loadFont ?? (await import('../pdf/fontAssets')).fetchFontFile
      return createBundleCore(loadFont)
    },
    // Here buildBundle sees the signal itself and stops between pages.
    runOnCore: (core, { input, creationDate }, report, signal) => core.build(input, creationDate, report, signal),
    abortError: bundleAbortError,
    // The bound catalogue itself: each failure reads its message in the language on screen then.
    messages: bundleMessages
  })
  return {
    build: (input, { creationDate, signal, onProgress }) => jobs.run({ input, creationDate }, { signal, onProgress }),
    terminate: () => jobs.terminate()
  }
}

let shared: BundleBuilder | undefined

/** Builds with the app's shared builder (one worker, fonts fetched once). */
export function buildBundleInWorker(input: BundleInput, options: BuildBundleOptions): Promise<BundleResult> {
  shared ??= createBundleBuilder()
  return shared.build(input, options)
}
