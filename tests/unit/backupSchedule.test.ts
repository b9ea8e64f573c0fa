// Scheduled backups: when one is due (pure rules), the schedule record's round trip, the writer's
// pre-derived-key option (real Argon2id: the file opens with the passphrase alone), and whole runs
// against a real (fake-indexeddb) vault into an in-memory folder, including a failing drive.
import 'fake-indexeddb/auto'
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackupWriter, openBackup, type BackupEntry } from '@shared/backup'
import { newKdfParams, type KdfFunction } from '@shared/crypto'
import { BackupScheduleRecord } from '@shared/vault/recordKinds'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultSession } from '../../renderer/vault/vaultSession'
import { createKeyring } from '../../renderer/vault/keyring'
import { lastBackupAt, readBackupLog } from '../../renderer/backup/backupLog'
import { DEFAULT_SCHEDULE, prepareScheduleKey, readBackupSchedule, saveBackupSchedule, scheduleKeyForWriter, ScheduleUnreadableError } from '../../renderer/backup/backupSchedule'
import { runScheduledBackupIfDue } from '../../renderer/backup/scheduledBackup'
import { INTERVAL_MS, RETRY_AFTER_FAILURE_MS, scheduledBackupDue, type ScheduleState } from '../../renderer/backup/scheduleDue'
import { BackupPassphraseError, NotVaultPassphraseError } from '../../renderer/backup/backupVault'
import { PlatformError, type BackupFileSink, type SaveBackupOptions } from '../../renderer/platform/platform'
import { gulsenDossier } from './fixtures'
import { patternBytes } from '../support/exhibitSamples'

const PASS = 'saffron tideline walnut orbit 7731'
const VAULT_PASS = 'harbour quince meridian 4471 velvet'
const fastKdf: KdfFunction = async (passphrase, params) => new Uint8Array(createHash('sha256').update(passphrase).update(params.salt).digest())
const NOW = new Date('2026-11-23T14:05:00Z')
const HOUR = 60 * 60 * 1000
const at = (ms: number) => new Date(NOW.getTime() + ms)

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}
async function entriesOf(bytes: Uint8Array, passphrase: string, kdf?: KdfFunction): Promise<BackupEntry[]> {
  const { entries } = await openBackup(once(bytes), { passphrase, kdf })
  const out: BackupEntry[] = []
  for await (const e of entries) out.push(e)
  return out
}

describe('scheduledBackupDue', () => {
  const on: ScheduleState = { enabled: true, interval: 'daily', hasKey: true, lastRun: null }

  it('is never due when off or not set up', () => {
    expect(scheduledBackupDue({ ...on, enabled: false }, undefined, NOW)).toEqual({ due: false, reason: 'off' })
    expect(scheduledBackupDue({ ...on, hasKey: false }, undefined, NOW)).toEqual({ due: false, reason: 'no-key' })
  })

  it('is due when no backup was ever made', () => {
    expect(scheduledBackupDue(on, undefined, NOW)).toEqual({ due: true })
  })

  it('waits a full interval after the last good backup (daily and weekly)', () => {
    expect(scheduledBackupDue(on, at(-INTERVAL_MS.daily + 1), NOW)).toEqual({ due: false, reason: 'recent', nextAt: at(1) })
    expect(scheduledBackupDue(on, at(-INTERVAL_MS.daily), NOW)).toEqual({ due: true })
    const weekly = { ...on, interval: 'weekly' as const }
    expect(scheduledBackupDue(weekly, at(-6 * 24 * HOUR), NOW)).toMatchObject({ due: false, reason: 'recent' })
    expect(scheduledBackupDue(weekly, at(-7 * 24 * HOUR), NOW)).toEqual({ due: true })
  })

  it('waits an hour after a failed attempt, then tries again', () => {
    const failed = { ...on, lastRun: { at: at(-30 * 60 * 1000), ok: false } }
    expect(scheduledBackupDue(failed, undefined, NOW)).toEqual({ due: false, reason: 'retry-later', nextAt: at(30 * 60 * 1000) })
    expect(scheduledBackupDue({ ...on, lastRun: { at: at(-RETRY_AFTER_FAILURE_MS), ok: false } }, undefined, NOW)).toEqual({ due: true })
    // A good last run does not delay anything: the last good backup decides.
    expect(scheduledBackupDue({ ...on, lastRun: { at: at(-60_000), ok: true } }, at(-2 * INTERVAL_MS.daily), NOW)).toEqual({ due: true })
  })

  it('is not blocked forever by timestamps from a clock that was set back', () => {
    expect(scheduledBackupDue(on, at(30 * 24 * HOUR), NOW)).toEqual({ due: true })
    expect(scheduledBackupDue({ ...on, lastRun: { at: at(30 * 24 * HOUR), ok: false } }, undefined, NOW)).toEqual({ due: true })
    // Small drift is still "recent".
    expect(scheduledBackupDue(on, at(60_000), NOW)).toMatchObject({ due: false, reason: 'recent' })
  })
})

describe('writer with a pre-derived key', () => {
  it('makes a file that openBackup opens with the passphrase alone (real Argon2id)', async () => {
    const vault = await openVault()
    const key = await prepareScheduleKey(vault, { passphrase: PASS, passphraseSource: 'new', now: NOW })
    const writer = createBackupWriter({ ...scheduleKeyForWriter(key), createdAt: NOW, appVersion: '0.1.0', counts: { records: 1, files: 0, fileChunks: 0, fileBytes: 0 } })
    const parts: Uint8Array[] = []
    for await (const c of writer.encode([{ type: 'record', kind: 'settings', id: 'settings', v: 1, json: '{"a":"Жақсылықов"}' }])) parts.push(c)
    const file = new Uint8Array(Buffer.concat(parts))
    const entries = await entriesOf(file, PASS)
    expect(entries.find((e) => e.type === 'record')).toMatchObject({ kind: 'settings', json: '{"a":"Жақсылықов"}' })
    await expect(entriesOf(file, 'wrong passphrase entirely 1234')).rejects.toThrow()
  })

  it('refuses a derived key without params, of the wrong length, or together with a passphrase', () => {
    const counts = { records: 0, files: 0, fileChunks: 0, fileBytes: 0 }
    const base = { createdAt: NOW, appVersion: '0.1.0', counts }
    expect(() => createBackupWriter({ ...base, derivedKey: new Uint8Array(32) })).toThrow(/KDF parameters/)
    expect(() => createBackupWriter({ ...base, derivedKey: new Uint8Array(31), kdfParams: newKdfParams() })).toThrow(/32 bytes/)
    expect(() => createBackupWriter({ ...base, derivedKey: new Uint8Array(32), kdfParams: newKdfParams(), passphrase: PASS })).toThrow(/not both/)
    expect(() => createBackupWriter({ ...base })).toThrow(/passphrase is empty/)
  })
})

const opened: VaultDatabase[] = []
let n = 0
async function openVault() {
  const db = new VaultDatabase(`backup-schedule-${++n}`)
  opened.push(db)
  const dataKey = await createKeyring(db, VAULT_PASS, fastKdf)
  const session = await VaultSession.open(db, dataKey)
  return { db, dataKey, session }
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('the backup-schedule record', () => {
  it('round-trips through the encrypted vault and is off by default', async () => {
    const vault = await openVault()
    expect(await readBackupSchedule(vault)).toEqual(DEFAULT_SCHEDULE)
    const key = await prepareScheduleKey(vault, { passphrase: PASS, passphraseSource: 'new', kdf: fastKdf, kdfParams: newKdfParams(), now: NOW })
    const schedule: BackupScheduleRecord = { enabled: true, interval: 'weekly', key, lastRun: { at: NOW.toISOString(), ok: false, message: 'The drive is full.' } }
    await saveBackupSchedule(vault, schedule)
    expect(await readBackupSchedule(vault)).toEqual(schedule)
    const row = (await vault.db.records.get('backup-schedule'))!
    expect(row.kind).toBe('backup-schedule')
    // Encrypted at rest: the raw key is not in the stored row.
    expect(Buffer.from(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))).includes(key.rawHex)).toBe(false)
  })

  it('reports a damaged record instead of guessing', async () => {
    const vault = await openVault()
    await saveBackupSchedule(vault, DEFAULT_SCHEDULE)
    const row = (await vault.db.records.get('backup-schedule'))!
    await vault.db.records.put({ ...row, ct: new Uint8Array(row.ct.length) })
    await expect(readBackupSchedule(vault)).rejects.toBeInstanceOf(ScheduleUnreadableError)
  })

  it('refuses a malformed schedule before anything is written', async () => {
    const vault = await openVault()
    await expect(saveBackupSchedule(vault, { ...DEFAULT_SCHEDULE, interval: 'hourly' as 'daily' })).rejects.toThrow()
    await expect(saveBackupSchedule(vault, { ...DEFAULT_SCHEDULE, key: { rawHex: 'zz', kdf: { algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 4, saltHex: '00'.repeat(16) }, passphraseSource: 'new', setUpAt: NOW.toISOString() } })).rejects.toThrow()
    expect(await vault.db.records.get('backup-schedule')).toBeUndefined()
  })

  it('checks the passphrase at set-up: policy for a new one, the keyring for the vault one', async () => {
    const vault = await openVault()
    await expect(prepareScheduleKey(vault, { passphrase: 'short', passphraseSource: 'new', kdf: fastKdf })).rejects.toBeInstanceOf(BackupPassphraseError)
    await expect(prepareScheduleKey(vault, { passphrase: 'not the vault passphrase 9', passphraseSource: 'vault', kdf: fastKdf })).rejects.toBeInstanceOf(NotVaultPassphraseError)
    const key = await prepareScheduleKey(vault, { passphrase: VAULT_PASS, passphraseSource: 'vault', kdf: fastKdf, kdfParams: newKdfParams() })
    expect(key.passphraseSource).toBe('vault')
    expect(key.rawHex).toMatch(/^[0-9a-f]{64}$/)
  })
})

/** The scheduled folder in memory: what was written, whether it finished or was aborted. */
function memoryFolder(options: { failAfterBytes?: number; noFolder?: boolean } = {}) {
  const files: Array<{ name: string; bytes: Uint8Array[]; state: 'open' | 'finished' | 'aborted' }> = []
  return {
    files,
    async saveBackupStream(request: SaveBackupOptions): Promise<BackupFileSink | null> {
      if (options.noFolder) throw new PlatformError('bad-request', 'No folder is chosen for scheduled backups. Choose one in Settings.')
      expect(request.destination).toBe('scheduled-folder')
      const file = { name: request.suggestedName, bytes: [] as Uint8Array[], state: 'open' as 'open' | 'finished' | 'aborted' }
      files.push(file)
      let written = 0
      return {
        async write(bytes) {
          written += bytes.length
          if (options.failAfterBytes !== undefined && written > options.failAfterBytes) throw new PlatformError('io-error', 'The backup could not be written: the drive may be full or was removed.')
          file.bytes.push(new Uint8Array(bytes))
        },
        async finish() {
          file.state = 'finished'
          return { fileName: file.name, pruned: 0 }
        },
        async abort() {
          file.state = 'aborted'
        }
      }
    }
  }
}

async function scheduledVault(enabled = true) {
  const vault = await openVault()
  const dossier = gulsenDossier()
  await vault.session.saveDossier(dossier)
  await vault.session.exhibits.intake({ dossierId: dossier.id, matterId: dossier.matters[0]!.id, fileName: 'scan.bin', bytes: patternBytes(300_000, 3) })
  const key = await prepareScheduleKey(vault, { passphrase: PASS, passphraseSource: 'new', kdf: fastKdf, kdfParams: newKdfParams() })
  await saveBackupSchedule(vault, { enabled, interval: 'daily', key, lastRun: null })
  return vault
}

describe('runScheduledBackupIfDue', () => {
  it('streams a backup into the folder, records it as the last good backup, and then waits a day', async () => {
    const vault = await scheduledVault()
    const folder = memoryFolder()
    const run = await runScheduledBackupIfDue(vault, folder, { now: NOW, frameBytes: 16 * 1024 })
    expect(run).toMatchObject({ ran: true, ok: true, fileName: 'Redress backup 2026-11-23 ' + String(NOW.getHours()).padStart(2, '0') + '05.redress-backup' })
    expect(folder.files).toHaveLength(1)
    expect(folder.files[0]!.state).toBe('finished')
    const file = new Uint8Array(Buffer.concat(folder.files[0]!.bytes))
    const entries = await entriesOf(file, PASS, fastKdf)
    expect(entries.filter((e) => e.type === 'record' && e.kind === 'dossier')).toHaveLength(1)
    expect(entries.filter((e) => e.type === 'file-chunk').length).toBeGreaterThan(0)
    expect(await lastBackupAt(vault)).toEqual(NOW)
    expect((await readBackupLog(vault))!.bytes).toBe(file.length)
    expect((await readBackupSchedule(vault)).lastRun).toMatchObject({ ok: true, at: NOW.toISOString() })

    const again = await runScheduledBackupIfDue(vault, folder, { now: at(HOUR) })
    expect(again).toMatchObject({ ran: false, decision: { due: false, reason: 'recent' } })
    expect(folder.files).toHaveLength(1)
  })

  it('does nothing when the schedule is off', async () => {
    const vault = await scheduledVault(false)
    const folder = memoryFolder()
    expect(await runScheduledBackupIfDue(vault, folder, { now: NOW })).toEqual({ ran: false, decision: { due: false, reason: 'off' } })
    expect(folder.files).toEqual([])
  })

  it('on a failing drive: aborts the file, records the failure with its message, keeps the vault, and retries after an hour', async () => {
    const vault = await scheduledVault()
    const recordsBefore = JSON.stringify(await vault.db.records.where('kind').noneOf(['backup-schedule']).toArray(), (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))
    const folder = memoryFolder({ failAfterBytes: 50_000 })
    const run = await runScheduledBackupIfDue(vault, folder, { now: NOW, frameBytes: 16 * 1024 })
    expect(run).toMatchObject({ ran: true, ok: false, message: expect.stringMatching(/drive may be full/) })
    expect(folder.files.map((f) => f.state)).toEqual(['aborted'])
    expect(await lastBackupAt(vault)).toBeUndefined()
    expect((await readBackupSchedule(vault)).lastRun).toMatchObject({ ok: false, message: expect.stringMatching(/drive may be full/) })
    const recordsAfter = JSON.stringify(await vault.db.records.where('kind').noneOf(['backup-schedule']).toArray(), (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))
    expect(recordsAfter).toBe(recordsBefore)

    expect(await runScheduledBackupIfDue(vault, folder, { now: at(30 * 60 * 1000) })).toMatchObject({ ran: false, decision: { reason: 'retry-later' } })
    const healthy = memoryFolder()
    expect(await runScheduledBackupIfDue(vault, healthy, { now: at(HOUR), frameBytes: 16 * 1024 })).toMatchObject({ ran: true, ok: true })
  })

  it('reports a missing folder as a failed run', async () => {
    const vault = await scheduledVault()
    const run = await runScheduledBackupIfDue(vault, memoryFolder({ noFolder: true }), { now: NOW })
    expect(run).toMatchObject({ ran: true, ok: false, message: expect.stringMatching(/No folder is chosen/) })
  })
})
