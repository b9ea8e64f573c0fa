// What a backup holds, read from the vault: every record's decrypted JSON at its stored version
// (the restore upgrades, so an old record is backed up as it is), then every exhibit original,
// chunk by chunk. Memory stays bounded: records are read in batches by primary key, chunks a few at
// a time.
//
// Damage is never skipped silently: a backup that quietly lacks a record would be trusted in a
// crisis and found wanting. A record or chunk that does not decrypt stops the backup with
// BackupSourceError, naming the kind and what to do; the lawyer deletes or repairs it (damaged
// records are listed on the dossier list; Verify originals finds damaged exhibits) and backs up again.
import { z } from 'zod'
import { Envelope, FILE_CHUNK_BYTES, openBytes, openFileChunk, type FileChunkRow } from '@shared/crypto'
import type { BackupCounts, BackupItem } from '@shared/backup'
import type { VaultDatabase } from '../vault/vaultDatabase'

/** Rows decrypted per read: small enough to bound memory, large enough to keep IndexedDB busy. */
export const RECORD_BATCH = 200

export interface BackupProgress {
  /** Records and file bytes written so far, against the totals in `counts`. */
  records: number
  fileBytes: number
  counts: BackupCounts
}

export interface BackupSourceOptions {
  signal?: AbortSignal
  onProgress?: (progress: BackupProgress) => void
}

/** A stored file as the exhibit records describe it. */
export interface StoredFileRef {
  fileId: string
  chunkCount: number
  sizeBytes: number
  /** For the message when a chunk is damaged. */
  title: string
}

export interface BackupPlan {
  counts: BackupCounts
  files: StoredFileRef[]
}

export class BackupSourceError extends Error {
  constructor(message: string) {
    super(`${message} Nothing in your vault was changed, and no backup was made.`)
    this.name = 'BackupSourceError'
  }
}

// Only what locates the file: the rest of an exhibit may be at an older schema version.
const ExhibitFileRef = z.object({
  title: z.string().catch('an exhibit'),
  file: z.object({ fileId: z.uuid(), chunkCount: z.number().int().min(0), sizeBytes: z.number().int().min(0) })
})

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * The cheap first pass: row count, and the stored files from the exhibit records (zero-byte files
 * have no chunks, so nothing to back up). The header declares these counts before any entry.
 */
export async function planBackup(db: VaultDatabase, dataKey: CryptoKey): Promise<BackupPlan> {
  const records = await db.records.count()
  const files = new Map<string, StoredFileRef>()
  const exhibitRows = await db.records.where('kind').equals('exhibit').toArray()
  for (const row of exhibitRows) {
    const parsed = ExhibitFileRef.safeParse(await openRecordJson(dataKey, row).then((json) => JSON.parse(json) as unknown))
    if (!parsed.success) throw new BackupSourceError(damagedRecord('exhibit'))
    const { file, title } = parsed.data
    if (file.chunkCount > 0 && !files.has(file.fileId)) files.set(file.fileId, { fileId: file.fileId, chunkCount: file.chunkCount, sizeBytes: file.sizeBytes, title })
  }
  const list = [...files.values()].sort((a, b) => (a.fileId < b.fileId ? -1 : 1))
  return {
    counts: {
      records,
      files: list.length,
      fileChunks: list.reduce((n, f) => n + f.chunkCount, 0),
      fileBytes: list.reduce((n, f) => n + f.sizeBytes, 0)
    },
    files: list
  }
}

export async function* vaultBackupItems(db: VaultDatabase, dataKey: CryptoKey, plan: BackupPlan, options: BackupSourceOptions = {}): AsyncGenerator<BackupItem> {
  const { signal, onProgress } = options
  const progress: BackupProgress = { records: 0, fileBytes: 0, counts: plan.counts }
  let after: string | null = null
  for (;;) {
    signal?.throwIfAborted()
    const batch: Envelope[] = after === null ? await db.records.orderBy(':id').limit(RECORD_BATCH).toArray() : await db.records.where(':id').above(after).limit(RECORD_BATCH).toArray()
    if (batch.length === 0) break
    // Decrypted side by side (WebCrypto works off the main thread), handed on in key order.
    const opened = batch.map((row) => openRecordJson(dataKey, row))
    for (const o of opened) o.catch(() => undefined) // each is awaited below, in order
    for (const [i, row] of batch.entries()) {
      yield { type: 'record', kind: row.kind, id: row.id, v: row.v, json: await opened[i]! }
      progress.records++
      after = row.id
    }
    onProgress?.({ ...progress })
  }
  // Chunks are read CHUNK_BATCH at a time with one bulkGet (measured 110–212 MB/s against 77–105
  // one by one), the next batch is read while this one is decrypted, and a batch's chunks are
  // decrypted side by side (WebCrypto works off the main thread): at most three batches in memory.
  const batches = chunkBatches(plan.files)
  let reading = readBatch(db, batches.next().value)
  for (;;) {
    const batch = await reading
    if (batch === null) break
    reading = readBatch(db, batches.next().value)
    const opened = batch.rows.map((row) => (row === undefined ? null : openFileChunk(dataKey, row, batch.file.chunkCount)))
    for (const o of opened) o?.catch(() => undefined) // each is awaited below, in order
    for (let k = 0; k < opened.length; k++) {
      signal?.throwIfAborted()
      const { file } = batch
      const index = batch.first + k
      const opening = opened[k]
      if (opening === null || opening === undefined) throw new BackupSourceError(damagedFile(file.title, 'is missing part of its stored copy'))
      let bytes: Uint8Array
      try {
        bytes = await opening
      } catch {
        throw new BackupSourceError(damagedFile(file.title, 'has a damaged stored copy'))
      }
      if (index < file.chunkCount - 1 && bytes.length !== FILE_CHUNK_BYTES) throw new BackupSourceError(damagedFile(file.title, 'has a damaged stored copy'))
      yield { type: 'file-chunk', fileId: file.fileId, index, count: file.chunkCount, bytes }
      progress.fileBytes += bytes.length
      onProgress?.({ ...progress })
    }
  }
}

/** Chunks read with one bulkGet. */
const CHUNK_BATCH = 4

interface ChunkBatch {
  file: StoredFileRef
  first: number
  rows: (FileChunkRow | undefined)[]
}

/** Every file's chunks in order, CHUNK_BATCH at a time; a batch never spans two files. */
function* chunkBatches(files: readonly StoredFileRef[]): Generator<{ file: StoredFileRef; first: number; ids: string[] }> {
  for (const file of files)
    for (let first = 0; first < file.chunkCount; first += CHUNK_BATCH)
      // By index, not by primary key: the key order puts "x:10" before "x:2".
      yield { file, first, ids: Array.from({ length: Math.min(CHUNK_BATCH, file.chunkCount - first) }, (_, k) => `${file.fileId}:${first + k}`) }
}

function readBatch(db: VaultDatabase, next: { file: StoredFileRef; first: number; ids: string[] } | undefined): Promise<ChunkBatch | null> {
  if (next === undefined) return Promise.resolve(null)
  const reading = db.fileChunks.bulkGet(next.ids).then((rows) => ({ file: next.file, first: next.first, rows }))
  reading.catch(() => undefined) // awaited by the loop, unless it stopped first
  return reading
}

async function openRecordJson(dataKey: CryptoKey, row: unknown): Promise<string> {
  const env = Envelope.safeParse(row)
  const kind = env.success ? env.data.kind : 'stored'
  if (!env.success) throw new BackupSourceError(damagedRecord(kind))
  try {
    const json = decoder.decode(await openBytes(dataKey, env.data))
    JSON.parse(json)
    return json
  } catch {
    throw new BackupSourceError(damagedRecord(kind))
  }
}

function damagedRecord(kind: string): string {
  return `A stored ${kind} record is damaged and cannot be read, so it cannot be backed up. Damaged records are listed on the dossier list: delete or re-enter it, then back up again.`
}

function damagedFile(title: string, what: string): string {
  return `The exhibit “${title}” ${what}. Run Verify originals on its matter, delete the damaged exhibit and add its original again, then back up again.`
}
