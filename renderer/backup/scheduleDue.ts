// Is a scheduled backup due? Pure, so the rules are tested without a clock or a vault. Any good
// backup counts (one made by hand resets the schedule too); a failed attempt waits an hour before
// the next, so a missing USB stick is reported once an hour, not in a loop.
export type BackupInterval = 'daily' | 'weekly'

const HOUR_MS = 60 * 60 * 1000
export const INTERVAL_MS: Readonly<Record<BackupInterval, number>> = { daily: 24 * HOUR_MS, weekly: 7 * 24 * HOUR_MS }
export const RETRY_AFTER_FAILURE_MS = HOUR_MS
/** Clocks drift and get corrected; only a timestamp further ahead than this counts as "in the future". */
const CLOCK_SLACK_MS = 5 * 60 * 1000

export interface ScheduleState {
  enabled: boolean
  interval: BackupInterval
  /** Whether the backup passphrase was set up (the derived key is stored). */
  hasKey: boolean
  /** The last attempt, good or failed. */
  lastRun: { at: Date; ok: boolean } | null
}

export type DueDecision =
  | { due: true }
  | { due: false; reason: 'off' | 'no-key' }
  | { due: false; reason: 'recent' | 'retry-later'; nextAt: Date }

export function scheduledBackupDue(state: ScheduleState, lastGoodAt: Date | undefined, now: Date): DueDecision {
  if (!state.enabled) return { due: false, reason: 'off' }
  if (!state.hasKey) return { due: false, reason: 'no-key' }
  const t = now.getTime()
  const failed = state.lastRun !== null && !state.lastRun.ok ? state.lastRun.at.getTime() : null
  // A failure "from the future" (clock set back) does not block backups until the clock catches up.
  if (failed !== null && failed <= t + CLOCK_SLACK_MS && t - failed < RETRY_AFTER_FAILURE_MS) {
    return { due: false, reason: 'retry-later', nextAt: new Date(failed + RETRY_AFTER_FAILURE_MS) }
  }
  if (lastGoodAt === undefined) return { due: true }
  const good = lastGoodAt.getTime()
  // Likewise a last backup "in the future" must not postpone the next one indefinitely.
  if (good > t + CLOCK_SLACK_MS) return { due: true }
  const nextAt = good + INTERVAL_MS[state.interval]
  return t >= nextAt ? { due: true } : { due: false, reason: 'recent', nextAt: new Date(nextAt) }
}
