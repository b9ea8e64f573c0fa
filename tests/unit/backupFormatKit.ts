// Test kit for the .redress-backup format tests: a fast stand-in KDF, sample vault content, byte
// sources of chosen chunk sizes, and an independent walk over the file layout for tampering.
import { createHash } from 'node:crypto'
import { newKdfParams, type KdfFunction, type KdfParams } from '@shared/crypto'
import { BackupFormatError, createBackupWriter, openBackup, type BackupCounts, type BackupEntry, type BackupItem } from '@shared/backup'
import { patternBytes } from '../support/exhibitSamples'

export const PASS = 'ferry lantern quartz mosaic 1984'
export const FILE_A = '0b7f5a64-2f0e-4c1e-9a55-1d1f3b9e6a01'
export const FILE_B = '6c2d8e1a-93f4-4b7d-8e21-5a0c7f3d9b02'
export const CREATED = new Date('2026-03-14T09:30:00.000Z')

/** Argon2id at full cost would make the hundreds of reads below take minutes; the format is what is tested. */
export function countingKdf(): { kdf: KdfFunction; calls: () => number } {
  let calls = 0
  const kdf: KdfFunction = async (passphrase, params) => {
    calls++
    return new Uint8Array(createHash('sha256').update(passphrase).update(params.salt).digest())
  }
  return { kdf, calls: () => calls }
}
export const fastKdf = countingKdf().kdf

/** Deterministic bytes; seed 7 as these tests always used. */
export const pattern = (size: number, seed = 7): Uint8Array => patternBytes(size, seed)

export const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Records in several scripts, and two files split into chunks of `chunkBytes`. */
export function sampleItems(fileSizes: [number, number], chunkBytes: number): BackupItem[] {
  const records: BackupItem[] = [
    { type: 'record', kind: 'dossier', id: 'd-1', v: 3, json: JSON.stringify({ name: 'Gülşen Yıldırım', note: 'محامي الدفاع', alias: '王小明', city: 'Алматы' }) },
    { type: 'record', kind: 'exhibit', id: 'e-1', v: 1, json: JSON.stringify({ fileId: FILE_A, sha256: 'x'.repeat(64) }) },
    { type: 'record', kind: 'settings', id: 'settings', v: 1, json: '{}' }
  ]
  const files: BackupItem[] = []
  for (const [fileId, size, seed] of [[FILE_A, fileSizes[0], 1], [FILE_B, fileSizes[1], 2]] as const) {
    const bytes = pattern(size, seed)
    const count = Math.ceil(size / chunkBytes)
    for (let index = 0; index < count; index++)
      files.push({ type: 'file-chunk', fileId, index, count, bytes: bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes) })
  }
  return [...records.slice(0, 1), ...files, ...records.slice(1)]
}

export function countsOf(items: readonly BackupItem[]): BackupCounts {
  const files = new Set<string>()
  let fileChunks = 0
  let fileBytes = 0
  for (const i of items) {
    if (i.type !== 'file-chunk') continue
    files.add(i.fileId)
    fileChunks++
    fileBytes += i.bytes.length
  }
  return { records: items.filter((i) => i.type === 'record').length, files: files.size, fileChunks, fileBytes }
}

export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const c of chunks) parts.push(new Uint8Array(c))
  return Buffer.concat(parts)
}

export async function makeBackup(
  items: BackupItem[],
  options: { frameBytes?: number; passphrase?: string; kdf?: KdfFunction; kdfParams?: KdfParams; counts?: BackupCounts } = {}
): Promise<Uint8Array> {
  const writer = createBackupWriter({
    passphrase: options.passphrase ?? PASS,
    kdf: options.kdf ?? fastKdf,
    kdfParams: options.kdfParams ?? newKdfParams(),
    createdAt: CREATED,
    appVersion: '0.1.0',
    counts: options.counts ?? countsOf(items),
    frameBytes: options.frameBytes
  })
  return collect(writer.encode(items))
}

/** Feeds `bytes` in pieces: a fixed size, or sizes from a seeded generator. */
export async function* pieces(bytes: Uint8Array, size: number | ((i: number) => number)): AsyncGenerator<Uint8Array> {
  let at = 0
  for (let i = 0; at < bytes.length; i++) {
    const n = typeof size === 'number' ? size : size(i)
    yield bytes.slice(at, at + n)
    at += n
  }
}

export function seededSizes(seed: number, max: number): (i: number) => number {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) >>> 0
    return 1 + (x % max)
  }
}

export type ReadOutcome = { ok: true; entries: BackupEntry[] } | { ok: false; error: BackupFormatError }

export async function readAll(bytes: Uint8Array, options: { passphrase?: string; kdf?: KdfFunction; pieceSize?: number | ((i: number) => number) } = {}): Promise<ReadOutcome> {
  try {
    const { entries } = await openBackup(pieces(bytes, options.pieceSize ?? 65_536), { passphrase: options.passphrase ?? PASS, kdf: options.kdf ?? fastKdf })
    const out: BackupEntry[] = []
    for await (const e of entries) out.push(e)
    return { ok: true, entries: out }
  } catch (e) {
    if (e instanceof BackupFormatError) return { ok: false, error: e }
    throw e
  }
}

export async function failureCode(bytes: Uint8Array, options: Parameters<typeof readAll>[1] = {}): Promise<string> {
  const outcome = await readAll(bytes, options)
  return outcome.ok ? 'read without error' : outcome.error.code
}

export interface Span {
  start: number
  end: number
}
export interface Layout {
  magic: Span
  headerLength: Span
  headerJson: Span
  /** Frame 0 is the key check; `final` marks the last. */
  frames: (Span & { final: boolean; body: Span })[]
}

/** Walks the documented layout without using the reader, so tests can aim at exact bytes. */
export function layoutOf(file: Uint8Array): Layout {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  const jsonLength = view.getUint32(10)
  const frames: Layout['frames'] = []
  let at = 14 + jsonLength
  while (at < file.length) {
    const length = view.getUint32(at)
    frames.push({ start: at, end: at + 17 + length, final: file[at + 4] === 1, body: { start: at + 17, end: at + 17 + length } })
    at += 17 + length
  }
  return { magic: { start: 0, end: 10 }, headerLength: { start: 10, end: 14 }, headerJson: { start: 14, end: 14 + jsonLength }, frames }
}

/** Replaces the header JSON (fixing its length field) and keeps the frames as they are. */
export function withHeaderJson(file: Uint8Array, edit: (header: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const layout = layoutOf(file)
  const json = JSON.parse(Buffer.from(file.subarray(layout.headerJson.start, layout.headerJson.end)).toString('utf8')) as Record<string, unknown>
  const edited = Buffer.from(JSON.stringify(edit(json)), 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(edited.length)
  return Buffer.concat([file.subarray(0, 10), length, edited, file.subarray(layout.headerJson.end)])
}

export function flipped(file: Uint8Array, at: number, mask = 0x01): Uint8Array {
  const copy = new Uint8Array(file)
  copy[at] = (copy[at] as number) ^ mask
  return copy
}
