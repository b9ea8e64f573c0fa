// What deadline features may carry out of the vault: client names in desktop notifications and in
// calendar files (both off by default, each with its warning), and the name the daily log records.
import { useId, useRef, useState, type FormEvent } from 'react'
import { VaultSettings } from '@shared/vault/recordKinds'
import { useUnsavedChanges } from '../../src/navigation'
import { useSession } from '../../src/session'
import { CheckboxField, FormAlert, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useFormErrors } from '../../src/ui/formErrors'
import { uiMessages } from '../../src/ui/messages'
import { settingsMessages as m } from './messages'

export function DeadlineSettingsForm() {
  const session = useSession()
  const [initial, setInitial] = useState(() => ({
    notificationsShowClientNames: session.settings.notificationsShowClientNames,
    calendarShowClientNames: session.settings.calendarShowClientNames,
    actorName: session.settings.actorName
  }))
  const [draft, setDraft] = useState(initial)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, fail, clear, clearField } = useFormErrors(formRef)
  const headingId = useId()
  const dirty = JSON.stringify(initial) !== JSON.stringify(draft)
  useUnsavedChanges(dirty && !saving)

  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setSaved(false)
    clearField(key)
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    setSaved(false)
    setFailure(null)
    const parsed = VaultSettings.safeParse({ ...session.settings, ...draft })
    if (!parsed.success) {
      fail(errorsFromIssues(parsed.error.issues, (p) => (p === 'actorName' ? m.actorName : undefined)))
      return
    }
    clear()
    setSaving(true)
    try {
      const next = await session.saveSettings(parsed.data)
      const stored = { notificationsShowClientNames: next.notificationsShowClientNames, calendarShowClientNames: next.calendarShowClientNames, actorName: next.actorName }
      setInitial(stored)
      setDraft(stored)
      setSaved(true)
    } catch {
      setFailure(uiMessages.saveFailed)
    }
    setSaving(false)
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.privacyTitle}</h2>
      <p className="muted">{m.privacyIntro}</p>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <FormAlert>{failure}</FormAlert>
        <CheckboxField
          id="settings-notificationsShowClientNames"
          label={m.notificationNames}
          checked={draft.notificationsShowClientNames}
          onChange={(v) => set('notificationsShowClientNames', v)}
          description={m.notificationNamesWarning}
          warning
        />
        <CheckboxField
          id="settings-calendarShowClientNames"
          label={m.calendarNames}
          checked={draft.calendarShowClientNames}
          onChange={(v) => set('calendarShowClientNames', v)}
          description={m.calendarNamesWarning}
          warning
        />
        <TextField
          id="settings-actorName"
          label={m.actorName}
          hint={m.actorNameHint}
          required
          dirAuto
          value={draft.actorName}
          onChange={(v) => set('actorName', v)}
          error={errors.actorName}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? uiMessages.saving : m.privacySave}
          </button>
        </div>
        {saved && (
          <p className="form-success" role="status">
            {m.privacySaved}
          </p>
        )}
      </form>
    </section>
  )
}
