// Fixture vaults: a vault exactly as an older Redress left it in IndexedDB, frozen in a JSON file
// under tests/fixtures/vaults/. Loading one recreates the database at the Dexie version and with
// the tables that version declared, row for row and byte for byte, so the current code must open
// it the way it would open a real vault that old.
//
// A fixture is written once, by the code of its time, and never regenerated after a schema
// change: regenerating would rewrite it in the new shape and hide the very break it guards against.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Dexie from 'dexie'
import { z } from 'zod'

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/vaults')

/** JSON has no bytes: a Uint8Array is written as { "$base64": "…" }. */
const BYTES_TAG = '$base64'

const Row = z.record(z.string(), z.unknown())
const LogDay = z.object({ day: z.string(), entries: z.array(z.unknown()) }).strict()

export const FixtureVault = z
  .object({
    format: z.literal('redress-fixture-vault'),
    formatVersion: z.literal(1),
    about: z.string().min(1),
    /** The passphrase the keyring was made with; a fixture holds no real client. */
    passphrase: z.string().min(12),
    /** The Dexie version and table declarations of the Redress that wrote it. */
    dexie: z.object({ version: z.number().int().min(1), stores: z.record(z.string(), z.string()) }).strict(),
    /** Every row of every table, ordered by primary key. */
    tables: z.record(z.string(), z.array(Row)),
    /** What the current code must read from it, as plain values. */
    expected: z
      .object({
        dossiers: z.array(z.unknown()),
        contacts: z.array(z.unknown()),
        settings: z.unknown(),
        petitionDrafts: z.array(z.unknown()),
        deadlineLog: z.array(LogDay),
        /** Records the current code must report as unreadable and leave untouched. */
        unreadable: z.array(z.object({ id: z.string(), kind: z.string(), reason: z.string() }).strict())
      })
      .strict()
  })
  .strict()
  .superRefine((f, ctx) => {
    for (const table of Object.keys(f.tables))
      if (!(table in f.dexie.stores)) ctx.addIssue({ code: 'custom', path: ['tables', table], message: `Table ${table} is not declared at Dexie version ${f.dexie.version}.` })
  })
export type FixtureVault = z.infer<typeof FixtureVault>

export function fixtureVaultToJson(fixture: FixtureVault): string {
  return `${JSON.stringify(fixture, (_key, value: unknown) => (value instanceof Uint8Array ? { [BYTES_TAG]: Buffer.from(value).toString('base64') } : value), 2)}\n`
}

export function parseFixtureVault(text: string): FixtureVault {
  const raw: unknown = JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value)
      const encoded: unknown = (value as Record<string, unknown>)[BYTES_TAG]
      if (keys.length === 1 && typeof encoded === 'string') return new Uint8Array(Buffer.from(encoded, 'base64'))
    }
    return value
  })
  return FixtureVault.parse(raw)
}

export function readFixtureVault(fileName: string): FixtureVault {
  return parseFixtureVault(readFileSync(resolve(FIXTURE_DIR, fileName), 'utf8'))
}

/** Opens `name` with exactly the declarations of `dexie`: no later version, so no upgrade runs. */
export function openAtVersion(name: string, dexie: FixtureVault['dexie']): Dexie {
  const db = new Dexie(name)
  db.version(dexie.version).stores(dexie.stores)
  return db
}

/** Writes the fixture into a database that must not exist yet, then closes it. */
export async function loadFixtureVault(fixture: FixtureVault, name: string): Promise<void> {
  if (await Dexie.exists(name)) throw new Error(`A database named ${name} already exists; fixtures load into a fresh one.`)
  const db = openAtVersion(name, fixture.dexie)
  try {
    await db.open()
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkAdd(rows)
    })
  } finally {
    db.close()
  }
}

/** Every row of every table of an open database, ordered by primary key (the fixture's `tables`). */
export async function dumpTables(db: Dexie): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {}
  for (const table of db.tables.map((t) => t.name).sort()) out[table] = z.array(Row).parse(await db.table(table).toArray())
  return out
}
