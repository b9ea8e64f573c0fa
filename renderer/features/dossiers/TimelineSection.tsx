// The dossier's timeline: dated events, oldest first, each optionally tied to a matter.
import { useState } from 'react'
import type { Dossier, TimelineEvent } from '@shared/domain'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { formatDay } from '../../src/locale'
import { uiMessages } from '../../src/ui/messages'
import { EventForm } from './EventForm'
import { matterLabel } from './matterDraft'
import { dossierMessages as m, eventTypeLabels, requestTypeLabels } from './messages'
import { useDossierChange } from './useDossierChange'

export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
}

export function TimelineSection({ dossier }: { dossier: Dossier }) {
  const change = useDossierChange(dossier.id)
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<TimelineEvent | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const matterById = new Map(dossier.matters.map((x) => [x.id, x]))

  const addEvent = async (event: TimelineEvent) => {
    await change((d) => ({ ...d, events: [...d.events, event] }))
    setAdding(false)
  }
  // Same id: the deadlines this event starts keep their keys, so marks and dates set by hand stay.
  const updateEvent = async (event: TimelineEvent) => {
    await change((d) => ({ ...d, events: d.events.map((e) => (e.id === event.id ? event : e)) }))
    setEditing(null)
  }
  const deleteEvent = async (id: string) => {
    setDeleting(null)
    setFailure(null)
    try {
      await change((d) => ({ ...d, events: d.events.filter((e) => e.id !== id) }))
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }

  const events = sortEvents(dossier.events)
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <div className="panel__head">
        <h2 id="timeline-heading">{m.timelineTitle}</h2>
        {!adding && editing === null && (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {m.addEvent}
          </button>
        )}
      </div>
      <FormAlert>{failure}</FormAlert>
      {adding && <EventForm matters={dossier.matters} onSave={addEvent} onCancel={() => setAdding(false)} />}
      {events.length === 0 && !adding && <p className="muted">{m.noEvents}</p>}
      <ol className="timeline">
        {events.map((e) => {
          const matter = e.matterId ? matterById.get(e.matterId) : undefined
          if (editing === e.id) {
            return (
              <li key={e.id} className="timeline__item timeline__item--editing">
                <EventForm matters={dossier.matters} existing={e} onSave={updateEvent} onCancel={() => setEditing(null)} />
              </li>
            )
          }
          const procedure = [e.requestType ? m.requestTypeLine(requestTypeLabels[e.requestType]) : '', e.newDueDate ? m.dateSetLine(formatDay(e.newDueDate)) : '']
            .filter(Boolean)
            .join(' · ')
          return (
            <li key={e.id} className="timeline__item">
              <time dateTime={e.date} className="timeline__date">
                {formatDay(e.date)}
              </time>
              <div className="timeline__body">
                <p className="timeline__title">
                  <span className="event-type">{eventTypeLabels[e.type]}</span>
                  <span dir="auto">{e.summary}</span>
                </p>
                {procedure && <p className="timeline__procedure">{procedure}</p>}
                {matter && <p className="muted timeline__matter">{matterLabel(matter)}</p>}
                {e.details && (
                  <p className="timeline__details" dir="auto">
                    {e.details}
                  </p>
                )}
              </div>
              <div className="button-row timeline__actions">
                {!adding && editing === null && (
                  <button type="button" className="button button--quiet" onClick={() => setEditing(e.id)} aria-label={m.named(m.editEvent, m.eventName(formatDay(e.date), e.summary))}>
                    {m.editEvent}
                  </button>
                )}
                <button type="button" className="button button--quiet-danger" onClick={() => setDeleting(e)} aria-label={m.named(m.deleteEvent, m.eventName(formatDay(e.date), e.summary))}>
                  {m.deleteEvent}
                </button>
              </div>
            </li>
          )
        })}
      </ol>
      {deleting && (
        <ConfirmDialog title={m.deleteEventTitle} confirmLabel={m.deleteEvent} danger onCancel={() => setDeleting(null)} onConfirm={() => void deleteEvent(deleting.id)}>
          <p>{m.deleteEventBody(formatDay(deleting.date), deleting.summary)}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
