// The restore's speed paths keep their guarantees: the file read in slices gives exactly its bytes;
// frames decrypted ahead still report problems in file order; the write pass reuses the key the
// check derived only for the same passphrase and salt; originals are verified whether hashed in
// one WebCrypto call (up to 16 MiB) or streamed through hash-wasm.
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { ReusableBackupKey, openBackup } from '@shared/backup'
import { newKdfParams, type KdfFunction } from '@shared/crypto'
import { backupFileSource } from '../../renderer/restore/backupFileSource'
import { PASS, countingKdf, failureCode, fastKdf, flipped, layoutOf, makeBackup, pattern, sampleItems } from './backupFormatKit'
import { CHUNK, exhibitRecord, fileChunks, record, verifyItems } from './restorePlanKit'
import { VaultController } from '../../renderer/vault/vaultController'
import { BACKUP_PASS, backupOf, blobOf, bytesOf, closeAll, createdVault, fillVault, freshDb } from './restoreKit'

afterEach(closeAll)

async function concatenated(pieces: AsyncIterable<Uint8Array>): Promise<{ bytes: Uint8Array; sizes: number[] }> {
  const parts: Uint8Array[] = []
  for await (const p of pieces) parts.push(p)
  return { bytes: new Uint8Array(Buffer.concat(parts)), sizes: parts.map((p) => p.length) }
}

describe('the backup file read in slices', () => {
  it('hands out exactly the file, in slices of the asked size, counting what it read', async () => {
    const file = pattern(10_000, 4)
    for (const slice of [1, 999, 4096, 10_000, 1 << 20]) {
      const source = backupFileSource(blobOf(file), slice)
      const { bytes, sizes } = await concatenated(source.bytes)
      expect(Buffer.compare(bytes, file)).toBe(0)
      expect(sizes.slice(0, -1).every((n) => n === slice)).toBe(true)
      expect(source.read()).toBe(file.length)
    }
    expect((await concatenated(backupFileSource(blobOf(new Uint8Array(0))).bytes)).sizes).toEqual([])
  })

  it('opens a backup whose frames straddle the slices, entry for entry', async () => {
    const items = sampleItems([5000, 3000], 700)
    const file = await makeBackup(items, { frameBytes: 1024 })
    for (const slice of [333, 1041, 8 * 1024 * 1024]) {
      const { entries } = await openBackup(backupFileSource(blobOf(file), slice).bytes, { passphrase: PASS, kdf: fastKdf })
      const read = []
      for await (const e of entries) read.push(e)
      expect(read.slice(0, -1)).toEqual(items)
      expect(read.at(-1)?.type).toBe('end')
    }
  })
})

describe('frames decrypted ahead', () => {
  it('a damaged frame is reported before a truncation further on, as when read one by one', async () => {
    const file = await makeBackup(sampleItems([5000, 3000], 700), { frameBytes: 1024 })
    const frames = layoutOf(file).frames
    expect(frames.length).toBeGreaterThan(6)
    const damaged = flipped(file, frames[2]!.body.start + 40, 0x10)
    // Cut inside frame 4: read ahead while frame 2 is still being decrypted.
    const cut = damaged.subarray(0, frames[4]!.start + 30)
    expect(await failureCode(cut)).toBe('damaged')
    expect(await failureCode(file.subarray(0, frames[4]!.start + 30))).toBe('truncated')
  })
})

describe('the backup key derived once per restore', () => {
  it('is handed out once, and only for the same passphrase and KDF parameters', async () => {
    const params = newKdfParams()
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['decrypt'])
    expect(new ReusableBackupKey(PASS, params, key).take('another passphrase 2026', params)).toBeNull()
    expect(new ReusableBackupKey(PASS, params, key).take(PASS, { ...params, salt: new Uint8Array(params.salt).map((b, i) => (i === 0 ? b ^ 1 : b)) })).toBeNull()
    expect(new ReusableBackupKey(PASS, params, key).take(PASS, { ...params, iterations: params.iterations + 1 })).toBeNull()
    const kept = new ReusableBackupKey(PASS, params, key)
    expect(kept.take(PASS, { ...params, salt: new Uint8Array(params.salt) })).toBe(key)
    expect(kept.take(PASS, params)).toBeNull() // forgotten once taken
    const wrong = new ReusableBackupKey(PASS, params, key)
    wrong.take('another passphrase 2026', params)
    expect(wrong.take(PASS, params)).toBeNull() // a refused attempt forgets it too
  })

  it('check + restore derive the backup key once; a second restore with the same check derives again', async () => {
    const source = await createdVault()
    await fillVault(source.session)
    const backup = await bytesOf(await backupOf(source.session))
    const counting = countingKdf()
    let backupDerivations = 0
    let backupSalt: Uint8Array | null = null
    const kdf: KdfFunction = async (passphrase, params) => {
      if (passphrase === BACKUP_PASS) backupDerivations++
      if (passphrase === BACKUP_PASS) backupSalt = params.salt
      return counting.kdf(passphrase, params)
    }
    const db = freshDb()
    const c = new VaultController(db, { derive: kdf })
    await c.start()
    await c.create('copper meadow sextant lagoon 2042', 'copper meadow sextant lagoon 2042')
    const check = await c.checkRestore(blobOf(backup), BACKUP_PASS)
    expect(backupDerivations).toBe(1)
    expect(Buffer.compare(Buffer.from(backupSalt!), Buffer.from(check.header.kdf.salt))).toBe(0)
    await c.restoreIntoThisVault(blobOf(backup), BACKUP_PASS, check)
    expect(backupDerivations).toBe(1)
    await c.restoreIntoThisVault(blobOf(backup), BACKUP_PASS, check)
    expect(backupDerivations).toBe(2)
  }, 60_000)
})

describe('originals hashed in one call or streamed', () => {
  // With the kit's 700-byte chunks, 16 chunks or fewer are hashed in one WebCrypto call, more are streamed.
  for (const [label, size] of [
    ['one WebCrypto digest (3 chunks)', 2000],
    ['streamed through hash-wasm (18 chunks)', 12_000]
  ] as const) {
    it(`${label}: a matching original is verified, a changed byte is a mismatch`, async () => {
      const fileId = randomUUID()
      const bytes = pattern(size, 11)
      const exhibit = exhibitRecord(fileId, bytes)
      expect(Math.ceil(size / CHUNK)).toBe(size === 2000 ? 3 : 18)
      const ok = await verifyItems([record('exhibit', exhibit.id, exhibit), ...fileChunks(fileId, bytes)])
      expect(ok.problems).toEqual([])
      expect(ok.files).toEqual([expect.objectContaining({ fileId, sizeBytes: size, sha256: exhibit.file.sha256 })])
      const changed = new Uint8Array(bytes)
      changed[size - 5] = (changed[size - 5] as number) ^ 0x40
      const bad = await verifyItems([record('exhibit', exhibit.id, exhibit), ...fileChunks(fileId, changed)])
      expect(bad.problems).toEqual([expect.objectContaining({ code: 'file-mismatch', id: exhibit.id, fields: ['file.sha256'] })])
    })
  }
})
