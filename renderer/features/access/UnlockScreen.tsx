// Unlock with the passphrase. Wrong attempts are refused without changing anything; after a few,
// the vault makes the lawyer wait (the wait survives a reload: it is stored with the keyring).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { LockReason } from '../../vault/vaultController'
import { useVaultController } from '../../vault/vaultHooks'
import { EraseVaultDialog } from '../settings/EraseVaultDialog'
import { settingsMessages } from '../settings/messages'
import { AccessLayout } from './AccessLayout'
import { accessMessages as m } from './messages'
import { nextPaint } from './nextPaint'
import { useCountdown } from './useCountdown'

interface Props {
  reason: LockReason
  /** The auto-lock setting in force when the vault locked itself, if known. */
  idleMinutes: number | undefined
}

function lockNotice(reason: LockReason, idleMinutes: number | undefined): string | null {
  switch (reason) {
    case 'idle':
      return idleMinutes === undefined ? m.lockedIdleUnknown : m.lockedIdle(idleMinutes)
    case 'lock-screen':
      return m.lockedScreen
    case 'suspend':
      return m.lockedSuspend
    case 'manual':
    case 'shortcut':
      return m.lockedManual
    case 'startup':
      return null
  }
}

export function UnlockScreen({ reason, idleMinutes }: Props) {
  const controller = useVaultController()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [waitUntil, setWaitUntil] = useState<number | null>(null)
  const [erasing, setErasing] = useState(false)
  const secondsLeft = useCountdown(waitUntil)
  const field = useRef<HTMLInputElement>(null)
  const fieldId = useId()
  const errorId = useId()
  const notice = lockNotice(reason, idleMinutes)

  useEffect(() => {
    field.current?.focus()
    let live = true
    void controller.unlockWaitMs().then((ms) => {
      if (live && ms > 0) setWaitUntil(Date.now() + ms)
    })
    return () => {
      live = false
    }
  }, [controller])

  const waiting = secondsLeft > 0
  useEffect(() => {
    if (!waiting && !busy) field.current?.focus()
  }, [waiting, busy])

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (busy || waiting || passphrase === '') return
    setBusy(true)
    setError(null)
    await nextPaint()
    try {
      const result = await controller.unlock(passphrase)
      if (result.ok) return // the gate replaces this screen
      if (result.reason === 'wrong-passphrase') setError(m.wrongPassphrase)
      if (result.retryAfterMs > 0) setWaitUntil(Date.now() + result.retryAfterMs)
      setPassphrase('')
    } catch {
      setError(m.unlockFailed)
    }
    setBusy(false)
  }

  return (
    <AccessLayout title={m.unlockTitle}>
      {notice && <p className="access__notice">{notice}</p>}
      <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={fieldId}>{m.passphrase}</label>
          <input
            id={fieldId}
            ref={field}
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="current-password"
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
            disabled={busy}
            spellCheck={false}
          />
        </div>
        {error && (
          <p className="form-alert" role="alert" id={errorId}>
            {error}
          </p>
        )}
        {waiting && (
          <p className="form-warning" role="status">
            {m.throttled(secondsLeft)}
          </p>
        )}
        <button type="submit" className="button button--primary button--wide" disabled={busy || waiting}>
          {busy ? m.unlocking : m.unlock}
        </button>
      </form>
      {/* Erasing needs no passphrase: the data is unreadable without it anyway, and at a border there may be no time. */}
      <div className="access__erase">
        <button type="button" className="button button--quiet-danger" onClick={() => setErasing(true)} disabled={busy}>
          {settingsMessages.eraseButton}
        </button>
      </div>
      {erasing && <EraseVaultDialog onCancel={() => setErasing(false)} />}
    </AccessLayout>
  )
}
