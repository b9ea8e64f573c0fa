// The schedule for automatic backups, kept encrypted in the vault as one 'backup-schedule' record
// (issue 6, part 3). Setting it up checks the backup passphrase once and derives the backup key
// once (Argon2id, fresh salt); each scheduled backup then uses that key, unattended.
import { KdfParams, argon2idBytes, newKdfParams, type KdfFunction } from '@shared/crypto'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { backupScheduleKind, type BackupScheduleRecord } from '@shared/vault/recordKinds'
import { EncryptedRecordStore } from '../vault/encryptedRecordStore'
import { checkKeyringPassphrase } from '../vault/keyring'
import type { VaultDatabase } from '../vault/vaultDatabase'
import { BackupPassphraseError, NotVaultPassphraseError } from './backupVault'
import type { BackupInterval, ScheduleState } from './scheduleDue'

export type { BackupScheduleRecord } from '@shared/vault/recordKinds'
export type ScheduleKey = NonNullable<BackupScheduleRecord['key']>

const SCHEDULE_ID = 'backup-schedule'
type Vault = { db: VaultDatabase; dataKey: CryptoKey }

export const DEFAULT_SCHEDULE: BackupScheduleRecord = { enabled: false, interval: 'daily', key: null, lastRun: null }

export class ScheduleUnreadableError extends Error {
  constructor() {
    super('The backup schedule stored in this vault cannot be read. Set it up again below; nothing else in your vault is affected.')
    this.name = 'BackupScheduleUnreadableError'
  }
}

/** The stored schedule, or the default (off) when none was set up. Throws when it is damaged. */
export async function readBackupSchedule(vault: Vault): Promise<BackupScheduleRecord> {
  try {
    return (await new EncryptedRecordStore(vault.db, vault.dataKey).get(backupScheduleKind, SCHEDULE_ID)) ?? DEFAULT_SCHEDULE
  } catch {
    throw new ScheduleUnreadableError()
  }
}

export async function saveBackupSchedule(vault: Vault, schedule: BackupScheduleRecord): Promise<BackupScheduleRecord> {
  return new EncryptedRecordStore(vault.db, vault.dataKey).put(backupScheduleKind, SCHEDULE_ID, schedule)
}

export interface ScheduleKeyOptions {
  passphrase: string
  /** 'vault': checked against the keyring; 'new': must meet the passphrase policy, as in BackupPanel. */
  passphraseSource: 'new' | 'vault'
  /** The worker KDF in the app; tests inject a cheap one with `kdfParams`. */
  kdf?: KdfFunction
  kdfParams?: KdfParams
  now?: Date
}

/** Checks the passphrase and derives the backup key once. Nothing is written. */
export async function prepareScheduleKey(vault: Vault, options: ScheduleKeyOptions): Promise<ScheduleKey> {
  const kdf = options.kdf ?? argon2idBytes
  if (options.passphraseSource === 'vault') {
    if (!(await checkKeyringPassphrase(vault.db, options.passphrase, kdf))) throw new NotVaultPassphraseError()
  } else {
    const assessment = assessPassphrase(options.passphrase)
    if (!assessment.acceptable) throw new BackupPassphraseError(assessment.problems)
  }
  const params = options.kdfParams ?? newKdfParams()
  const raw = await kdf(options.passphrase, params)
  try {
    if (raw.length !== 32) throw new Error('Key derivation returned a key of the wrong length.')
    const { salt, ...rest } = params
    return { rawHex: toHex(raw), kdf: { ...rest, saltHex: toHex(salt) }, passphraseSource: options.passphraseSource, setUpAt: (options.now ?? new Date()).toISOString() }
  } finally {
    raw.fill(0)
  }
}

/** What the backup writer needs from a stored key. */
export function scheduleKeyForWriter(key: ScheduleKey): { derivedKey: Uint8Array; kdfParams: KdfParams } {
  const { saltHex, ...rest } = key.kdf
  return { derivedKey: fromHex(key.rawHex), kdfParams: KdfParams.parse({ ...rest, salt: fromHex(saltHex) }) }
}

export function scheduleState(schedule: BackupScheduleRecord): ScheduleState {
  return {
    enabled: schedule.enabled,
    interval: schedule.interval satisfies BackupInterval,
    hasKey: schedule.key !== null,
    lastRun: schedule.lastRun ? { at: new Date(schedule.lastRun.at), ok: schedule.lastRun.ok } : null
  }
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}
