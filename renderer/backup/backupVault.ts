// Makes a .redress-backup of the whole vault; nothing in the vault is written. writeVaultBackup
// streams the file to a sink piece by piece (the app's way: memory stays at about two pieces
// however large the vault); backupVault collects it into a Blob, which Chromium's browser process
// holds (measured ~650 MB for 500 MB of exhibits), so it suits small vaults and tests only.
// Recording the backup as "last good" is the caller's step, once the file is saved.
import { createBackupWriter, type BackupCounts } from '@shared/backup'
import { joinBytes, type KdfFunction, type KdfParams } from '@shared/crypto'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { checkKeyringPassphrase } from '../vault/keyring'
import type { VaultDatabase } from '../vault/vaultDatabase'
import { planBackup, vaultBackupItems, type BackupProgress } from './vaultBackupSource'
import packageJson from '../../package.json'

export const BACKUP_EXTENSION = '.redress-backup'
export const BACKUP_MIME_TYPE = 'application/octet-stream'

export interface BackupVaultOptions {
  /** The backup passphrase; must meet the vault's passphrase policy (it may be the vault passphrase). */
  passphrase: string
  /**
   * Scheduled backups: the key derived from the backup passphrase at set-up, with `kdfParams`.
   * Then `passphrase` is ignored (pass '') and not checked: it was checked at set-up.
   */
  derivedKey?: Uint8Array
  /** The caller already ran checkBackupPassphrase (e.g. before opening a save dialog). */
  passphraseChecked?: boolean
  /**
   * 'vault': the lawyer chose "use my vault passphrase" and typed it once; it is checked against
   * the keyring (nothing is written) instead of the policy, which it already met at first run.
   */
  passphraseSource?: 'new' | 'vault'
  /** The worker KDF in the app; tests inject a cheap one together with `kdfParams`. */
  kdf?: KdfFunction
  kdfParams?: KdfParams
  frameBytes?: number
  signal?: AbortSignal
  onProgress?: (progress: BackupProgress) => void
  now?: Date
}

export interface VaultBackup {
  blob: Blob
  fileName: string
  counts: BackupCounts
  /** Size of the backup file. */
  bytes: number
  createdAt: Date
}

export class BackupPassphraseError extends Error {
  constructor(problems: readonly string[]) {
    super(`The backup passphrase is not strong enough: ${problems.join(' ')} No backup was made.`)
    this.name = 'BackupPassphraseError'
  }
}

export class NotVaultPassphraseError extends Error {
  constructor() {
    super('That is not your vault passphrase. Type it again, or choose a separate backup passphrase. No backup was made.')
    this.name = 'BackupNotVaultPassphraseError'
  }
}

export async function backupVault(vault: { db: VaultDatabase; dataKey: CryptoKey }, options: BackupVaultOptions): Promise<VaultBackup> {
  const parts: Blob[] = []
  const made = await writeVaultBackup(vault, async (chunk) => void parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>])), options)
  return { ...made, blob: new Blob(parts, { type: BACKUP_MIME_TYPE }) }
}

/** Bytes handed to the sink at a time: large enough that IPC overhead stays small, small enough for memory. */
export const BACKUP_SINK_PIECE_BYTES = 4 * 1024 * 1024

/**
 * Streams a backup of the whole vault into `sink` (a file being written, piece by piece) without
 * ever holding more than about two pieces: the way to back up a vault of any size. `sink` is called
 * again only after its previous call resolved. The caller discards what the sink received if this
 * throws.
 */
export async function writeVaultBackup(
  vault: { db: VaultDatabase; dataKey: CryptoKey },
  sink: (piece: Uint8Array) => Promise<void>,
  options: BackupVaultOptions
): Promise<Omit<VaultBackup, 'blob'>> {
  if (options.derivedKey !== undefined) {
    if (options.kdfParams === undefined) throw new Error('A derived backup key needs its KDF parameters.')
  } else if (!options.passphraseChecked) await checkBackupPassphrase(vault, options)
  options.signal?.throwIfAborted()
  const createdAt = options.now ?? new Date()
  const plan = await planBackup(vault.db, vault.dataKey)
  const writer = createBackupWriter({
    ...(options.derivedKey !== undefined ? { derivedKey: options.derivedKey } : { passphrase: options.passphrase, kdf: options.kdf }),
    kdfParams: options.kdfParams,
    createdAt,
    appVersion: packageJson.version,
    counts: plan.counts,
    frameBytes: options.frameBytes
  })
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  let bytes = 0
  // One piece is written while the next is made (reading, decrypting and sealing overlap the
  // write to disk), and never more: memory holds about two pieces.
  let writing = null as Promise<void> | null
  const flush = async () => {
    if (pendingBytes === 0) return
    const piece = pending.length === 1 ? pending[0]! : joinBytes(pending, pendingBytes)
    pending = []
    pendingBytes = 0
    await writing
    writing = sink(piece)
    writing.catch(() => undefined) // observed at the next flush or below
  }
  try {
    for await (const chunk of writer.encode(vaultBackupItems(vault.db, vault.dataKey, plan, { signal: options.signal, onProgress: options.onProgress }))) {
      pending.push(chunk)
      pendingBytes += chunk.length
      bytes += chunk.length
      if (pendingBytes >= BACKUP_SINK_PIECE_BYTES) await flush()
    }
    await flush()
    await writing
  } catch (e) {
    // The caller discards the file once this throws: let the write in flight end first.
    await writing?.catch(() => undefined)
    throw e
  }
  options.signal?.throwIfAborted()
  return { fileName: backupFileName(createdAt), counts: plan.counts, bytes, createdAt }
}

/** Throws BackupPassphraseError / NotVaultPassphraseError; nothing is written. */
export async function checkBackupPassphrase(vault: { db: VaultDatabase }, options: Pick<BackupVaultOptions, 'passphrase' | 'passphraseSource' | 'kdf'>): Promise<void> {
  if (options.passphraseSource === 'vault') {
    if (!(await checkKeyringPassphrase(vault.db, options.passphrase, options.kdf))) throw new NotVaultPassphraseError()
  } else {
    // The file may travel on a USB stick: its passphrase faces offline guessing, like the vault's.
    const assessment = assessPassphrase(options.passphrase)
    if (!assessment.acceptable) throw new BackupPassphraseError(assessment.problems)
  }
}

/** "Redress backup 2026-11-23 1435.redress-backup", in local time: the lawyer's clock. */
export function backupFileName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `Redress backup ${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}${p(at.getMinutes())}${BACKUP_EXTENSION}`
}
