// When the last good backup was made, and a warning when there is none or it is more than 7 days
// old (issue 6). Shown in Settings → Back up and on the deadline dashboard.
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { useVaultSession } from '../../vault/vaultHooks'
import { BACKUP_WARNING_DAYS, backupIsOverdue, daysSince, lastBackupAt } from '../../backup/backupLog'
import { formatTimestamp } from '../../src/locale'
import { settingsMessages as m } from './messages'

/** null while reading; undefined when no backup was ever recorded. */
export type LastBackup = Date | undefined | null

export function useLastBackup(): [LastBackup, () => Promise<void>] {
  const session = useVaultSession()
  const [last, setLast] = useState<LastBackup>(null)
  const refresh = useCallback(async () => {
    try {
      setLast(await lastBackupAt(session.backupAccess()))
    } catch {
      setLast(undefined) // locked meanwhile: the screen is being torn down
    }
  }, [session])
  useEffect(() => {
    void refresh()
  }, [refresh])
  return [last, refresh]
}

export function BackupStatusLine({ last, children }: { last: LastBackup; children?: ReactNode }) {
  if (last === null) return null
  const overdue = backupIsOverdue(last)
  return (
    <p data-testid="last-backup" className={overdue ? 'form-warning' : 'muted'} role={overdue ? 'status' : undefined}>
      {last === undefined ? m.backupNever : m.backupLast(formatTimestamp(last.toISOString()), daysSince(last))}
      {last !== undefined && overdue && ` ${m.backupOverdue(BACKUP_WARNING_DAYS)}`}
      {overdue && children}
    </p>
  )
}
