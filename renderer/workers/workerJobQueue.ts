// One job at a time on a lazily started module worker, with a calling-thread fallback: the
// machinery the PDF renderer and the bundle builder share. Jobs are queued (they share one worker
// and its fonts); progress comes as messages; an AbortSignal terminates the worker at once (the
// next job starts a fresh one) and rejects with the caller's AbortError. A worker that fails
// before it has said anything did not start: from then on every job runs on the calling thread.

/** A worker message reduced to what the queue acts on; the caller maps its own schema onto it. */
export type WorkerReply<Result, Progress> =
  | { type: 'progress'; requestId: number; progress: Progress }
  | { type: 'done'; requestId: number; result: Result }
  | { type: 'error'; requestId: number; message: string }

export interface WorkerJobQueueConfig<Job, Result, Progress, Core> {
  /** Starts the worker; undefined: there is none, every job runs on the calling thread. */
  createWorker: (() => Worker) | undefined
  /** Throws for a job that must not start (checked after a pre-aborted signal). */
  checkJob?: (job: Job) => void
  /** The message for the worker and what it transfers. */
  request(job: Job, requestId: number): { message: unknown; transfer?: Transferable[] }
  /** A reply for any request, or undefined for anything that is not a valid reply (ignored). */
  readReply(data: unknown): WorkerReply<Result, Progress> | undefined
  /** The calling-thread fallback: its core is loaded once, and again after a failed load. */
  loadCore(): Promise<Core>
  runOnCore(core: Core, job: Job, report: (progress: Progress) => void, signal: AbortSignal | undefined): Promise<Result>
  /** Reported after the result arrives, just before the promise resolves. */
  doneProgress?: Progress
  /** The rejection of a cancelled job: a DOMException named AbortError. */
  abortError(): DOMException
  messages: {
    /** The worker failed after it had spoken (it crashed, perhaps out of memory). */
    workerStopped: string
    /** A reply that could not be deserialised ('messageerror'). */
    unreadableReply: string
    /** terminate() was called while a job ran. */
    queueStopped: string
  }
}

export interface JobOptions<Progress> {
  signal?: AbortSignal
  onProgress?: (progress: Progress) => void
}

export interface WorkerJobQueue<Job, Result, Progress> {
  /** Runs one job once those ahead of it have finished; rejects with Error(message) on failure. */
  run(job: Job, options: JobOptions<Progress>): Promise<Result>
  /** Stops the worker (a job in progress rejects); the next job starts a new one. */
  terminate(): void
}

/** True for the rejection of a cancelled job (and any other AbortError). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
}

/** The worker never said anything before failing: it did not start. Internal to this module. */
class WorkerStartFailure extends Error {}

export function createWorkerJobQueue<Job, Result, Progress, Core>(config: WorkerJobQueueConfig<Job, Result, Progress, Core>): WorkerJobQueue<Job, Result, Progress> {
  const { createWorker, abortError, messages } = config
  let worker: Worker | null = null
  let workerUnavailable = createWorker === undefined
  let stopCurrent: ((error: Error) => void) | null = null
  let nextId = 1
  let queue: Promise<void> = Promise.resolve()
  let callingThreadCore: Promise<Core> | undefined

  const discardWorker = () => {
    worker?.terminate()
    worker = null
  }

  const viaWorker = (job: Job, signal: AbortSignal | undefined, report: (progress: Progress) => void): Promise<Result> => {
    let w: Worker
    try {
      worker ??= createWorker!()
      w = worker
    } catch {
      return Promise.reject(new WorkerStartFailure())
    }
    return new Promise<Result>((resolve, reject) => {
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
        const reply = config.readReply(event.data)
        if (reply === undefined || reply.requestId !== requestId) return
        heard = true
        if (reply.type === 'progress') report(reply.progress)
        else if (reply.type === 'done') finish(() => resolve(reply.result))
        else finish(() => reject(new Error(reply.message)))
      }
      const onError = () => {
        discardWorker()
        finish(() => reject(heard ? new Error(messages.workerStopped) : new WorkerStartFailure()))
      }
      const onMessageError = () => {
        discardWorker()
        finish(() => reject(new Error(messages.unreadableReply)))
      }
      const onAbort = () => {
        // Terminating is the only way to stop a job mid-way; the fonts go with the worker.
        discardWorker()
        finish(() => reject(abortError()))
      }
      stopCurrent = (error) => finish(() => reject(error))
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      w.addEventListener('messageerror', onMessageError)
      signal?.addEventListener('abort', onAbort, { once: true })
      try {
        const { message, transfer = [] } = config.request(job, requestId)
        w.postMessage(message, transfer)
      } catch (error) {
        // DataCloneError: the job holds something that is not plain data.
        finish(() => reject(error instanceof Error ? error : new Error(String(error))))
      }
    })
  }

  // The core runs on this thread, so an abort may not interrupt it: the promise rejects as soon
  // as the abort is seen, and the job's result is dropped.
  const onCallingThread = (job: Job, signal: AbortSignal | undefined, report: (progress: Progress) => void): Promise<Result> => {
    callingThreadCore ??= config.loadCore()
    const core = callingThreadCore
    core.catch(() => {
      if (callingThreadCore === core) callingThreadCore = undefined
    })
    return new Promise<Result>((resolve, reject) => {
      const onAbort = () => reject(abortError())
      signal?.addEventListener('abort', onAbort, { once: true })
      core
        .then((c) =>
          config.runOnCore(
            c,
            job,
            (progress) => {
              if (!signal?.aborted) report(progress)
            },
            signal
          )
        )
        .then(resolve, reject)
        .finally(() => signal?.removeEventListener('abort', onAbort))
    })
  }

  const runNow = async (job: Job, signal: AbortSignal | undefined, report: (progress: Progress) => void): Promise<Result> => {
    if (!workerUnavailable) {
      try {
        return await viaWorker(job, signal, report)
      } catch (error) {
        if (!(error instanceof WorkerStartFailure)) throw error
        // A worker that cannot start will not start next time either.
        workerUnavailable = true
        discardWorker()
      }
    }
    return onCallingThread(job, signal, report)
  }

  return {
    async run(job, { signal, onProgress }) {
      if (signal?.aborted) throw abortError()
      config.checkJob?.(job)
      const report = (progress: Progress) => {
        try {
          onProgress?.(progress)
        } catch {
          // A progress display that throws must not break the job.
        }
      }
      // Wait for the job ahead (they share one worker); cancelling while waiting rejects at once.
      const previous = queue
      let release!: () => void
      queue = new Promise<void>((r) => (release = r))
      try {
        await new Promise<void>((resolve, reject) => {
          const onAbort = () => reject(abortError())
          signal?.addEventListener('abort', onAbort, { once: true })
          void previous.then(() => {
            signal?.removeEventListener('abort', onAbort)
            resolve()
          })
        })
        if (signal?.aborted) throw abortError()
        const result = await runNow(job, signal, report)
        if (signal?.aborted) throw abortError()
        if (config.doneProgress !== undefined) report(config.doneProgress)
        return result
      } finally {
        // A job that gave up while queued still lets the next one wait for the one ahead.
        void previous.then(release)
      }
    },
    terminate() {
      discardWorker()
      stopCurrent?.(new Error(messages.queueStopped))
    }
  }
}
