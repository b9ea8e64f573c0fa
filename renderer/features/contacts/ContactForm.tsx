// Create or edit a contact, validated with the Contact schema.
import { useRef, useState, type FormEvent } from 'react'
import { Contact, ContactRole } from '@shared/domain'
import { useUnsavedChanges } from '../../src/navigation'
import { CountrySelect, FormAlert, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useDirty, useFormErrors } from '../../src/ui/formErrors'
import { useSaveAction } from '../../src/ui/saveAction'
import { uiMessages } from '../../src/ui/messages'
import { contactMessages as m, contactRoleLabels } from './messages'
import { FormActions } from '../../src/ui/FormActions'

interface Props {
  existing?: Contact
  onSave: (contact: Contact) => Promise<void>
  onCancel: () => void
}

type Draft = Pick<Contact, 'role' | 'name' | 'organisation' | 'email' | 'phone' | 'notes'> & { country: string }

/** Built at render time, so the labels are in the current UI language. */
function roleOptions() {
  return ContactRole.options.map((value) => ({ value, label: contactRoleLabels[value] }))
}

export function ContactForm({ existing, onSave, onCancel }: Props) {
  const [initial] = useState<Draft>(() => ({
    role: existing?.role ?? 'ccf',
    name: existing?.name ?? '',
    organisation: existing?.organisation ?? '',
    country: existing?.country ?? '',
    email: existing?.email ?? '',
    phone: existing?.phone ?? '',
    notes: existing?.notes ?? ''
  }))
  const [draft, setDraft] = useState(initial)
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clearField } = useFormErrors(formRef)
  useUnsavedChanges(useDirty(initial, draft) && !saving)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    clearField(key)
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const now = new Date().toISOString()
    const parsed = Contact.safeParse({
      ...draft,
      email: draft.email.trim(),
      country: draft.country === '' ? undefined : draft.country,
      id: existing?.id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now
    })
    if (!parsed.success) {
      fail(errorsFromIssues(parsed.error.issues, (p) => (p === 'country' ? m.country : undefined)))
      return
    }
    await runSave(() => onSave(parsed.data))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby="contact-form-heading">
      <h2 id="contact-form-heading">{existing ? m.editTitle : m.newTitle}</h2>
      <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : saveError}</FormAlert>
      <div className="grid-2">
        <TextField id="contact-name" label={m.name} required dirAuto value={draft.name} onChange={(v) => set('name', v)} error={errors.name} />
        <SelectField id="contact-role" label={m.role} value={draft.role} options={roleOptions()} onChange={(v) => set('role', v as Draft['role'])} error={errors.role} />
        <TextField id="contact-organisation" label={m.organisation} dirAuto value={draft.organisation} onChange={(v) => set('organisation', v)} error={errors.organisation} />
        <CountrySelect id="contact-country" label={m.country} value={draft.country} onChange={(v) => set('country', v)} error={errors.country} />
        <TextField id="contact-email" type="email" label={m.email} value={draft.email} onChange={(v) => set('email', v)} error={errors.email} />
        <TextField id="contact-phone" type="tel" label={m.phone} value={draft.phone} onChange={(v) => set('phone', v)} error={errors.phone} />
      </div>
      <TextAreaField id="contact-notes" label={m.notes} value={draft.notes} onChange={(v) => set('notes', v)} error={errors.notes} />
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={m.save} saving={saving} />
    </form>
  )
}
