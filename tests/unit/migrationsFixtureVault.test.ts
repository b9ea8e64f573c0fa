// Fixture vaults written by an older Redress (tests/fixtures/vaults) open with the current code:
// the Dexie upgrade, the unlock with the stated passphrase and every record read back as listed.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { dumpTables, loadFixtureVault, readFixtureVault, type FixtureVault } from '../support/fixtureVault'
import { samplePdf, sha256File } from '../support/exhibitSamples'

const opened: VaultDatabase[] = []
let n = 0

async function openFixture(file: string) {
  const fixture = readFixtureVault(file)
  const name = `fixture-vault-${++n}`
  await loadFixtureVault(fixture, name)
  const db = new VaultDatabase(name)
  opened.push(db)
  const controller = new VaultController(db)
  await controller.start()
  return { fixture, db, controller }
}

async function unlock(controller: VaultController, passphrase: string) {
  expect(await controller.unlock(passphrase)).toEqual({ ok: true })
  const state = controller.getState()
  if (state.phase !== 'unlocked') throw new Error(`expected unlocked, got ${state.phase}`)
  return state.session
}

/** The fixture's tables as stored now, with the table Dexie version 2 added (it must be empty). */
async function storedTables(db: VaultDatabase, fixture: FixtureVault) {
  const { fileChunks, ...rest } = await dumpTables(db)
  expect(fileChunks).toEqual([])
  expect(Object.keys(rest).sort()).toEqual(Object.keys(fixture.tables).sort())
  return rest
}

const byId = <T,>(list: readonly T[], id: (x: T) => string) => [...list].sort((a, b) => id(a).localeCompare(id(b)))
const dossierId = (d: unknown) => (d as { id: string }).id
const draftId = (r: unknown) => (r as { draft: { id: string } }).draft.id

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('fixture vault v1 (Dexie version 1, version-1 records)', () => {
  it('upgrades to Dexie version 2 with an empty fileChunks table and keeps every row byte for byte', async () => {
    const { fixture, db, controller } = await openFixture('v1-dexie1.json')
    expect(controller.getState()).toEqual({ phase: 'locked', reason: 'startup' })
    expect(db.verno).toBe(2)
    expect(fixture.dexie.version).toBe(1)
    expect(await storedTables(db, fixture)).toEqual(fixture.tables)
  })

  it('unlocks with the stated passphrase and reads every record as listed; nothing is rewritten', async () => {
    const { fixture, db, controller } = await openFixture('v1-dexie1.json')
    const session = await unlock(controller, fixture.passphrase)
    const { expected } = fixture

    expect(session.unreadable).toEqual([])
    expect(expected.dossiers).toHaveLength(5)
    expect(byId(session.dossiers(), dossierId)).toEqual(byId(expected.dossiers, dossierId))
    expect(byId(session.contacts(), dossierId)).toEqual(byId(expected.contacts, dossierId))
    expect(session.settings).toEqual(expected.settings)
    expect(byId(session.petitionDrafts(), draftId)).toEqual(byId(expected.petitionDrafts, draftId))
    for (const day of expected.deadlineLog) expect(await session.deadlineLog(day.day)).toEqual(day.entries)

    // Every script is searchable as the index is built from what was read.
    expect(session.search('Жақсылықов').map((d) => d.client.latinName)).toEqual(['Yerlan Zhaksylykov'])
    expect(session.search('الكعبي').map((d) => d.client.latinName)).toEqual(['Ali Hasan Al-Kaabi'])
    expect(session.search('王小明').map((d) => d.client.latinName)).toEqual(['Wang Xiaoming'])
    expect(session.search('ბერიძე').map((d) => d.client.latinName)).toEqual(['Nino Beridze'])

    // Every record is already at its kind's current version: persist-on-unlock has nothing to do.
    expect(await storedTables(db, fixture)).toEqual(fixture.tables)
  })

  it('refuses a wrong passphrase and leaves every record as it was', async () => {
    const { fixture, db, controller } = await openFixture('v1-dexie1.json')
    expect(await controller.unlock(`${fixture.passphrase}!`)).toMatchObject({ ok: false, reason: 'wrong-passphrase' })
    expect((await storedTables(db, fixture)).records).toEqual(fixture.tables.records)
  })

  it('takes an exhibit into the table the upgrade added, and locks and unlocks again', async () => {
    const { fixture, db, controller } = await openFixture('v1-dexie1.json')
    const session = await unlock(controller, fixture.passphrase)
    const [gulsen] = byId(session.dossiers(), dossierId)
    const intake = await session.exhibits.intake({ dossierId: gulsen!.id, matterId: gulsen!.matters[0]!.id, fileName: 'recognition.pdf', bytes: await samplePdf() })
    if (intake.status !== 'added') throw new Error('expected a new exhibit')
    expect(await db.fileChunks.count()).toBe(intake.exhibit.file.chunkCount)

    controller.lock()
    const again = await unlock(controller, fixture.passphrase)
    expect(sha256File(await again.exhibits.readOriginal(intake.exhibit.id))).toBe(intake.exhibit.file.sha256)
    expect(again.dossiers()).toHaveLength(5)
  })
})

describe('fixture vault with a record from a newer Redress (envelope v 99)', () => {
  it('reports that record as written by a newer version, leaves its bytes alone and opens everything else', async () => {
    const { fixture, db, controller } = await openFixture('v1-dexie1-newer-record.json')
    const newer = fixture.tables.records!.filter((r) => r.v === 99)
    expect(newer).toHaveLength(1)
    const session = await unlock(controller, fixture.passphrase)

    expect(session.unreadable).toEqual(fixture.expected.unreadable)
    expect(session.unreadable[0]?.reason).toMatch(/written by a newer version of Redress\. Update Redress to open it\./)
    expect(session.unreadable[0]?.reason).not.toContain('future')
    expect(byId(session.dossiers(), dossierId)).toEqual(byId(fixture.expected.dossiers, dossierId))
    expect(byId(session.contacts(), dossierId)).toEqual(byId(fixture.expected.contacts, dossierId))
    expect(session.getDossier(String(newer[0]!.id))).toBeUndefined()

    expect(await storedTables(db, fixture)).toEqual(fixture.tables)
    controller.lock()
    await unlock(controller, fixture.passphrase)
    expect(await storedTables(db, fixture)).toEqual(fixture.tables)
  })
})

describe('the fixture vaults themselves', () => {
  it('were written at Dexie version 1, where IndexedDB stores version 10', async () => {
    const fixture = readFixtureVault('v1-dexie1.json')
    const name = `fixture-vault-raw-${++n}`
    await loadFixtureVault(fixture, name)
    const raw = await new Dexie(name).open()
    try {
      expect(raw.verno).toBe(1)
      expect(raw.backendDB().version).toBe(10)
      expect(raw.tables.map((t) => t.name).sort()).toEqual(['meta', 'records'])
    } finally {
      raw.close()
      await Dexie.delete(name)
    }
  })
})
