// "Save as PDF" for the daily deadline log: the day's log as an A4 document (heading, table,
// summary), rendered in the PDF worker with progress and Cancel, then saved through the platform
// (native dialog in Electron, a download in a browser). Like the printed page it names matters by
// their reference, never the client: the rows are renderDayLog's (time, who, matter reference,
// what changed).
import { useEffect, useRef } from 'react'
import type { DayLogDocument } from '@shared/deadlines/deadlineLog'
import type { DocumentModelInput } from '@shared/pdf'
import { pdfMessages } from '../../pdf/messages'
import { usePdfSave } from '../../pdf/usePdfSave'
import { deadlineMessages as m } from './messages'

// Time, By, Matter, What: the change itself gets most of the line.
const COLUMN_WIDTHS = [0.09, 0.17, 0.19, 0.55] as const
// The log's text comes from shared/deadlines in English, so the PDF's metadata is English too.
const PDF_SUBJECT = 'Daily deadline log'

/** The log as a document model: title heading, the table (when there are entries), the summary. */
export function dayLogPdfModel(doc: DayLogDocument): DocumentModelInput {
  return {
    title: doc.title,
    language: 'en',
    direction: 'ltr',
    subject: PDF_SUBJECT,
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

export function DayLogPdfExport({ doc }: { doc: DayLogDocument | null }) {
  const pdf = usePdfSave()
  const saveButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)

  // Keyboard focus follows the button that replaces the one just pressed: Cancel while the PDF
  // is being made, Save as PDF again afterwards.
  const { cancellable, working } = pdf
  const wasBusy = useRef(false)
  useEffect(() => {
    if (cancellable) cancelButton.current?.focus()
    else if (wasBusy.current && !working) saveButton.current?.focus()
    wasBusy.current = working
  }, [cancellable, working])

  return (
    <div className="log-pdf no-print">
      {cancellable ? (
        <button ref={cancelButton} type="button" className="button" onClick={pdf.cancel}>
          {pdfMessages.pdfCancel}
        </button>
      ) : (
        <button ref={saveButton} type="button" className="button" onClick={() => doc && void pdf.save(dayLogPdfModel(doc), m.pdfFileName(doc.day))} disabled={!doc || working}>
          {m.savePdf}
        </button>
      )}
      {/* Always present, so screen readers announce each phase as its text changes. */}
      <p role="status" className={pdf.finished ? 'log-pdf__status log-pdf__status--done' : 'log-pdf__status'}>
        {pdf.statusText}
      </p>
      {pdf.failureText && (
        <p role="alert" className="log-pdf__failed">
          {pdf.failureText}
        </p>
      )}
    </div>
  )
}
