import { describe, expect, it } from 'vitest'
import { FILE_CHUNK_BYTES, argon2idBytes, newKdfParams } from '@shared/crypto'
import {
  BACKUP_PREVIEW_BYTES,
  BackupFormatError,
  BackupWriteError,
  createBackupWriter,
  inspectBackupHeader,
  openBackup,
  readBackup,
  type BackupEntry,
  type BackupItem
} from '@shared/backup'
import {
  CREATED,
  FILE_A,
  FILE_B,
  PASS,
  collect,
  countingKdf,
  countsOf,
  fastKdf,
  layoutOf,
  makeBackup,
  pieces,
  readAll,
  sampleItems,
  seededSizes,
  sha,
  withHeaderJson
} from './backupFormatKit'

const SMALL_FRAME = 1024

function itemsOnly(entries: BackupEntry[]): BackupEntry[] {
  return entries.filter((e) => e.type !== 'end')
}

/** Entries with bytes as hex, so toEqual compares content and not buffer identity. */
function comparable(entries: readonly BackupEntry[]): unknown[] {
  return entries.map((e) => (e.type === 'file-chunk' ? { ...e, bytes: Buffer.from(e.bytes).toString('hex') } : e))
}

function fileHashes(entries: readonly BackupEntry[]): Map<string, string> {
  const parts = new Map<string, Uint8Array[]>()
  for (const e of entries) if (e.type === 'file-chunk') parts.set(e.fileId, [...(parts.get(e.fileId) ?? []), e.bytes])
  return new Map([...parts].map(([id, p]) => [id, sha(Buffer.concat(p))]))
}

describe('.redress-backup round trip', () => {
  const items = sampleItems([5000, 2300], 1000)

  it.each([
    ['1-byte pieces', 1],
    ['7-byte pieces', 7],
    ['seeded random pieces', seededSizes(42, 3000)],
    ['one piece', Number.MAX_SAFE_INTEGER]
  ])('gives back every record and file byte for byte with %s (entries spanning frames)', async (_label, pieceSize) => {
    const file = await makeBackup(items, { frameBytes: SMALL_FRAME })
    expect(layoutOf(file).frames.length).toBeGreaterThan(8) // entries really do cross frame boundaries
    const outcome = await readAll(file, { pieceSize })
    if (!outcome.ok) throw outcome.error
    expect(comparable(itemsOnly(outcome.entries))).toEqual(comparable(items))
    expect(outcome.entries.at(-1)).toEqual({ type: 'end', counts: countsOf(items) })
  })

  it('keeps real 1 MiB exhibit chunks intact across default-size frames (SHA-256 compared)', async () => {
    const big = sampleItems([FILE_CHUNK_BYTES * 2 + 12_345, FILE_CHUNK_BYTES], FILE_CHUNK_BYTES)
    const file = await makeBackup(big)
    const outcome = await readAll(file, { pieceSize: seededSizes(9, 200_000) })
    if (!outcome.ok) throw outcome.error
    const expected = fileHashes(big as BackupEntry[])
    expect(expected.size).toBe(2)
    expect(fileHashes(outcome.entries)).toEqual(expected)
    expect(outcome.entries.filter((e) => e.type === 'record').map((e) => e.type === 'record' && e.json)).toEqual(
      big.filter((e) => e.type === 'record').map((e) => e.type === 'record' && e.json)
    )
  })

  it('round-trips an empty vault', async () => {
    const file = await makeBackup([])
    const outcome = await readAll(file)
    if (!outcome.ok) throw outcome.error
    expect(outcome.entries).toEqual([{ type: 'end', counts: { records: 0, files: 0, fileChunks: 0, fileBytes: 0 } }])
  })

  it('works with the real Argon2id KDF', async () => {
    const kdfParams = { ...newKdfParams(), memoryKiB: 19_456, iterations: 2, parallelism: 1 }
    const file = await makeBackup(items, { kdf: argon2idBytes, kdfParams })
    const outcome = await readAll(file, { kdf: argon2idBytes })
    if (!outcome.ok) throw outcome.error
    expect(comparable(itemsOnly(outcome.entries))).toEqual(comparable(items))
  })

  it('authenticates the header before the first entry and offers it through openBackup', async () => {
    const file = await makeBackup(items, { frameBytes: SMALL_FRAME })
    const { header, entries } = await openBackup(pieces(file, 100), { passphrase: PASS, kdf: fastKdf })
    expect(header).toMatchObject({ formatVersion: 1, createdAt: CREATED.toISOString(), appVersion: '0.1.0', counts: countsOf(items), frameBytes: SMALL_FRAME })
    const first = await entries.next()
    expect(first.value).toMatchObject({ type: 'record', kind: 'dossier', id: 'd-1', v: 3 })
    await entries.return(undefined)
  })

  it('readBackup yields the same entries as openBackup', async () => {
    const file = await makeBackup(items)
    const seen: BackupEntry[] = []
    for await (const e of readBackup(pieces(file, 333), { passphrase: PASS, kdf: fastKdf })) seen.push(e)
    expect(comparable(itemsOnly(seen))).toEqual(comparable(items))
  })

  it('never holds the passphrase, the derived key or any plaintext in the clear', async () => {
    const { kdf } = countingKdf()
    const kdfParams = newKdfParams()
    const file = Buffer.from(await makeBackup(items, { kdf, kdfParams }))
    const key = Buffer.from(await kdf(PASS, kdfParams))
    expect(file.indexOf(key)).toBe(-1)
    expect(file.indexOf(Buffer.from(PASS))).toBe(-1)
    expect(file.indexOf(Buffer.from('Gülşen'))).toBe(-1)
    expect(file.indexOf(Buffer.from('dossier'))).toBe(-1)
    expect(file.indexOf(Buffer.from(FILE_A))).toBe(-1)
    const firstFileChunk = items.find((i) => i.type === 'file-chunk')
    expect(firstFileChunk && file.indexOf(Buffer.from(firstFileChunk.bytes.subarray(0, 32)))).toBe(-1)
  })

  it('two backups of the same vault with the same passphrase share no salt and no ciphertext', async () => {
    const a = await makeBackup(items)
    const b = await makeBackup(items)
    const la = layoutOf(a)
    const lb = layoutOf(b)
    expect(Buffer.from(a.subarray(la.headerJson.start, la.headerJson.end)).equals(Buffer.from(b.subarray(lb.headerJson.start, lb.headerJson.end)))).toBe(false)
    const fa = la.frames[1] as { body: { start: number; end: number } }
    const fb = lb.frames[1] as { body: { start: number; end: number } }
    expect(Buffer.from(a.subarray(fa.body.start, fa.body.end)).equals(Buffer.from(b.subarray(fb.body.start, fb.body.end)))).toBe(false)
  })
})

describe('.redress-backup preview', () => {
  it('shows date, app version and counts from the first bytes without the passphrase', async () => {
    const items = sampleItems([5000, 2300], 1000)
    const file = await makeBackup(items)
    const preview = inspectBackupHeader(file.subarray(0, BACKUP_PREVIEW_BYTES))
    expect(preview.header.createdAt).toBe(CREATED.toISOString())
    expect(preview.header.appVersion).toBe('0.1.0')
    expect(preview.header.counts).toEqual({ records: 3, files: 2, fileChunks: 8, fileBytes: 7300 })
    expect(preview.framesStart).toBe(layoutOf(file).headerJson.end)
  })

  it('reports a cut-off header, a foreign file and a newer format', async () => {
    const file = await makeBackup([])
    const code = (bytes: Uint8Array) => {
      try {
        inspectBackupHeader(bytes)
        return 'ok'
      } catch (e) {
        return e instanceof BackupFormatError ? e.code : 'other error'
      }
    }
    expect(code(file.subarray(0, 4))).toBe('truncated')
    expect(code(file.subarray(0, 12))).toBe('truncated')
    expect(code(file.subarray(0, 40))).toBe('truncated')
    expect(code(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('not-a-backup')
    expect(code(withHeaderJson(file, (h) => ({ ...h, formatVersion: 2 })))).toBe('newer-version')
    expect(code(file)).toBe('ok')
  })
})

describe('the writer refuses input that would make a bad backup', () => {
  const record = (id: string): BackupItem => ({ type: 'record', kind: 'dossier', id, v: 1, json: '{}' })
  const chunk = (fileId: string, index: number, count: number): BackupItem => ({ type: 'file-chunk', fileId, index, count, bytes: new Uint8Array([index + 1]) })

  it.each([
    ['counts that do not match what was written', [record('a')], { records: 2, files: 0, fileChunks: 0, fileBytes: 0 }],
    ['a record id twice', [record('a'), record('a')], null],
    ['a chunk out of order', [chunk(FILE_A, 1, 2), chunk(FILE_A, 0, 2)], null],
    ['a file left incomplete', [chunk(FILE_A, 0, 2)], { records: 0, files: 1, fileChunks: 1, fileBytes: 1 }],
    ['a record between the chunks of a file', [chunk(FILE_A, 0, 2), record('a'), chunk(FILE_A, 1, 2)], null],
    ['a file that appears twice', [chunk(FILE_A, 0, 1), chunk(FILE_B, 0, 1), chunk(FILE_A, 0, 1)], null],
    ['a record that is not JSON', [{ type: 'record', kind: 'dossier', id: 'a', v: 1, json: '{"name": ' } as BackupItem], null],
    ['an empty file chunk', [{ type: 'file-chunk', fileId: FILE_A, index: 0, count: 1, bytes: new Uint8Array(0) } as BackupItem], null]
  ])('%s', async (_label, items, counts) => {
    await expect(makeBackup(items, { counts: counts ?? countsOf(items) })).rejects.toBeInstanceOf(BackupWriteError)
  })

  it('an empty passphrase', () => {
    expect(() =>
      createBackupWriter({ passphrase: '', kdf: fastKdf, createdAt: CREATED, appVersion: '0.1.0', counts: { records: 0, files: 0, fileChunks: 0, fileBytes: 0 } })
    ).toThrow(BackupWriteError)
  })

  it('explains what to do in its message', async () => {
    const error = await makeBackup([record('a')], { counts: { records: 2, files: 0, fileChunks: 0, fileBytes: 0 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackupWriteError)
    expect((error as Error).message).toMatch(/changed while the backup was being made.*make the backup again/s)
  })

  it('encodes one backup per writer', async () => {
    const writer = createBackupWriter({ passphrase: PASS, kdf: fastKdf, createdAt: CREATED, appVersion: '0.1.0', counts: countsOf([]) })
    await collect(writer.encode([]))
    await expect(collect(writer.encode([]))).rejects.toThrow(/one backup/)
  })
})
