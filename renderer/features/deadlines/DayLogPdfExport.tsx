// "Save as PDF" for the daily deadline log: the day's log as an A4 document (heading, table,
// summary), rendered in the PDF worker with progress and Cancel, then saved through the platform
// (native dialog in Electron, a download in a browser). Like the printed page it names matters by
// their reference, never the client: the rows are renderDayLog's (time, who, matter reference,
// what changed).
import { useEffect, useRef, useState } from 'react'
import type { DayLogDocument } from '@shared/deadlines/deadlineLog'
import type { DocumentModelInput } from '@shared/pdf'
import { getPlatform } from '../../platform/platform'
import { isAbortError, renderPdf, type PdfPhase } from '../../pdf/pdfRenderer'
import { deadlineMessages as m } from './messages'

// Time, By, Matter, What: the change itself gets most of the line.
const COLUMN_WIDTHS = [0.09, 0.17, 0.19, 0.55] as const

/** The log as a document model: title heading, the table (when there are entries), the summary. */
export function dayLogPdfModel(doc: DayLogDocument): DocumentModelInput {
  return {
    title: doc.title,
    language: 'en',
    direction: 'ltr',
    subject: m.pdfSubject,
    blocks: [
      { type: 'heading', level: 1, text: doc.title, bookmark: true },
      // Cells read in their own direction (a name typed in Arabic script stays right to left).
      ...tableChunks(doc.rows.map((r) => [r.time, r.actor, r.matter, r.what])).map((rows) => ({
        type: 'table' as const,
        columns: doc.columns.map((header, i) => ({ header, width: COLUMN_WIDTHS[i]! })),
        rows
      })),
      { type: 'paragraph', text: doc.summary }
    ]
  }
}

// A table holds at most 5000 rows (DocumentModel); a day with more continues in the next table.
const MAX_TABLE_ROWS = 5000
function tableChunks(rows: string[][]): string[][][] {
  const chunks: string[][][] = []
  for (let i = 0; i < rows.length; i += MAX_TABLE_ROWS) chunks.push(rows.slice(i, i + MAX_TABLE_ROWS))
  return chunks
}

const PHASE_TEXT: Record<Exclude<PdfPhase, 'done'>, string> = { fonts: m.pdfFonts, layout: m.pdfLayout, writing: m.pdfWriting }

type State =
  | { kind: 'idle' }
  | { kind: 'working'; phase: Exclude<PdfPhase, 'done'> | 'saving' }
  | { kind: 'finished'; ok: boolean; text: string }

export function DayLogPdfExport({ doc }: { doc: DayLogDocument | null }) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const saveButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const working = state.kind === 'working'

  // Leaving the page stops a render in progress.
  useEffect(() => () => controller.current?.abort(), [])

  // Keyboard focus follows the button that replaces the one just pressed: Cancel while the PDF
  // is being made, Save as PDF again afterwards.
  const cancellable = state.kind === 'working' && state.phase !== 'saving'
  const wasBusy = useRef(false)
  useEffect(() => {
    if (cancellable) cancelButton.current?.focus()
    else if (wasBusy.current && !working) saveButton.current?.focus()
    wasBusy.current = working
  }, [cancellable, working])

  async function save() {
    if (!doc || controller.current) return
    const abort = new AbortController()
    controller.current = abort
    setState({ kind: 'working', phase: 'fonts' })
    const finish = (next: State) => {
      controller.current = null
      setState(next)
    }
    let bytes: Uint8Array
    try {
      bytes = await renderPdf(dayLogPdfModel(doc), {
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
      const suggestedName = m.pdfFileName(doc.day)
      const saved = await getPlatform().saveFile({ suggestedName, bytes, mimeType: 'application/pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] })
      finish({ kind: 'finished', ok: true, text: saved.saved ? m.pdfSaved(saved.fileName ?? suggestedName) : m.pdfSaveCancelled })
    } catch (error) {
      finish({ kind: 'finished', ok: false, text: m.pdfSaveFailed(reason(error)) })
    }
  }

  return (
    <div className="log-pdf no-print">
      {cancellable ? (
        <button ref={cancelButton} type="button" className="button" onClick={() => controller.current?.abort()}>
          {m.pdfCancel}
        </button>
      ) : (
        <button ref={saveButton} type="button" className="button" onClick={() => void save()} disabled={!doc || working}>
          {m.savePdf}
        </button>
      )}
      {/* Always present, so screen readers announce each phase as its text changes. */}
      <p role="status" className={state.kind === 'finished' ? 'log-pdf__status log-pdf__status--done' : 'log-pdf__status'}>
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

/** The error's own message, as one sentence ending in a full stop. */
function reason(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'an unexpected error'
  return /[.!?…)]$/.test(text) ? text : `${text}.`
}
