// Settings → Restore from a backup (issue 6, part 2) into this, unlocked vault: choose the file
// and its passphrase, check it (nothing written), see what would be added, updated or kept under
// the chosen policy, confirm, then the all-or-nothing restore with progress and Cancel.
import { useId, useState } from 'react'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { useVaultController } from '../../vault/vaultHooks'
import type { RestoreOutcome } from '../../restore/restoreWriter'
import { RestoreProgressBar } from './RestoreProgressBar'
import { RestorePreview, planTotals } from './RestorePreview'
import { RestoreSourceFields } from './RestoreSourceFields'
import { useRestoreCheck } from './useRestoreCheck'
import { restoreMessages as m } from './restoreMessages'

export function RestorePanel() {
  const [open, setOpen] = useState(false)
  const headingId = useId()
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.panelTitle}</h2>
      <p className="muted">{m.panelIntro}</p>
      {open ? (
        <RestoreIntoThisVault onClose={() => setOpen(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {m.openForm}
        </button>
      )}
    </section>
  )
}

function RestoreIntoThisVault({ onClose }: { onClose: () => void }) {
  const controller = useVaultController()
  const state = useRestoreCheck()
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null)
  const { check, file } = state
  const restoring = state.work?.kind === 'restoring'

  async function restore() {
    setConfirming(false)
    if (!check || !file) return
    setOutcome(null)
    const done = await state.runRestore((options) => controller.restoreIntoThisVault(file, state.passphrase, check, options))
    if (done) {
      setOutcome(done)
      state.setPassphrase('') // also drops the check: the vault has changed since it was planned
    }
  }

  const totals = check ? planTotals(check) : null
  return (
    <div className="stack restore-flow">
      <RestoreSourceFields state={state} autoFocus />
      {check && totals && (
        <>
          <RestorePreview check={check} onPolicy={state.choosePolicy} disabled={restoring} />
          {restoring ? (
            <>
              <RestoreProgressBar progress={state.work?.progress ?? null} fileBytes={check.fileBytes} />
              <button type="button" className="button" onClick={state.cancel}>
                {m.cancel}
              </button>
            </>
          ) : (
            <button type="button" className="button button--primary" disabled={check.plan.unchanged} onClick={() => setConfirming(true)}>
              {m.restore}
            </button>
          )}
          {state.error?.during === 'restoring' && (
            <p className="form-alert" role="alert">
              {state.error.text}
            </p>
          )}
          {confirming && (
            <ConfirmDialog title={m.confirmTitle} confirmLabel={m.confirm} onCancel={() => setConfirming(false)} onConfirm={() => void restore()}>
              <p>{m.confirmAdds(totals.add)}</p>
              {totals.update > 0 && <p>{m.confirmUpdates(totals.update)}</p>}
              {totals.keep > 0 && <p>{m.confirmKeeps(totals.keep)}</p>}
              <p>{m.confirmNothingDeleted}</p>
            </ConfirmDialog>
          )}
        </>
      )}
      {outcome && (
        <p className="form-success" role="status">
          {m.restored(outcome.added, outcome.updated, outcome.kept, outcome.files)}
        </p>
      )}
      {!state.work && (
        <button type="button" className="button button--quiet" onClick={onClose}>
          {m.closeForm}
        </button>
      )}
    </div>
  )
}
