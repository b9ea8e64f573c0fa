// Enough of a module Worker for the renderer's worker clients in Node. Messages both ways go
// through structuredClone with their transfer lists, as the browser's postMessage does, so a
// transferred buffer really is detached on the sending side. The script stands in for the worker
// file: it gets each request as the worker would and answers through reply.

/** The worker file's part: answer one request (reply may be called any number of times). */
export type StandInScript = (request: unknown, reply: (message: unknown, transfer?: Transferable[]) => void) => void

export class StandInWorker extends EventTarget {
  terminated = false
  /** The requests as the worker received them. */
  readonly received: unknown[] = []

  /** 'fails-to-start': an 'error' event before any message, as a worker that could not load. */
  constructor(private readonly script: StandInScript | 'fails-to-start') {
    super()
  }

  postMessage(data: unknown, transfer: Transferable[] = []): void {
    if (this.script === 'fails-to-start') {
      setTimeout(() => this.dispatchEvent(new Event('error')), 0)
      return
    }
    const request = structuredClone(data, { transfer })
    this.received.push(request)
    this.script(request, (message, moved = []) => {
      // A terminated worker says nothing more.
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message, { transfer: moved }) }))
    })
  }

  terminate(): void {
    this.terminated = true
  }
}

/**
 * A createWorker option that starts a new stand-in each time and keeps them all, in order.
 * startScript runs once per worker, as a worker file runs afresh (with empty caches) in each.
 */
export function standInWorkers(startScript: () => StandInScript | 'fails-to-start'): { workers: StandInWorker[]; createWorker: () => Worker } {
  const workers: StandInWorker[] = []
  return {
    workers,
    createWorker: () => {
      const worker = new StandInWorker(startScript())
      workers.push(worker)
      return worker as unknown as Worker
    }
  }
}
