// Exhibit originals are stored as AES-256-GCM chunks of 1 MiB: memory per step stays bounded, and
// the streamed backup (issue 6) can read a file chunk by chunk. The AAD binds
// file-chunk|fileId|index|count|1, so a chunk cannot be moved to another file or position, the
// file cannot be shortened (every chunk carries the count), and a chunk cannot be replayed under
// another format version.
import { z } from 'zod'
import { randomBytes } from './kdf'

export const FILE_CHUNK_BYTES = 1024 * 1024
const FILE_CHUNK_FORMAT = 1

const chunkIdPattern = /^([0-9a-f-]{36}):(\d+)$/

export const FileChunkRow = z
  .object({
    id: z.string().regex(chunkIdPattern),
    fileId: z.uuid(),
    index: z.number().int().min(0),
    iv: z.instanceof(Uint8Array).refine((b) => b.length === 12, { message: 'IV must be 12 bytes.' }),
    ct: z.instanceof(Uint8Array).refine((b) => b.length >= 17, { message: 'Chunk ciphertext is truncated.' })
  })
  .strict()
  .refine((r) => r.id === `${r.fileId}:${r.index}`, { message: 'Chunk id does not match its file and position.', path: ['id'] })
export type FileChunkRow = z.infer<typeof FileChunkRow>

export class FileChunkIntegrityError extends Error {
  constructor(
    readonly fileId: string,
    readonly index: number | null,
    reason: string
  ) {
    super(`A stored file chunk ${reason}`)
    this.name = 'FileChunkIntegrityError'
  }
}

const encoder = new TextEncoder()

export function fileChunkAad(fileId: string, index: number, count: number): Uint8Array<ArrayBuffer> {
  return encoder.encode(`file-chunk|${fileId}|${index}|${count}|${FILE_CHUNK_FORMAT}`)
}

/** A zero-byte file has no chunks: there is nothing to encrypt, and its SHA-256 still proves it empty. */
export function fileChunkCount(sizeBytes: number): number {
  return Math.ceil(sizeBytes / FILE_CHUNK_BYTES)
}

export async function sealFileChunk(key: CryptoKey, fileId: string, index: number, count: number, bytes: Uint8Array): Promise<FileChunkRow> {
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 0 || index >= count) throw new RangeError(`Chunk ${index} is outside a file of ${count} chunks.`)
  if (bytes.length === 0 || bytes.length > FILE_CHUNK_BYTES) throw new RangeError(`A file chunk holds 1 to ${FILE_CHUNK_BYTES} bytes.`)
  const iv = randomBytes(12)
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: fileChunkAad(fileId, index, count) },
    key,
    bytes as Uint8Array<ArrayBuffer>
  )
  return { id: `${fileId}:${index}`, fileId, index, iv, ct: new Uint8Array(ct) }
}

/** Decrypts one chunk of a file of `expectedCount` chunks; any tampering throws FileChunkIntegrityError. */
export async function openFileChunk(key: CryptoKey, row: unknown, expectedCount: number): Promise<Uint8Array> {
  const parsed = FileChunkRow.safeParse(row)
  if (!parsed.success) throw new FileChunkIntegrityError(rowFileId(row), null, 'is malformed.')
  const r = parsed.data
  try {
    const pt = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: r.iv as Uint8Array<ArrayBuffer>, additionalData: fileChunkAad(r.fileId, r.index, expectedCount) },
      key,
      r.ct as Uint8Array<ArrayBuffer>
    )
    return new Uint8Array(pt)
  } catch {
    throw new FileChunkIntegrityError(r.fileId, r.index, `(${r.index + 1} of ${expectedCount}) failed its integrity check.`)
  }
}

/** Splits and seals a whole file; every chunk is encrypted before anything is written. */
export async function sealFileChunks(key: CryptoKey, fileId: string, bytes: Uint8Array): Promise<FileChunkRow[]> {
  const count = fileChunkCount(bytes.length)
  const rows: FileChunkRow[] = []
  for (let i = 0; i < count; i++) {
    rows.push(await sealFileChunk(key, fileId, i, count, bytes.subarray(i * FILE_CHUNK_BYTES, (i + 1) * FILE_CHUNK_BYTES)))
  }
  return rows
}

/**
 * Reassembles a file from its stored rows (in any order). Exactly one row per position 0…count-1
 * must be present; a missing, extra, moved or altered chunk throws FileChunkIntegrityError.
 */
export async function openFileChunks(key: CryptoKey, fileId: string, rows: readonly unknown[], expectedCount: number): Promise<Uint8Array> {
  if (rows.length !== expectedCount) throw new FileChunkIntegrityError(fileId, null, `set has ${rows.length} of ${expectedCount} chunks.`)
  const byIndex = new Map<number, unknown>()
  for (const row of rows) {
    const index = rowIndex(row)
    if (rowFileId(row) !== fileId || index === null || index >= expectedCount || byIndex.has(index))
      throw new FileChunkIntegrityError(fileId, index, 'is out of place.')
    byIndex.set(index, row)
  }
  const parts: Uint8Array[] = []
  let total = 0
  try {
    for (let i = 0; i < expectedCount; i++) {
      const part = await openFileChunk(key, byIndex.get(i), expectedCount)
      // Every chunk but the last is full: a short chunk in the middle means the file was altered.
      if (i < expectedCount - 1 && part.length !== FILE_CHUNK_BYTES) throw new FileChunkIntegrityError(fileId, i, 'has the wrong length.')
      parts.push(part)
      total += part.length
    }
    return joinBytes(parts, total)
  } finally {
    for (const p of parts) p.fill(0)
  }
}

function rowFileId(row: unknown): string {
  return typeof row === 'object' && row !== null && 'fileId' in row && typeof row.fileId === 'string' ? row.fileId : '?'
}

function rowIndex(row: unknown): number | null {
  return typeof row === 'object' && row !== null && 'index' in row && typeof row.index === 'number' && Number.isInteger(row.index) && row.index >= 0 ? row.index : null
}

/** The parts one after another in a new array; `total` is the sum of their lengths. */
export function joinBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
