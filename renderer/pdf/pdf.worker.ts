// PDF rendering off the UI thread: layout, shaping and font subsetting take from a few hundred
// milliseconds to seconds, and the page must keep responding (and its Cancel button working).
// The worker fetches the fonts itself and keeps them for its lifetime; cancelling a render
// terminates the worker, so a new one starts with an empty cache.
import { fetchFontFile } from './fontAssets'
import { PdfRequest, type PdfResponse } from './pdfWorkerProtocol'
import { createPdfRenderCore, renderErrorMessage } from './pdfRenderCore'

const core = createPdfRenderCore(fetchFontFile)

const post = (message: PdfResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer })

// One render at a time, in the order asked: they share the fonts, and the caller queues anyway.
let queue: Promise<void> = Promise.resolve()

self.onmessage = (event: MessageEvent<unknown>) => {
  const request = PdfRequest.safeParse(event.data)
  if (!request.success) {
    // Answer what can be answered, so the caller does not wait for nothing; ignore the rest.
    const requestId = (event.data as { requestId?: unknown } | null)?.requestId
    if (typeof requestId === 'number' && Number.isInteger(requestId)) post({ type: 'error', requestId, message: 'The PDF request was not valid.' })
    return
  }
  const { requestId, model, creationDate } = request.data
  queue = queue.then(async () => {
    try {
      const bytes = await core.render(model, creationDate, (phase) => post({ type: 'progress', requestId, phase }))
      post({ type: 'done', requestId, bytes }, [bytes.buffer as ArrayBuffer])
    } catch (error) {
      post({ type: 'error', requestId, message: renderErrorMessage(error) })
    }
  })
}
