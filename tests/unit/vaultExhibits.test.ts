import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { FILE_CHUNK_BYTES, generateDataKey } from '@shared/crypto'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import type { BundleDefinition } from '@shared/exhibits/bundleDefinition'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultSession } from '../../renderer/vault/vaultSession'
import { VaultController } from '../../renderer/vault/vaultController'
import { ExhibitEditError } from '../../renderer/vault/exhibitShelf'
import { encryptedPdf, samplePdf, samplePng, sha256File, truncatedPdf } from '../support/exhibitSamples'
import { gulsenDossier } from './fixtures'

const PASS = 'ferry lantern quartz mosaic 1984'
const DOSSIER = gulsenDossier()
const MATTER = DOSSIER.matters[0]!.id
const OTHER_MATTER = '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c02'
const opened: VaultDatabase[] = []
let n = 0

async function openShelf() {
  const db = new VaultDatabase(`exhibit-vault-${++n}`)
  opened.push(db)
  const key = await generateDataKey()
  const session = await VaultSession.open(db, key)
  await session.saveDossier(DOSSIER)
  return { db, key, session, shelf: session.exhibits }
}

function pattern(size: number, seed = 3): Uint8Array {
  const out = new Uint8Array(size)
  let x = seed
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

function added(r: { status: 'added'; exhibit: Exhibit } | { status: 'duplicate'; existing: Exhibit }): Exhibit {
  if (r.status !== 'added') throw new Error(`expected added, got ${r.status}`)
  return r.exhibit
}

const dump = (rows: unknown) => JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v))

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('exhibit intake', () => {
  it('stores the original encrypted, with the SHA-256 of its bytes and what inspection found', async () => {
    const { db, shelf } = await openShelf()
    const bytes = await samplePdf({ pages: 3, label: 'Arrest warrant Istanbul' })
    const exhibit = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: '2017-02-02_arrest-warrant.pdf', bytes }))

    expect(exhibit.file.sha256).toBe(sha256File(bytes))
    expect(exhibit.file).toMatchObject({ fileName: '2017-02-02_arrest-warrant.pdf', sizeBytes: bytes.length, mediaType: 'application/pdf', chunkCount: 1 })
    expect(exhibit).toMatchObject({ kind: 'pdf', pageCount: 3, documentDate: '2017-02-02', documentDateSource: 'file-name', language: null, confidential: false, grounds: [], notes: '' })
    expect(exhibit.title.length).toBeGreaterThan(0)
    expect(shelf.list(MATTER)).toEqual([exhibit])

    const stored = dump({ records: await db.records.toArray(), chunks: await db.fileChunks.toArray() })
    expect(stored).not.toContain('arrest-warrant')
    expect(stored).not.toContain('Istanbul')
    expect(stored).not.toContain(exhibit.file.sha256)

    const back = await shelf.readOriginal(exhibit.id)
    expect(sha256File(back)).toBe(sha256File(bytes))
  })

  it.each([
    ['0 B', 0, 0],
    ['1 B', 1, 1],
    ['exactly 1 MiB', FILE_CHUNK_BYTES, 1],
    ['2.5 MiB', FILE_CHUNK_BYTES * 2.5, 3]
  ])('reads back a %s original byte for byte', async (_label, size, chunks) => {
    const { db, shelf } = await openShelf()
    const bytes = pattern(size)
    const exhibit = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'attachment.bin', bytes }))
    expect(exhibit.file.chunkCount).toBe(chunks)
    expect(await db.fileChunks.where('fileId').equals(exhibit.file.fileId).count()).toBe(chunks)
    const back = await shelf.readOriginal(exhibit.id)
    expect(back.length).toBe(size)
    expect(sha256File(back)).toBe(sha256File(bytes))
  })

  it('keeps a zero-byte file, flagged by pre-flight', async () => {
    const { shelf } = await openShelf()
    const exhibit = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'empty.pdf', bytes: new Uint8Array(0) }))
    expect(exhibit.file).toMatchObject({ sizeBytes: 0, chunkCount: 0, sha256: sha256File(new Uint8Array(0)) })
    expect(exhibit.preflight.map((f) => f.code)).toContain('empty-file')
  })

  it('keeps password-protected, truncated and empty files with their pre-flight errors, beside intact exhibits', async () => {
    const { shelf } = await openShelf()
    const whole = await samplePdf({ pages: 4 })
    const good = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'good.pdf', bytes: whole }))
    const bad = [
      { fileName: 'locked.pdf', bytes: await encryptedPdf(), code: 'encrypted-pdf' },
      { fileName: 'cut.pdf', bytes: truncatedPdf(whole, 0.5), code: 'truncated-pdf' },
      { fileName: 'zero.pdf', bytes: new Uint8Array(0), code: 'empty-file' }
    ]
    for (const b of bad) {
      const ex = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: b.fileName, bytes: b.bytes }))
      expect(ex.preflight.filter((f) => f.severity === 'error').map((f) => f.code)).toContain(b.code)
      expect(ex.file.sha256).toBe(sha256File(b.bytes))
    }
    const report = await shelf.verify(MATTER)
    expect(report.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
    expect(sha256File(await shelf.readOriginal(good.id))).toBe(sha256File(whole))
  })

  it('refuses the same file twice in a matter, writing nothing, but accepts it in another matter', async () => {
    const { db, shelf } = await openShelf()
    const bytes = samplePng(800, 1000)
    const first = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'photo.png', bytes }))
    const before = dump({ records: await db.records.toArray(), chunks: await db.fileChunks.toArray() })

    const again = await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'photo (copy).png', bytes: bytes.slice() })
    expect(again).toEqual({ status: 'duplicate', existing: first })
    expect(dump({ records: await db.records.toArray(), chunks: await db.fileChunks.toArray() })).toBe(before)

    const elsewhere = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: OTHER_MATTER, fileName: 'photo.png', bytes }))
    expect(elsewhere.id).not.toBe(first.id)
    expect(elsewhere.file.fileId).not.toBe(first.file.fileId)
    expect(shelf.list(MATTER)).toHaveLength(1)
    expect(shelf.list(OTHER_MATTER)).toHaveLength(1)
  })

  it('stores a file dropped twice at once only once', async () => {
    const { db, shelf } = await openShelf()
    const bytes = pattern(3000)
    const results = await Promise.all([
      shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'a.bin', bytes }),
      shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'b.bin', bytes })
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['added', 'duplicate'])
    expect(await db.fileChunks.count()).toBe(1)
    expect(shelf.list(MATTER)).toHaveLength(1)
  })

  it('refuses a nameless file, an over-long name and a missing matter with a clear message', async () => {
    const { db, shelf } = await openShelf()
    const bytes = pattern(10)
    await expect(shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: '  ', bytes })).rejects.toThrow(/no name/)
    await expect(shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: `${'x'.repeat(252)}.pdf`, bytes })).rejects.toThrow(/longer than 255/)
    await expect(shelf.intake({ dossierId: DOSSIER.id, matterId: '', fileName: 'a.pdf', bytes })).rejects.toThrow(/Choose the dossier and matter/)
    expect(await db.fileChunks.count()).toBe(0)
    expect(await db.records.where('kind').equals('exhibit').count()).toBe(0)
  })
})

describe('editing and deleting exhibits', () => {
  async function twoExhibits() {
    const ctx = await openShelf()
    const original = added(await ctx.shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'karar.pdf', bytes: await samplePdf({ label: 'Karar' }) }))
    const translation = added(await ctx.shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'ruling-en.pdf', bytes: await samplePdf({ label: 'Ruling' }) }))
    return { ...ctx, original, translation }
  }

  it('saves the lawyer’s metadata and marks a hand-set date as the user’s', async () => {
    const { shelf, original, translation } = await twoExhibits()
    const saved = await shelf.update({ ...translation, title: 'Ruling (English translation)', language: 'en', translationOf: original.id, confidential: true, grounds: ['article-3'], documentDate: '2018-05-04', notes: 'Certified' })
    expect(saved).toMatchObject({ title: 'Ruling (English translation)', language: 'en', translationOf: original.id, confidential: true, documentDate: '2018-05-04', documentDateSource: 'user' })
    expect(saved.file).toEqual(translation.file)
    expect(shelf.get(translation.id)).toEqual(saved)
  })

  it('refuses to change the stored file, move the exhibit, or link a translation outside the matter', async () => {
    const { db, shelf, original, translation } = await twoExhibits()
    const elsewhere = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: OTHER_MATTER, fileName: 'other.pdf', bytes: pattern(50) }))
    const before = dump(await db.records.get(original.id))

    await expect(shelf.update({ ...original, file: { ...original.file, sha256: 'f'.repeat(64) } })).rejects.toThrow(/SHA-256 are fixed at intake/)
    await expect(shelf.update({ ...original, file: { ...original.file, fileName: 'renamed.pdf' } })).rejects.toBeInstanceOf(ExhibitEditError)
    await expect(shelf.update({ ...original, matterId: OTHER_MATTER })).rejects.toThrow(/cannot be moved/)
    await expect(shelf.update({ ...translation, translationOf: elsewhere.id })).rejects.toThrow(/same matter/)
    await expect(shelf.update({ ...original, translationOf: original.id })).rejects.toThrow(/translation of itself/)
    await expect(shelf.update({ ...original, title: '   ' })).rejects.toThrow(/Give the exhibit a title/)
    await shelf.update({ ...translation, translationOf: original.id })
    await expect(shelf.update({ ...original, translationOf: translation.id })).rejects.toThrow(/already recorded as a translation/)

    expect(shelf.get(original.id)).toEqual(original)
    expect(dump(await db.records.get(original.id))).toBe(before)
    expect(sha256File(await shelf.readOriginal(original.id))).toBe(original.file.sha256)
  })

  it('delete removes metadata and chunks, unlinks translations and leaves the bundle', async () => {
    const { db, shelf, original, translation } = await twoExhibits()
    await shelf.update({ ...translation, translationOf: original.id })
    const def: BundleDefinition = {
      matterId: MATTER,
      dossierId: DOSSIER.id,
      title: 'Evidence bundle',
      sections: [{ id: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01', title: 'Decisions', exhibitIds: [original.id, translation.id] }],
      maxFileMb: 20,
      numbering: null,
      updatedAt: new Date().toISOString()
    }
    await shelf.saveBundleDefinition(def)

    await shelf.delete(original.id)
    expect(shelf.get(original.id)).toBeUndefined()
    expect(await db.records.get(original.id)).toBeUndefined()
    expect(await db.fileChunks.where('fileId').equals(original.file.fileId).count()).toBe(0)
    expect(await db.fileChunks.where('fileId').equals(translation.file.fileId).count()).toBe(1)
    expect(shelf.get(translation.id)?.translationOf).toBeNull()
    expect(shelf.bundleDefinition(MATTER)?.sections[0]?.exhibitIds).toEqual([translation.id])
    await expect(shelf.readOriginal(original.id)).rejects.toThrow(/no longer in the vault/)
  })

  it('a bundle lists only the matter’s own exhibits, each once', async () => {
    const { shelf, original } = await twoExhibits()
    const elsewhere = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: OTHER_MATTER, fileName: 'other.pdf', bytes: pattern(50) }))
    const base: BundleDefinition = { matterId: MATTER, dossierId: DOSSIER.id, title: 'Bundle', sections: [], maxFileMb: 20, numbering: null, updatedAt: new Date().toISOString() }
    const section = (ids: string[]) => [{ id: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01', title: 'Decisions', exhibitIds: ids }]
    await expect(shelf.saveBundleDefinition({ ...base, sections: section([elsewhere.id]) })).rejects.toThrow(/not in this matter/)
    await expect(shelf.saveBundleDefinition({ ...base, sections: section([original.id, original.id]) })).rejects.toThrow(/appears twice/)
    await expect(shelf.saveBundleDefinition({ ...base, maxFileMb: 0 })).rejects.toThrow(/at least 1 MB/)
    expect(shelf.bundleDefinition(MATTER)).toBeUndefined()
    const saved = await shelf.saveBundleDefinition({ ...base, sections: section([original.id]) })
    expect(shelf.bundleDefinition(MATTER)).toEqual(saved)
  })
})

describe('exhibits across lock and unlock', () => {
  it('a new session on the same database lists the same exhibits and bundle, and reads the originals', async () => {
    const { db, key, session, shelf } = await openShelf()
    const a = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: '2020-01-15 asylum decision.pdf', bytes: await samplePdf({ pages: 2 }) }))
    const b = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'scan.png', bytes: samplePng(900, 1200) }))
    await shelf.update({ ...b, title: 'Passport page', notes: 'Shows entry stamp' })
    await shelf.saveBundleDefinition({ matterId: MATTER, dossierId: DOSSIER.id, title: 'Bundle', sections: [{ id: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01', title: 'All', exhibitIds: [b.id, a.id] }], maxFileMb: 15, numbering: null, updatedAt: new Date().toISOString() })
    const listed = shelf.list(MATTER)
    const def = shelf.bundleDefinition(MATTER)
    session.close()

    const again = await VaultSession.open(db, key)
    expect(again.exhibits.list(MATTER)).toEqual(listed)
    expect(again.exhibits.bundleDefinition(MATTER)).toEqual(def)
    expect(again.unreadable).toEqual([])
    expect((await again.exhibits.verify(MATTER)).map((v) => v.status)).toEqual(['unchanged', 'unchanged'])
  })

  it('unlocking with the passphrase loads exhibits from the preloaded rows; deleting the dossier removes its evidence', async () => {
    const db = new VaultDatabase(`exhibit-vault-${++n}`)
    opened.push(db)
    const c = new VaultController(db)
    await c.start()
    await c.create(PASS, PASS)
    const s1 = c.getState()
    if (s1.phase !== 'unlocked') throw new Error('locked')
    await s1.session.saveDossier(DOSSIER)
    let notified = 0
    s1.session.subscribe(() => notified++)
    const ex = added(await s1.session.exhibits.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'note.pdf', bytes: await samplePdf() }))
    expect(notified).toBe(1)
    await s1.session.exhibits.saveBundleDefinition({ matterId: MATTER, dossierId: DOSSIER.id, title: 'Bundle', sections: [], maxFileMb: 20, numbering: null, updatedAt: new Date().toISOString() })
    c.lock()

    expect(await c.unlock(PASS)).toEqual({ ok: true })
    const s2 = c.getState()
    if (s2.phase !== 'unlocked') throw new Error('locked')
    expect(s2.session.exhibits.list(MATTER)).toEqual([ex])
    await s2.session.deleteDossier(DOSSIER.id)
    expect(s2.session.exhibits.list(MATTER)).toEqual([])
    expect(s2.session.exhibits.bundleDefinition(MATTER)).toBeUndefined()
    expect(await db.fileChunks.count()).toBe(0)
    expect(await db.records.where('kind').anyOf('exhibit', 'bundle-definition').count()).toBe(0)
  })

  it('after close() nothing decrypted remains and every call says the vault is locked', async () => {
    const { db, session, shelf } = await openShelf()
    const ex = added(await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'a.pdf', bytes: await samplePdf() }))
    const pending = shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'b.bin', bytes: pattern(5000) })
    session.close()
    await expect(pending).rejects.toThrow(/vault is locked/)
    expect(await db.fileChunks.count()).toBe(1)

    expect(shelf.list(MATTER)).toEqual([])
    expect(shelf.get(ex.id)).toBeUndefined()
    expect(shelf.bundleDefinition(MATTER)).toBeUndefined()
    const locked = /vault is locked/
    await expect(shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName: 'c.bin', bytes: pattern(9) })).rejects.toThrow(locked)
    await expect(shelf.update(ex)).rejects.toThrow(locked)
    await expect(shelf.delete(ex.id)).rejects.toThrow(locked)
    await expect(shelf.readOriginal(ex.id)).rejects.toThrow(locked)
    await expect(shelf.verify(MATTER)).rejects.toThrow(locked)
    await expect(shelf.deleteForDossier(DOSSIER.id)).rejects.toThrow(locked)
    await expect(shelf.saveBundleDefinition({ matterId: MATTER, dossierId: DOSSIER.id, title: 'B', sections: [], maxFileMb: 20, numbering: null, updatedAt: new Date().toISOString() })).rejects.toThrow(locked)
    expect(await db.records.get(ex.id)).toBeDefined()
  })
})
