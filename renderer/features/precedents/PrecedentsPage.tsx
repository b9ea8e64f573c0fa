// The precedents library (issue 8): the reference set (read-only) and the lawyer's own entries,
// searchable and filtered by ground and kind; own entries can be added, edited and deleted.
import { useState } from 'react'
import { GroundId } from '@shared/petitions'
import { PRECEDENT_KINDS, matchesQuery, type Precedent } from '@shared/precedents'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert, SelectField, TextField } from '../../src/ui/fields'
import { PageHeading } from '../../src/ui/PageHeading'
import { PrecedentCard } from './PrecedentCard'
import { PrecedentForm } from './PrecedentForm'
import { deleteOwnPrecedent, saveOwnPrecedent, usePrecedentLibrary } from './precedentLibrary'
import { precedentMessages as m } from './messages'
import './precedents.css'
import { RecordActions } from '../../src/ui/RecordActions'

export function PrecedentsPage() {
  const session = useSession()
  const library = usePrecedentLibrary()
  const [query, setQuery] = useState('')
  const [ground, setGround] = useState('')
  const [kind, setKind] = useState('')
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Precedent | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const shown = library.all.filter((p) => (ground === '' || p.groundIds.includes(ground as GroundId)) && (kind === '' || p.kind === kind) && matchesQuery(p, query))

  const save = async (entry: Precedent) => {
    await saveOwnPrecedent(session, entry)
    await library.reload()
    setEditing(null)
    setFailure(null)
  }
  const remove = async (entry: Precedent) => {
    setDeleting(null)
    try {
      await deleteOwnPrecedent(session, entry.id)
      await library.reload()
      setFailure(null)
    } catch {
      setFailure(m.deleteFailed)
    }
  }

  return (
    <div className="page">
      <div className="page-title-row">
        <PageHeading>{m.title}</PageHeading>
        {editing === null && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {m.newPrecedent}
          </button>
        )}
      </div>
      <p className="muted">{m.intro}</p>
      <FormAlert>{failure ?? (library.loadFailed ? m.loadFailed : null)}</FormAlert>
      {editing === 'new' && <PrecedentForm onSave={save} onCancel={() => setEditing(null)} />}
      <div className="precedent-filters" role="search">
        <TextField id="precedent-search" type="search" label={m.search} hint={m.searchHint} dirAuto value={query} onChange={setQuery} />
        <SelectField
          id="precedent-filter-ground"
          label={m.filterGround}
          value={ground}
          options={[{ value: '', label: m.allGrounds }, ...GroundId.options.map((g) => ({ value: g, label: m.groundLabels[g] }))]}
          onChange={setGround}
        />
        <SelectField id="precedent-filter-kind" label={m.filterKind} value={kind} options={[{ value: '', label: m.allKinds }, ...PRECEDENT_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))]} onChange={setKind} />
      </div>
      <p className="muted" role="status">
        {m.resultCount(shown.length)}
      </p>
      {shown.length === 0 && <p className="empty-state">{m.noMatch}</p>}
      <ul className="precedent-list">
        {shown.map((p) =>
          editing === p.id ? (
            <li key={p.id}>
              <PrecedentForm existing={p} onSave={save} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={p.id}>
              <PrecedentCard
                precedent={p}
                headingLevel={2}
                actions={
                  p.origin === 'reference-set' ? (
                    <p className="field-hint">{m.referenceSetNote}</p>
                  ) : (
                    editing === null && (
                      <RecordActions editLabel={m.edit} deleteLabel={m.delete} editName={m.named(m.edit, p.citation)} deleteName={m.named(m.delete, p.citation)} onEdit={() => setEditing(p.id)} onDelete={() => setDeleting(p)} />
                    )
                  )
                }
              />
            </li>
          )
        )}
      </ul>
      {deleting && (
        <ConfirmDialog title={m.deleteTitle(deleting.citation)} confirmLabel={m.delete} danger onCancel={() => setDeleting(null)} onConfirm={() => void remove(deleting)}>
          <p>{m.deleteBody}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
