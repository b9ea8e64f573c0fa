// Which scheduled backups to delete so the folder keeps the last N (issue 6, part 3). The folder is
// the lawyer's (often a USB stick that holds other things too), so only names that Redress itself
// gives scheduled backups are ever candidates: anything else, however similar, is left alone.
import { z } from 'zod'

/** "Redress backup 2026-11-23 1405.redress-backup": exactly what backupFileName() produces. */
const SCHEDULED_NAME = /^Redress backup (\d{4})-(\d{2})-(\d{2}) (\d{2})(\d{2})\.redress-backup$/

/** The minute a scheduled backup name stands for, as "YYYYMMDDhhmm" (sortable), or null if not ours. */
export function scheduledBackupStamp(name: string): string | null {
  const match = SCHEDULED_NAME.exec(name)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  // A real calendar minute only: "2026-02-30" was never written by Redress, so it is not ours.
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || date.getUTCHours() !== hour || date.getUTCMinutes() !== minute) return null
  return match.slice(1).join('')
}

export function isScheduledBackupName(name: string): boolean {
  return scheduledBackupStamp(name) !== null
}

export interface RetentionInput {
  /** Names of the regular files in the folder (not folders, not links). */
  names: readonly string[]
  keepLast: number
  /** The backup just written: always kept, even if a clock set back makes it look oldest. */
  justWritten: string
}

const RetentionOptions = z.object({ keepLast: z.number().int().min(1).max(100) })

/** Names to delete, oldest first. Never the just-written file, never a name Redress did not give. */
export function backupsToPrune(input: RetentionInput): string[] {
  const { keepLast } = RetentionOptions.parse({ keepLast: input.keepLast })
  const ours = [...new Set(input.names)]
    .map((name) => ({ name, stamp: scheduledBackupStamp(name) }))
    .filter((b): b is { name: string; stamp: string } => b.stamp !== null && b.name !== input.justWritten)
    // Newest first; the name breaks ties so the result does not depend on directory order.
    .sort((a, b) => (a.stamp === b.stamp ? (a.name < b.name ? 1 : -1) : a.stamp < b.stamp ? 1 : -1))
  // The just-written backup takes one of the N places whether or not it is listed.
  const keepOthers = keepLast - 1
  return ours
    .slice(keepOthers)
    .map((b) => b.name)
    .reverse()
}

/** "<scheduled backup name>.<12 hex>.partial": what main writes before the rename. */
const SCHEDULED_PARTIAL = /^(.+)\.[0-9a-f]{12}\.partial$/

/**
 * A scheduled backup's unfinished file, left behind when the app or machine died mid-backup.
 * Only these (never any other partial) are cleaned up, and only by the caller's age rule.
 */
export function isScheduledPartialName(name: string): boolean {
  const match = SCHEDULED_PARTIAL.exec(name)
  return match !== null && isScheduledBackupName(match[1]!)
}
