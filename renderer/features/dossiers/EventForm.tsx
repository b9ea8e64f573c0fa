// Add a dated event to the timeline (border stop, arrest, CCF reply…), optionally tied to a matter.
import { useRef, useState, type FormEvent } from 'react'
import { TimelineEvent, type Matter } from '@shared/domain'
import { useUnsavedChanges } from '../../src/navigation'
import { DateField, FormAlert, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useDirty, useFormErrors } from '../../src/ui/formErrors'
import { useSaveAction } from '../../src/ui/saveAction'
import { uiMessages } from '../../src/ui/messages'
import { optional } from './clientDraft'
import { matterLabel } from './matterDraft'
import { dossierMessages as m, eventTypeLabels, optionsOf } from './messages'

interface Props {
  matters: readonly Matter[]
  onSave: (event: TimelineEvent) => Promise<void>
  onCancel: () => void
}

const TYPE_OPTIONS = optionsOf(eventTypeLabels)
const EMPTY = { type: 'border-stop' as TimelineEvent['type'], date: '', summary: '', details: '', matterId: '' }

export function EventForm({ matters, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(EMPTY)
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clearField } = useFormErrors(formRef)
  useUnsavedChanges(useDirty(EMPTY, draft) && !saving)
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    clearField(key)
  }
  const matterOptions = [{ value: '', label: m.noRelatedMatter }, ...matters.map((x) => ({ value: x.id, label: matterLabel(x) }))]

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = TimelineEvent.safeParse({
      id: crypto.randomUUID(),
      matterId: optional(draft.matterId),
      type: draft.type,
      date: draft.date.trim(),
      summary: draft.summary,
      details: draft.details,
      createdAt: new Date().toISOString()
    })
    if (!parsed.success) {
      fail(errorsFromIssues(parsed.error.issues, (p) => (p === 'date' ? m.eventDate : undefined)))
      return
    }
    await runSave(() => onSave(parsed.data))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby="event-form-heading">
      <h3 id="event-form-heading">{m.addEvent}</h3>
      <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : saveError}</FormAlert>
      <div className="grid-3">
        <SelectField id="event-type" label={m.eventType} value={draft.type} options={TYPE_OPTIONS} onChange={(v) => set('type', v as typeof draft.type)} error={errors.type} />
        <DateField id="event-date" label={m.eventDate} required value={draft.date} onChange={(v) => set('date', v)} error={errors.date} />
        <SelectField id="event-matter" label={m.relatedMatter} value={draft.matterId} options={matterOptions} onChange={(v) => set('matterId', v)} error={errors.matterId} />
      </div>
      <TextField id="event-summary" label={m.eventSummary} required dirAuto value={draft.summary} onChange={(v) => set('summary', v)} error={errors.summary} />
      <TextAreaField id="event-details" label={m.eventDetails} value={draft.details} onChange={(v) => set('details', v)} error={errors.details} />
      <div className="button-row button-row--end">
        <button type="button" className="button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? uiMessages.saving : m.saveEvent}
        </button>
      </div>
    </form>
  )
}
