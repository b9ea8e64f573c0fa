// Every way a backup file can be wrong must be refused with the right code, never read as good.
import { describe, expect, it } from 'vitest'
import { Buffer } from 'node:buffer'
import { newKdfParams } from '@shared/crypto'
import { BACKUP_MAGIC, BackupFormatError, encodeHeaderBlock, type BackupHeader } from '@shared/backup'
import { FrameSealer, headerHash } from '@shared/backup/backupFrames'
import { encodeEntryHead } from '@shared/backup/backupEntries'
import { deriveBackupKey } from '@shared/backup/backupKey'
import { CREATED, FILE_A, PASS, collect, countingKdf, failureCode, fastKdf, flipped, layoutOf, makeBackup, readAll, sampleItems, withHeaderJson } from './backupFormatKit'

const SMALL_FRAME = 1024
const items = sampleItems([2000, 1200], 1000)
const file = await makeBackup(items, { frameBytes: SMALL_FRAME })
const layout = layoutOf(file)
/** Thousands of independent reads: run them a batch at a time so WebCrypto's thread pool is used. */
async function inBatches<T>(inputs: readonly T[], run: (input: T) => Promise<string>): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < inputs.length; i += 64) out.push(...(await Promise.all(inputs.slice(i, i + 64).map(run))))
  return out
}
const frame = (i: number) => layout.frames[i] as (typeof layout.frames)[number]

describe('wrong passphrase', () => {
  it('is reported as such, before any entry, with what to do', async () => {
    const outcome = await readAll(file, { passphrase: 'ferry lantern quartz mosaic 1985' })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.error.code).toBe('wrong-passphrase-or-damaged-header')
    expect(outcome.error.message).toMatch(/passphrase is not correct/)
    expect(outcome.error.message).toMatch(/Nothing in your vault was changed\.$/)
    expect(outcome.error.offset).toBe(frame(0).start)
  })
})

describe('truncation', () => {
  it('at every offset of the file is reported as truncated', async () => {
    expect(file.length).toBeLessThan(12_000)
    const cuts = Array.from({ length: file.length }, (_x, cut) => cut)
    const codes = await inBatches(cuts, (cut) => failureCode(file.subarray(0, cut)))
    expect(cuts.map((cut, i) => `${cut}: ${codes[i]}`).filter((line) => !line.endsWith(': truncated'))).toEqual([])
  })

  it.each([
    ['inside the signature', () => 5],
    ['inside the header length', () => 12],
    ['inside the header JSON', () => layout.headerJson.start + 20],
    ['inside a frame length', () => frame(2).start + 2],
    ['inside a frame IV', () => frame(2).start + 9],
    ['inside a frame body', () => frame(2).body.start + 100],
    ['exactly at the frame boundary before the final frame', () => frame(layout.frames.length - 1).start],
    ['one byte short of the end', () => file.length - 1]
  ])('%s', async (_label, at) => {
    const outcome = await readAll(file.subarray(0, at()))
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.error.code).toBe('truncated')
    expect(outcome.error.message).toMatch(/incomplete.*another copy/)
  })

  it('yields entries from intact frames but never the end entry', async () => {
    const seen: string[] = []
    const cut = file.subarray(0, frame(layout.frames.length - 1).start)
    const { openBackup } = await import('@shared/backup')
    const { entries } = await openBackup((async function* () { yield cut })(), { passphrase: PASS, kdf: fastKdf })
    await expect(
      (async () => {
        for await (const e of entries) seen.push(e.type)
      })()
    ).rejects.toMatchObject({ code: 'truncated' })
    expect(seen.length).toBeGreaterThan(0)
    expect(seen).not.toContain('end')
  })
})

describe('one flipped byte', () => {
  it('anywhere in the header is never read as good', async () => {
    const allowed = new Set(['not-a-backup', 'damaged', 'truncated', 'wrong-passphrase-or-damaged-header', 'newer-version'])
    const wrong: string[] = []
    for (let at = 0; at < layout.headerJson.end; at++) {
      for (const mask of [0x01, 0x80]) {
        const code = await failureCode(flipped(file, at, mask))
        if (!allowed.has(code)) wrong.push(`${at}^${mask}: ${code}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('in the signature says the file is not a backup', async () => {
    expect(await failureCode(flipped(file, 3))).toBe('not-a-backup')
  })

  it('in a header count, with the right passphrase, says damaged (not wrong passphrase)', async () => {
    const json = Buffer.from(file.subarray(layout.headerJson.start, layout.headerJson.end)).toString('latin1')
    const at = layout.headerJson.start + json.indexOf('"records":3') + '"records":'.length
    const { kdf, calls } = countingKdf()
    const outcome = await readAll(flipped(file, at, 0x06), { kdf }) // '3' becomes '5'
    expect(outcome.ok ? 'read' : outcome.error.code).toBe('damaged')
    expect(outcome.ok ? '' : outcome.error.detail).toMatch(/header was changed/)
    expect(calls()).toBe(1)
  })

  it('in the salt cannot be told from a wrong passphrase, and says so', async () => {
    const json = Buffer.from(file.subarray(layout.headerJson.start, layout.headerJson.end)).toString('latin1')
    const hexAt = layout.headerJson.start + json.indexOf('"saltHex":"') + '"saltHex":"'.length
    const copy = new Uint8Array(file)
    copy[hexAt] = copy[hexAt] === 0x30 ? 0x31 : 0x30 // stays valid hex
    expect(await failureCode(copy)).toBe('wrong-passphrase-or-damaged-header')
  })

  it('in every byte of every frame is detected with the code for where it is', async () => {
    const targets = layout.frames.flatMap((f, index) => Array.from({ length: f.end - f.start }, (_x, k) => ({ index, k, at: f.start + k })))
    const codes = await inBatches(targets, (t) => failureCode(flipped(file, t.at)))
    const wrong = targets
      .map((t, i) => {
        const inLength = t.k < 4
        const expected =
          t.index === 0 && t.k > 4
            ? ['wrong-passphrase-or-damaged-header']
            : inLength
              ? ['damaged', 'truncated'] // a longer length can run past the end of the file
              : ['damaged']
        return expected.includes(codes[i] as string) ? null : `frame ${t.index} byte ${t.k}: ${codes[i]}`
      })
      .filter((line) => line !== null)
    expect(targets.length).toBe(file.length - layout.headerJson.end)
    expect(wrong).toEqual([])
  })

  it('in a record frame and in a file-chunk frame gives a "damaged" message', async () => {
    const recordFrame = frame(1) // the first dossier record opens the stream
    const fileFrame = frame(3) // inside the file chunks
    for (const at of [recordFrame.body.start + 30, fileFrame.body.start + 500]) {
      const outcome = await readAll(flipped(file, at, 0x10))
      expect(outcome.ok ? 'read' : outcome.error.code).toBe('damaged')
      expect(outcome.ok ? '' : outcome.error.message).toMatch(/damaged or was altered.*Nothing in your vault was changed/)
    }
  })
})

describe('frames moved around', () => {
  const parts = layout.frames.map((f) => file.subarray(f.start, f.end))
  const head = file.subarray(0, layout.headerJson.end)
  const rebuilt = (order: number[]) => Buffer.concat([head, ...order.map((i) => parts[i] as Uint8Array)])
  const all = parts.map((_p, i) => i)

  it.each([
    ['two frames swapped', () => [0, 2, 1, ...all.slice(3)]],
    ['a frame duplicated', () => [0, 1, 1, ...all.slice(2)]],
    ['a middle frame dropped', () => [0, 1, ...all.slice(3)]],
    ['the key-check frame dropped', () => all.slice(1)],
    ['the final frame placed earlier', () => [0, 1, all.length - 1, ...all.slice(2, -1)]]
  ])('%s', async (_label, order) => {
    expect(await failureCode(rebuilt(order()))).toMatch(/^(damaged|wrong-passphrase-or-damaged-header)$/)
  })

  it('a frame taken from another backup with the same passphrase', async () => {
    const other = await makeBackup(items, { frameBytes: SMALL_FRAME })
    const o = layoutOf(other)
    const foreign = other.subarray((o.frames[2] as { start: number }).start, (o.frames[2] as { end: number }).end)
    expect(await failureCode(Buffer.concat([head, parts[0] as Uint8Array, parts[1] as Uint8Array, foreign, ...parts.slice(3)]))).toBe('damaged')
  })

  it('a final frame re-flagged as "more follow" and the file cut there', async () => {
    const last = frame(layout.frames.length - 1)
    const copy = flipped(file, last.start + 4) // flag 1 → 0
    expect(await failureCode(copy)).toBe('damaged')
  })

  it('bytes appended after the final frame', async () => {
    expect(await failureCode(Buffer.concat([file, new Uint8Array([0])]))).toBe('damaged')
    expect(await failureCode(Buffer.concat([file, frame(1) && file.subarray(frame(1).start, frame(1).end)]))).toBe('damaged')
  })
})

describe('other files and versions', () => {
  it('a header saying format version 2 is "newer-version", without deriving a key', async () => {
    const { kdf, calls } = countingKdf()
    const outcome = await readAll(withHeaderJson(file, (h) => ({ ...h, formatVersion: 2, somethingNew: true })), { kdf })
    expect(outcome.ok ? 'read' : outcome.error.code).toBe('newer-version')
    expect(outcome.ok ? '' : outcome.error.message).toMatch(/newer version of Redress.*Update Redress/)
    expect(calls()).toBe(0)
  })

  it.each([
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')],
    ['a zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0])],
    ['a text file', new TextEncoder().encode('REDRESS backup notes\n')],
    ['a single wrong byte', new Uint8Array([0x00])]
  ])('%s is "not-a-backup"', async (_label, bytes) => {
    const outcome = await readAll(bytes)
    expect(outcome.ok ? 'read' : outcome.error.code).toBe('not-a-backup')
    expect(outcome.ok ? '' : outcome.error.message).toMatch(/not a Redress backup.*\.redress-backup/)
  })

  it('an empty file is "truncated" (an interrupted copy is the likely cause)', async () => {
    expect(await failureCode(new Uint8Array(0))).toBe('truncated')
  })

  it('a tampered header count with a valid length is detected', async () => {
    const tampered = withHeaderJson(file, (h) => ({ ...h, counts: { ...(h.counts as object), fileChunks: 99 } }))
    expect(await failureCode(tampered)).toBe('damaged')
  })

  it('a header length beyond the limit is refused before reading it', async () => {
    const copy = new Uint8Array(file)
    new DataView(copy.buffer).setUint32(BACKUP_MAGIC.length, 0x7fff_ffff)
    expect(await failureCode(copy)).toBe('damaged')
  })

  it('a header asking for 4 GiB of KDF memory is refused', async () => {
    expect(await failureCode(withHeaderJson(file, (h) => ({ ...h, kdf: { ...(h.kdf as object), memoryKiB: 4_194_304 } })))).toBe('damaged')
  })
})

describe('authenticated but malformed content is "invalid-entry"', () => {
  /** Builds a correctly encrypted file around hand-made entry bytes the writer itself would refuse. */
  async function forged(entryBytes: Uint8Array[], counts = { records: 0, files: 0, fileChunks: 0, fileBytes: 0 }): Promise<Uint8Array> {
    const header: BackupHeader = {
      format: 'redress-backup',
      formatVersion: 1,
      createdAt: CREATED.toISOString(),
      appVersion: '0.1.0',
      kdf: newKdfParams(),
      cipher: 'AES-256-GCM',
      frameBytes: SMALL_FRAME,
      counts
    }
    const block = encodeHeaderBlock(header)
    const hash = await headerHash(block)
    const key = await deriveBackupKey(PASS, header.kdf, fastKdf)
    const sealer = new FrameSealer(key, hash, SMALL_FRAME)
    return collect(
      (async function* () {
        yield block
        yield* await FrameSealer.keyCheckFrame(key, hash)
        for (const b of entryBytes) yield* sealer.push(b)
        yield* sealer.finish()
      })()
    )
  }
  const end = (counts = { records: 0, files: 0, fileChunks: 0, fileBytes: 0 }) => encodeEntryHead('end', { counts }, 0)
  const record = (id: string, json: string) => {
    const body = new TextEncoder().encode(json)
    return [encodeEntryHead('record', { kind: 'dossier', id, v: 1 }, body.length), body]
  }

  it('a well-formed forged file reads (the forge itself is sound)', async () => {
    const outcome = await readAll(await forged([...record('a', '{}'), end({ records: 1, files: 0, fileChunks: 0, fileBytes: 0 })], { records: 1, files: 0, fileChunks: 0, fileBytes: 0 }))
    expect(outcome.ok).toBe(true)
  })

  it.each([
    ['an unknown entry type', () => [new Uint8Array([9, 0, 0, 0, 2, 0x7b, 0x7d, 0, 0, 0, 0]), end()]],
    ['a record that is not JSON', () => [...record('a', '{"name":'), end({ records: 1, files: 0, fileChunks: 0, fileBytes: 0 })]],
    ['a record with a bad kind', () => [encodeEntryHead('record', { kind: 'Dossier!', id: 'a', v: 1 }, 2), new TextEncoder().encode('{}'), end()]],
    ['a chunk whose index is outside its file', () => [encodeEntryHead('file-chunk', { fileId: FILE_A, index: 2, count: 2 }, 1), new Uint8Array([1]), end()]],
    ['a file chunk larger than 1 MiB declared', () => [encodeEntryHead('file-chunk', { fileId: FILE_A, index: 0, count: 1 }, 2 * 1024 * 1024), end()]],
    ['end counts that differ from the header', () => [end({ records: 5, files: 0, fileChunks: 0, fileBytes: 0 })]],
    ['entries after the end entry', () => [end(), ...record('a', '{}')]],
    ['no end entry', () => [...record('a', '{}')]],
    ['a record twice', () => [...record('a', '{}'), ...record('a', '{}'), end({ records: 2, files: 0, fileChunks: 0, fileBytes: 0 })]]
  ])('%s', async (_label, entries) => {
    const outcome = await readAll(await forged(entries()))
    expect(outcome.ok ? 'read' : outcome.error.code).toBe('invalid-entry')
    expect(outcome.ok ? null : outcome.error).toBeInstanceOf(BackupFormatError)
  })
})
