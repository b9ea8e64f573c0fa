// One document: render it in the PDF worker (progress, Cancel), then save it through the platform
// (native dialog in Electron, a download in a browser).
import type { DocumentModelInput } from '@shared/pdf'
import { usePdfSave } from '../../pdf/usePdfSave'
import { petitionMessages as m } from './messages'

export function PdfSaveButton({ label, model, fileName, onSaved }: { label: string; model: DocumentModelInput; fileName: string; onSaved?: () => void }) {
  const pdf = usePdfSave(m)

  async function save() {
    if (await pdf.save(model, fileName)) onSaved?.()
  }

  return (
    <div className="log-pdf">
      {pdf.cancellable ? (
        <button type="button" className="button" aria-label={m.pdfCancelDocument(label)} onClick={pdf.cancel}>
          {m.pdfCancel}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void save()} disabled={pdf.working}>
          {label}
        </button>
      )}
      <p role="status" className="log-pdf__status">
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
