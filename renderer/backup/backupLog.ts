// The last good backup, kept encrypted in the vault as one 'backup-log' record, so the settings
// panel (and later the dashboard) can warn when the lawyer has gone too long without one.
import { backupLogKind, type BackupLogRecord } from '@shared/vault/recordKinds'
import { EncryptedRecordStore } from '../vault/encryptedRecordStore'
import type { VaultDatabase } from '../vault/vaultDatabase'
import type { VaultBackup } from './backupVault'

const BACKUP_LOG_ID = 'backup-log'
/** After this many days without a backup the panel warns (issue 6). */
export const BACKUP_WARNING_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

type Vault = { db: VaultDatabase; dataKey: CryptoKey }

/** Undefined when no backup was ever recorded, or the record cannot be read (then: warn, as if none). */
export async function readBackupLog(vault: Vault): Promise<BackupLogRecord | undefined> {
  try {
    return await new EncryptedRecordStore(vault.db, vault.dataKey).get(backupLogKind, BACKUP_LOG_ID)
  } catch {
    return undefined
  }
}

export async function lastBackupAt(vault: Vault): Promise<Date | undefined> {
  const log = await readBackupLog(vault)
  return log ? new Date(log.lastGoodAt) : undefined
}

/** Call only once the backup file has been saved. */
export async function recordGoodBackup(vault: Vault, backup: Pick<VaultBackup, 'createdAt' | 'fileName' | 'bytes' | 'counts'>): Promise<BackupLogRecord> {
  return new EncryptedRecordStore(vault.db, vault.dataKey).put(backupLogKind, BACKUP_LOG_ID, {
    lastGoodAt: backup.createdAt.toISOString(),
    fileName: backup.fileName,
    bytes: backup.bytes,
    counts: backup.counts
  })
}

/** Whole days since the backup; 0 on the same day or for a clock set back. */
export function daysSince(at: Date, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - at.getTime()) / DAY_MS))
}

export function backupIsOverdue(at: Date | undefined, now: Date = new Date()): boolean {
  return at === undefined || now.getTime() - at.getTime() > BACKUP_WARNING_DAYS * DAY_MS
}
