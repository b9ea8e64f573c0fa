// Export (issue #4 item 7): every document of the filing rendered and saved one by one, the portal
// sheet on screen with a Copy button per value (and as a PDF), and, when the lawyer is done, the
// answers written back to the dossier after asking.
import { useMemo, useState } from 'react'
import { buildSubmission, SubmissionBlockedError, writeBackToDossier, type PetitionDraft, type Submission } from '@shared/petitions'
import { matterReference } from '@shared/domain'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { CheckboxField, FormAlert, TextField } from '../../src/ui/fields'
import { uiMessages } from '../../src/ui/messages'
import { countryName } from '../../src/ui/countries'
import { PdfSaveButton } from './PdfSaveButton'
import { petitionMessages as m } from './messages'
import { todayIso } from './today'

export function ExportScreen({ draft }: { draft: PetitionDraft }) {
  const session = useSession()
  const [includeClientName, setIncludeClientName] = useState(false)
  const [place, setPlace] = useState('')
  const dossier = session.getDossier(draft.dossierId)
  const matter = dossier?.matters.find((x) => x.id === draft.matterId)
  const today = todayIso()
  const built = useMemo((): { submission: Submission } | { blocked: string[] } => {
    try {
      return { submission: buildSubmission(draft, { matterReference: matter ? matterReference(matter) : 'matter', today, includeClientName, countryName, ...(place.trim() ? { place: place.trim() } : {}) }) }
    } catch (error) {
      if (error instanceof SubmissionBlockedError) return { blocked: error.messages }
      return { blocked: [error instanceof Error ? error.message : String(error)] }
    }
  }, [draft, matter, today, includeClientName, place])

  const placeField = <TextField id="petition-place" label={m.place} hint={m.placeHint} dirAuto value={place} onChange={setPlace} />
  if ('blocked' in built)
    return (
      <>
        {placeField}
        <div role="alert" className="form-alert">
          <p>{m.exportBlocked}</p>
          <ul>
            {built.blocked.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      </>
    )
  const { submission: s } = built
  const docs = [
    { key: 'memorandum', label: m.saveDocument(m.docMemorandum), model: s.memorandum, fileName: s.fileNames.memorandum },
    ...(s.powerOfAttorney ? [{ key: 'power-of-attorney', label: m.saveDocument(m.docPowerOfAttorney), model: s.powerOfAttorney, fileName: s.fileNames['power-of-attorney'] }] : []),
    ...(s.refugeeLetter ? [{ key: 'refugee-authority-letter', label: m.saveDocument(m.docRefugeeLetter), model: s.refugeeLetter, fileName: s.fileNames['refugee-authority-letter'] }] : [])
  ]
  return (
    <>
      <p>{m.exportIntro}</p>
      {placeField}
      <CheckboxField id="petition-include-client-name" label={m.includeClientName} description={m.includeClientNameHint} checked={includeClientName} onChange={setIncludeClientName} />
      <ul className="export-docs">
        {docs.map((d) => (
          <li key={d.key}>
            <PdfSaveButton label={d.label} model={d.model} fileName={d.fileName ?? `${d.key}.pdf`} />
          </li>
        ))}
      </ul>
      <PortalSheetView submission={s} />
      <WriteBack draft={draft} />
    </>
  )
}

function PortalSheetView({ submission: s }: { submission: Submission }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const copy = async (label: string, value: string) => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined
    if (!clipboard?.writeText) return setStatus({ ok: false, text: m.copyUnavailable })
    try {
      await clipboard.writeText(value)
      setStatus({ ok: true, text: m.copied(label) })
    } catch {
      setStatus({ ok: false, text: m.copyUnavailable })
    }
  }
  return (
    <section className="portal-sheet" aria-labelledby="portal-sheet-heading">
      <h3 id="portal-sheet-heading">{m.portalTitle}</h3>
      <p className="muted">{m.portalIntro}</p>
      <p role="status" className={status && !status.ok ? 'copy-status copy-status--failed' : 'copy-status'}>
        {status?.text ?? ''}
      </p>
      {s.portalSheet.sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h4>{section.title}</h4>
          <dl>
            {section.fields.map((field, i) => (
              <div key={i} className="portal-field">
                <dt>{field.label}</dt>
                <dd dir="auto">
                  {field.value || m.empty}
                  {field.note && <span className="muted"> — {field.note}</span>}
                </dd>
                {field.value && (
                  <button type="button" className="button button--quiet" aria-label={m.copyLabel(field.label)} onClick={() => void copy(field.label, field.value)}>
                    {m.copy}
                  </button>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h4>{m.uploads}</h4>
      <ul>
        {s.portalSheet.uploads.map((u, i) => (
          <li key={i}>
            {u.label}: <span dir="auto">{u.fileName}</span> {u.note && <span className="muted">— {u.note}</span>}
          </li>
        ))}
      </ul>
      <PdfSaveButton label={m.saveDocument(m.docPortalSheet)} model={s.portalSheetModel} fileName={s.fileNames['portal-sheet'] ?? 'portal-sheet.pdf'} />
    </section>
  )
}

function WriteBack({ draft }: { draft: PetitionDraft }) {
  const session = useSession()
  const [asking, setAsking] = useState(false)
  const [result, setResult] = useState<string[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const confirm = async () => {
    setAsking(false)
    setFailure(null)
    const dossier = session.getDossier(draft.dossierId)
    if (!dossier) return setFailure(uiMessages.saveFailed)
    try {
      const back = writeBackToDossier(draft, dossier)
      await session.saveDossier(back.dossier)
      setResult([back.changed.length ? m.finishDone(back.changed.join(', ')) : m.finishNothing, ...(back.skipped.length ? [m.finishSkipped(back.skipped.map((x) => `${x.field} (${x.reason})`).join('; '))] : [])])
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }
  return (
    <div className="petition-finish">
      <FormAlert>{failure}</FormAlert>
      <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
        {m.finish}
      </button>
      <p role="status">{result?.join(' ') ?? ''}</p>
      {asking && (
        <ConfirmDialog title={m.finishTitle} confirmLabel={m.finishConfirm} onCancel={() => setAsking(false)} onConfirm={() => void confirm()}>
          <p>{m.finishBody}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
