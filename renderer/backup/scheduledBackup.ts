// One scheduled backup run: when due, stream a backup of the vault into the scheduled folder with
// the key set up earlier, record it as the last good backup, and remember the attempt. A failure
// deletes the incomplete file (the platform sink does) and is recorded with its message for the
// lawyer; the vault's own content is never written.
import { PlatformError, type Platform } from '../platform/platform'
import type { VaultDatabase } from '../vault/vaultDatabase'
import { lastBackupAt, recordGoodBackup } from './backupLog'
import { readBackupSchedule, saveBackupSchedule, scheduleKeyForWriter, scheduleState, type BackupScheduleRecord } from './backupSchedule'
import { backupFileName, writeVaultBackup } from './backupVault'
import { scheduledBackupDue, type DueDecision } from './scheduleDue'
import { BackupSourceError } from './vaultBackupSource'

type Vault = { db: VaultDatabase; dataKey: CryptoKey }

export type ScheduledRun =
  | { ran: false; decision: DueDecision }
  | { ran: true; ok: true; fileName: string; pruned: number; at: Date }
  | { ran: true; ok: false; message: string; at: Date }

export interface ScheduledRunOptions {
  now?: Date
  signal?: AbortSignal
  /** Tests: a small frame size keeps them fast. */
  frameBytes?: number
}

const GENERIC_FAILURE = 'The scheduled backup could not be made. Nothing in your vault was changed; Redress tries again in an hour.'

type Listener = () => void
const scheduleChangedListeners = new Set<Listener>()
const runFinishedListeners = new Set<Listener>()

/** Settings tells the scheduler the schedule changed (e.g. just switched on): check now, not later. */
export function notifyScheduleChanged(): void {
  for (const listener of scheduleChangedListeners) listener()
}
export function onScheduleChanged(listener: Listener): () => void {
  scheduleChangedListeners.add(listener)
  return () => void scheduleChangedListeners.delete(listener)
}
/** The scheduler tells Settings a run finished, so its status line is current. */
export function onScheduledRunFinished(listener: Listener): () => void {
  runFinishedListeners.add(listener)
  return () => void runFinishedListeners.delete(listener)
}

/** Runs at most one scheduled backup; overlapping calls (two timers, a double effect) share it. */
let running: Promise<ScheduledRun> | null = null

export function runScheduledBackupIfDue(vault: Vault, platform: Pick<Platform, 'saveBackupStream'>, options: ScheduledRunOptions = {}): Promise<ScheduledRun> {
  running ??= runOnce(vault, platform, options).finally(() => {
    running = null
    for (const listener of runFinishedListeners) listener()
  })
  return running
}

async function runOnce(vault: Vault, platform: Pick<Platform, 'saveBackupStream'>, options: ScheduledRunOptions): Promise<ScheduledRun> {
  const now = options.now ?? new Date()
  const schedule = await readBackupSchedule(vault)
  const decision = scheduledBackupDue(scheduleState(schedule), await lastBackupAt(vault), now)
  if (!decision.due || schedule.key === null) return { ran: false, decision }

  let sink: Awaited<ReturnType<Platform['saveBackupStream']>> = null
  try {
    sink = await platform.saveBackupStream({ destination: 'scheduled-folder', suggestedName: backupFileName(now) })
    if (sink === null) throw new PlatformError('bad-request', 'The scheduled backup folder did not open.')
    const open = sink
    const made = await writeVaultBackup(vault, (piece) => open.write(piece), { passphrase: '', ...scheduleKeyForWriter(schedule.key), now, signal: options.signal, frameBytes: options.frameBytes })
    sink = null // finish() is the last step: from here on there is nothing to abort
    const saved = await open.finish()
    await recordGoodBackup(vault, { ...made, fileName: saved.fileName })
    await remember(vault, schedule, { at: now.toISOString(), ok: true, fileName: saved.fileName })
    return { ran: true, ok: true, fileName: saved.fileName, pruned: saved.pruned, at: now }
  } catch (error) {
    await sink?.abort().catch(() => undefined)
    const message = error instanceof PlatformError || error instanceof BackupSourceError ? `${error.message}` : GENERIC_FAILURE
    await remember(vault, schedule, { at: now.toISOString(), ok: false, message: message.slice(0, 1000) }).catch(() => undefined)
    return { ran: true, ok: false, message, at: now }
  }
}

/** Re-reads the schedule so a change made in Settings during the run is not overwritten. */
async function remember(vault: Vault, fallback: BackupScheduleRecord, lastRun: NonNullable<BackupScheduleRecord['lastRun']>): Promise<void> {
  const current = await readBackupSchedule(vault).catch(() => fallback)
  await saveBackupSchedule(vault, { ...current, lastRun })
}
