// Writes exhibit originals from the backup into the vault's fileChunks table while the backup is
// read a second time: every chunk is re-hashed and must equal the chunk the check read (whose
// whole file matched its exhibit's SHA-256), then the original is cut into the vault's own 1 MiB
// chunks and sealed exactly as the exhibit shelf seals them, so the exhibit reads back through its
// usual SHA-256 check. Memory holds one chunk being filled, one batch being hashed and encrypted
// and one being written: about 48 MiB, whatever the size of the file.
import type { BackupFileChunkEntry, VerifiedFile } from '@shared/backup'
import { FILE_CHUNK_BYTES, fileChunkCount, sealFileChunk, type FileChunkRow } from '@shared/crypto'
import type { VaultDatabase } from '../vault/vaultDatabase'
import { chunkDigest, type ChunkDigests } from './chunkDigests'
import { RestoreWriteError } from './restoreErrors'

/** Chunks per write (and encrypted side by side): measured in Chromium under load, 16 a write 83 MB/s against 52 MB/s for 4. */
const BATCH_CHUNKS = 16

export interface StagedOriginal {
  file: VerifiedFile
  /** The file id the chunks are stored under (the backup's, unless the vault already uses it). */
  target: string
}

interface Filling {
  staged: StagedOriginal
  /** The check's digest of each backup chunk of this file. */
  digests: readonly string[]
  /** Backup chunks seen. */
  received: number
  count: number
  index: number
  size: number
  buffer: Uint8Array
  filled: number
}

export const FILE_CHANGED = 'The backup file changed since it was checked (an original no longer matches what the check read). Check the backup again, then restore.'

export class OriginalStager {
  private filling: Filling | null = null
  private batch: Promise<FileChunkRow>[] = []
  /** Each pending chunk's comparison with the check's digest; true when equal. */
  private comparisons: Promise<boolean>[] = []
  /** At most one write in flight, overlapping the sealing of the next batch. */
  private writing: Promise<void> | null = null
  private readonly done = new Set<string>()
  /** Original bytes staged so far. */
  bytes = 0

  constructor(
    private readonly db: VaultDatabase,
    private readonly dataKey: CryptoKey,
    /** By the backup's file id. */
    private readonly originals: ReadonlyMap<string, StagedOriginal>,
    private readonly digests: ChunkDigests
  ) {}

  /** Chunks of other files (kept exhibits, files the vault already holds) pass by unwritten. */
  async add(entry: BackupFileChunkEntry): Promise<void> {
    const staged = this.originals.get(entry.fileId)
    if (!staged) return
    if (this.filling?.staged !== staged) await this.begin(staged)
    const f = this.filling!
    const expected = f.digests[f.received++]
    if (entry.index !== f.received - 1 || expected === undefined) throw new RestoreWriteError(FILE_CHANGED)
    const same = chunkDigest(entry).then((actual) => actual === expected)
    same.catch(() => undefined) // observed in flush()
    this.comparisons.push(same)
    f.size += entry.bytes.length
    if (f.size > staged.file.sizeBytes) throw new RestoreWriteError(FILE_CHANGED)
    let at = 0
    while (at < entry.bytes.length) {
      const take = Math.min(FILE_CHUNK_BYTES - f.filled, entry.bytes.length - at)
      if (f.filled === 0 && take === FILE_CHUNK_BYTES) {
        // The common case (the backup carries the vault's own 1 MiB chunks): seal the entry's bytes as they are.
        await this.seal(f, entry.bytes.subarray(at, at + take))
      } else {
        f.buffer.set(entry.bytes.subarray(at, at + take), f.filled)
        f.filled += take
        if (f.filled === FILE_CHUNK_BYTES) await this.sealFilled(f)
      }
      at += take
    }
    if (f.size === staged.file.sizeBytes) await this.end(f)
  }

  /** After the backup's end entry: every original arrived whole; waits for the last write. */
  async finish(): Promise<void> {
    if (this.filling || this.done.size !== this.originals.size) throw new RestoreWriteError(FILE_CHANGED)
    await this.flush()
    await this.writing
  }

  /** On failure: wait until no write is in flight, so discarding the staged chunks catches them all. */
  async settle(): Promise<void> {
    await this.writing?.catch(() => undefined)
  }

  private async begin(staged: StagedOriginal): Promise<void> {
    const digests = this.digests.get(staged.file.fileId)
    if (this.filling || this.done.has(staged.file.fileId) || !digests) throw new RestoreWriteError(FILE_CHANGED)
    this.filling = { staged, digests, received: 0, count: fileChunkCount(staged.file.sizeBytes), index: 0, size: 0, buffer: new Uint8Array(FILE_CHUNK_BYTES), filled: 0 }
  }

  private async end(f: Filling): Promise<void> {
    if (f.filled > 0) await this.sealFilled(f)
    if (f.index !== f.count || f.received !== f.digests.length) throw new RestoreWriteError(FILE_CHANGED)
    this.done.add(f.staged.file.fileId)
    this.bytes += f.size
    this.filling = null
  }

  private async sealFilled(f: Filling): Promise<void> {
    const bytes = f.buffer.subarray(0, f.filled)
    // A fresh buffer: the chunk just filled may still be being encrypted.
    f.buffer = new Uint8Array(FILE_CHUNK_BYTES)
    f.filled = 0
    await this.seal(f, bytes)
  }

  /** Starts encrypting; a batch's chunks are encrypted side by side (WebCrypto works off the main thread). */
  private async seal(f: Filling, bytes: Uint8Array): Promise<void> {
    const sealing = sealFileChunk(this.dataKey, f.staged.target, f.index, f.count, bytes)
    sealing.catch(() => undefined) // observed in flush()
    this.batch.push(sealing)
    f.index++
    if (this.batch.length >= BATCH_CHUNKS) await this.flush()
  }

  private async flush(): Promise<void> {
    const comparisons = this.comparisons
    this.comparisons = []
    if (!(await Promise.all(comparisons)).every(Boolean)) throw new RestoreWriteError(FILE_CHANGED)
    if (this.batch.length === 0) return
    const sealing = this.batch
    this.batch = []
    const rows = await Promise.all(sealing)
    await this.writing // a failed earlier write surfaces here, before more is written
    // bulkAdd, not bulkPut: a stored chunk is never overwritten.
    this.writing = this.db.fileChunks.bulkAdd(rows).then(() => undefined)
    this.writing.catch(() => undefined) // observed at the next flush or in finish()
  }
}
