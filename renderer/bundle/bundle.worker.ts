// Evidence bundles off the UI thread: copying hundreds of pages, stamping each and writing the
// index and manifest takes seconds, and the page must keep responding (and its Cancel working).
// The worker fetches the fonts itself and keeps them for its lifetime; cancelling terminates it.
import { fetchFontFile } from '../pdf/fontAssets'
import { createBundleCore } from './bundleCore'
import { BundleRequest, type BundleResponse } from './bundleWorkerProtocol'

const core = createBundleCore(fetchFontFile)

const post = (message: BundleResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer })

// One build at a time, in the order asked; the caller queues anyway.
let queue: Promise<void> = Promise.resolve()

self.onmessage = (event: MessageEvent<unknown>) => {
  const request = BundleRequest.safeParse(event.data)
  if (!request.success) {
    // Answer what can be answered, so the caller does not wait for nothing; ignore the rest.
    const requestId = (event.data as { requestId?: unknown } | null)?.requestId
    if (typeof requestId === 'number' && Number.isInteger(requestId)) post({ type: 'error', requestId, message: 'The bundle request was not valid.' })
    return
  }
  const { requestId, input, creationDate } = request.data
  queue = queue.then(async () => {
    try {
      const result = await core.build(input, creationDate, (progress) => post({ type: 'progress', requestId, progress: { ...progress } }))
      post({ type: 'done', requestId, result }, [...new Set(result.volumes.map((v) => v.bytes.buffer as ArrayBuffer))])
    } catch (error) {
      post({ type: 'error', requestId, message: error instanceof Error ? error.message : String(error) })
    }
  })
}
