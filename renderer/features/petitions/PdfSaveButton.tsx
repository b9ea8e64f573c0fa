// One document: render it in the PDF worker (progress, Cancel), then save it through the platform
// (native dialog in Electron, a download in a browser) — the pattern of DayLogPdfExport.
import { useEffect, useRef, useState } from 'react'
import type { DocumentModelInput } from '@shared/pdf'
import { getPlatform } from '../../platform/platform'
import { isAbortError, renderPdf, type PdfPhase } from '../../pdf/pdfRenderer'
import { petitionMessages as m } from './messages'

const PHASE_TEXT: Record<Exclude<PdfPhase, 'done'>, string> = { fonts: m.pdfFonts, layout: m.pdfLayout, writing: m.pdfWriting }

type State = { kind: 'idle' } | { kind: 'working'; phase: Exclude<PdfPhase, 'done'> | 'saving' } | { kind: 'finished'; ok: boolean; text: string }

export function PdfSaveButton({ label, model, fileName, onSaved }: { label: string; model: DocumentModelInput; fileName: string; onSaved?: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const working = state.kind === 'working'
  const cancellable = state.kind === 'working' && state.phase !== 'saving'

  useEffect(() => () => controller.current?.abort(), [])

  async function save() {
    if (controller.current) return
    const abort = new AbortController()
    controller.current = abort
    setState({ kind: 'working', phase: 'fonts' })
    const finish = (next: State) => {
      controller.current = null
      setState(next)
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
      finish(isAbortError(error) ? { kind: 'finished', ok: true, text: m.pdfCancelled } : { kind: 'finished', ok: false, text: m.pdfFailed(reason(error)) })
      return
    }
    if (abort.signal.aborted) return finish({ kind: 'finished', ok: true, text: m.pdfCancelled })
    setState({ kind: 'working', phase: 'saving' })
    try {
      const saved = await getPlatform().saveFile({ suggestedName: fileName, bytes, mimeType: 'application/pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] })
      finish({ kind: 'finished', ok: true, text: saved.saved ? m.pdfSaved(saved.fileName ?? fileName) : m.pdfSaveCancelled })
      if (saved.saved) onSaved?.()
    } catch (error) {
      finish({ kind: 'finished', ok: false, text: m.pdfSaveFailed(reason(error)) })
    }
  }

  return (
    <div className="log-pdf">
      {cancellable ? (
        <button type="button" className="button" aria-label={`${m.pdfCancel}: ${label}`} onClick={() => controller.current?.abort()}>
          {m.pdfCancel}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void save()} disabled={working}>
          {label}
        </button>
      )}
      <p role="status" className="log-pdf__status">
        {state.kind === 'working' ? (state.phase === 'saving' ? m.pdfSaving : PHASE_TEXT[state.phase]) : state.kind === 'finished' && state.ok ? state.text : ''}
      </p>
      {state.kind === 'finished' && !state.ok && (
        <p role="alert" className="log-pdf__failed">
          {state.text}
        </p>
      )}
    </div>
  )
}

function reason(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'an unexpected error'
  return /[.!?…)]$/.test(text) ? text : `${text}.`
}
