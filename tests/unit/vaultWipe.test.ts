import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { VaultErasureError, eraseVault, erasureMessages } from '../../renderer/vault/vaultErasure'
import { samplePdf } from '../support/exhibitSamples'
import { gulsenDossier, yerlanDossier } from './fixtures'

const PASS = 'ferry lantern quartz mosaic 1984'
const NEW_PASS = 'violet harbour cinnamon glacier 2026'
const GULSEN = gulsenDossier()
let n = 0
const opened: VaultDatabase[] = []

function freshDb(): VaultDatabase {
  const db = new VaultDatabase(`redress-wipe-test-${++n}`)
  opened.push(db)
  return db
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((d) => (d.name === undefined ? [] : [d.name]))
}

function sessionOf(c: VaultController) {
  const s = c.getState()
  if (s.phase !== 'unlocked') throw new Error(`expected unlocked, got ${s.phase}`)
  return s.session
}

/** A vault with a dossier and one stored exhibit original, unlocked. */
async function filledVault(db: VaultDatabase): Promise<VaultController> {
  const c = new VaultController(db)
  await c.start()
  await c.create(PASS, PASS)
  const session = sessionOf(c)
  await session.saveDossier(GULSEN)
  const bytes = await samplePdf({ pages: 2, label: 'Arrest warrant Istanbul' })
  await session.exhibits.intake({ dossierId: GULSEN.id, matterId: GULSEN.matters[0]!.id, fileName: 'warrant.pdf', bytes })
  return c
}

async function rowCounts(db: VaultDatabase) {
  return { meta: await db.meta.count(), records: await db.records.count(), fileChunks: await db.fileChunks.count() }
}

/** Opens a raw IndexedDB connection that, unlike Dexie, does not step aside when asked. */
function stubbornConnection(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(k: string) {
    return this.items.get(k) ?? null
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null
  }
  removeItem(k: string) {
    this.items.delete(k)
  }
  setItem(k: string, v: string) {
    this.items.set(k, v)
  }
}

const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 200; i++) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error('condition not reached')
}

afterEach(async () => {
  vi.restoreAllMocks()
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('VaultController.wipe', () => {
  it('drops the session, deletes the database and ends on first run; a new vault can be made', async () => {
    const db = freshDb()
    const c = await filledVault(db)
    const session = sessionOf(c)
    const before = await rowCounts(db)
    expect(before.meta).toBe(1)
    expect(before.records).toBeGreaterThan(0)
    expect(before.fileChunks).toBeGreaterThan(0)
    expect(await databaseNames()).toContain(db.name)

    const phases: string[] = []
    c.subscribe(() => phases.push(c.getState().phase))
    await c.wipe()

    expect(c.getState()).toEqual({ phase: 'first-run' })
    expect(phases).toEqual(['opening', 'first-run'])
    expect(session.isOpen).toBe(false) // the data key and plaintext are gone from memory
    expect(session.dossiers()).toEqual([])
    expect(await databaseNames()).not.toContain(db.name)

    // A fresh start on this device finds no vault either.
    const laterDb = new VaultDatabase(db.name)
    opened.push(laterDb)
    const later = new VaultController(laterDb)
    await later.start()
    expect(later.getState()).toEqual({ phase: 'first-run' })

    // The same controller can create a new vault at once; it holds nothing of the old one.
    await c.create(NEW_PASS, NEW_PASS)
    expect(sessionOf(c).dossiers()).toEqual([])
    await sessionOf(c).saveDossier(yerlanDossier())
    c.lock()
    const reopened = new VaultController(new VaultDatabase(db.name))
    await reopened.start()
    expect(reopened.getState().phase).toBe('locked')
    expect(await reopened.unlock(PASS)).toMatchObject({ ok: false, reason: 'wrong-passphrase' })
  })

  it('also deletes the other Redress databases and storage keys, and nothing else', async () => {
    const db = freshDb()
    await filledVault(db)
    const staging = new VaultDatabase('redress-restore-staging')
    await staging.open()
    staging.close()
    const foreign = new VaultDatabase('someone-else')
    opened.push(foreign)
    await foreign.open()
    const local = new MemoryStorage()
    local.setItem('redress.lastBackup', '2026-01-01')
    local.setItem('unrelated', 'kept')
    const sessionStore = new MemoryStorage()
    sessionStore.setItem('redress-route', 'dossiers')

    const report = await eraseVault(db, { storages: [local, sessionStore] })

    expect(report.databases[0]).toBe(db.name)
    expect(report.databases).toContain('redress-restore-staging')
    expect(report.storageKeys).toBe(2)
    const names = await databaseNames()
    expect(names).not.toContain(db.name)
    expect(names).not.toContain('redress-restore-staging')
    expect(names).toContain('someone-else')
    expect(local.getItem('redress.lastBackup')).toBeNull()
    expect(local.getItem('unrelated')).toBe('kept')
    expect(sessionStore.length).toBe(0)
  })

  it('when another connection holds the database, the rows are gone at once and the phase says what to do', async () => {
    const db = freshDb()
    const c = await filledVault(db)
    const other = await stubbornConnection(db.name)

    const wiping = c.wipe()
    await until(() => c.getState().phase === 'failed')
    expect(c.getState()).toEqual({ phase: 'failed', message: erasureMessages.blocked })
    // Through the connection that blocks: the keyring, records and chunks are already deleted.
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const req = other.transaction(store, 'readonly').objectStore(store).count()
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    expect([await count('meta'), await count('records'), await count('fileChunks')]).toEqual([0, 0, 0])

    other.close() // the other window closes: erasing finishes on its own
    await wiping
    expect(c.getState()).toEqual({ phase: 'first-run' })
    expect(await databaseNames()).not.toContain(db.name)
  })

  it('a second window that is unlocked on the same vault drops its session and cannot recreate the database', async () => {
    const db = freshDb()
    const first = await filledVault(db)
    const secondDb = new VaultDatabase(db.name)
    opened.push(secondDb)
    const second = new VaultController(secondDb)
    await second.start()
    expect(await second.unlock(PASS)).toEqual({ ok: true })
    const secondSession = sessionOf(second)
    expect(secondSession.dossiers().map((d) => d.id)).toEqual([GULSEN.id])

    await first.wipe()

    expect(first.getState()).toEqual({ phase: 'first-run' })
    expect(second.getState()).toEqual({ phase: 'first-run' })
    expect(secondSession.isOpen).toBe(false)
    expect(secondSession.dossiers()).toEqual([])
    // A write still in flight in that window fails instead of recreating the vault database.
    await expect(secondSession.saveDossier(yerlanDossier())).rejects.toThrow()
    await expect(secondDb.records.count()).rejects.toThrow()
    expect(await databaseNames()).not.toContain(db.name)
  })

  it('when the device refuses the deletion, nothing is deleted and the message says so', async () => {
    const db = freshDb()
    const c = await filledVault(db)
    const before = await rowCounts(db)
    vi.spyOn(db.fileChunks, 'clear').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError')
    })

    await c.wipe()

    expect(c.getState()).toEqual({ phase: 'failed', message: erasureMessages.nothingErased })
    vi.restoreAllMocks()
    const again = new VaultController(new VaultDatabase(db.name))
    await again.start()
    expect(again.getState().phase).toBe('locked')
    expect(await again.unlock(PASS)).toEqual({ ok: true })
    expect(sessionOf(again).dossiers().map((d) => d.id)).toEqual([GULSEN.id])
    const reopened = new VaultDatabase(db.name)
    expect(await rowCounts(reopened)).toEqual(before)
    again.lock()
    reopened.close()
  })

  it('when the emptied database cannot be removed, the error says the rows are already deleted', async () => {
    const db = freshDb()
    await filledVault(db)
    const refusing: IDBFactory = Object.assign(Object.create(indexedDB) as IDBFactory, {
      databases: () => indexedDB.databases(),
      deleteDatabase: () => {
        throw new DOMException('Internal error deleting the database.', 'UnknownError')
      }
    })

    const error = await eraseVault(db, { indexedDB: refusing, storages: [] }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(VaultErasureError)
    expect((error as VaultErasureError).rowsDeleted).toBe(true)
    expect((error as VaultErasureError).message).toBe(erasureMessages.emptyNotRemoved)
    await db.open()
    expect(await rowCounts(db)).toEqual({ meta: 0, records: 0, fileChunks: 0 })
  })
})
