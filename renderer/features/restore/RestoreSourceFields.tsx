// The backup file and its passphrase, with "Check backup" (the dry run, nothing written) and its
// progress and Cancel. The fields stay filled after a failure so that the lawyer can retry.
import { useId, type FormEvent } from 'react'
import type { RestoreCheckState } from './useRestoreCheck'
import { RestoreProgressBar } from './RestoreProgressBar'
import { restoreMessages as m } from './restoreMessages'

export function RestoreSourceFields({ state, autoFocus }: { state: RestoreCheckState; autoFocus?: boolean }) {
  const ids = { file: useId(), fileHint: useId(), pass: useId(), passHint: useId() }
  const busy = state.work !== null
  const checking = state.work?.kind === 'checking'
  const canCheck = !busy && state.file !== null && state.passphrase !== ''

  function submit(e: FormEvent) {
    e.preventDefault()
    if (canCheck) void state.runCheck()
  }

  return (
    <form className="stack narrow" onSubmit={submit} noValidate aria-busy={checking}>
      <div className="field">
        <label htmlFor={ids.file}>{m.file}</label>
        <input
          id={ids.file}
          type="file"
          accept=".redress-backup"
          autoFocus={autoFocus}
          onChange={(e) => state.chooseFile(e.target.files?.[0] ?? null)}
          disabled={busy}
          aria-describedby={ids.fileHint}
        />
        <p className="muted" id={ids.fileHint}>
          {m.fileHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.pass}>{m.passphrase}</label>
        <input
          id={ids.pass}
          type="password"
          value={state.passphrase}
          onChange={(e) => state.setPassphrase(e.target.value)}
          disabled={busy}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={ids.passHint}
        />
        <p className="muted" id={ids.passHint}>
          {m.passphraseHint}
        </p>
      </div>
      {checking && <RestoreProgressBar progress={state.work?.progress ?? null} fileBytes={state.file?.size ?? 0} />}
      {state.error?.during === 'checking' && (
        <p className="form-alert" role="alert">
          {state.error.text}
        </p>
      )}
      {checking ? (
        <button type="button" className="button" onClick={state.cancel}>
          {m.cancel}
        </button>
      ) : (
        <button type="submit" className={state.check ? 'button' : 'button button--primary'} disabled={!canCheck}>
          {state.check ? m.checkAgain : m.check}
        </button>
      )}
    </form>
  )
}
