// "Export anonymised report…": first a preview of exactly what leaves the app — the CSV's text as
// it will be saved and the PDF's text, both built from the one anonymised report model — then a
// save through the platform (native dialog in Electron, a download in a browser). Nothing is
// written until the lawyer presses Save after seeing the preview.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { anonymisedReport, documentText, reportCsvBytes, reportCsvText, reportPdfModel, type CaseloadStatistics } from '@shared/statistics'
import { getPlatform } from '../../platform/platform'
import { pdfMessages } from '../../pdf/messages'
import { usePdfSave } from '../../pdf/usePdfSave'
import { useUiLocale } from '../../i18n/uiLocale'
import { statisticsMessages as m } from './messages'
import { currentMonth, reportLabels, reportLanguage } from './statisticsModel'

type CsvState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; ok: boolean; text: string }

function reason(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'an unexpected error'
  return /[.!?…)]$/.test(text) ? text : `${text}.`
}

export function ReportExport({ stats }: { stats: CaseloadStatistics }) {
  const [open, setOpen] = useState(false)
  const openButton = useRef<HTMLButtonElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const wasOpen = useRef(false)

  // Focus moves to the preview when it opens and back to the button when it closes.
  useEffect(() => {
    if (open) heading.current?.focus()
    else if (wasOpen.current) openButton.current?.focus()
    wasOpen.current = open
  }, [open])

  return (
    <section className="panel stat-export" aria-label={m.exportOpen}>
      {!open ? (
        <button ref={openButton} type="button" className="button button--primary" onClick={() => setOpen(true)}>
          {m.exportOpen}
        </button>
      ) : (
        <ReportPreview stats={stats} headingRef={heading} onClose={() => setOpen(false)} />
      )}
    </section>
  )
}

function ReportPreview({ stats, headingRef, onClose }: { stats: CaseloadStatistics; headingRef: React.RefObject<HTMLHeadingElement | null>; onClose: () => void }) {
  const locale = useUiLocale()
  const headingId = useId()
  const csvId = useId()
  const pdfId = useId()
  const month = currentMonth()
  // Rebuilt when the caseload or the language changes: the preview is always the file as saved.
  const built = useMemo(() => {
    void locale
    const report = anonymisedReport(stats, month)
    const labels = reportLabels()
    const pdfModel = reportPdfModel(report, labels, reportLanguage())
    return { report, labels, csvText: reportCsvText(report, labels), pdfModel, pdfText: documentText(pdfModel) }
  }, [stats, month, locale])
  const pdf = usePdfSave()
  const [csv, setCsv] = useState<CsvState>({ kind: 'idle' })
  const baseName = `outcome-statistics-${month}`

  async function saveCsv() {
    setCsv({ kind: 'saving' })
    const fileName = `${baseName}.csv`
    try {
      const bytes = reportCsvBytes(built.report, built.labels)
      const saved = await getPlatform().saveFile({ suggestedName: fileName, bytes, mimeType: 'text/csv', filters: [{ name: 'CSV', extensions: ['csv'] }] })
      setCsv({ kind: 'done', ok: true, text: saved.saved ? m.savedFile(saved.fileName ?? fileName) : m.saveCancelled })
    } catch (error) {
      setCsv({ kind: 'done', ok: false, text: m.saveFailed(reason(error)) })
    }
  }

  const status = [csv.kind === 'done' && csv.ok ? csv.text : '', pdf.statusText].filter(Boolean).join(' ')
  const failure = [csv.kind === 'done' && !csv.ok ? csv.text : '', pdf.failureText].filter(Boolean).join(' ')

  return (
    <div className="stat-preview" role="region" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {m.exportTitle}
      </h2>
      <p>{m.exportIntro}</p>
      <h3 id={csvId}>{m.csvPreview}</h3>
      {/* Scrollable, so it takes the focus: keyboard users can scroll it. */}
      <pre className="stat-preview__text" aria-labelledby={csvId} tabIndex={0} dir="auto" data-testid="csv-preview">
        {built.csvText}
      </pre>
      <h3 id={pdfId}>{m.pdfPreview}</h3>
      <pre className="stat-preview__text" aria-labelledby={pdfId} tabIndex={0} dir={reportLanguage().direction} data-testid="pdf-preview">
        {built.pdfText}
      </pre>
      <div className="stat-preview__actions">
        <button type="button" className="button button--primary" onClick={() => void saveCsv()} disabled={csv.kind === 'saving'}>
          {m.saveCsv}
        </button>
        {pdf.cancellable ? (
          <button type="button" className="button" onClick={pdf.cancel}>
            {pdfMessages.pdfCancel}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void pdf.save(built.pdfModel, `${baseName}.pdf`)} disabled={pdf.working}>
            {m.savePdf}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {m.closePreview}
        </button>
      </div>
      <p role="status" className="stat-preview__status">
        {status}
      </p>
      {failure && (
        <p role="alert" className="stat-preview__failed">
          {failure}
        </p>
      )}
    </div>
  )
}
