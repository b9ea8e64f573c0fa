// The restore dry run: reads the whole backup file once — every frame authenticated, every record
// upgraded and validated, every original re-hashed — and plans what the restore would do against
// what the vault holds now. Writes nothing, so it can run as often as the lawyer changes their mind.
import {
  openBackup,
  planRestore,
  verifyBackup,
  type BackupHeader,
  type ExistingRecord,
  type RestoreOverride,
  type RestorePlan,
  type RestorePolicy,
  type ReusableBackupKey,
  type VerifiedBackup
} from '@shared/backup'
import type { KdfFunction } from '@shared/crypto'
import type { VaultDatabase } from '../vault/vaultDatabase'
import { backupFileSource } from './backupFileSource'
import { collectChunkDigests, type ChunkDigests } from './chunkDigests'
import { RestoreCheckError, throwIfCancelled } from './restoreErrors'
import type { RestoreProgress } from './restoreProgress'
import { readVaultInventory } from './vaultInventory'

export { RestoreCheckError } from './restoreErrors'

export interface RestoreCheck {
  /** Authenticated header (createdAt, counts, appVersion); the writer refuses a file whose header differs. */
  header: BackupHeader
  /** ok is always true: problems throw RestoreCheckError. */
  verified: VerifiedBackup
  /** For the current policy and overrides. */
  plan: RestorePlan
  /** Size of the backup file. */
  fileBytes: number
  /** What the vault held when checked (none for a new vault): replanRestore plans against it. */
  existing: readonly ExistingRecord[]
  /** Every file chunk's SHA-256 as the check read it: the write stages only these bytes. */
  chunkDigests: ChunkDigests
  /**
   * The backup key the check derived, handed once to this restore's write pass (same passphrase
   * only), so the lawyer waits for Argon2id once; forgotten when the write pass takes it.
   */
  backupKey: ReusableBackupKey | null
}

export interface RestoreCheckOptions {
  policy?: RestorePolicy
  /** Argon2id by default; the app passes its worker KDF. */
  kdf?: KdfFunction
  signal?: AbortSignal
  onProgress?: (progress: RestoreProgress) => void
}

/**
 * `vault`: the unlocked vault the backup would be restored into, or null for a new (empty) vault.
 * Throws BackupFormatError (wrong passphrase, not a backup, newer format, damaged header),
 * RestoreCheckError (problems found reading the rest), or an AbortError.
 */
export async function checkBackupForRestore(
  file: Blob,
  passphrase: string,
  vault: { db: VaultDatabase; dataKey: CryptoKey } | null,
  options: RestoreCheckOptions = {}
): Promise<RestoreCheck> {
  const { policy = 'newer-wins', kdf, signal, onProgress } = options
  const totalBytes = file.size
  throwIfCancelled(signal)
  onProgress?.({ step: 'opening', bytesRead: 0, totalBytes })
  const source = backupFileSource(file)
  let backupKey = null as ReusableBackupKey | null
  const { header, entries } = await openBackup(source.bytes, { passphrase, kdf, keepKey: (key) => (backupKey = key) })
  const digests = collectChunkDigests(entries)
  const verified = await verifyBackup(digests.entries, { signal, onProgress: () => onProgress?.({ step: 'checking', bytesRead: source.read(), totalBytes }) })
  if (!verified.ok) {
    backupKey?.forget()
    throw new RestoreCheckError(verified.problems)
  }
  const chunkDigests = await digests.result()
  throwIfCancelled(signal)
  const existing = vault ? (await readVaultInventory(vault.db, vault.dataKey)).existing : []
  return { header, verified, plan: planRestore(verified, existing, policy), fileBytes: totalBytes, existing, chunkDigests, backupKey }
}

/** Re-plan after the lawyer changes the policy or overrides one record; pure and instant. */
export function replanRestore(check: RestoreCheck, policy: RestorePolicy, overrides?: ReadonlyMap<string, RestoreOverride>): RestoreCheck {
  return { ...check, plan: planRestore(check.verified, check.existing, policy, overrides) }
}
