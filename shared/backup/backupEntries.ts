// What a backup holds, inside the encrypted frames: a stream of typed entries, each encoded as
//   u8 type | u32 meta length | meta JSON (UTF-8) | u32 body length | body
// Records carry their decrypted JSON at their envelope version, so a restore re-validates them
// with the vault's own zod schemas and re-seals them under the destination vault's key (the
// vault's data key is non-extractable and cannot travel). File chunks carry raw bytes, never base64.
// An entry may span frames. The stream ends with exactly one `end` entry.
import { z } from 'zod'
import { Envelope, FILE_CHUNK_BYTES } from '@shared/crypto'
import { BackupCounts } from './backupHeader'

/** A single record's JSON is far below this; the cap bounds the memory a damaged length can claim. */
export const MAX_RECORD_JSON_BYTES = 32 * 1024 * 1024
const MAX_META_BYTES = 4 * 1024

const ENTRY_TYPE = { record: 1, 'file-chunk': 2, end: 3 } as const
type EntryType = keyof typeof ENTRY_TYPE

const RecordMeta = Envelope.pick({ kind: true, id: true, v: true })
const FileChunkMeta = z
  .object({ fileId: z.uuid(), index: z.number().int().min(0), count: z.number().int().min(1) })
  .strict()
  .refine((m) => m.index < m.count, { message: 'Chunk index is outside its file.', path: ['index'] })
const EndMeta = z.object({ counts: BackupCounts }).strict()

export const BackupRecordEntry = z
  .object({ type: z.literal('record'), ...RecordMeta.shape, json: z.string().min(1) })
  .strict()
export type BackupRecordEntry = z.infer<typeof BackupRecordEntry>

export const BackupFileChunkEntry = z
  .object({
    type: z.literal('file-chunk'),
    fileId: z.uuid(),
    index: z.number().int().min(0),
    count: z.number().int().min(1),
    // z.custom keeps the type as any Uint8Array view (a Node Buffer slice included), not only ArrayBuffer-backed.
    bytes: z.custom<Uint8Array>((b) => b instanceof Uint8Array).refine((b) => b.length >= 1 && b.length <= FILE_CHUNK_BYTES, { message: `A file chunk holds 1 to ${FILE_CHUNK_BYTES} bytes.` })
  })
  .strict()
  .refine((e) => e.index < e.count, { message: 'Chunk index is outside its file.', path: ['index'] })
export type BackupFileChunkEntry = z.infer<typeof BackupFileChunkEntry>

export interface BackupEndEntry {
  type: 'end'
  counts: BackupCounts
}

/** What the writer accepts; the writer adds the `end` entry itself. */
export type BackupItem = BackupRecordEntry | BackupFileChunkEntry
/** What the reader yields; `end` comes last and only once the whole file has been verified. */
export type BackupEntry = BackupItem | BackupEndEntry

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** Type, meta and body length as one small buffer; the body follows separately (no copy of file bytes). */
export function encodeEntryHead(type: EntryType, meta: object, bodyLength: number): Uint8Array {
  const metaBytes = encoder.encode(JSON.stringify(meta))
  const head = new Uint8Array(1 + 4 + metaBytes.length + 4)
  const view = new DataView(head.buffer)
  head[0] = ENTRY_TYPE[type]
  view.setUint32(1, metaBytes.length)
  head.set(metaBytes, 5)
  view.setUint32(5 + metaBytes.length, bodyLength)
  return head
}

export function encodeRecordBody(entry: BackupRecordEntry): Uint8Array {
  return encoder.encode(entry.json)
}

/** Returns n plaintext bytes, or fewer only where the plaintext ends. */
export type PlaintextRead = (n: number) => Promise<Uint8Array>

export class EntryDecodeError extends Error {}

/**
 * Decodes one entry. Throws EntryDecodeError for anything malformed; the caller turns that into
 * 'invalid-entry', since every byte here has already passed authentication.
 */
export async function decodeEntry(read: PlaintextRead): Promise<BackupEntry> {
  const typeByte = (await exact(read, 1, 'entry type'))[0]
  const type = (Object.keys(ENTRY_TYPE) as EntryType[]).find((t) => ENTRY_TYPE[t] === typeByte)
  if (type === undefined) throw new EntryDecodeError(`Unknown entry type ${typeByte}.`)
  const metaLength = u32(await exact(read, 4, 'meta length'))
  if (metaLength > MAX_META_BYTES) throw new EntryDecodeError(`A ${type} entry's description is too long.`)
  const meta = parseJson(await exact(read, metaLength, 'meta'), type)
  const bodyLength = u32(await exact(read, 4, 'body length'))
  const maxBody = type === 'record' ? MAX_RECORD_JSON_BYTES : type === 'file-chunk' ? FILE_CHUNK_BYTES : 0
  if (bodyLength > maxBody) throw new EntryDecodeError(`A ${type} entry's body length (${bodyLength}) is out of range.`)
  const body = await exact(read, bodyLength, `${type} body`)
  if (type === 'record') {
    let json: string
    try {
      json = decoder.decode(body)
      JSON.parse(json)
    } catch {
      throw new EntryDecodeError('A record is not readable JSON.')
    }
    return checked(BackupRecordEntry, { type, ...checked(RecordMeta, meta, type), json }, type)
  }
  if (type === 'file-chunk') return checked(BackupFileChunkEntry, { type, ...checked(FileChunkMeta, meta, type), bytes: body }, type)
  return { type, ...checked(EndMeta, meta, type) }
}

async function exact(read: PlaintextRead, n: number, what: string): Promise<Uint8Array> {
  const bytes = await read(n)
  if (bytes.length < n) throw new EntryDecodeError(`The entries end inside a ${what}.`)
  return bytes
}

function u32(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0)
}

function parseJson(bytes: Uint8Array, type: EntryType): unknown {
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown
  } catch {
    throw new EntryDecodeError(`A ${type} entry's description is not readable JSON.`)
  }
}

function checked<T>(schema: z.ZodType<T>, value: unknown, type: EntryType): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw new EntryDecodeError(`A ${type} entry fails validation at: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}.`)
}

/**
 * The order rules both sides enforce: record ids are unique; a file's chunks come together, in
 * order 0…count-1, all with the same count; no file appears twice. Together with the final
 * counts this lets a restore check each file's SHA-256 as it streams past.
 */
export class BackupTally {
  private readonly recordIds = new Set<string>()
  private readonly fileIds = new Set<string>()
  private current: { fileId: string; count: number; next: number } | null = null
  readonly counts: BackupCounts = { records: 0, files: 0, fileChunks: 0, fileBytes: 0 }

  /** Returns a reason when the item breaks a rule, else counts it. */
  add(item: BackupItem): string | null {
    if (item.type === 'record') {
      if (this.fileOpen()) return 'A record appears between the chunks of a file.'
      if (this.recordIds.has(item.id)) return 'A record appears twice.'
      this.recordIds.add(item.id)
      this.counts.records++
      return null
    }
    if (this.fileOpen()) {
      const c = this.current as { fileId: string; count: number; next: number }
      if (item.fileId !== c.fileId || item.index !== c.next || item.count !== c.count) return 'A file chunk is out of order.'
    } else {
      if (item.index !== 0 || this.fileIds.has(item.fileId)) return 'A file chunk is out of order.'
      this.fileIds.add(item.fileId)
      this.current = { fileId: item.fileId, count: item.count, next: 0 }
      this.counts.files++
    }
    const c = this.current as { fileId: string; count: number; next: number }
    c.next++
    this.counts.fileChunks++
    this.counts.fileBytes += item.bytes.length
    return null
  }

  /** Returns a reason when the stream cannot end here with the declared counts. */
  closeWith(declared: BackupCounts): string | null {
    if (this.fileOpen()) return 'The last file is missing chunks.'
    const c = this.counts
    if (c.records !== declared.records || c.files !== declared.files || c.fileChunks !== declared.fileChunks || c.fileBytes !== declared.fileBytes)
      return `Counted ${c.records} records, ${c.files} files, ${c.fileChunks} chunks, ${c.fileBytes} bytes; declared ${declared.records}, ${declared.files}, ${declared.fileChunks}, ${declared.fileBytes}.`
    return null
  }

  private fileOpen(): boolean {
    return this.current !== null && this.current.next < this.current.count
  }
}
