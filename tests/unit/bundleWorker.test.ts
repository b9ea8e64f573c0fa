// renderer/bundle in Node. The worker protocol runs against a stand-in Worker that does what the
// browser does with a message — structuredClone with the transfer list, so transferred buffers
// really are detached on the sending side — and answers with the real bundle core (buildBundle,
// fonts from node_modules). Without a Worker global the client builds on the calling thread.
// The real module worker runs in tests/e2e/exhibits.spec.ts.
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { BundleInput as BundleInputSchema, type BundleInput, type BundleProgress } from '../../shared/pdf/bundle/bundleInput'
import { createBundleCore } from '../../renderer/bundle/bundleCore'
import { createBundleBuilder, isAbortError } from '../../renderer/bundle/bundleBuilderClient'
import { BundleRequest, BundleResponse } from '../../renderer/bundle/bundleWorkerProtocol'
import { encryptedPdf, samplePdf, sampleJpeg, sha256File } from '../support/exhibitSamples'
import { recordingLoader } from '../support/recordingFontLoader'
import { standInWorkers, type StandInScript } from '../support/standInWorker'

const creationDate = new Date('2026-11-23T10:00:00Z')

let idCounter = 0
const uuid = () => `00000000-0000-4000-8000-${String(++idCounter).padStart(12, '0')}`

async function exhibit(title: string, bytes: Uint8Array, kind: 'pdf' | 'jpeg' | 'png' = 'pdf') {
  return { exhibitId: uuid(), title, documentDate: '2020-05-01', kind, fileName: `${title}.${kind}`, sizeBytes: bytes.length, sha256: sha256File(bytes), note: '', bytes: new Uint8Array(bytes) }
}

async function sampleInput(): Promise<BundleInput> {
  return {
    title: 'Evidence bundle — RN-TR-1',
    reference: 'RN-TR-1',
    sections: [
      {
        title: 'Exhibits',
        exhibits: [await exhibit('Arrest warrant', await samplePdf({ pages: 2, label: 'Warrant' })), await exhibit('Photo of the hearing', sampleJpeg(400, 300, 6), 'jpeg')]
      }
    ]
  }
}

/** bundle.worker.ts's part, answering with the real bundle core (one per worker, as in the browser). */
function bundleWorkerScript(): StandInScript {
  const core = createBundleCore(recordingLoader().load)
  return (data, reply) => {
    const request = BundleRequest.parse(data)
    const answer = (message: BundleResponse, moved: Transferable[] = []) => reply(BundleResponse.parse(message), moved)
    void core
      .build(request.input, request.creationDate, (progress) => answer({ type: 'progress', requestId: request.requestId, progress: { ...progress } }))
      .then(
        (result) => answer({ type: 'done', requestId: request.requestId, result }, result.volumes.map((v) => v.bytes.buffer as ArrayBuffer)),
        (error: Error) => answer({ type: 'error', requestId: request.requestId, message: error.message })
      )
  }
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
}

describe('the bundle builder through a worker', () => {
  it('transfers the exhibits in, reports progress by exhibit, and gets the volumes back', async () => {
    const { workers, createWorker } = standInWorkers(bundleWorkerScript)
    const builder = createBundleBuilder({ createWorker, loadFont: () => Promise.reject(new Error('the calling thread must not build')) })
    const input = await sampleInput()
    const sent = input.sections[0]!.exhibits.map((e) => e.bytes)
    const progress: BundleProgress[] = []
    const started = performance.now()
    const result = await builder.build(input, { creationDate, onProgress: (p) => progress.push(p) })
    console.log(`2-exhibit bundle through the stand-in worker (fonts read and parsed included): ${Math.round(performance.now() - started)} ms`)
    // Transferred, not copied: the caller's arrays are emptied.
    expect(sent.map((b) => b.byteLength)).toEqual([0, 0])
    expect(workers).toHaveLength(1)
    expect(progress.some((p) => p.stage === 'exhibits' && p.total === 2)).toBe(true)
    expect(result.placed.map((p) => p.pageCount)).toEqual([2, 1])
    expect(result.skipped).toEqual([])
    const pages = await pageCount(result.volumes[0]!.bytes)
    expect(pages).toBe(result.volumes[0]!.pageCount)
    // Index and manifest pages come on top of the 3 exhibit pages.
    expect(pages).toBeGreaterThan(3)
    expect(JSON.parse(result.manifestJson).exhibits.map((e: { sha256: string }) => e.sha256)).toEqual((BundleRequest.parse(workers[0]!.received[0]).input as BundleInput).sections[0]!.exhibits.map((e) => e.sha256))
  })

  it('cancels by terminating the worker (AbortError); the next build starts a new worker', async () => {
    const { workers, createWorker } = standInWorkers(bundleWorkerScript)
    const builder = createBundleBuilder({ createWorker })
    const abort = new AbortController()
    const cancelled = builder.build(await sampleInput(), { creationDate, signal: abort.signal, onProgress: () => abort.abort() })
    expect(isAbortError(await cancelled.catch((e: unknown) => e))).toBe(true)
    expect(workers[0]!.terminated).toBe(true)
    const already = new AbortController()
    already.abort()
    expect(isAbortError(await builder.build(await sampleInput(), { creationDate, signal: already.signal }).catch((e: unknown) => e))).toBe(true)
    expect(workers).toHaveLength(1)
    await expect(builder.build(await sampleInput(), { creationDate })).resolves.toHaveProperty('volumes')
    expect(workers).toHaveLength(2)
  })

  it('leaves a password-protected exhibit out with its message while the others build', async () => {
    const builder = createBundleBuilder({ createWorker: standInWorkers(bundleWorkerScript).createWorker })
    const input = await sampleInput()
    const locked = await exhibit('Asylum decision', await encryptedPdf())
    input.sections[0]!.exhibits.push(locked)
    const result = await builder.build(input, { creationDate })
    expect(result.placed).toHaveLength(2)
    expect(result.skipped.map((s) => s.exhibitId)).toEqual([locked.exhibitId])
    expect(result.skipped[0]!.message).toMatch(/password/i)
  })

  it('rejects an invalid input with a message naming the field, and a bad reply is not taken for an answer', async () => {
    const builder = createBundleBuilder({ createWorker: standInWorkers(bundleWorkerScript).createWorker })
    const input = await sampleInput()
    const bad = { ...input, sections: [{ ...input.sections[0]!, exhibits: [{ ...input.sections[0]!.exhibits[0]!, sha256: 'not-a-hash' }] }] }
    const error = (await builder.build(bad, { creationDate }).catch((e: unknown) => e)) as Error
    expect(error.message).toMatch(/^the bundle's contents are not valid \(sections\.0\.exhibits\.0\.sha256: Must be a SHA-256/)
    expect(BundleInputSchema.safeParse(bad).success).toBe(false)

    // A worker that dies after it has spoken: a clear error, not a silent fallback.
    class DyingWorker extends EventTarget {
      postMessage(data: unknown) {
        const { requestId } = BundleRequest.parse(data)
        this.dispatchEvent(new MessageEvent('message', { data: { type: 'progress', requestId, progress: { stage: 'exhibits', done: 0, total: 2 } } }))
        this.dispatchEvent(new MessageEvent('message', { data: { type: 'done', requestId, result: { volumes: 'garbage' } } }))
        setTimeout(() => this.dispatchEvent(new Event('error')), 0)
      }
      terminate() {}
    }
    const dying = createBundleBuilder({ createWorker: () => new DyingWorker() as unknown as Worker })
    await expect(dying.build(await sampleInput(), { creationDate })).rejects.toThrow(/stopped unexpectedly/)
  })
})

describe('the bundle builder without a worker', () => {
  it('builds on the calling thread when the worker fails to start, and stays there', async () => {
    const { load, asked } = recordingLoader()
    const { workers, createWorker } = standInWorkers(() => 'fails-to-start')
    const builder = createBundleBuilder({ createWorker, loadFont: load })
    const result = await builder.build(await sampleInput(), { creationDate })
    expect(result.placed).toHaveLength(2)
    expect(asked).not.toContain('cjkRegular')
    await builder.build(await sampleInput(), { creationDate })
    expect(workers).toHaveLength(1)

    const throwing = createBundleBuilder({
      createWorker: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      loadFont: load
    })
    await expect(throwing.build(await sampleInput(), { creationDate })).resolves.toHaveProperty('manifestJson')
  })

  it('with no Worker global at all: builds, fetches the CJK font only for a CJK title, and cancels with AbortError', async () => {
    expect(typeof Worker).toBe('undefined')
    const { load, asked } = recordingLoader()
    const builder = createBundleBuilder({ loadFont: load })
    const input = await sampleInput()
    input.sections[0]!.exhibits[0]!.title = '逮捕令 (arrest warrant)'
    await builder.build(input, { creationDate })
    expect(asked).toContain('cjkRegular')
    const abort = new AbortController()
    const cancelled = builder.build(await sampleInput(), { creationDate, signal: abort.signal, onProgress: () => abort.abort() })
    expect(isAbortError(await cancelled.catch((e: unknown) => e))).toBe(true)
  })
})
