// The two small forms of the Rule packs page: fork a shipped pack, and start a new pack.
import { useId, useRef, useState, type FormEvent } from 'react'
import { RulePack } from '@shared/rules'
import { useUnsavedChanges } from '../../src/navigation'
import { countryOptions } from '../../src/ui/countries'
import { FormAlert, SelectField, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useFormErrors } from '../../src/ui/formErrors'
import { useSaveAction } from '../../src/ui/saveAction'
import { deadlineMessages as m } from './messages'
import { packIdFromName } from './ruleDraft'
import { FormActions } from '../../src/ui/FormActions'



export function ForkForm({ pack, takenIds, onSave, onCancel }: { pack: RulePack; takenIds: ReadonlySet<string>; onSave: (id: string, name: string) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState('')
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, fail, clearField } = useFormErrors(formRef)
  const uid = useId()
  useUnsavedChanges(name.trim() !== '' && !saving)
  const newId = packIdFromName(name, takenIds)

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = RulePack.shape.name.safeParse(name)
    if (!parsed.success) {
      fail({ name: errorsFromIssues(parsed.error.issues, () => m.forkName)[''] ?? m.forkName })
      return
    }
    await runSave(() => onSave(newId, parsed.data))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <h3 id={`${uid}-heading`}>{m.forkTitle(pack.name)}</h3>
      <FormAlert>{saveError}</FormAlert>
      <TextField
        id={`${uid}-name`}
        label={m.forkName}
        hint={`${m.forkNameHint}. ${m.forkId(newId)}`}
        required
        dirAuto
        value={name}
        onChange={(v) => {
          setName(v)
          clearField('name')
        }}
        error={errors.name}
      />
      <p className="muted">{m.forkReplaces}</p>
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={m.forkSave} saving={saving} />
    </form>
  )
}

export function NewPackForm({ onSave, onCancel }: { onSave: (name: string, jurisdiction: string) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState('')
  const [jurisdiction, setJurisdiction] = useState('INT')
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, fail, clearField } = useFormErrors(formRef)
  const uid = useId()
  useUnsavedChanges(name.trim() !== '' && !saving)
  const options = [{ value: 'INT', label: m.jurisdictionInt }, ...countryOptions().map((c) => ({ value: c.code, label: c.name }))]

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = RulePack.shape.name.safeParse(name)
    if (!parsed.success) {
      fail({ name: errorsFromIssues(parsed.error.issues, () => m.packName)[''] ?? m.packName })
      return
    }
    await runSave(() => onSave(parsed.data, jurisdiction))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`}>{m.newPackTitle}</h2>
      <FormAlert>{saveError}</FormAlert>
      <div className="grid-2">
        <TextField
          id={`${uid}-name`}
          label={m.packName}
          required
          dirAuto
          value={name}
          onChange={(v) => {
            setName(v)
            clearField('name')
          }}
          error={errors.name}
        />
        <SelectField id={`${uid}-jurisdiction`} label={m.jurisdiction} value={jurisdiction} options={options} onChange={setJurisdiction} />
      </div>
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={m.savePack} saving={saving} />
    </form>
  )
}
