// The self-describing start of a .redress-backup file:
//   "REDRESSBK\n" | u32 big-endian header length | header JSON (UTF-8)
// This layout, and the `formatVersion` field in the JSON, stay the same in every future format
// version, so any Redress can tell "made by a newer Redress" from "damaged" without decrypting.
// The header is readable without the passphrase (preview: date, counts) and is authenticated
// once the passphrase is known — see backupFrames.ts for how.
import { z } from 'zod'
import { KdfParams } from '@shared/crypto'
import { BackupFormatError } from './backupErrors'

export const BACKUP_MAGIC = new TextEncoder().encode('REDRESSBK\n')
export const BACKUP_FORMAT_VERSION = 1
/** A header is a few hundred bytes; the cap stops a hostile length from reserving memory. */
export const BACKUP_HEADER_MAX_BYTES = 64 * 1024
/** Read at least this many bytes from the start of a file to preview it with inspectBackupHeader. */
export const BACKUP_PREVIEW_BYTES = BACKUP_MAGIC.length + 4 + BACKUP_HEADER_MAX_BYTES
/** Plaintext per frame: memory stays bounded, and AES-GCM calls stay large enough to be fast. */
export const DEFAULT_FRAME_BYTES = 1024 * 1024
export const MIN_FRAME_BYTES = 1024
export const MAX_FRAME_BYTES = 16 * 1024 * 1024
/** A backup may come from another machine: it must not make this one reserve the 4 GiB KdfParams allows. */
const MAX_BACKUP_KDF_MEMORY_KIB = 1024 * 1024

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

export const BackupCounts = z
  .object({
    records: count,
    /** Distinct stored files (exhibit originals). */
    files: count,
    fileChunks: count,
    /** Sum of the files' original sizes: for the preview and a progress bar. */
    fileBytes: count
  })
  .strict()
export type BackupCounts = z.infer<typeof BackupCounts>

const HeaderKdf = z
  .object({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int().max(MAX_BACKUP_KDF_MEMORY_KIB),
    iterations: z.number().int(),
    parallelism: z.number().int(),
    saltHex: z.string().regex(/^(?:[0-9a-f]{2}){16,64}$/)
  })
  .strict()
  .transform((k, ctx): KdfParams => {
    const parsed = KdfParams.safeParse({ algorithm: k.algorithm, memoryKiB: k.memoryKiB, iterations: k.iterations, parallelism: k.parallelism, salt: hexToBytes(k.saltHex) })
    if (parsed.success) return parsed.data
    ctx.addIssue({ code: 'custom', message: 'KDF parameters are out of range.' })
    return z.NEVER
  })

export const BackupHeader = z
  .object({
    format: z.literal('redress-backup'),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    createdAt: z.iso.datetime({ offset: true }),
    appVersion: z.string().min(1).max(64),
    kdf: HeaderKdf,
    cipher: z.literal('AES-256-GCM'),
    frameBytes: z.number().int().min(MIN_FRAME_BYTES).max(MAX_FRAME_BYTES),
    counts: BackupCounts
  })
  .strict()
export type BackupHeader = z.infer<typeof BackupHeader>

/** Magic, length and JSON as written to the file; the frames authenticate exactly these bytes. */
export function encodeHeaderBlock(header: BackupHeader): Uint8Array {
  const { salt, ...kdf } = header.kdf
  const json = new TextEncoder().encode(JSON.stringify({ ...header, kdf: { ...kdf, saltHex: bytesToHex(salt) } }))
  if (json.length > BACKUP_HEADER_MAX_BYTES) throw new RangeError('Backup header is too large.')
  const block = new Uint8Array(BACKUP_MAGIC.length + 4 + json.length)
  block.set(BACKUP_MAGIC, 0)
  new DataView(block.buffer).setUint32(BACKUP_MAGIC.length, json.length)
  block.set(json, BACKUP_MAGIC.length + 4)
  return block
}

/**
 * Checks the magic bytes seen so far. A short file that matches as far as it goes is a truncated
 * backup; one that differs anywhere is something else.
 */
export function checkMagic(start: Uint8Array): void {
  for (let i = 0; i < Math.min(start.length, BACKUP_MAGIC.length); i++) {
    if (start[i] !== BACKUP_MAGIC[i]) throw new BackupFormatError('not-a-backup', 'The file does not start with the Redress backup signature.', i)
  }
  if (start.length < BACKUP_MAGIC.length)
    throw new BackupFormatError('truncated', `The file ends after ${start.length} bytes, inside the backup signature.`, start.length)
}

/** Reads the declared header length; `at` is its file offset, for the message. */
export function checkHeaderLength(length: number, at: number): void {
  if (length === 0 || length > BACKUP_HEADER_MAX_BYTES)
    throw new BackupFormatError('damaged', `The header length (${length} bytes) is impossible.`, at)
}

/** Parses header JSON. The version is looked at first so a newer file is never misreported as damaged. */
export function parseHeaderJson(json: Uint8Array, at: number): BackupHeader {
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json))
  } catch {
    throw new BackupFormatError('damaged', 'The header is not readable JSON.', at)
  }
  const version = typeof raw === 'object' && raw !== null && 'formatVersion' in raw ? raw.formatVersion : undefined
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION)
    throw new BackupFormatError('newer-version', `Backup format ${version}; this Redress reads format ${BACKUP_FORMAT_VERSION}.`, at)
  const parsed = BackupHeader.safeParse(raw)
  if (!parsed.success) {
    // Paths only: zod messages may quote values, and none belong in a log.
    const fields = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')
    throw new BackupFormatError('damaged', `The header fails validation at: ${fields}.`, at)
  }
  return parsed.data
}

export interface BackupPreview {
  /** Not yet authenticated: shown to help pick the right file, trusted only once the passphrase opens it. */
  header: BackupHeader
  /** File offset where the encrypted frames begin. */
  framesStart: number
}

/** Reads the header from the first bytes of a file (at least BACKUP_PREVIEW_BYTES, or the whole file if smaller). */
export function inspectBackupHeader(firstBytes: Uint8Array): BackupPreview {
  checkMagic(firstBytes)
  const lengthAt = BACKUP_MAGIC.length
  if (firstBytes.length < lengthAt + 4) throw new BackupFormatError('truncated', 'The file ends inside the header length.', firstBytes.length)
  const length = new DataView(firstBytes.buffer, firstBytes.byteOffset, firstBytes.byteLength).getUint32(lengthAt)
  checkHeaderLength(length, lengthAt)
  const jsonAt = lengthAt + 4
  if (firstBytes.length < jsonAt + length) throw new BackupFormatError('truncated', 'The file ends inside the header.', firstBytes.length)
  return { header: parseHeaderJson(firstBytes.subarray(jsonAt, jsonAt + length), jsonAt), framesStart: jsonAt + length }
}

function bytesToHex(bytes: Uint8Array): string {
  let hex = ''
  for (const b of bytes) hex += b.toString(16).padStart(2, '0')
  return hex
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}
