// Test kit for restore: vaults run by a real VaultController (real AES-GCM, fake-indexeddb), a
// fast stand-in KDF, a vault filled with every kind of record, raw-row snapshots to prove "nothing
// changed", and a disk that can be told to fail (a Dexie DBCore middleware standing in for the
// storage layer only: everything above it is the real code).
import 'fake-indexeddb/auto'
import { randomUUID } from 'node:crypto'
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { newKdfParams, openJson } from '@shared/crypto'
import { prefillFromDossier } from '@shared/petitions'
import { DEFAULT_SETTINGS } from '@shared/vault/recordKinds'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import { backupVault } from '../../renderer/backup/backupVault'
import { VaultController } from '../../renderer/vault/vaultController'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import type { VaultSession } from '../../renderer/vault/vaultSession'
import { fastKdf, pattern, sha } from './backupFormatKit'
import { gulsenDossier, yerlanDossier } from './fixtures'

export { fastKdf, sha }
export const VAULT_PASS = 'ferry lantern quartz mosaic 1984'
export const NEW_PASS = 'violet harbour cinnamon glacier 2026'
export const BACKUP_PASS = 'saffron tideline walnut orbit 7731'

/** What a failing disk does: reject the nth write of a kind to a table, counting from when armed. */
export class DiskFaults {
  private rule: { table: string; type: DBCoreMutateRequest['type']; nth: number } | null = null
  private seen = 0
  /** Writes that reached the disk, by table and type (e.g. "fileChunks add"). */
  readonly writes = new Map<string, number>()

  failNth(table: string, type: DBCoreMutateRequest['type'], nth: number): void {
    this.rule = { table, type, nth }
    this.seen = 0
  }

  heal(): void {
    this.rule = null
  }

  /** True when this write must fail. */
  check(table: string, type: DBCoreMutateRequest['type']): boolean {
    if (this.rule && this.rule.table === table && this.rule.type === type && ++this.seen === this.rule.nth) return true
    const key = `${table} ${type}`
    this.writes.set(key, (this.writes.get(key) ?? 0) + 1)
    return false
  }

  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'disk-faults',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          return {
            ...table,
            mutate: (req) =>
              this.check(name, req.type) ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req)
          }
        }
      })
    }
  }
}

let n = 0
const opened: VaultDatabase[] = []

export function freshDb(faults?: DiskFaults, name = `restore-test-${++n}`): VaultDatabase {
  const db = new VaultDatabase(name)
  if (faults) db.use(faults.middleware())
  opened.push(db)
  return db
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete().catch(() => undefined)
  }
}

export function controllerFor(db: VaultDatabase): VaultController {
  return new VaultController(db, { derive: fastKdf })
}

export function sessionOf(c: VaultController): VaultSession {
  const s = c.getState()
  if (s.phase !== 'unlocked') throw new Error(`expected unlocked, got ${s.phase}`)
  return s.session
}

export async function createdVault(db: VaultDatabase = freshDb()): Promise<{ db: VaultDatabase; c: VaultController; session: VaultSession }> {
  const c = controllerFor(db)
  await c.start()
  await c.create(VAULT_PASS, VAULT_PASS)
  return { db, c, session: sessionOf(c) }
}

export const tick = () => new Promise((r) => setTimeout(r, 5))

export function intake(session: VaultSession, dossierId: string, matterId: string, fileName: string, bytes: Uint8Array): Promise<Exhibit> {
  return session.exhibits.intake({ dossierId, matterId, fileName, bytes }).then((r) => {
    if (r.status !== 'added') throw new Error(`expected added, got ${r.status}`)
    return r.exhibit
  })
}

/** Exhibit originals the filled vault holds: empty, one byte, more than two chunks. */
export const ORIGINAL_SIZES = [0, 1, 2.5 * 1024 * 1024] as const

/**
 * Clients in Latin with diacritics (Turkish), Cyrillic, Arabic and Chinese script, a matter with a
 * deadline marked by hand, a petition draft, a contact, settings, CCF sessions and three exhibits.
 */
export async function fillVault(session: VaultSession): Promise<{ originals: Map<string, Uint8Array> }> {
  const gulsen = gulsenDossier()
  const matterId = gulsen.matters[0]!.id
  await session.saveDossier(gulsen)
  await session.saveDossier(yerlanDossier())
  const arabic = gulsenDossier('5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a03')
  await session.saveDossier({ ...arabic, client: { ...arabic.client, legalName: 'عمر الفاروق', latinName: 'Omar al-Farouk' } })
  const chinese = yerlanDossier('5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a04')
  await session.saveDossier({ ...chinese, client: { ...chinese.client, legalName: '王小明', latinName: 'Wang Xiaoming', aliases: ['小明'] } })
  await session.setDeadlineState(gulsen.id, { key: `ccf.decision-correction-deletion@${matterId}`, status: 'overridden', overrideDate: '2027-03-15', note: 'Lettre de la CCF reçue', changedAt: '2026-11-20T10:00:00.000Z' })
  await session.savePetitionDraft(prefillFromDossier(session.getDossier(gulsen.id)!, matterId, { today: '2026-11-23', requestType: 'correction-deletion' }), 'facts')
  const now = new Date().toISOString()
  await session.saveContact({ id: randomUUID(), role: 'ccf', name: 'Secrétariat de la CCF', organisation: 'Commission for the Control of INTERPOL’s Files', email: 'ccf@example.org', phone: '', notes: 'Réponse sous 4 mois', createdAt: now, updatedAt: now })
  await session.saveSettings({ ...DEFAULT_SETTINGS, autoLockMinutes: 25, actorName: 'Maître Élodie Durand' })
  await session.saveCcfSessions([{ id: randomUUID(), startsOn: '2027-01-20', endsOn: '2027-01-24', note: '130th session' }])
  const originals = new Map<string, Uint8Array>()
  for (const [i, size] of ORIGINAL_SIZES.entries()) {
    const bytes = pattern(size, 20 + i)
    const exhibit = await intake(session, gulsen.id, matterId, `pièce-${i}.bin`, bytes)
    originals.set(exhibit.id, bytes)
  }
  return { originals }
}

export async function backupOf(session: VaultSession, frameBytes?: number): Promise<Blob> {
  const made = await backupVault(session.backupAccess(), { passphrase: BACKUP_PASS, kdf: fastKdf, kdfParams: newKdfParams(), frameBytes })
  return made.blob
}

/** Every stored row, byte for byte: what "the vault is unchanged" means. */
export async function rawRows(db: VaultDatabase): Promise<string> {
  if (!db.isOpen()) await db.open()
  const all = { meta: await db.meta.toArray(), records: await db.records.toArray(), chunks: await db.fileChunks.toArray() }
  return JSON.stringify(all, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))
}

/** Every record decrypted, by id, with its kind and stored version. */
export async function decryptedRecords(db: VaultDatabase, dataKey: CryptoKey): Promise<Map<string, { kind: string; v: number; value: unknown }>> {
  const out = new Map<string, { kind: string; v: number; value: unknown }>()
  for (const row of await db.records.toArray()) out.set(row.id, { kind: row.kind, v: row.v, value: await openJson(dataKey, row) })
  return out
}

export function blobOf(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>])
}

export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer())
}
