// Record or edit a public concern about a country. A validation error or a failed save keeps the
// form open with everything typed in it; each problem is shown under its field.
import { useRef, useState, type FormEvent } from 'react'
import type { CountryConcern } from '@shared/countryProfiles/countryConcern'
import { useUnsavedChanges } from '../../src/navigation'
import { FormAlert, TextAreaField, TextField } from '../../src/ui/fields'
import { useDirty, useFormErrors } from '../../src/ui/formErrors'
import { FormActions } from '../../src/ui/FormActions'
import { checkConcern, draftOf, type ConcernDraft } from './concernDraft'
import { countryProfileMessages as m } from './messages'

interface Props {
  country: string
  existing?: CountryConcern
  onSave: (concern: CountryConcern) => Promise<void>
  onCancel: () => void
}

export function ConcernForm({ country, existing, onSave, onCancel }: Props) {
  const [initial] = useState<ConcernDraft>(() => draftOf(existing))
  const [draft, setDraft] = useState(initial)
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clearField } = useFormErrors(formRef)
  useUnsavedChanges(useDirty(initial, draft) && !saving)
  const headingId = existing ? `concern-form-heading-${existing.id}` : 'concern-form-heading'
  const idPrefix = existing ? `concern-${existing.id.slice(0, 8)}` : 'concern-new'

  const set = (key: keyof ConcernDraft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    clearField(key)
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const checked = checkConcern(draft, country, existing)
    if (!checked.ok) {
      fail(checked.errors)
      return
    }
    setSaving(true)
    setSaveError(null)
    try {
      await onSave(checked.concern)
    } catch {
      setSaveError(m.saveFailed)
      setSaving(false)
    }
  }

  return (
    <form ref={formRef} className="stack inline-form concern-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{existing ? m.editConcernTitle : m.newConcernTitle}</h3>
      <FormAlert>{count > 0 ? m.formHasErrors(count) : saveError}</FormAlert>
      <TextField id={`${idPrefix}-title`} label={m.fields.reportTitle} required dirAuto value={draft.reportTitle} onChange={(v) => set('reportTitle', v)} error={errors.reportTitle} />
      <div className="grid-2">
        <TextField id={`${idPrefix}-publisher`} label={m.fields.publisher} required dirAuto value={draft.publisher} onChange={(v) => set('publisher', v)} error={errors.publisher} />
        <TextField
          id={`${idPrefix}-date`}
          label={m.fields.date}
          required
          hint={m.hints.date}
          placeholder="yyyy-mm-dd"
          value={draft.date}
          onChange={(v) => set('date', v)}
          error={errors.date}
          className="field--date"
        />
      </div>
      <TextField id={`${idPrefix}-link`} label={m.fields.link} required hint={m.hints.link} placeholder="https://" value={draft.link} onChange={(v) => set('link', v)} error={errors.link} />
      <TextAreaField id={`${idPrefix}-says`} label={m.fields.whatItSays} required hint={m.hints.whatItSays} rows={4} value={draft.whatItSays} onChange={(v) => set('whatItSays', v)} error={errors.whatItSays} />
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={m.save} saving={saving} />
    </form>
  )
}
