// The worker job queue's own branches, which the PDF and bundle tests (tests/unit/rendererPdf,
// tests/unit/bundleWorker) do not reach: stray and invalid replies, a throwing progress display,
// 'messageerror', terminate() mid-job, a request that cannot be cloned, and the queue's order
// when a waiting job is cancelled. The job is a number; the worker answers with it doubled.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createWorkerJobQueue, isAbortError } from '../../renderer/workers/workerJobQueue'
import { standInWorkers, type StandInScript } from '../support/standInWorker'

const Reply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), requestId: z.number(), progress: z.string() }).strict(),
  z.object({ type: z.literal('done'), requestId: z.number(), result: z.number() }).strict(),
  z.object({ type: z.literal('error'), requestId: z.number(), message: z.string() }).strict()
])
const Request = z.object({ requestId: z.number(), n: z.number() })

const messages = { workerStopped: 'stopped unexpectedly', unreadableReply: 'unreadable', queueStopped: 'queue stopped' }

function queueOn(script: () => StandInScript) {
  const { workers, createWorker } = standInWorkers(script)
  const queue = createWorkerJobQueue<{ n: number; extra?: unknown }, number, string, never>({
    createWorker,
    request: (job, requestId) => ({ message: { requestId, ...job } }),
    readReply: (data) => Reply.safeParse(data).data,
    loadCore: () => Promise.reject(new Error('the calling thread must not run')),
    runOnCore: () => Promise.reject(new Error('unreachable')),
    doneProgress: 'done',
    abortError: () => new DOMException('cancelled', 'AbortError'),
    messages
  })
  return { workers, queue }
}

/** Answers each request once the test calls its answer (in the order asked). */
function heldScript(held: Array<() => void>): () => StandInScript {
  return () => (data, reply) => {
    const { requestId, n } = Request.parse(data)
    held.push(() => reply({ type: 'done', requestId, result: n * 2 }))
  }
}

describe('the worker job queue', () => {
  it('ignores replies to other requests and replies it cannot read; a throwing progress display does not stop the job', async () => {
    const { queue } = queueOn(() => (data, reply) => {
      const { requestId, n } = Request.parse(data)
      reply({ type: 'done', requestId: requestId + 1, result: -1 })
      reply({ type: 'done', requestId, result: 'not a number' })
      reply({ type: 'progress', requestId, progress: 'half' })
      reply({ type: 'done', requestId, result: n * 2 })
    })
    const seen: string[] = []
    const onProgress = (p: string) => {
      seen.push(p)
      throw new Error('display broke')
    }
    await expect(queue.run({ n: 21 }, { onProgress })).resolves.toBe(42)
    expect(seen).toEqual(['half', 'done'])
  })

  it("rejects with the worker's error message and keeps the worker", async () => {
    const { workers, queue } = queueOn(() => (data, reply) => reply({ type: 'error', requestId: Request.parse(data).requestId, message: 'bad job' }))
    await expect(queue.run({ n: 1 }, {})).rejects.toThrow(/^bad job$/)
    await expect(queue.run({ n: 1 }, {})).rejects.toThrow(/^bad job$/)
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
  })

  it("on 'messageerror' rejects with its message and discards the worker; the next job starts a new one", async () => {
    let first = true
    const { workers, queue } = queueOn(() => (data, reply) => {
      const { requestId, n } = Request.parse(data)
      if (first) {
        first = false
        workers.at(-1)!.dispatchEvent(new MessageEvent('messageerror'))
      } else reply({ type: 'done', requestId, result: n * 2 })
    })
    await expect(queue.run({ n: 1 }, {})).rejects.toThrow(/^unreadable$/)
    expect(workers[0]!.terminated).toBe(true)
    await expect(queue.run({ n: 2 }, {})).resolves.toBe(4)
    expect(workers).toHaveLength(2)
  })

  it('terminate() rejects the job in progress and stops its worker', async () => {
    const held: Array<() => void> = []
    const { workers, queue } = queueOn(heldScript(held))
    const running = queue.run({ n: 1 }, {})
    await expect.poll(() => held.length).toBe(1)
    queue.terminate()
    await expect(running).rejects.toThrow(/^queue stopped$/)
    expect(workers[0]!.terminated).toBe(true)
  })

  it('a job that cannot be cloned rejects with the DataCloneError, not as a start failure: the worker stays in use', async () => {
    const held: Array<() => void> = []
    const { workers, queue } = queueOn(heldScript(held))
    const error = await queue.run({ n: 1, extra: () => 0 }, {}).catch((e: unknown) => e)
    expect((error as Error).name).toBe('DataCloneError')
    const next = queue.run({ n: 3 }, {})
    await expect.poll(() => held.length).toBe(1)
    held[0]!()
    await expect(next).resolves.toBe(6)
    expect(workers).toHaveLength(1)
  })

  it('a job cancelled while queued rejects at once; the one after it still waits for the one ahead', async () => {
    const held: Array<() => void> = []
    const { queue } = queueOn(heldScript(held))
    const abort = new AbortController()
    const first = queue.run({ n: 1 }, {})
    const second = queue.run({ n: 2 }, { signal: abort.signal })
    const third = queue.run({ n: 3 }, {})
    abort.abort()
    expect(isAbortError(await second.catch((e: unknown) => e))).toBe(true)
    await expect.poll(() => held.length).toBe(1)
    // The third has not been sent: the first is still running.
    await new Promise((r) => setTimeout(r, 20))
    expect(held).toHaveLength(1)
    held[0]!()
    await expect(first).resolves.toBe(2)
    await expect.poll(() => held.length).toBe(2)
    held[1]!()
    await expect(third).resolves.toBe(6)
  })
})
