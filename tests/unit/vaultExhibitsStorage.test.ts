import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { FILE_CHUNK_BYTES, generateDataKey, sealJson } from '@shared/crypto'
import { dossierKind } from '@shared/vault/recordKinds'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultSession } from '../../renderer/vault/vaultSession'
import { ExhibitReadError } from '../../renderer/vault/exhibitShelf'
import { samplePdf, sha256File, patternBytes } from '../support/exhibitSamples'
import { gulsenDossier } from './fixtures'

const DOSSIER = gulsenDossier()
const MATTER = DOSSIER.matters[0]!.id
const opened: Dexie[] = []
let n = 0

const pattern = (size: number, seed = 5) => patternBytes(size, seed)

async function openShelf() {
  const db = new VaultDatabase(`exhibit-storage-${++n}`)
  opened.push(db)
  const key = await generateDataKey()
  const session = await VaultSession.open(db, key)
  return { db, key, session, shelf: session.exhibits }
}

async function intake(shelf: VaultSession['exhibits'], fileName: string, bytes: Uint8Array): Promise<Exhibit> {
  const r = await shelf.intake({ dossierId: DOSSIER.id, matterId: MATTER, fileName, bytes })
  if (r.status !== 'added') throw new Error('expected a new exhibit')
  return r.exhibit
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('damaged originals', () => {
  it('a flipped byte in one chunk makes that exhibit unreadable and no other', async () => {
    const { db, shelf } = await openShelf()
    const good = await intake(shelf, 'warrant.pdf', await samplePdf({ pages: 2 }))
    const bad = await intake(shelf, 'ruling.bin', pattern(FILE_CHUNK_BYTES + 100))
    const row = await db.fileChunks.get(`${bad.file.fileId}:1`)
    row!.ct[7]! ^= 0x40
    await db.fileChunks.put(row!)

    const err = await shelf.readOriginal(bad.id).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ExhibitReadError)
    expect((err as Error).message).toContain(`“${bad.title}” is damaged`)
    expect((err as Error).message).toMatch(/add the original file again/)
    expect(sha256File(await shelf.readOriginal(good.id))).toBe(good.file.sha256)

    const report = await shelf.verify(MATTER)
    expect(report.map((r) => [r.exhibitId, r.status, r.actual])).toEqual([
      [good.id, 'unchanged', good.file.sha256],
      [bad.id, 'unreadable', null]
    ])
    expect(report[1]!.message).toContain(bad.title)
    expect(report[1]!.expected).toBe(bad.file.sha256)
  })

  it('two chunks swapped in place are detected', async () => {
    const { db, shelf } = await openShelf()
    const ex = await intake(shelf, 'long.bin', pattern(FILE_CHUNK_BYTES * 2))
    const [r0, r1] = await Promise.all([db.fileChunks.get(`${ex.file.fileId}:0`), db.fileChunks.get(`${ex.file.fileId}:1`)])
    await db.fileChunks.bulkPut([
      { ...r0!, iv: r1!.iv, ct: r1!.ct },
      { ...r1!, iv: r0!.iv, ct: r0!.ct }
    ])
    await expect(shelf.readOriginal(ex.id)).rejects.toBeInstanceOf(ExhibitReadError)
  })

  it('a deleted last chunk is detected', async () => {
    const { db, shelf } = await openShelf()
    const ex = await intake(shelf, 'long.bin', pattern(FILE_CHUNK_BYTES * 2 + 1))
    await db.fileChunks.delete(`${ex.file.fileId}:2`)
    await expect(shelf.readOriginal(ex.id)).rejects.toBeInstanceOf(ExhibitReadError)
    expect((await shelf.verify(MATTER))[0]!.status).toBe('unreadable')
  })

  it('a chunk moved in from another exhibit is detected', async () => {
    const { db, shelf } = await openShelf()
    const a = await intake(shelf, 'a.bin', pattern(100, 1))
    const b = await intake(shelf, 'b.bin', pattern(100, 2))
    const foreign = await db.fileChunks.get(`${b.file.fileId}:0`)
    await db.fileChunks.put({ ...foreign!, id: `${a.file.fileId}:0`, fileId: a.file.fileId })
    await expect(shelf.readOriginal(a.id)).rejects.toBeInstanceOf(ExhibitReadError)
    expect(sha256File(await shelf.readOriginal(b.id))).toBe(b.file.sha256)
  })

  it('a damaged exhibit record is reported as unreadable at unlock and the rest still load', async () => {
    const { db, key, session, shelf } = await openShelf()
    const a = await intake(shelf, 'a.pdf', await samplePdf())
    const b = await intake(shelf, 'b.pdf', await samplePdf({ label: 'Other' }))
    const env = await db.records.get(b.id)
    env!.ct[0]! ^= 1
    await db.records.put(env!)
    session.close()

    const again = await VaultSession.open(db, key)
    expect(again.exhibits.list(MATTER).map((e) => e.id)).toEqual([a.id])
    expect(again.unreadable).toEqual([expect.objectContaining({ id: b.id, kind: 'exhibit' })])
  })
})

describe('intake is all-or-nothing', () => {
  it('a failed chunk write leaves neither metadata nor chunks, and stored exhibits stay intact', async () => {
    const { db, shelf } = await openShelf()
    const kept = await intake(shelf, 'kept.pdf', await samplePdf())
    const failing = () => {
      throw new Error('disk full')
    }
    db.fileChunks.hook('creating', failing)
    await expect(intake(shelf, 'big.bin', pattern(FILE_CHUNK_BYTES * 2))).rejects.toThrow(/disk full/)
    db.fileChunks.hook('creating').unsubscribe(failing)

    expect(await db.fileChunks.count()).toBe(1)
    expect(await db.records.where('kind').equals('exhibit').count()).toBe(1)
    expect(shelf.list(MATTER)).toEqual([kept])
    expect((await shelf.verify(MATTER)).map((v) => v.status)).toEqual(['unchanged'])
    // The same file can be added once the fault is gone.
    expect((await intake(shelf, 'big.bin', pattern(FILE_CHUNK_BYTES * 2))).file.chunkCount).toBe(2)
  })

  it('a failed metadata write rolls back chunks already written in the same transaction', async () => {
    const { db, shelf } = await openShelf()
    const failing = (_key: unknown, obj: { kind?: string }) => {
      if (obj.kind === 'exhibit') throw new Error('quota exceeded')
    }
    db.records.hook('creating', failing)
    await expect(intake(shelf, 'big.bin', pattern(FILE_CHUNK_BYTES + 1))).rejects.toThrow(/quota exceeded/)
    db.records.hook('creating').unsubscribe(failing)
    expect(await db.fileChunks.count()).toBe(0)
    expect(await db.records.where('kind').equals('exhibit').count()).toBe(0)
    expect(shelf.list(MATTER)).toEqual([])
  })
})

describe('database upgrade', () => {
  it('a version-1 vault opens with the fileChunks table and keeps its records', async () => {
    const name = `exhibit-upgrade-${++n}`
    const key = await generateDataKey()
    const v1 = new Dexie(name)
    v1.version(1).stores({ meta: '&key', records: '&id, kind' })
    await v1.table('meta').put({ key: 'keyring', note: 'kept' })
    await v1.table('records').put(await sealJson(key, dossierKind.kind, DOSSIER.id, dossierKind.currentVersion, DOSSIER))
    v1.close()

    const db = new VaultDatabase(name)
    opened.push(db)
    await db.open()
    expect(db.verno).toBe(2)
    expect(await db.meta.get('keyring')).toEqual({ key: 'keyring', note: 'kept' })
    const session = await VaultSession.open(db, key)
    expect(session.dossiers().map((d) => d.id)).toEqual([DOSSIER.id])
    const ex = await intake(session.exhibits, 'after-upgrade.pdf', await samplePdf())
    expect(sha256File(await session.exhibits.readOriginal(ex.id))).toBe(ex.file.sha256)
  })
})
