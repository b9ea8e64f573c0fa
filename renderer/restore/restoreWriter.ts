// Applies exactly a checked restore plan, all or nothing. The backup is read a second time (it must
// be the file that was checked: same authenticated header, same SHA-256 for every original);
// originals are staged as chunks no record refers to yet, listed in a 'restore-staging' row so an
// interrupted restore is cleaned up at the next start; then ONE transaction writes every record
// (and, for a new vault, the keyring), drops originals no record needs any more and the staging
// row. Any failure before or in that transaction removes what was staged: the vault is as it was.
import { BackupFormatError, NOTHING_RESTORED, encodeHeaderBlock, openBackup, type BackupEntry, type RestorePlan } from '@shared/backup'
import { fileChunkCount, type Envelope, type KdfFunction } from '@shared/crypto'
import type { RecordKindSpec } from '@shared/vault/migrations'
import { RECORD_KINDS } from '@shared/vault/recordKindRegistry'
import { EncryptedRecordStore } from '../vault/encryptedRecordStore'
import { VaultExistsError, addKeyring } from '../vault/keyring'
import type { MetaRow, VaultDatabase } from '../vault/vaultDatabase'
import { backupFileSource } from './backupFileSource'
import { OriginalStager, type StagedOriginal } from './originalStager'
import type { RestoreCheck } from './restoreCheck'
import { RestoreWriteError, restoreCancelled, throwIfCancelled } from './restoreErrors'
import type { RestoreProgress, RestoreStep } from './restoreProgress'
import { beginStaging, discardStaged, endStaging } from './restoreStaging'
import { readVaultInventory, type VaultInventory } from './vaultInventory'

export { RestoreWriteError } from './restoreErrors'
export { recoverInterruptedRestore } from './restoreStaging'

export interface RestoreOutcome {
  added: number
  updated: number
  kept: number
  /** Originals written (those the vault already held are not written again). */
  files: number
  /** Their bytes. */
  bytes: number
}

export interface RestoreTarget {
  db: VaultDatabase
  dataKey: CryptoKey
  /** A new vault's keyring, written in the final transaction (see prepareKeyring). */
  keyringRow?: MetaRow
}

export interface ApplyRestoreOptions {
  kdf?: KdfFunction
  signal?: AbortSignal
  onProgress?: (progress: RestoreProgress) => void
}

const KINDS = new Map<string, RecordKindSpec<unknown>>(RECORD_KINDS.map((spec) => [spec.kind, spec]))
/** Records sealed at a time. */
const SEAL_BATCH = 200

type Stage = 'reading the backup file again' | 'writing the exhibit originals' | 'writing the restored records'

export async function applyRestore(target: RestoreTarget, file: Blob, passphrase: string, check: RestoreCheck, options: ApplyRestoreOptions = {}): Promise<RestoreOutcome> {
  const { db, dataKey } = target
  const { signal, onProgress } = options
  const report = (step: RestoreStep, bytesRead: number) => onProgress?.({ step, bytesRead, totalBytes: file.size })
  let stage: Stage = 'reading the backup file again'
  let staged: string[] = []
  let restoreId = ''
  let stager: OriginalStager | null = null
  try {
    throwIfCancelled(signal)
    report('opening', 0)
    const source = backupFileSource(file)
    const { header, entries } = await openBackup(source.bytes, { passphrase, kdf: options.kdf, reuseKey: check.backupKey ?? undefined })
    if (!sameBytes(encodeHeaderBlock(header), encodeHeaderBlock(check.header))) {
      await entries.return(undefined) // releases the file
      throw new RestoreWriteError('The backup file changed since it was checked (it is not the same backup). Check it again, then restore.')
    }
    const inventory = await readVaultInventory(db, dataKey)
    const originals = await placeOriginals(db, check.plan, inventory)
    throwIfCancelled(signal)
    if (originals.size > 0) {
      stage = 'writing the exhibit originals'
      const fileIds = [...originals.values()].map((o) => o.target)
      restoreId = await beginStaging(db, fileIds)
      staged = fileIds // only now: a refused beginStaging must not remove another restore's row
    }
    stager = new OriginalStager(db, dataKey, originals, check.chunkDigests)
    await stageOriginals(entries, stager, signal, () => report('writing', source.read()))

    stage = 'writing the restored records'
    report('finishing', source.read())
    const envelopes = await sealRecords(db, dataKey, check.plan, originals)
    const orphans = orphanedOriginals(check.plan, inventory, originals)
    throwIfCancelled(signal)
    // No await of anything but Dexie inside: awaiting WebCrypto would commit the transaction early.
    await db.transaction('rw', db.meta, db.records, db.fileChunks, async () => {
      if (target.keyringRow) await addKeyring(db, target.keyringRow)
      if (envelopes.length > 0) await db.records.bulkPut(envelopes)
      if (orphans.length > 0) await db.fileChunks.where('fileId').anyOf(orphans).delete()
      if (staged.length > 0) await endStaging(db, restoreId)
    })
    return outcomeOf(check.plan, originals.size, stager.bytes)
  } catch (e) {
    await stager?.settle()
    if (staged.length > 0) await discardStaged(db, staged, restoreId).catch(() => undefined) // best effort; the next start finishes it
    throw failure(e, stage)
  }
}

/**
 * Originals the plan writes, minus those the vault already holds under the same random file id
 * (the same original, as a readable exhibit with the same SHA-256 vouches). Chunks no readable
 * exhibit vouches for are left as they are, and the backup's copy is stored under a new id.
 */
async function placeOriginals(db: VaultDatabase, plan: RestorePlan, inventory: VaultInventory): Promise<Map<string, StagedOriginal>> {
  const vouchers = [...inventory.exhibits.values()]
  const originals = new Map<string, StagedOriginal>()
  for (const file of plan.files) {
    if ((await db.fileChunks.where('fileId').equals(file.fileId).count()) === 0) {
      originals.set(file.fileId, { file, target: file.fileId })
      continue
    }
    const vouching = vouchers.filter((o) => o.fileId === file.fileId)
    if (vouching.some((o) => o.sha256 !== file.sha256))
      throw new RestoreWriteError(
        'An exhibit in your vault and one in the backup share a stored original, but their SHA-256 differ, so one of them was altered. Run Verify originals on your matters, then check the backup again.'
      )
    if (vouching.length === 0) originals.set(file.fileId, { file, target: crypto.randomUUID() })
  }
  return originals
}

/** Reads to the backup's end entry: only then is the whole file authenticated. */
async function stageOriginals(entries: AsyncIterable<BackupEntry>, stager: OriginalStager, signal: AbortSignal | undefined, progress: () => void): Promise<void> {
  let ended = false
  for await (const entry of entries) {
    throwIfCancelled(signal)
    if (entry.type === 'end') ended = true
    else if (entry.type === 'file-chunk') await stager.add(entry)
    progress()
  }
  if (!ended) throw new BackupFormatError('truncated', 'The backup ended before its end entry.')
  await stager.finish()
}

/** The checked records at their current version, sealed as EncryptedRecordStore seals them. */
async function sealRecords(db: VaultDatabase, dataKey: CryptoKey, plan: RestorePlan, originals: ReadonlyMap<string, StagedOriginal>): Promise<Envelope[]> {
  const store = new EncryptedRecordStore(db, dataKey)
  const writes = plan.records.filter((r) => r.action === 'add' || r.action === 'update')
  const envelopes: Envelope[] = []
  for (let at = 0; at < writes.length; at += SEAL_BATCH) {
    const sealed = await Promise.all(
      writes.slice(at, at + SEAL_BATCH).map(async (r) => {
        const spec = KINDS.get(r.kind)
        if (!spec) throw new RestoreWriteError(`The backup holds a kind of record this Redress does not know ("${r.kind}"). Update Redress, then restore.`)
        return (await store.seal(spec, r.id, r.kind === 'exhibit' ? withStoredOriginal(r.record.value, originals) : r.record.value)).envelope
      })
    )
    envelopes.push(...sealed)
  }
  return envelopes
}

/** The exhibit points at where its original is stored here, in this vault's chunk size. */
function withStoredOriginal(value: unknown, originals: ReadonlyMap<string, StagedOriginal>): unknown {
  const exhibit = value as { file: { fileId: string; sizeBytes: number } }
  const fileId = originals.get(exhibit.file.fileId)?.target ?? exhibit.file.fileId
  return { ...exhibit, file: { ...exhibit.file, fileId, chunkCount: fileChunkCount(exhibit.file.sizeBytes) } }
}

/** Originals of exhibits being replaced that no exhibit refers to after the restore (an exhibit updated to another file). */
function orphanedOriginals(plan: RestorePlan, inventory: VaultInventory, originals: ReadonlyMap<string, StagedOriginal>): string[] {
  const written = plan.records.filter((r) => r.kind === 'exhibit' && (r.action === 'add' || r.action === 'update'))
  const writtenIds = new Set(written.map((r) => r.id))
  const referenced = new Set<string>()
  for (const [id, original] of inventory.exhibits) if (!writtenIds.has(id)) referenced.add(original.fileId)
  for (const r of written) if (r.record.fileId) referenced.add(originals.get(r.record.fileId)?.target ?? r.record.fileId)
  const replaced = written.map((r) => inventory.exhibits.get(r.id)?.fileId).filter((f): f is string => f !== undefined)
  return [...new Set(replaced.filter((f) => !referenced.has(f)))]
}

function outcomeOf(plan: RestorePlan, files: number, bytes: number): RestoreOutcome {
  const count = (action: string) => plan.records.filter((r) => r.action === action).length
  return { added: count('add'), updated: count('update'), kept: count('keep'), files, bytes }
}

function failure(e: unknown, stage: Stage): Error {
  if (e instanceof RestoreWriteError) return e
  if (e instanceof Error && e.name === 'AbortError') return restoreCancelled()
  if (e instanceof VaultExistsError) return new RestoreWriteError('A vault already exists on this device, so the backup was not restored into a new one. Unlock it and restore into it instead.', { cause: e })
  if (e instanceof BackupFormatError && e.code === 'wrong-passphrase-or-damaged-header')
    return new RestoreWriteError('The backup passphrase is not the one the check was made with, or the start of the backup file changed since then. Type the backup passphrase again and check the backup again.', { cause: e })
  if (e instanceof BackupFormatError)
    return new RestoreWriteError(`The backup file could not be read again: it changed or became unreadable since it was checked (${e.detail}). Check it again, then restore.`, { cause: e })
  if (isQuotaError(e)) return new RestoreWriteError(`The disk is full: ${stage} needed more space than this device has free. Free some space and try again.`, { cause: e })
  const name = e instanceof Error ? e.name : 'unknown error'
  return new RestoreWriteError(`Restoring failed while ${stage} (${name}). Restart Redress and try again; if it fails again, free some disk space.`, { cause: e })
}

/** Dexie may wrap the browser's DOMException; look through its wrappers. */
function isQuotaError(e: unknown, depth = 0): boolean {
  if (typeof e !== 'object' || e === null || depth > 4) return false
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown }
  if (err.name === 'QuotaExceededError') return true
  const failures = Array.isArray(err.failures) ? err.failures : []
  return [err.inner, err.cause, ...failures].some((inner) => isQuotaError(inner, depth + 1))
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

export { NOTHING_RESTORED }
