// Add or edit a dated event on the timeline (border stop, arrest, CCF reply…), optionally tied to a
// matter. CCF procedure events say which request they concern (the Statute's time limits differ by
// request type), and an extension or a submission deadline carries the date the CCF set.
import { useId, useRef, useState, type FormEvent } from 'react'
import { TimelineEvent, type CcfRequestType, type Matter } from '@shared/domain'
import { useUnsavedChanges } from '../../src/navigation'
import { DateField, FormAlert, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useDirty, useFormErrors, type FieldErrors } from '../../src/ui/formErrors'
import { useSaveAction } from '../../src/ui/saveAction'
import { uiMessages } from '../../src/ui/messages'
import { optional } from './clientDraft'
import { matterLabel } from './matterDraft'
import { DATE_SET_EVENTS, REQUEST_TYPE_EVENTS, REQUEST_TYPE_REQUIRED, dossierMessages as m, eventTypeLabels, optionsOf, requestTypeLabels } from './messages'
import { FormActions } from '../../src/ui/FormActions'

interface Props {
  matters: readonly Matter[]
  /** The event being edited; a new one when omitted. */
  existing?: TimelineEvent
  onSave: (event: TimelineEvent) => Promise<void>
  onCancel: () => void
}

const EMPTY = {
  type: 'border-stop' as TimelineEvent['type'],
  date: '',
  summary: '',
  details: '',
  matterId: '',
  requestType: '' as '' | CcfRequestType,
  newDueDate: ''
}
type EventDraft = typeof EMPTY

function draftFrom(e: TimelineEvent): EventDraft {
  return {
    type: e.type,
    date: e.date,
    summary: e.summary,
    details: e.details,
    matterId: e.matterId ?? '',
    requestType: e.requestType ?? '',
    newDueDate: e.newDueDate ?? ''
  }
}

function errorLabel(path: string): string | undefined {
  if (path === 'date') return m.eventDate
  if (path === 'newDueDate') return m.newDueDate
  return undefined
}

export function EventForm({ matters, existing, onSave, onCancel }: Props) {
  const [initial] = useState<EventDraft>(() => (existing ? draftFrom(existing) : EMPTY))
  const [draft, setDraft] = useState(initial)
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clearField } = useFormErrors(formRef)
  const uid = useId()
  const id = (f: string) => (existing ? `event-${existing.id}-${f}` : `event-${f}`)
  const headingId = `${uid}-heading`
  useUnsavedChanges(useDirty(initial, draft) && !saving)
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    clearField(key)
  }
  const matterOptions = [{ value: '', label: m.noRelatedMatter }, ...matters.map((x) => ({ value: x.id, label: matterLabel(x) }))]
  const showRequestType = REQUEST_TYPE_EVENTS.has(draft.type)
  const requestTypeRequired = REQUEST_TYPE_REQUIRED.has(draft.type)
  const showDateSet = DATE_SET_EVENTS.has(draft.type)
  const requestOptions = [
    { value: '', label: requestTypeRequired ? m.requestTypeChoose : m.requestTypeNone },
    ...optionsOf(requestTypeLabels)
  ]

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = TimelineEvent.safeParse({
      id: existing?.id ?? crypto.randomUUID(),
      matterId: optional(draft.matterId),
      type: draft.type,
      date: draft.date.trim(),
      summary: draft.summary,
      details: draft.details,
      // Only the fields this type of event shows are kept.
      requestType: showRequestType && draft.requestType ? draft.requestType : undefined,
      newDueDate: showDateSet ? optional(draft.newDueDate.trim()) : undefined,
      createdAt: existing?.createdAt ?? new Date().toISOString()
    })
    const extra: Record<string, string> = {}
    if (requestTypeRequired && !draft.requestType) extra.requestType = m.requestTypeRequired
    if (showDateSet && !draft.newDueDate.trim()) extra.newDueDate = m.newDueDateRequired
    const schemaErrors: FieldErrors = parsed.success ? {} : errorsFromIssues(parsed.error.issues, errorLabel)
    if (!parsed.success || Object.keys(extra).length > 0) {
      fail({ ...schemaErrors, ...extra })
      return
    }
    await runSave(() => onSave(parsed.data))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{existing ? m.editEventTitle : m.addEvent}</h3>
      <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : saveError}</FormAlert>
      <div className="grid-3">
        <SelectField id={id('type')} label={m.eventType} value={draft.type} options={optionsOf(eventTypeLabels)} onChange={(v) => set('type', v as EventDraft['type'])} error={errors.type} />
        <DateField id={id('date')} label={m.eventDate} required value={draft.date} onChange={(v) => set('date', v)} error={errors.date} />
        <SelectField id={id('matter')} label={m.relatedMatter} value={draft.matterId} options={matterOptions} onChange={(v) => set('matterId', v)} error={errors.matterId} />
      </div>
      {(showRequestType || showDateSet) && (
        <div className="grid-3">
          {showRequestType && (
            <SelectField
              id={id('requestType')}
              label={m.requestType}
              hint={m.requestTypeHint}
              required={requestTypeRequired}
              value={draft.requestType}
              options={requestOptions}
              onChange={(v) => set('requestType', v as EventDraft['requestType'])}
              error={errors.requestType}
            />
          )}
          {showDateSet && (
            <TextField
              id={id('newDueDate')}
              label={m.newDueDate}
              hint={m.newDueDateHint}
              placeholder={uiMessages.datePlaceholder}
              required
              value={draft.newDueDate}
              onChange={(v) => set('newDueDate', v)}
              error={errors.newDueDate}
              className="field--date"
            />
          )}
        </div>
      )}
      <TextField id={id('summary')} label={m.eventSummary} required dirAuto value={draft.summary} onChange={(v) => set('summary', v)} error={errors.summary} />
      <TextAreaField id={id('details')} label={m.eventDetails} value={draft.details} onChange={(v) => set('details', v)} error={errors.details} />
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={existing ? m.saveEventChanges : m.saveEvent} saving={saving} />
    </form>
  )
}
