// Reads a .redress-backup file as a stream and yields its entries once each has been decrypted,
// authenticated and validated. A yielded entry is not yet proof that the whole file is good: only
// the `end` entry is, and it is yielded after every check (final frame, counts, nothing after the
// end). A restore therefore stages what it reads and commits only after `end`.
import type { KdfFunction } from '@shared/crypto'
import { BackupFormatError } from './backupErrors'
import { BackupTally, EntryDecodeError, decodeEntry, type BackupEntry } from './backupEntries'
import { openFrames } from './backupFrames'
import type { ReusableBackupKey } from './backupKey'
import { BACKUP_MAGIC, checkHeaderLength, checkMagic, parseHeaderJson, type BackupHeader } from './backupHeader'
import { ByteReader } from './byteReader'

export interface BackupReadOptions {
  passphrase: string
  /** Argon2id by default; must match what the writer used. */
  kdf?: KdfFunction
  /** A restore's write pass: the key its check derived (used only for the same passphrase and parameters). */
  reuseKey?: ReusableBackupKey
  /** A restore's check: receives the proven key, for its write pass. */
  keepKey?: (key: ReusableBackupKey) => void
}

export interface OpenedBackup {
  /** Authenticated: the passphrase opened the key-check frame and the header hash matched. */
  header: BackupHeader
  entries: AsyncGenerator<BackupEntry>
}

/**
 * Reads and authenticates the header and checks the passphrase before any entry is read, so a
 * wrong passphrase is reported at once. Throws BackupFormatError for every kind of bad file.
 */
export async function openBackup(source: AsyncIterable<Uint8Array>, options: BackupReadOptions): Promise<OpenedBackup> {
  const reader = new ByteReader(source)
  try {
    const magic = await reader.readUpTo(BACKUP_MAGIC.length)
    if (magic.length === 0) throw new BackupFormatError('truncated', 'The file is empty.', 0)
    checkMagic(magic)
    const lengthBytes = await reader.readUpTo(4)
    if (lengthBytes.length < 4) throw new BackupFormatError('truncated', 'The file ends inside the header length.', reader.offset)
    const length = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0)
    checkHeaderLength(length, BACKUP_MAGIC.length)
    const json = await reader.readUpTo(length)
    if (json.length < length) throw new BackupFormatError('truncated', 'The file ends inside the header.', reader.offset)
    const header = parseHeaderJson(json, BACKUP_MAGIC.length + 4)
    const block = new Uint8Array(BACKUP_MAGIC.length + 4 + length)
    block.set(BACKUP_MAGIC, 0)
    block.set(lengthBytes, BACKUP_MAGIC.length)
    block.set(json, BACKUP_MAGIC.length + 4)
    const frames = await openFrames(reader, block, { passphrase: options.passphrase, kdfParams: header.kdf, kdf: options.kdf, frameBytes: header.frameBytes, reuseKey: options.reuseKey, keepKey: options.keepKey })
    return { header, entries: readEntries(reader, frames, header) }
  } catch (e) {
    await reader.close()
    throw e
  }
}

/** The whole file as entries; the header is available from the `end` entry's counts or via openBackup. */
export async function* readBackup(source: AsyncIterable<Uint8Array>, options: BackupReadOptions): AsyncGenerator<BackupEntry> {
  const { entries } = await openBackup(source, options)
  yield* entries
}

async function* readEntries(reader: ByteReader, frames: AsyncGenerator<Uint8Array>, header: BackupHeader): AsyncGenerator<BackupEntry> {
  // The authenticated plaintext is itself a byte stream with arbitrary frame boundaries.
  const plaintext = new ByteReader(frames)
  const read = (n: number) => plaintext.readUpTo(n)
  const tally = new BackupTally()
  try {
    for (;;) {
      const entry = await decodeOrThrow(read)
      if (entry.type === 'end') {
        const mismatch = sameCounts(entry.counts, header.counts) ? tally.closeWith(header.counts) : 'The end entry does not repeat the header counts.'
        if (mismatch) throw new BackupFormatError('invalid-entry', mismatch, reader.offset)
        // Pulls the frame stream to its end: final frame seen, no byte after it.
        if (!(await plaintext.atEnd())) throw new BackupFormatError('invalid-entry', 'There are entries after the end entry.', reader.offset)
        yield entry
        return
      }
      const broken = tally.add(entry)
      if (broken) throw new BackupFormatError('invalid-entry', broken, reader.offset)
      yield entry
    }
  } finally {
    await reader.close()
  }
}

async function decodeOrThrow(read: (n: number) => Promise<Uint8Array>): Promise<BackupEntry> {
  try {
    return await decodeEntry(read)
  } catch (e) {
    if (e instanceof EntryDecodeError) throw new BackupFormatError('invalid-entry', e.message, null)
    throw e
  }
}

function sameCounts(a: BackupHeader['counts'], b: BackupHeader['counts']): boolean {
  return a.records === b.records && a.files === b.files && a.fileChunks === b.fileChunks && a.fileBytes === b.fileBytes
}
