// The exhibits of one matter: add files (drop zone or "Add files…"), the list with pre-flight
// findings, edit and delete, and the way to the bundle builder. Files that cannot go into a
// bundle are kept and listed apart as attachments.
import { useState, type DragEvent } from 'react'
import type { Matter } from '@shared/domain'
import { isBundleable, matterPreflight } from '@shared/exhibits'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import { useNavigation } from '../../src/navigation'
import { getPlatform } from '../../platform/platform'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { ExhibitCard } from './ExhibitCard'
import { ExhibitForm } from './ExhibitForm'
import { inIntakeOrder } from './bundleArrangement'
import { exhibitMessages as m } from './messages'
import { useExhibitIntake } from './useExhibitIntake'

// A function, not a constant: the filter names are read in the current UI language.
const accept = () => [
  { name: m.bundleableFiles, extensions: ['pdf', 'jpg', 'jpeg', 'png'] },
  { name: m.allFiles, extensions: ['*'] }
]

export function ExhibitsSection({ dossierId, matter }: { dossierId: string; matter: Matter }) {
  const session = useSession()
  const { navigate } = useNavigation()
  const intake = useExhibitIntake(dossierId, matter.id)
  const [editing, setEditing] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<Exhibit | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [dragOver, setDragOver] = useState(false)

  const exhibits = inIntakeOrder(session.exhibits.list(matter.id))
  const findings = matterPreflight(exhibits)
  const byId = new Map(exhibits.map((e) => [e.id, e]))
  const bundleable = exhibits.filter((e) => e.kind !== 'other')
  const attachments = exhibits.filter((e) => e.kind === 'other')
  const headingId = `exhibits-${matter.id}`

  async function pick() {
    setFailure(null)
    try {
      const files = await getPlatform().openFiles({ accept: accept(), multiple: true })
      await intake.add(files)
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    }
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault()
    setDragOver(false)
    setFailure(null)
    const files = Array.from(e.dataTransfer.files)
    if (files.length === 0) setFailure(m.noFilesDropped)
    else void intake.add(files)
  }

  async function saveExhibit(exhibit: Exhibit) {
    await session.exhibits.update(exhibit)
    setEditing(null)
  }

  async function deleteExhibit(id: string) {
    setDeleting(null)
    setFailure(null)
    try {
      await session.exhibits.delete(id)
    } catch {
      setFailure(m.deleteFailed)
    }
  }

  const card = (e: Exhibit) =>
    editing === e.id ? (
      <li key={e.id}>
        <ExhibitForm exhibit={e} others={exhibits} onSave={saveExhibit} onCancel={() => setEditing(null)} />
      </li>
    ) : (
      <li key={e.id}>
        <ExhibitCard
          exhibit={e}
          findings={findings.get(e.id) ?? []}
          translationOfTitle={e.translationOf ? (byId.get(e.translationOf)?.title ?? null) : null}
          actions={editing === null && !intake.busy}
          onEdit={() => setEditing(e.id)}
          onDelete={() => setDeleting(e)}
        />
      </li>
    )

  const readyCount = bundleable.filter((e) => isBundleable(e, findings.get(e.id) ?? [])).length

  return (
    <section className="exhibits" aria-labelledby={headingId}>
      <div className="exhibits__head">
        <h4 id={headingId}>{m.exhibitsTitle}</h4>
        <button type="button" className="button" disabled={readyCount === 0} onClick={() => navigate({ page: 'bundle', dossierId, matterId: matter.id })}>
          {m.buildBundle}
        </button>
      </div>
      <div
        className={`drop-zone${dragOver ? ' drop-zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault()
          e.dataTransfer.dropEffect = 'copy'
          setDragOver(true)
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone__label">{m.dropZone}</p>
        <button type="button" className="button button--primary" onClick={() => void pick()} disabled={intake.busy}>
          {m.addFiles}
        </button>
        <p className="field-hint">{m.dropZoneHint}</p>
      </div>
      {intake.current && (
        <div className="intake-progress">
          <label htmlFor={`${headingId}-progress`}>{m.adding(intake.current.n, intake.current.total)}</label>
          <progress id={`${headingId}-progress`} max={intake.current.total} value={intake.current.n - 1} />
        </div>
      )}
      <div role="status" className="intake-status">
        {intake.notices.map((n, i) => (
          <p key={i}>{n}</p>
        ))}
      </div>
      <FormAlert>
        {intake.problems.length > 0 || failure ? (
          <ul className="intake-problems">
            {failure && <li>{failure}</li>}
            {intake.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        ) : null}
      </FormAlert>
      {exhibits.length === 0 && <p className="muted">{m.noExhibits}</p>}
      {bundleable.length > 0 && <ul className="exhibit-list">{bundleable.map(card)}</ul>}
      {attachments.length > 0 && (
        <>
          <h5>{m.attachmentsTitle}</h5>
          <p className="field-hint">{m.attachmentsNote}</p>
          <ul className="exhibit-list exhibit-list--attachments">{attachments.map(card)}</ul>
        </>
      )}
      {deleting && (
        <ConfirmDialog title={m.deleteTitle} confirmLabel={m.delete} danger onCancel={() => setDeleting(null)} onConfirm={() => void deleteExhibit(deleting.id)}>
          <p dir="auto">{m.deleteBody(deleting.title)}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
