// Runs scheduled backups while the vault is unlocked (mounted in the app shell, so locking stops
// it): checks 20 s after unlock, every 15 minutes, and when Settings changes the schedule. The data key
// never leaves the renderer; main only receives encrypted pieces. A failed run shows a banner.
import { useEffect, useState } from 'react'
import { useVaultSession } from '../../vault/vaultHooks'
import { getPlatform } from '../../platform/platform'
import { onScheduleChanged, runScheduledBackupIfDue } from '../../backup/scheduledBackup'
import { useNavigation } from '../../src/navigation'
import { scheduleMessages as m } from './scheduleMessages'

const CHECK_EVERY_MS = 15 * 60 * 1000
/** Not in the very second of unlocking: the lawyer usually opened the vault to do something. */
const FIRST_CHECK_AFTER_MS = 20 * 1000

export function ScheduledBackupRunner() {
  const session = useVaultSession()
  const { navigate } = useNavigation()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const platform = getPlatform()
    if (platform.kind !== 'electron') return
    let stopped = false
    const check = () => {
      let vault
      try {
        vault = session.backupAccess()
      } catch {
        return // locked meanwhile: this component is being unmounted
      }
      runScheduledBackupIfDue(vault, platform).then(
        (run) => {
          if (stopped || !run.ran) return
          setFailure(run.ok ? null : run.message)
        },
        () => undefined // the schedule itself is unreadable: Settings says so
      )
    }
    const first = setTimeout(check, FIRST_CHECK_AFTER_MS)
    const timer = setInterval(check, CHECK_EVERY_MS)
    const unsubscribe = onScheduleChanged(check)
    return () => {
      stopped = true
      clearTimeout(first)
      clearInterval(timer)
      unsubscribe()
    }
  }, [session])

  if (failure === null) return null
  return (
    <div className="banner banner--warning" role="alert" data-testid="scheduled-backup-failed">
      <p>{m.bannerFailed(failure)}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => navigate({ page: 'settings' })}>
          {m.bannerSettings}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setFailure(null)}>
          {m.bannerDismiss}
        </button>
      </div>
    </div>
  )
}
