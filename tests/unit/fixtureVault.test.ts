// The fixture-vault format and loader; and, with REGENERATE_FIXTURES=1, writing the fixture files
// that do not exist yet (an existing fixture is never replaced: delete it first, deliberately).
import 'fake-indexeddb/auto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { FIXTURE_DIR, dumpTables, fixtureVaultToJson, loadFixtureVault, openAtVersion, parseFixtureVault, readFixtureVault } from '../support/fixtureVault'
import { buildV1FixtureVault } from '../support/fixtureVaultV1'

const FIXTURES = [
  { file: 'v1-dexie1.json', withNewerRecord: false },
  { file: 'v1-dexie1-newer-record.json', withNewerRecord: true }
]

const names: string[] = []
let n = 0
const freshName = () => {
  const name = `fixture-loader-${++n}`
  names.push(name)
  return name
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

describe.runIf(process.env.REGENERATE_FIXTURES === '1')('regenerating fixture vaults', () => {
  for (const { file, withNewerRecord } of FIXTURES) {
    it.skipIf(existsSync(resolve(FIXTURE_DIR, file)))(`writes ${file}`, async () => {
      mkdirSync(FIXTURE_DIR, { recursive: true })
      writeFileSync(resolve(FIXTURE_DIR, file), fixtureVaultToJson(await buildV1FixtureVault(freshName(), { withNewerRecord })), { flag: 'wx' })
    })
  }
})

describe('fixture vault loader', () => {
  for (const { file } of FIXTURES) {
    it(`recreates ${file} at its Dexie version, byte for byte`, async () => {
      const text = readFileSync(resolve(FIXTURE_DIR, file), 'utf8')
      const fixture = parseFixtureVault(text)
      const name = freshName()
      await loadFixtureVault(fixture, name)

      const db = openAtVersion(name, fixture.dexie)
      await db.open()
      try {
        expect(db.verno).toBe(fixture.dexie.version)
        expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(fixture.dexie.stores).sort())
        const tables = await dumpTables(db)
        // The same JSON text, base64 and all: every byte went in and came out unchanged.
        expect(fixtureVaultToJson({ ...fixture, tables })).toBe(text)
        expect(tables.records!.every((r) => r.ct instanceof Uint8Array && r.iv instanceof Uint8Array)).toBe(true)
      } finally {
        db.close()
      }
    })
  }

  it('loads only into a database that does not exist yet', async () => {
    const fixture = readFixtureVault('v1-dexie1.json')
    const name = freshName()
    await loadFixtureVault(fixture, name)
    await expect(loadFixtureVault(fixture, name)).rejects.toThrow(/already exists/)
  })

  it('refuses a fixture whose rows name a table its Dexie version did not have', () => {
    const text = readFileSync(resolve(FIXTURE_DIR, 'v1-dexie1.json'), 'utf8')
    const withChunks = JSON.stringify({ ...JSON.parse(text), tables: { ...JSON.parse(text).tables, fileChunks: [] } })
    expect(() => parseFixtureVault(withChunks)).toThrow(/Table fileChunks is not declared at Dexie version 1/)
  })

  it('keeps bytes as bytes through JSON', () => {
    const fixture = readFixtureVault('v1-dexie1.json')
    const record = fixture.tables.records![0]!
    const ct = record.ct as Uint8Array
    const again = parseFixtureVault(fixtureVaultToJson(fixture)).tables.records![0]!
    expect(again.ct).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(again.ct as Uint8Array).equals(Buffer.from(ct))).toBe(true)
  })
})
