// Persist on unlock, end to end with a test-only kind: no product kind is past version 1 yet, so
// a "person" kind with a v1 → v2 → v3 chain stands in for the first real schema change.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { generateDataKey, sealJson, type Envelope } from '@shared/crypto'
import type { RecordKindSpec } from '@shared/vault/migrations'
import { RECORD_KINDS } from '@shared/vault/recordKindRegistry'
import * as recordKinds from '@shared/vault/recordKinds'
import { dossierKind } from '@shared/vault/recordKinds'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultSession } from '../../renderer/vault/vaultSession'
import { EncryptedRecordStore } from '../../renderer/vault/encryptedRecordStore'
import { persistUpgrades } from '../../renderer/vault/recordUpgrades'
import { gulsenDossier } from './fixtures'

const Person = z.object({ given: z.string().min(1), family: z.string(), email: z.string() }).strict()
type Person = z.infer<typeof Person>

/** A fresh kind per test: the step counters and the failure switch belong to that test. */
function personKind(options: { failOn?: string; dropFamily?: boolean } = {}) {
  const calls = { 1: 0, 2: 0 }
  const spec: RecordKindSpec<Person> = {
    kind: 'person',
    currentVersion: 3,
    schema: Person,
    steps: {
      1: (old) => {
        calls[1]++
        const { name } = z.object({ name: z.string() }).parse(old)
        if (name === options.failOn) throw new Error(`cannot split ${name}`)
        const [given = '', ...rest] = name.split(' ')
        return { given, family: rest.join(' ') }
      },
      2: (old) => {
        calls[2]++
        const v2 = z.object({ given: z.string(), family: z.string() }).parse(old)
        return options.dropFamily ? { given: v2.given, email: '' } : { ...v2, email: '' }
      }
    }
  }
  return { spec, calls, kinds: [...RECORD_KINDS, spec as RecordKindSpec<unknown>] }
}

const opened: VaultDatabase[] = []
let n = 0

async function freshVault() {
  const db = new VaultDatabase(`migrations-unlock-${++n}`)
  opened.push(db)
  return { db, key: await generateDataKey() }
}

async function put(db: VaultDatabase, env: Envelope) {
  await db.records.put(env)
  return env
}

/** Every stored row, bytes as hex: equal snapshots mean nothing was rewritten. */
async function snapshot(db: VaultDatabase): Promise<Record<string, string>> {
  const rows = await db.records.toArray()
  return Object.fromEntries(rows.map((r) => [r.id, `${r.kind}|${r.v}|${Buffer.from(r.iv).toString('hex')}|${Buffer.from(r.ct).toString('hex')}`]))
}

afterEach(async () => {
  vi.restoreAllMocks()
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('persist on unlock', () => {
  for (const path of ['rows read before unlock', 'rows read by the session'] as const) {
    it(`re-seals older records at the current version once (${path}); the next unlock runs no step`, async () => {
      const { db, key } = await freshVault()
      const { spec, calls, kinds } = personKind()
      await put(db, await sealJson(key, 'person', 'p1', 1, { name: 'Nodira Rahimova' }))
      await put(db, await sealJson(key, 'person', 'p2', 2, { given: 'Ерлан', family: 'Жақсылықов' }))
      await put(db, await sealJson(key, 'person', 'p3', 3, { given: 'علي', family: 'حسن', email: 'a@example.org' }))
      await put(db, await sealJson(key, dossierKind.kind, gulsenDossier().id, dossierKind.currentVersion, gulsenDossier()))
      const before = await snapshot(db)

      const open = () => VaultSession.open(db, key, path === 'rows read before unlock' ? db.records.toArray() : undefined, kinds)
      const first = await open()
      expect(first.dossiers().map((d) => d.id)).toEqual([gulsenDossier().id])
      expect(calls).toEqual({ 1: 1, 2: 2 })

      const after = await snapshot(db)
      expect((await db.records.bulkGet(['p1', 'p2', 'p3'])).map((r) => r?.v)).toEqual([3, 3, 3])
      expect(after.p1).not.toBe(before.p1)
      expect(after.p2).not.toBe(before.p2)
      expect(after.p3).toBe(before.p3) // already current: untouched
      expect(after[gulsenDossier().id]).toBe(before[gulsenDossier().id])

      first.close()
      await VaultSession.open(db, key, undefined, kinds)
      const read = await new EncryptedRecordStore(db, key).getAll(spec)
      expect(calls).toEqual({ 1: 1, 2: 2 }) // second unlock and a plain read: no step ran
      expect(read.unreadable).toEqual([])
      expect(read.records).toEqual(
        expect.arrayContaining([
          { given: 'Nodira', family: 'Rahimova', email: '' },
          { given: 'Ерлан', family: 'Жақсылықов', email: '' },
          { given: 'علي', family: 'حسن', email: 'a@example.org' }
        ])
      )
      expect(await snapshot(db)).toEqual(after)
    })
  }

  it('a failed write leaves every stored record as it was, still readable; the session opens and a warning is logged', async () => {
    const { db, key } = await freshVault()
    const { spec, kinds } = personKind()
    await put(db, await sealJson(key, 'person', 'p1', 1, { name: 'Nodira Rahimova' }))
    await put(db, await sealJson(key, dossierKind.kind, gulsenDossier().id, dossierKind.currentVersion, gulsenDossier()))
    const before = await snapshot(db)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const diskFull = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError')
    }
    db.records.hook('updating', diskFull)

    const session = await VaultSession.open(db, key, db.records.toArray(), kinds)
    db.records.hook('updating').unsubscribe(diskFull)

    expect(session.dossiers().map((d) => d.client.legalName)).toEqual(['Gülşen Yıldırım'])
    expect(session.unreadable).toEqual([])
    expect(await snapshot(db)).toEqual(before)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/1 record\(s\) upgraded .* could not be saved; they stay stored as they were/)
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('Nodira')
    // Still readable at its old version, upgraded in memory on every read until a write succeeds.
    expect((await new EncryptedRecordStore(db, key).getAll(spec)).records).toEqual([{ given: 'Nodira', family: 'Rahimova', email: '' }])
    expect(await persistUpgrades(db, key, kinds)).toMatchObject({ resealed: 1, notSaved: 0 })
    expect((await db.records.get('p1'))?.v).toBe(3)
  })

  it('a step that throws leaves that record unreadable and reported, the others readable, nothing rewritten', async () => {
    const { db, key } = await freshVault()
    const { spec, calls, kinds } = personKind({ failOn: 'Secret Client' })
    await put(db, await sealJson(key, 'person', 'bad', 1, { name: 'Secret Client' }))
    await put(db, await sealJson(key, 'person', 'ok', 3, { given: 'A', family: 'B', email: '' }))
    await put(db, await sealJson(key, dossierKind.kind, gulsenDossier().id, dossierKind.currentVersion, gulsenDossier()))
    const before = await snapshot(db)

    const session = await VaultSession.open(db, key, db.records.toArray(), kinds)
    expect(session.dossiers()).toHaveLength(1)
    expect(calls[1]).toBe(1)
    expect(await snapshot(db)).toEqual(before)

    const read = await new EncryptedRecordStore(db, key).getAll(spec)
    expect(read.records).toEqual([{ given: 'A', family: 'B', email: '' }])
    expect(read.unreadable).toHaveLength(1)
    expect(read.unreadable[0]).toMatchObject({ id: 'bad', kind: 'person' })
    expect(read.unreadable[0]?.reason).toBe('A stored person record (version 1) could not be upgraded from version 1 to 2. It was left as it was; restore it from a backup.')
    expect(read.unreadable[0]?.reason).not.toContain('Secret')
  })

  it('a migration that produces an invalid record is reported with field names, not values, and left stored', async () => {
    const { db, key } = await freshVault()
    const { spec, kinds } = personKind({ dropFamily: true })
    await put(db, await sealJson(key, 'person', 'p1', 2, { given: 'Secret', family: 'Name' }))
    const before = await snapshot(db)

    await VaultSession.open(db, key, undefined, kinds)
    expect(await snapshot(db)).toEqual(before)
    const [unreadable] = (await new EncryptedRecordStore(db, key).getAll(spec)).unreadable
    expect(unreadable?.reason).toMatch(/^A stored person record is not valid \(fields: family\)\./)
    expect(unreadable?.reason).not.toMatch(/Secret|Name/)
  })

  it('never overwrites a record saved elsewhere after it was read for unlock', async () => {
    const { db, key } = await freshVault()
    const { spec, kinds } = personKind()
    await put(db, await sealJson(key, 'person', 'p1', 1, { name: 'Old Name' }))
    await put(db, await sealJson(key, 'person', 'p2', 1, { name: 'Other Person' }))
    const readForUnlock = await db.records.toArray()
    // Another window saves p1 at the current version between the read and the upgrade.
    const savedElsewhere = await put(db, await sealJson(key, 'person', 'p1', 3, { given: 'New', family: 'Name', email: 'n@example.org' }))

    const outcome = await persistUpgrades(db, key, kinds, readForUnlock)
    expect(outcome.resealed).toBe(1)
    const stored = await db.records.get('p1')
    expect(Buffer.from(stored!.ct).equals(Buffer.from(savedElsewhere.ct))).toBe(true)
    expect((await db.records.get('p2'))?.v).toBe(3)
    expect(await new EncryptedRecordStore(db, key).get(spec, 'p1')).toEqual({ given: 'New', family: 'Name', email: 'n@example.org' })
  })

  it('knows every record kind the vault defines', () => {
    const exported: unknown[] = Object.values(recordKinds)
    const defined = exported.filter((v): v is RecordKindSpec<unknown> => typeof v === 'object' && v !== null && 'kind' in v && 'steps' in v)
    expect(defined.length).toBeGreaterThanOrEqual(10)
    expect(new Set(RECORD_KINDS.map((k) => k.kind))).toEqual(new Set(defined.map((k) => k.kind)))
  })
})
