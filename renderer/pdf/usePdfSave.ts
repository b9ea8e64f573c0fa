// Render a document in the PDF worker (progress by phase, Cancel), then save it through the
// platform (native dialog in Electron, a download in a browser). Shared by every "Save as PDF"
// button so cancelling, failures and "nothing was saved" read the same everywhere.
import { useEffect, useRef, useState } from 'react'
import type { DocumentModelInput } from '@shared/pdf'
import { getPlatform } from '../platform/platform'
import { pdfMessages } from './messages'
import { isAbortError, renderPdf, type PdfPhase } from './pdfRenderer'

export interface PdfSaveMessages {
  pdfFonts: string
  pdfLayout: string
  pdfWriting: string
  pdfSaving: string
  pdfCancelled: string
  pdfSaveCancelled: string
  pdfSaved: (fileName: string) => string
  pdfFailed: (reason: string) => string
  pdfSaveFailed: (reason: string) => string
}

type PdfSaveState =
  | { kind: 'idle' }
  | { kind: 'working'; phase: Exclude<PdfPhase, 'done'> | 'saving' }
  | { kind: 'finished'; ok: boolean; text: string }

/** `m` defaults to the common wording (renderer/pdf/messages); a feature passes its own only when it must differ. */
export function usePdfSave(m: PdfSaveMessages = pdfMessages) {
  const [state, setState] = useState<PdfSaveState>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)

  // Leaving the page stops a render in progress.
  useEffect(() => () => controller.current?.abort(), [])

  async function save(model: DocumentModelInput, fileName: string): Promise<boolean> {
    if (controller.current) return false
    const abort = new AbortController()
    controller.current = abort
    setState({ kind: 'working', phase: 'fonts' })
    const finish = (next: PdfSaveState, saved = false) => {
      controller.current = null
      setState(next)
      return saved
    }
    let bytes: Uint8Array
    try {
      bytes = await renderPdf(model, {
        creationDate: new Date(),
        signal: abort.signal,
        onProgress: (phase) => {
          if (phase !== 'done' && !abort.signal.aborted) setState({ kind: 'working', phase })
        }
      })
    } catch (error) {
      return finish(isAbortError(error) ? { kind: 'finished', ok: true, text: m.pdfCancelled } : { kind: 'finished', ok: false, text: m.pdfFailed(reason(error)) })
    }
    if (abort.signal.aborted) return finish({ kind: 'finished', ok: true, text: m.pdfCancelled })
    setState({ kind: 'working', phase: 'saving' })
    try {
      const saved = await getPlatform().saveFile({ suggestedName: fileName, bytes, mimeType: 'application/pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] })
      return finish({ kind: 'finished', ok: true, text: saved.saved ? m.pdfSaved(saved.fileName ?? fileName) : m.pdfSaveCancelled }, saved.saved)
    } catch (error) {
      return finish({ kind: 'finished', ok: false, text: m.pdfSaveFailed(reason(error)) })
    }
  }

  const working = state.kind === 'working'
  const phaseText = { fonts: m.pdfFonts, layout: m.pdfLayout, writing: m.pdfWriting, saving: m.pdfSaving }
  return {
    save,
    cancel: () => controller.current?.abort(),
    working,
    /** While rendering (not while the save dialog is open) the button becomes Cancel. */
    cancellable: state.kind === 'working' && state.phase !== 'saving',
    finished: state.kind === 'finished',
    /** For a role=status line: the phase, or how it ended when it went well. */
    statusText: state.kind === 'working' ? phaseText[state.phase] : state.kind === 'finished' && state.ok ? state.text : '',
    /** For a role=alert line: what went wrong. */
    failureText: state.kind === 'finished' && !state.ok ? state.text : ''
  }
}

/** The error's own message, as one sentence ending in a full stop. */
function reason(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'an unexpected error'
  return /[.!?…)]$/.test(text) ? text : `${text}.`
}
