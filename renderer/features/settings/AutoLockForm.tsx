// The idle time after which the vault locks itself (1–240 minutes, VaultSettings schema).
import { useId, useRef, useState, type FormEvent } from 'react'
import { VaultSettings } from '@shared/vault/recordKinds'
import { useSession } from '../../src/session'
import { FormAlert, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useFormErrors } from '../../src/ui/formErrors'
import { uiMessages } from '../../src/ui/messages'
import { settingsMessages as m } from './messages'

export function AutoLockForm() {
  const session = useSession()
  const [value, setValue] = useState(String(session.settings.autoLockMinutes))
  const [saved, setSaved] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, fail, clear } = useFormErrors(formRef)
  const headingId = useId()

  async function submit(e: FormEvent) {
    e.preventDefault()
    setSaved(null)
    setFailure(null)
    const text = value.trim()
    if (!/^\d{1,4}$/.test(text)) {
      fail({ autoLockMinutes: m.autoLockNotNumber })
      return
    }
    const parsed = VaultSettings.safeParse({ ...session.settings, autoLockMinutes: Number(text) })
    if (!parsed.success) {
      fail(errorsFromIssues(parsed.error.issues, () => undefined))
      return
    }
    clear()
    try {
      const next = await session.saveSettings(parsed.data)
      setSaved(m.autoLockSaved(next.autoLockMinutes))
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.autoLockTitle}</h2>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <FormAlert>{failure}</FormAlert>
        <TextField
          id="settings-autoLockMinutes"
          label={m.autoLockMinutes}
          hint={m.autoLockHint}
          inputMode="numeric"
          value={value}
          onChange={(v) => {
            setValue(v)
            setSaved(null)
            clear()
          }}
          error={errors.autoLockMinutes}
          className="field--narrow"
        />
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {m.autoLockSave}
          </button>
        </div>
        {saved && (
          <p className="form-success" role="status">
            {saved}
          </p>
        )}
      </form>
    </section>
  )
}
