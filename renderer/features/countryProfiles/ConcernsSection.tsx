// The public concerns the lawyer recorded about one country: list, record, edit, delete (after
// asking). The link is shown as text and never opened: the app works offline.
import { useState } from 'react'
import type { CountryConcern } from '@shared/countryProfiles/countryConcern'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { countryName } from '../../src/ui/countries'
import { FormAlert } from '../../src/ui/fields'
import { ConcernForm } from './ConcernForm'
import { formatReportDate } from './concernDates'
import { countryProfileMessages as m } from './messages'
import { RecordActions } from '../../src/ui/RecordActions'

export function ConcernsSection({ country }: { country: string }) {
  const session = useSession()
  const concerns = session.countryConcerns.forCountry(country)
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const [deleting, setDeleting] = useState<CountryConcern | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const save = async (concern: CountryConcern) => {
    await session.countryConcerns.save(concern)
    setEditing(null)
  }
  const remove = async (id: string) => {
    setDeleting(null)
    setFailure(null)
    try {
      await session.countryConcerns.delete(id)
    } catch {
      setFailure(m.saveFailed)
    }
  }

  return (
    <section className="panel" aria-labelledby="concerns-heading">
      <div className="panel__head">
        <h2 id="concerns-heading">{m.concernsHeading}</h2>
        {editing === null && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {m.addConcern}
          </button>
        )}
      </div>
      <FormAlert>{failure}</FormAlert>
      {editing === 'new' && <ConcernForm country={country} onSave={save} onCancel={() => setEditing(null)} />}
      {concerns.length === 0 && editing !== 'new' && <p className="muted">{m.concernsNone}</p>}
      <ul className="concern-list">
        {concerns.map((c) =>
          editing === c.id ? (
            <li key={c.id}>
              <ConcernForm country={country} existing={c} onSave={save} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={c.id} className="concern-card">
              <ConcernFacts concern={c} />
              {editing === null && (
                <RecordActions editLabel={m.edit} deleteLabel={m.delete} editName={m.actionOn(m.edit, c.reportTitle)} deleteName={m.actionOn(m.delete, c.reportTitle)} onEdit={() => setEditing(c.id)} onDelete={() => setDeleting(c)} />
              )}
            </li>
          )
        )}
      </ul>
      {deleting && (
        <ConfirmDialog title={m.deleteTitle} confirmLabel={m.delete} cancelLabel={m.cancel} danger onCancel={() => setDeleting(null)} onConfirm={() => void remove(deleting.id)}>
          <p>{m.deleteBody(deleting.reportTitle, countryName(deleting.country))}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}

/** One recorded report: title, who published it and when, the link as text, and what it says. */
export function ConcernFacts({ concern: c, headingLevel = 3 }: { concern: CountryConcern; headingLevel?: 3 | 6 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h6'
  return (
    <article className="concern">
      <Heading className="concern__title" dir="auto">
        {c.reportTitle}
      </Heading>
      <p className="concern__source">
        <span dir="auto">{c.publisher}</span> · <time dateTime={c.date}>{formatReportDate(c.date)}</time>
      </p>
      <p className="concern__link">
        <span className="muted">{m.linkLabel}: </span>
        <span dir="ltr" className="concern__url">
          {c.link}
        </span>
      </p>
      <p className="concern__says" dir="auto">
        {c.whatItSays}
      </p>
    </article>
  )
}
