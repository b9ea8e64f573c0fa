// Free-text notes on the dossier, newest first.
import { useId, useRef, useState, type FormEvent } from 'react'
import { Note, type Dossier } from '@shared/domain'
import { useUnsavedChanges } from '../../src/navigation'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert, SelectField, TextAreaField } from '../../src/ui/fields'
import { errorsFromIssues, useFormErrors } from '../../src/ui/formErrors'
import { uiMessages } from '../../src/ui/messages'
import { formatTimestamp } from '../../src/locale'
import { optional } from './clientDraft'
import { matterLabel } from './matterDraft'
import { dossierMessages as m } from './messages'
import { useDossierChange } from './useDossierChange'

export function NotesSection({ dossier }: { dossier: Dossier }) {
  const change = useDossierChange(dossier.id)
  const [body, setBody] = useState('')
  const [matterId, setMatterId] = useState('')
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<Note | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, fail, clear } = useFormErrors(formRef)
  const headingId = useId()
  useUnsavedChanges(body.trim() !== '' && !saving)
  const matterById = new Map(dossier.matters.map((x) => [x.id, x]))
  const matterOptions = [{ value: '', label: m.noRelatedMatter }, ...dossier.matters.map((x) => ({ value: x.id, label: matterLabel(x) }))]

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const now = new Date().toISOString()
    const parsed = Note.safeParse({ id: crypto.randomUUID(), matterId: optional(matterId), body, createdAt: now, updatedAt: now })
    if (!parsed.success) {
      fail(errorsFromIssues(parsed.error.issues, () => undefined))
      return
    }
    clear()
    setSaving(true)
    setFailure(null)
    try {
      await change((d) => ({ ...d, notes: [...d.notes, parsed.data] }))
      setBody('')
    } catch {
      setFailure(uiMessages.saveFailed)
    }
    setSaving(false)
  }

  const deleteNote = async (id: string) => {
    setDeleting(null)
    try {
      await change((d) => ({ ...d, notes: d.notes.filter((n) => n.id !== id) }))
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }

  const notes = [...dossier.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.notesTitle}</h2>
      <form ref={formRef} className="stack notes-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <FormAlert>{failure}</FormAlert>
        <TextAreaField id="note-body" label={m.noteBody} value={body} onChange={setBody} error={errors.body} rows={3} />
        <div className="inline-add">
          {dossier.matters.length > 0 && <SelectField id="note-matter" label={m.relatedMatter} value={matterId} options={matterOptions} onChange={setMatterId} />}
          <button type="submit" className="button" disabled={saving}>
            {saving ? uiMessages.saving : m.saveNote}
          </button>
        </div>
      </form>
      {notes.length === 0 ? (
        <p className="muted notes-empty">{m.noNotes}</p>
      ) : (
        <ul className="notes">
          {notes.map((n) => {
            const matter = n.matterId ? matterById.get(n.matterId) : undefined
            return (
              <li key={n.id} className="note">
                <p className="note__meta muted">
                  {formatTimestamp(n.createdAt)}
                  {matter && ` · ${matterLabel(matter)}`}
                </p>
                <p className="note__body" dir="auto">
                  {n.body}
                </p>
                <button type="button" className="button button--quiet-danger" onClick={() => setDeleting(n)} aria-label={m.named(m.deleteNote, formatTimestamp(n.createdAt))}>
                  {m.deleteNote}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog title={m.deleteNoteTitle} confirmLabel={m.deleteNote} danger onCancel={() => setDeleting(null)} onConfirm={() => void deleteNote(deleting.id)}>
          <p>{m.deleteNoteBody(formatTimestamp(deleting.createdAt))}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
