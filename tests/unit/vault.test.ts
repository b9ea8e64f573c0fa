import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { sealJson } from '@shared/crypto'
import { dossierKind } from '@shared/vault/recordKinds'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { KeyringCorruptError, VaultExistsError, createKeyring, unlockKeyring } from '../../renderer/vault/keyring'
import { gulsenDossier, yerlanDossier } from './fixtures'

const PASS = 'ferry lantern quartz mosaic 1984'
const NEW_PASS = 'violet harbour cinnamon glacier 2026'
let dbCount = 0
const opened: VaultDatabase[] = []

function freshDb(): VaultDatabase {
  const db = new VaultDatabase(`test-vault-${++dbCount}`)
  opened.push(db)
  return db
}

async function snapshot(db: VaultDatabase): Promise<string> {
  const meta = await db.meta.toArray()
  const records = await db.records.toArray()
  return JSON.stringify({ meta, records }, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))
}

async function unlockedController(db: VaultDatabase): Promise<VaultController> {
  const c = new VaultController(db)
  await c.start()
  await c.create(PASS, PASS)
  return c
}

function sessionOf(c: VaultController) {
  const s = c.getState()
  if (s.phase !== 'unlocked') throw new Error(`expected unlocked, got ${s.phase}`)
  return s.session
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('vault life cycle', () => {
  it('starts in first-run, creates a vault, locks and unlocks with the passphrase', async () => {
    const db = freshDb()
    const c = new VaultController(db)
    await c.start()
    expect(c.getState().phase).toBe('first-run')
    await c.create(PASS, PASS)
    await sessionOf(c).saveDossier(gulsenDossier())
    c.lock()
    expect(c.getState()).toEqual({ phase: 'locked', reason: 'manual' })

    const again = new VaultController(db)
    await again.start()
    expect(again.getState().phase).toBe('locked')
    expect(await again.unlock(PASS)).toEqual({ ok: true })
    expect(sessionOf(again).dossiers().map((d) => d.client.legalName)).toEqual(['Gülşen Yıldırım'])
  })

  it('refuses a weak or unconfirmed passphrase at first run', async () => {
    const c = new VaultController(freshDb())
    await c.start()
    await expect(c.create('short', 'short')).rejects.toThrow(/at least 12 characters/)
    await expect(c.create(PASS, PASS + 'x')).rejects.toThrow(/do not match/)
    expect(c.getState().phase).toBe('first-run')
  })

  it('never replaces an existing vault', async () => {
    const db = freshDb()
    await createKeyring(db, PASS)
    const before = await snapshot(db)
    await expect(createKeyring(db, NEW_PASS)).rejects.toBeInstanceOf(VaultExistsError)
    expect(await snapshot(db)).toBe(before)
  })

  it('refuses a wrong passphrase without changing any record, and slows down repeated failures', async () => {
    const db = freshDb()
    const c = await unlockedController(db)
    await sessionOf(c).saveDossier(gulsenDossier())
    c.lock()
    const recordsBefore = JSON.stringify(await db.records.toArray(), (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v))

    const first = await c.unlock('wrong passphrase entirely')
    expect(first).toMatchObject({ ok: false, reason: 'wrong-passphrase', failedAttempts: 1, retryAfterMs: 0 })
    await c.unlock('still the wrong one')
    const third = await c.unlock('and again wrong')
    expect(third).toMatchObject({ ok: false, reason: 'wrong-passphrase', failedAttempts: 3 })
    if (third.ok) throw new Error('unreachable')
    expect(third.retryAfterMs).toBeGreaterThan(0)
    // Even the right passphrase must wait now: the counter survives a new controller (a reload).
    const reloaded = new VaultController(db)
    await reloaded.start()
    expect(await reloaded.unlock(PASS)).toMatchObject({ ok: false, reason: 'throttled' })
    expect(c.getState().phase).toBe('locked')
    expect(JSON.stringify(await db.records.toArray(), (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v))).toBe(recordsBefore)
    // Once the wait is over, the right passphrase works and resets the counter.
    const later = Date.now() + 60_000
    expect(await unlockKeyring(db, PASS, later)).toMatchObject({ ok: true })
    expect(await reloaded.unlockWaitMs()).toBe(0)
  })

  it('changes the passphrase by rewrapping the key: records stay readable, old passphrase stops working', async () => {
    const db = freshDb()
    const c = await unlockedController(db)
    await sessionOf(c).saveDossier(gulsenDossier())
    await sessionOf(c).saveDossier(yerlanDossier())
    const recordsBefore = await db.records.toArray()

    expect(await c.changePassphrase('not the current one', NEW_PASS, NEW_PASS)).toBe(false)
    expect(await c.changePassphrase(PASS, NEW_PASS, NEW_PASS)).toBe(true)
    expect(await db.records.toArray()).toEqual(recordsBefore) // no record re-encrypted
    c.lock()
    expect(await c.unlock(PASS)).toMatchObject({ ok: false, reason: 'wrong-passphrase' })
    expect(await c.unlock(NEW_PASS)).toEqual({ ok: true })
    expect(sessionOf(c).dossiers().map((d) => d.client.latinName).sort()).toEqual(['Gulsen Yildirim', 'Yerlan Zhaksylykov'])
  })

  it('drops keys and plaintext on lock', async () => {
    const c = await unlockedController(freshDb())
    const session = sessionOf(c)
    await session.saveDossier(gulsenDossier())
    c.lock()
    expect(session.isOpen).toBe(false)
    expect(session.dossiers()).toEqual([])
    expect(session.search('Yildirim')).toEqual([])
    await expect(session.saveDossier(yerlanDossier())).rejects.toThrow(/locked/)
  })

  it('reports a damaged keyring clearly and leaves the database as it was', async () => {
    const db = freshDb()
    await createKeyring(db, PASS)
    const row = await db.meta.get('keyring')
    await db.meta.put({ ...row, key: 'keyring', kdf: { algorithm: 'scrypt' } })
    const before = await snapshot(db)
    await expect(unlockKeyring(db, PASS)).rejects.toBeInstanceOf(KeyringCorruptError)
    expect(await snapshot(db)).toBe(before)
  })
})

describe('encrypted records', () => {
  it('stores nothing readable about a client', async () => {
    const db = freshDb()
    const c = await unlockedController(db)
    await sessionOf(c).saveDossier(gulsenDossier())
    await sessionOf(c).saveDossier(yerlanDossier())
    const raw = await snapshot(db)
    const bytesAsText = (await db.records.toArray()).map((r) => Buffer.from(r.ct).toString('latin1') + Buffer.from(r.ct).toString('utf8')).join('')
    for (const secret of ['Gülşen', 'Yıldırım', 'Yildirim', 'Жақсылықов', 'Zhaksylykov', '2017/118', 'Ankara', 'Kayseri'])
      expect(raw + bytesAsText).not.toContain(secret)
  })

  it('keeps a damaged record stored, reports it, and still opens the others', async () => {
    const db = freshDb()
    const c = await unlockedController(db)
    await sessionOf(c).saveDossier(gulsenDossier())
    await sessionOf(c).saveDossier(yerlanDossier())
    const victim = await db.records.get(yerlanDossier().id)
    if (!victim) throw new Error('missing record')
    const damaged = { ...victim, ct: new Uint8Array(victim.ct) }
    damaged.ct[3] = (damaged.ct[3] ?? 0) ^ 0xff
    await db.records.put(damaged)
    c.lock()
    await c.unlock(PASS)
    const session = sessionOf(c)
    expect(session.dossiers().map((d) => d.client.latinName)).toEqual(['Gulsen Yildirim'])
    expect(session.unreadable).toEqual([{ id: yerlanDossier().id, kind: 'dossier', reason: expect.stringMatching(/integrity/) }])
    expect(await db.records.get(yerlanDossier().id)).toBeDefined()
  })

  it('refuses a record from a newer schema version with a clear message', async () => {
    const db = freshDb()
    const c = await unlockedController(db)
    const session = sessionOf(c)
    await session.saveDossier(gulsenDossier())
    // Reach the data key the same way the app does: through a fresh unlock.
    c.lock()
    const outcome = await unlockKeyring(db, PASS)
    if (!outcome.ok) throw new Error('unlock failed')
    const future = await sealJson(outcome.dataKey, 'dossier', yerlanDossier().id, dossierKind.currentVersion + 1, yerlanDossier())
    await db.records.put(future)
    await c.unlock(PASS)
    expect(sessionOf(c).unreadable[0]?.reason).toMatch(/newer version of Redress/)
  })

  it('finds dossiers through the in-memory index after unlock', async () => {
    const db = freshDb()
    const c = await unlockedController(db)
    await sessionOf(c).saveDossier(gulsenDossier())
    await sessionOf(c).saveDossier(yerlanDossier())
    c.lock()
    await c.unlock(PASS)
    const s = sessionOf(c)
    expect(s.search('Yildirim').map((d) => d.client.legalName)).toEqual(['Gülşen Yıldırım'])
    expect(s.search('Жақсылықов').map((d) => d.client.legalName)).toEqual(['Ерлан Жақсылықов'])
    await s.deleteDossier(yerlanDossier().id)
    expect(s.search('Жақсылықов')).toEqual([])
  })
})
