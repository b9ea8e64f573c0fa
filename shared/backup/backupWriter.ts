// Writes a .redress-backup file as a stream of byte chunks: memory stays at a few frames
// however large the vault, and the caller decides where the bytes go (a file on a USB stick, a
// test buffer). The counts are declared up front because the header comes first; if what is
// written does not match them, or the items source throws, the output is incomplete and must be
// discarded (the reader would refuse it anyway: it has no final frame). Layout: FORMAT.md.
import { newKdfParams, type KdfFunction, type KdfParams } from '@shared/crypto'
import { BackupWriteError } from './backupErrors'
import { BackupFileChunkEntry, BackupRecordEntry, BackupTally, encodeEntryHead, encodeRecordBody, type BackupItem } from './backupEntries'
import { FrameSealer, headerHash } from './backupFrames'
import { BACKUP_FORMAT_VERSION, BackupCounts, DEFAULT_FRAME_BYTES, MAX_FRAME_BYTES, MIN_FRAME_BYTES, encodeHeaderBlock, type BackupHeader } from './backupHeader'
import { deriveBackupKey, importBackupKey } from './backupKey'

export interface BackupWriterOptions {
  /** Exactly one of `passphrase` and `derivedKey`. */
  passphrase?: string
  /**
   * The raw 32-byte key an earlier deriveBackupKey-style derivation produced from the backup
   * passphrase with `kdfParams` (required then): scheduled backups derive once at set-up, not
   * every day. The header carries those params, so a restore needs only the passphrase.
   */
  derivedKey?: Uint8Array
  /** Argon2id by default; tests and the renderer's worker inject their own. */
  kdf?: KdfFunction
  /** Fresh random salt with the pinned defaults unless given. */
  kdfParams?: KdfParams
  createdAt: Date
  appVersion: string
  counts: BackupCounts
  /** Plaintext bytes per frame; the default suits real backups, tests use small frames. */
  frameBytes?: number
}

export interface BackupWriter {
  readonly header: BackupHeader
  /** Yields the file's bytes in order; concatenated, they are the whole file. */
  encode(items: AsyncIterable<BackupItem> | Iterable<BackupItem>): AsyncGenerator<Uint8Array>
}

export function createBackupWriter(options: BackupWriterOptions): BackupWriter {
  if (options.derivedKey !== undefined) {
    if (options.passphrase !== undefined) throw new BackupWriteError('give a passphrase or a derived key, not both.')
    if (options.kdfParams === undefined) throw new BackupWriteError('a derived key needs the KDF parameters it was derived with.')
    if (options.derivedKey.length !== 32) throw new BackupWriteError('the derived backup key is not 32 bytes.')
  } else if (options.passphrase === undefined || options.passphrase.length === 0) throw new BackupWriteError('the backup passphrase is empty.')
  const frameBytes = options.frameBytes ?? DEFAULT_FRAME_BYTES
  if (!Number.isInteger(frameBytes) || frameBytes < MIN_FRAME_BYTES || frameBytes > MAX_FRAME_BYTES) throw new RangeError(`Frame size must be ${MIN_FRAME_BYTES} to ${MAX_FRAME_BYTES} bytes.`)
  const counts = BackupCounts.parse(options.counts)
  const header: BackupHeader = {
    format: 'redress-backup',
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: options.createdAt.toISOString(),
    appVersion: options.appVersion,
    kdf: options.kdfParams ?? newKdfParams(),
    cipher: 'AES-256-GCM',
    frameBytes,
    counts
  }
  let used = false
  return {
    header,
    async *encode(items) {
      if (used) throw new Error('A backup writer encodes one backup; create another for the next.')
      used = true
      const block = encodeHeaderBlock(header)
      const hash = await headerHash(block)
      const key = options.derivedKey !== undefined ? await importBackupKey(options.derivedKey) : await deriveBackupKey(options.passphrase ?? '', header.kdf, options.kdf)
      yield block
      yield* await FrameSealer.keyCheckFrame(key, hash)
      const sealer = new FrameSealer(key, hash, frameBytes)
      const tally = new BackupTally()
      for await (const item of items) {
        const broken = tally.add(validItem(item))
        if (broken) throw new BackupWriteError(broken)
        if (item.type === 'record') {
          const body = encodeRecordBody(item)
          yield* sealer.push(encodeEntryHead('record', { kind: item.kind, id: item.id, v: item.v }, body.length))
          yield* sealer.push(body)
        } else {
          yield* sealer.push(encodeEntryHead('file-chunk', { fileId: item.fileId, index: item.index, count: item.count }, item.bytes.length))
          yield* sealer.push(item.bytes)
        }
      }
      const mismatch = tally.closeWith(counts)
      if (mismatch) throw new BackupWriteError(`the vault changed while the backup was being made (${mismatch}).`)
      yield* sealer.push(encodeEntryHead('end', { counts }, 0))
      yield* sealer.finish()
    }
  }
}

function validItem(item: BackupItem): BackupItem {
  const parsed = item.type === 'record' ? BackupRecordEntry.safeParse(item) : BackupFileChunkEntry.safeParse(item)
  if (!parsed.success) throw new BackupWriteError(`an item to back up is malformed (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}).`)
  // The reader refuses a record that is not JSON, so the writer must never produce one.
  if (item.type === 'record' && !isJson(item.json)) throw new BackupWriteError(`a ${item.kind} record is not valid JSON.`)
  // The original object is returned: re-using zod's copy would not change the bytes written.
  return item
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
