import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  FILE_CHUNK_BYTES,
  FileChunkIntegrityError,
  fileChunkCount,
  generateDataKey,
  openFileChunk,
  openFileChunks,
  sealFileChunk,
  sealFileChunks,
  type FileChunkRow
} from '@shared/crypto'
import { patternBytes } from '../support/exhibitSamples'

const FILE_A = '0b7f5a64-2f0e-4c1e-9a55-1d1f3b9e6a01'
const FILE_B = '6c2d8e1a-93f4-4b7d-8e21-5a0c7f3d9b02'

const pattern = (size: number, seed = 7) => patternBytes(size, seed)

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

describe('encrypted file chunks', () => {
  it.each([
    ['0 B', 0, 0],
    ['1 B', 1, 1],
    ['exactly 1 MiB', FILE_CHUNK_BYTES, 1],
    ['2.5 MiB', FILE_CHUNK_BYTES * 2.5, 3]
  ])('round-trips %s in the expected number of chunks', async (_label, size, chunks) => {
    const key = await generateDataKey()
    const bytes = pattern(size)
    const rows = await sealFileChunks(key, FILE_A, bytes)
    expect(rows).toHaveLength(chunks)
    expect(fileChunkCount(size)).toBe(chunks)
    expect(rows.map((r) => r.id)).toEqual(rows.map((_r, i) => `${FILE_A}:${i}`))
    // Reading accepts rows in any order (IndexedDB returns them by id, "…:10" before "…:2").
    const back = await openFileChunks(key, FILE_A, [...rows].reverse(), chunks)
    expect(back.length).toBe(size)
    expect(sha(back)).toBe(sha(bytes))
  })

  it('keeps nothing readable in a stored row', async () => {
    const key = await generateDataKey()
    const text = new TextEncoder().encode('Arrest warrant no. 2019/4471 against Gülşen Yıldırım')
    const [row] = await sealFileChunks(key, FILE_A, text)
    expect(Buffer.from(row!.ct).toString('latin1')).not.toContain('warrant')
    expect(Object.keys(row!).sort()).toEqual(['ct', 'fileId', 'id', 'index', 'iv'])
  })

  it('detects a flipped byte', async () => {
    const key = await generateDataKey()
    const rows = await sealFileChunks(key, FILE_A, pattern(FILE_CHUNK_BYTES + 10))
    rows[1]!.ct[3]! ^= 0x01
    await expect(openFileChunks(key, FILE_A, rows, 2)).rejects.toBeInstanceOf(FileChunkIntegrityError)
  })

  it('detects two chunks swapped in place', async () => {
    const key = await generateDataKey()
    const rows = await sealFileChunks(key, FILE_A, pattern(FILE_CHUNK_BYTES * 2))
    const swapped: FileChunkRow[] = [
      { ...rows[0]!, iv: rows[1]!.iv, ct: rows[1]!.ct },
      { ...rows[1]!, iv: rows[0]!.iv, ct: rows[0]!.ct }
    ]
    await expect(openFileChunks(key, FILE_A, swapped, 2)).rejects.toThrow(/integrity check/)
  })

  it('detects a dropped last chunk, even when the caller trusts the shorter count', async () => {
    const key = await generateDataKey()
    const rows = await sealFileChunks(key, FILE_A, pattern(FILE_CHUNK_BYTES * 2 + 5))
    await expect(openFileChunks(key, FILE_A, rows.slice(0, 2), 3)).rejects.toThrow(/2 of 3 chunks/)
    // The count is bound into every chunk, so a record claiming 2 chunks cannot read a 3-chunk file.
    await expect(openFileChunks(key, FILE_A, rows.slice(0, 2), 2)).rejects.toBeInstanceOf(FileChunkIntegrityError)
  })

  it('refuses a chunk moved from another file, even with its id rewritten', async () => {
    const key = await generateDataKey()
    const a = await sealFileChunks(key, FILE_A, pattern(100, 1))
    const b = await sealFileChunks(key, FILE_B, pattern(100, 2))
    await expect(openFileChunks(key, FILE_A, b, 1)).rejects.toThrow(/out of place/)
    const disguised = { ...b[0]!, id: `${FILE_A}:0`, fileId: FILE_A }
    await expect(openFileChunk(key, disguised, 1)).rejects.toThrow(/integrity check/)
    expect(sha(await openFileChunk(key, a[0], 1))).toBe(sha(pattern(100, 1)))
  })

  it('refuses a duplicated position and a malformed row', async () => {
    const key = await generateDataKey()
    const rows = await sealFileChunks(key, FILE_A, pattern(FILE_CHUNK_BYTES * 2))
    await expect(openFileChunks(key, FILE_A, [rows[0], rows[0]], 2)).rejects.toThrow(/out of place/)
    await expect(openFileChunk(key, { ...rows[0], iv: new Uint8Array(3) }, 2)).rejects.toThrow(/malformed/)
    await expect(openFileChunk(key, { ...rows[0], id: `${FILE_A}:1` }, 2)).rejects.toThrow(/malformed/)
  })

  it('refuses a chunk read with another key', async () => {
    const rows = await sealFileChunks(await generateDataKey(), FILE_A, pattern(10))
    await expect(openFileChunks(await generateDataKey(), FILE_A, rows, 1)).rejects.toBeInstanceOf(FileChunkIntegrityError)
  })

  it('seals only chunks that fit their position', async () => {
    const key = await generateDataKey()
    await expect(sealFileChunk(key, FILE_A, 2, 2, pattern(5))).rejects.toBeInstanceOf(RangeError)
    await expect(sealFileChunk(key, FILE_A, 0, 1, new Uint8Array(0))).rejects.toBeInstanceOf(RangeError)
    await expect(sealFileChunk(key, FILE_A, 0, 1, pattern(FILE_CHUNK_BYTES + 1))).rejects.toBeInstanceOf(RangeError)
  })
})
