import 'fake-indexeddb/auto'
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { BackupFormatError, inspectBackupHeader, openBackup, type BackupEntry } from '@shared/backup'
import { FILE_CHUNK_BYTES, generateDataKey, newKdfParams, openBytes, type KdfFunction } from '@shared/crypto'
import { prefillFromDossier } from '@shared/petitions'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultSession } from '../../renderer/vault/vaultSession'
import { BackupPassphraseError, NotVaultPassphraseError, backupFileName, backupVault } from '../../renderer/backup/backupVault'
import { createKeyring } from '../../renderer/vault/keyring'
import { backupIsOverdue, daysSince, lastBackupAt, readBackupLog, recordGoodBackup } from '../../renderer/backup/backupLog'
import { BackupSourceError } from '../../renderer/backup/vaultBackupSource'
import { gulsenDossier, yerlanDossier } from './fixtures'
import { patternBytes } from '../support/exhibitSamples'

const BACKUP_PASS = 'saffron tideline walnut orbit 7731'
const opened: VaultDatabase[] = []
let n = 0

/** Argon2id at full cost would take seconds per test; the key schedule is the format's business. */
const fastKdf: KdfFunction = async (passphrase, params) => new Uint8Array(createHash('sha256').update(passphrase).update(params.salt).digest())
const cheap = { kdf: fastKdf, kdfParams: newKdfParams() }

const pattern = (size: number, seed = 5) => patternBytes(size, seed)

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

function added(r: { status: 'added'; exhibit: Exhibit } | { status: 'duplicate'; existing: Exhibit }): Exhibit {
  if (r.status !== 'added') throw new Error(`expected added, got ${r.status}`)
  return r.exhibit
}

async function openVault() {
  const db = new VaultDatabase(`backup-vault-${++n}`)
  opened.push(db)
  const dataKey = await generateDataKey()
  const session = await VaultSession.open(db, dataKey)
  return { db, dataKey, session }
}

/** Clients in Latin (Turkish), Cyrillic and Arabic script, a petition draft and two exhibits. */
async function populatedVault(exhibitSizes: readonly number[] = [5_000, 2.5 * 1024 * 1024]) {
  const v = await openVault()
  const gulsen = gulsenDossier()
  await v.session.saveDossier(gulsen)
  await v.session.saveDossier(yerlanDossier())
  const arabic = gulsenDossier('5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a03')
  await v.session.saveDossier({ ...arabic, client: { ...arabic.client, legalName: 'عمر الفاروق', latinName: 'Omar al-Farouk' } })
  const matterId = gulsen.matters[0]!.id
  await v.session.savePetitionDraft(prefillFromDossier(gulsen, matterId, { today: '2026-11-23', requestType: 'correction-deletion' }), 'facts')
  const exhibits: Exhibit[] = []
  for (const [i, size] of exhibitSizes.entries()) {
    exhibits.push(added(await v.session.exhibits.intake({ dossierId: gulsen.id, matterId, fileName: `exhibit-${i}.bin`, bytes: pattern(size, i + 11) })))
  }
  return { ...v, exhibits }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}

async function readEntries(blob: Blob, passphrase = BACKUP_PASS): Promise<BackupEntry[]> {
  const { entries } = await openBackup(once(new Uint8Array(await blob.arrayBuffer())), { passphrase, kdf: fastKdf })
  const out: BackupEntry[] = []
  for await (const e of entries) out.push(e)
  return out
}

async function snapshot(db: VaultDatabase): Promise<string> {
  const all = { meta: await db.meta.toArray(), records: await db.records.toArray(), chunks: await db.fileChunks.toArray() }
  return JSON.stringify(all, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('backing up the vault', () => {
  it('holds every record as decrypted JSON at its stored version and every exhibit byte for byte', async () => {
    const v = await populatedVault()
    const before = await snapshot(v.db)
    const backup = await backupVault(v, { passphrase: BACKUP_PASS, ...cheap, now: new Date(2026, 10, 23, 14, 5) })

    const rows = await v.db.records.toArray()
    expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(['dossier', 'petition-draft', 'exhibit']))
    const entries = await readEntries(backup.blob)
    const records = entries.filter((e) => e.type === 'record')
    expect(records).toHaveLength(rows.length)
    for (const row of rows) {
      const original = new TextDecoder().decode(await openBytes(v.dataKey, row))
      expect(records.find((r) => r.id === row.id)).toEqual({ type: 'record', kind: row.kind, id: row.id, v: row.v, json: original })
    }
    expect(records.some((r) => r.json.includes('عمر الفاروق'))).toBe(true)

    for (const ex of v.exhibits) {
      const chunks = entries.filter((e) => e.type === 'file-chunk' && e.fileId === ex.file.fileId)
      const joined = Buffer.concat(chunks.map((c) => (c.type === 'file-chunk' ? c.bytes : new Uint8Array())))
      expect(joined.length).toBe(ex.file.sizeBytes)
      expect(sha(joined)).toBe(ex.file.sha256)
    }
    const end = entries.at(-1)
    expect(end?.type).toBe('end')
    expect(backup.counts).toEqual({ records: rows.length, files: 2, fileChunks: 1 + 3, fileBytes: 5_000 + 2.5 * 1024 * 1024 })
    expect(backup.bytes).toBe(backup.blob.size)
    expect(backup.fileName).toBe('Redress backup 2026-11-23 1405.redress-backup')
    expect(inspectBackupHeader(new Uint8Array(await backup.blob.slice(0, 70_000).arrayBuffer())).header.counts).toEqual(backup.counts)
    // Backing up reads only: not one stored byte changed, and no "last backup" was recorded yet.
    expect(await snapshot(v.db)).toBe(before)
    expect(await lastBackupAt(v)).toBeUndefined()
  })

  it('writes a file of 11 or more chunks in index order, not key order (x:10 sorts before x:2)', async () => {
    const size = 11 * FILE_CHUNK_BYTES + 123
    const v = await populatedVault([size])
    const backup = await backupVault(v, { passphrase: BACKUP_PASS, ...cheap })
    const chunks = (await readEntries(backup.blob)).filter((e) => e.type === 'file-chunk')
    expect(chunks.map((c) => (c.type === 'file-chunk' ? c.index : -1))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    const joined = Buffer.concat(chunks.map((c) => (c.type === 'file-chunk' ? c.bytes : new Uint8Array())))
    expect(sha(joined)).toBe(v.exhibits[0]!.file.sha256)
  }, 60_000)

  it('cannot be opened with another passphrase, including the vault key', async () => {
    const v = await populatedVault([4_000])
    const backup = await backupVault(v, { passphrase: BACKUP_PASS, ...cheap })
    const err = await readEntries(backup.blob, 'wrong horse battery staple 42').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BackupFormatError)
    expect((err as BackupFormatError).code).toBe('wrong-passphrase-or-damaged-header')
    expect((err as Error).message).toMatch(/passphrase is not correct/)
  })

  it('refuses a weak backup passphrase before reading anything', async () => {
    const v = await populatedVault([4_000])
    await expect(backupVault(v, { passphrase: 'short', ...cheap })).rejects.toBeInstanceOf(BackupPassphraseError)
    await expect(backupVault(v, { passphrase: 'aaaaaaaaaaaaaaaa', ...cheap })).rejects.toThrow(/too easy to guess.*No backup was made/)
  })

  it('cancelled mid-way rejects with AbortError, records no "last backup" and changes nothing', async () => {
    const v = await populatedVault()
    const before = await snapshot(v.db)
    const controller = new AbortController()
    let progressCalls = 0
    const run = backupVault(v, {
      passphrase: BACKUP_PASS,
      ...cheap,
      signal: controller.signal,
      onProgress: (p) => {
        progressCalls++
        if (p.fileBytes > 0) controller.abort()
      }
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(progressCalls).toBeGreaterThan(0)
    expect(await readBackupLog(v)).toBeUndefined()
    expect(await snapshot(v.db)).toBe(before)
  })

  it('stops on a damaged record with a message naming its kind, rather than leaving it out', async () => {
    const v = await populatedVault([4_000])
    const draft = (await v.db.records.where('kind').equals('petition-draft').first())!
    const ct = draft.ct.slice()
    ct[0] = ct[0]! ^ 1
    await v.db.records.put({ ...draft, ct })
    const before = await snapshot(v.db)
    const err = await backupVault(v, { passphrase: BACKUP_PASS, ...cheap }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BackupSourceError)
    expect((err as Error).message).toMatch(/stored petition-draft record is damaged.*listed on the dossier list.*no backup was made/)
    expect(await snapshot(v.db)).toBe(before)
  })

  it('stops on a damaged or missing exhibit chunk, naming the exhibit and Verify originals', async () => {
    const v = await populatedVault([2.5 * 1024 * 1024])
    const ex = v.exhibits[0]!
    const row = (await v.db.fileChunks.get(`${ex.file.fileId}:1`))!
    const ct = row.ct.slice()
    ct[5] = ct[5]! ^ 0x80
    await v.db.fileChunks.put({ ...row, ct })
    await expect(backupVault(v, { passphrase: BACKUP_PASS, ...cheap })).rejects.toThrow(new RegExp(`“${ex.title}” has a damaged stored copy.*Verify originals`))
    await v.db.fileChunks.delete(`${ex.file.fileId}:2`)
    await expect(backupVault(v, { passphrase: BACKUP_PASS, ...cheap })).rejects.toThrow(/damaged stored copy|missing part/)
  })

  it('records the last good backup encrypted in the vault and says when one is overdue', async () => {
    const v = await populatedVault([4_000])
    const made = new Date('2026-11-10T09:00:00.000Z')
    const backup = await backupVault(v, { passphrase: BACKUP_PASS, ...cheap, now: made })
    expect(backupIsOverdue(await lastBackupAt(v), made)).toBe(true)
    await recordGoodBackup(v, backup)
    expect((await lastBackupAt(v))?.toISOString()).toBe(made.toISOString())
    expect((await readBackupLog(v))?.counts).toEqual(backup.counts)
    const stored = (await v.db.records.get('backup-log'))!
    expect(stored.kind).toBe('backup-log')
    expect(Buffer.from(stored.ct).toString('latin1')).not.toContain(backup.fileName)
    expect(daysSince(made, new Date('2026-11-17T08:59:00.000Z'))).toBe(6)
    expect(backupIsOverdue(made, new Date('2026-11-17T09:00:00.000Z'))).toBe(false)
    expect(backupIsOverdue(made, new Date('2026-11-17T09:00:01.000Z'))).toBe(true)
    // The next backup carries the log record too, as an ordinary record.
    const next = await backupVault(v, { passphrase: BACKUP_PASS, ...cheap })
    expect((await readEntries(next.blob)).some((e) => e.type === 'record' && e.kind === 'backup-log')).toBe(true)
  })

  it('"use my vault passphrase": checked against the keyring, without writing anything; the backup then opens with it', async () => {
    const VAULT_PASS = 'ferry lantern quartz mosaic 1984'
    const db = new VaultDatabase(`backup-vault-${++n}`)
    opened.push(db)
    const dataKey = await createKeyring(db, VAULT_PASS, fastKdf)
    const session = await VaultSession.open(db, dataKey)
    await session.saveDossier(gulsenDossier())
    const v = { db, dataKey }
    const before = await snapshot(db)
    await expect(backupVault(v, { passphrase: 'not my vault passphrase 2026', passphraseSource: 'vault', ...cheap })).rejects.toBeInstanceOf(NotVaultPassphraseError)
    expect(await snapshot(db)).toBe(before) // no unlock-throttle count, nothing else
    const backup = await backupVault(v, { passphrase: VAULT_PASS, passphraseSource: 'vault', ...cheap })
    const entries = await readEntries(backup.blob, VAULT_PASS)
    expect(entries.filter((e) => e.type === 'record' && e.kind === 'dossier')).toHaveLength(1)
  })

  it('names the file by local date and time', () => {
    expect(backupFileName(new Date(2027, 0, 5, 9, 7))).toBe('Redress backup 2027-01-05 0907.redress-backup')
  })
})
