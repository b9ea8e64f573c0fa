// Change the vault passphrase: only the wrapped data key is rewritten (VaultController.changePassphrase).
import { useEffect, useId, useMemo, useRef, useState, type ComponentProps, type FormEvent } from 'react'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { useVaultController } from '../../vault/vaultHooks'
import { nextPaint } from '../access/nextPaint'
import { PassphraseStrength } from '../access/PassphraseStrength'
import { settingsMessages as m } from './messages'

export function ChangePassphraseForm() {
  const controller = useVaultController()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const currentRef = useRef<HTMLInputElement>(null)
  const ids = { heading: useId(), current: useId(), next: useId(), confirm: useId(), strength: useId(), error: useId() }
  const assessment = useMemo(() => assessPassphrase(next, confirmation === '' ? undefined : confirmation), [next, confirmation])
  // Back to the current-passphrase field once it is enabled again after a refusal.
  useEffect(() => {
    if (!busy && error === m.wrongCurrent) currentRef.current?.focus()
  }, [busy, error])
  const canChange = current !== '' && assessment.acceptable && confirmation === next && !busy

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!canChange) return
    setBusy(true)
    setError(null)
    setDone(false)
    await nextPaint()
    try {
      const ok = await controller.changePassphrase(current, next, confirmation)
      if (ok) {
        setDone(true)
        setCurrent('')
        setNext('')
        setConfirmation('')
      } else {
        setError(m.wrongCurrent)
        setCurrent('')
      }
    } catch {
      setError(m.changeFailed)
    }
    setBusy(false)
  }

  const input = (id: string, label: string, value: string, set: (v: string) => void, extra: ComponentProps<'input'> = {}) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        value={value}
        onChange={(e) => {
          set(e.target.value)
          setDone(false)
        }}
        disabled={busy}
        spellCheck={false}
        {...extra}
      />
    </div>
  )

  return (
    <section className="panel" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{m.passphraseTitle}</h2>
      <p className="muted">{m.passphraseIntro}</p>
      <form className="stack narrow" onSubmit={submit} noValidate aria-busy={busy}>
        {input(ids.current, m.currentPassphrase, current, setCurrent, {
          ref: currentRef,
          autoComplete: 'current-password',
          'aria-invalid': error === m.wrongCurrent ? true : undefined,
          'aria-describedby': error ? ids.error : undefined
        })}
        {input(ids.next, m.newPassphrase, next, setNext, { autoComplete: 'new-password', 'aria-describedby': ids.strength })}
        <PassphraseStrength id={ids.strength} assessment={assessment} empty={next === ''} />
        {input(ids.confirm, m.confirmPassphrase, confirmation, setConfirmation, { autoComplete: 'new-password' })}
        {error && (
          <p className="form-alert" role="alert" id={ids.error}>
            {error}
          </p>
        )}
        {done && (
          <p className="form-success" role="status">
            {m.changed}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={!canChange}>
          {busy ? m.changing : m.changePassphrase}
        </button>
      </form>
    </section>
  )
}
