// First run: choose the vault passphrase. There is no recovery, so the screen says so plainly and
// asks the lawyer to acknowledge it before the vault is created.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { useVaultController } from '../../vault/vaultHooks'
import { AccessLayout } from './AccessLayout'
import { PassphraseStrength } from './PassphraseStrength'
import { accessMessages as m } from './messages'
import { nextPaint } from './nextPaint'
import { RestoreNewVaultScreen } from '../restore/RestoreNewVaultScreen'
import { restoreMessages } from '../restore/restoreMessages'

export function FirstRunScreen() {
  const controller = useVaultController()
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [show, setShow] = useState(false)
  const [understood, setUnderstood] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [restoring, setRestoring] = useState(false)
  const firstField = useRef<HTMLInputElement>(null)
  const ids = { pass: useId(), confirm: useId(), strength: useId(), warning: useId(), understand: useId() }

  useEffect(() => firstField.current?.focus(), [restoring])

  // The mismatch problem only once something has been typed in the confirmation field.
  const shown = useMemo(() => assessPassphrase(passphrase, confirmation === '' ? undefined : confirmation), [passphrase, confirmation])
  const acceptable = shown.acceptable && confirmation === passphrase
  const canCreate = acceptable && understood && !busy

  if (restoring) return <RestoreNewVaultScreen onBack={() => setRestoring(false)} />

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!canCreate) return
    setBusy(true)
    setError(null)
    await nextPaint()
    try {
      await controller.create(passphrase, confirmation) // on success the gate shows the app
    } catch {
      setError(m.createFailed)
      setBusy(false)
    }
  }

  return (
    <AccessLayout title={m.firstRunTitle}>
      <p>{m.firstRunIntro}</p>
      <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor={ids.pass}>{m.passphrase}</label>
          <input
            id={ids.pass}
            ref={firstField}
            type={show ? 'text' : 'password'}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="new-password"
            aria-describedby={ids.strength}
            disabled={busy}
            spellCheck={false}
          />
        </div>
        <PassphraseStrength id={ids.strength} assessment={shown} empty={passphrase === ''} />
        <div className="field">
          <label htmlFor={ids.confirm}>{m.confirmation}</label>
          <input
            id={ids.confirm}
            type={show ? 'text' : 'password'}
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value)}
            autoComplete="new-password"
            disabled={busy}
            spellCheck={false}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
          {m.showPassphrase}
        </label>
        <div className="warning-box">
          <p className="warning-box__title">{m.noRecoveryTitle}</p>
          <p id={ids.warning}>{m.noRecovery}</p>
          <label className="checkbox">
            <input
              id={ids.understand}
              type="checkbox"
              checked={understood}
              onChange={(e) => setUnderstood(e.target.checked)}
              aria-describedby={ids.warning}
              required
              disabled={busy}
            />
            {m.understand}
          </label>
        </div>
        {error && (
          <p className="form-alert" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary button--wide" disabled={!canCreate}>
          {busy ? m.creating : m.create}
        </button>
        {busy && (
          <p className="access__working" role="status">
            <span className="spinner" aria-hidden="true" />
            {m.creating}
          </p>
        )}
      </form>
      <button type="button" className="button button--quiet" onClick={() => setRestoring(true)} disabled={busy}>
        {restoreMessages.firstRunEntry}
      </button>
    </AccessLayout>
  )
}
