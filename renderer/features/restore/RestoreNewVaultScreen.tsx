// First run → "Restore from a backup instead…": check the backup (nothing written), see what it
// holds, choose the passphrase of the vault on this device (the same policy and meter as creating
// a vault; the backup passphrase may be reused), then restore; the app opens on the restored vault.
import { useId, useMemo, useState, type FormEvent } from 'react'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { useVaultController } from '../../vault/vaultHooks'
import { AccessLayout } from '../access/AccessLayout'
import { PassphraseStrength } from '../access/PassphraseStrength'
import { accessMessages } from '../access/messages'
import { RestoreProgressBar } from './RestoreProgressBar'
import { RestorePreview } from './RestorePreview'
import { RestoreSourceFields } from './RestoreSourceFields'
import { useRestoreCheck } from './useRestoreCheck'
import { restoreMessages as m } from './restoreMessages'

export function RestoreNewVaultScreen({ onBack }: { onBack: () => void }) {
  const controller = useVaultController()
  const state = useRestoreCheck()
  const [useBackup, setUseBackup] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [understood, setUnderstood] = useState(false)
  const ids = { heading: useId(), pass: useId(), confirm: useId(), strength: useId(), warning: useId() }
  const chosen = useBackup ? state.passphrase : passphrase
  const repeated = useBackup ? state.passphrase : confirmation
  const shown = useMemo(() => assessPassphrase(chosen, repeated === '' ? undefined : repeated), [chosen, repeated])
  const restoring = state.work?.kind === 'restoring'
  const { check, file } = state
  const canRestore = check !== null && file !== null && shown.acceptable && repeated === chosen && understood && state.work === null

  async function restore(e: FormEvent) {
    e.preventDefault()
    if (!canRestore) return
    // On success the controller is unlocked and the gate replaces this screen with the app.
    await state.runRestore((options) => controller.restoreIntoNewVault(file, state.passphrase, check, chosen, repeated, options))
  }

  return (
    <AccessLayout title={m.newVaultTitle}>
      <div className="stack">
        <p>{m.newVaultIntro}</p>
        <RestoreSourceFields state={state} autoFocus />
        {check && (
          <>
            <RestorePreview check={check} />
            <form className="stack" onSubmit={restore} noValidate aria-busy={restoring} aria-labelledby={ids.heading}>
              <h2 id={ids.heading}>{m.newVaultPassphraseTitle}</h2>
              <label className="checkbox">
                <input type="checkbox" checked={useBackup} onChange={(e) => setUseBackup(e.target.checked)} disabled={restoring} />
                {m.useBackupPassphrase}
              </label>
              {!useBackup && (
                <div className="field">
                  <label htmlFor={ids.pass}>{m.newVaultPassphrase}</label>
                  <input id={ids.pass} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" aria-describedby={ids.strength} disabled={restoring} spellCheck={false} />
                </div>
              )}
              <PassphraseStrength id={ids.strength} assessment={shown} empty={chosen === ''} />
              {!useBackup && (
                <div className="field">
                  <label htmlFor={ids.confirm}>{m.newVaultConfirmation}</label>
                  <input id={ids.confirm} type="password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} autoComplete="new-password" disabled={restoring} spellCheck={false} />
                </div>
              )}
              <div className="warning-box">
                <p className="warning-box__title">{accessMessages.noRecoveryTitle}</p>
                <p id={ids.warning}>{accessMessages.noRecovery}</p>
                <label className="checkbox">
                  <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} aria-describedby={ids.warning} disabled={restoring} />
                  {accessMessages.understand}
                </label>
              </div>
              {state.error?.during === 'restoring' && (
                <p className="form-alert" role="alert">
                  {state.error.text}
                </p>
              )}
              {restoring ? (
                <>
                  <RestoreProgressBar progress={state.work?.progress ?? null} fileBytes={check.fileBytes} />
                  <button type="button" className="button" onClick={state.cancel}>
                    {m.cancel}
                  </button>
                </>
              ) : (
                <button type="submit" className="button button--primary button--wide" disabled={!canRestore}>
                  {m.restoreNewVault}
                </button>
              )}
            </form>
          </>
        )}
        {state.work === null && (
          <button type="button" className="button button--quiet" onClick={onBack}>
            {m.back}
          </button>
        )}
      </div>
    </AccessLayout>
  )
}
