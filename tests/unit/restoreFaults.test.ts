// Every way a restore can fail leaves the vault byte for byte as it was (raw rows of meta, records
// and fileChunks compared before and after) and says what went wrong and what to do: a bad file,
// found by the dry run; a disk that fails while originals are staged or in the final transaction;
// a cancel; a file swapped or damaged between check and apply; a restore killed midway.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BackupFormatError, NOTHING_RESTORED } from '@shared/backup'
import { gulsenDossier } from './fixtures'
import { flipped, layoutOf, makeBackup, pattern, withHeaderJson, PASS } from './backupFormatKit'
import { record, sampleVault } from './restorePlanKit'
import { RestoreCheckError } from '../../renderer/restore/restoreCheck'
import { RestoreWriteError } from '../../renderer/restore/restoreWriter'
import type { RestoreProgress } from '../../renderer/restore/restoreProgress'
import {
  BACKUP_PASS, DiskFaults, backupOf, blobOf, bytesOf, closeAll, controllerFor, createdVault, fillVault, freshDb, intake, rawRows, sessionOf
} from './restoreKit'

const FRAME = 16 * 1024
let backup: Uint8Array
let otherBackup: Uint8Array

beforeAll(async () => {
  // A source vault whose originals span three staging writes of 16 chunks (16 + 16 + 1 chunks), so
  // that whatever order the random file ids put them in, a batch is staged before the last frames.
  const source = await createdVault()
  await fillVault(source.session)
  const a = gulsenDossier()
  await intake(source.session, a.id, a.matters[0]!.id, 'large.bin', pattern(5 * 1024 * 1024, 77))
  await intake(source.session, a.id, a.matters[0]!.id, 'larger.bin', pattern(8 * 1024 * 1024, 78))
  await intake(source.session, a.id, a.matters[0]!.id, 'largest.bin', pattern(16 * 1024 * 1024, 79))
  backup = await bytesOf(await backupOf(source.session, FRAME))
  otherBackup = await bytesOf(await backupOf(source.session, FRAME))
}, 60_000)

afterEach(closeAll)

/** An unlocked vault with a dossier and a stored original: something to leave untouched. */
async function target(faults = new DiskFaults()) {
  const t = await createdVault(freshDb(faults))
  const d = gulsenDossier()
  await t.session.saveDossier({ ...d, client: { ...d.client, latinName: 'Before the restore' } })
  await intake(t.session, d.id, d.matters[0]!.id, 'mine.bin', pattern(1.2 * 1024 * 1024, 9))
  return { ...t, faults, before: await rawRows(t.db) }
}

const ENDS_UNCHANGED = /(Nothing in your vault was changed\.|Nothing was restored; your vault is unchanged\.)$/

describe('the dry run refuses a bad file, and nothing is written', () => {
  const layout = () => layoutOf(backup)
  const middle = (s: { start: number; end: number }) => Math.floor((s.start + s.end) / 2)
  const recordFrame = () => layout().frames[1]!
  const fileFrame = () => layout().frames[Math.floor(layout().frames.length / 2)]!

  async function refused(bytes: Uint8Array, passphrase = BACKUP_PASS): Promise<Error> {
    const t = await target()
    const err = await t.c.checkRestore(blobOf(bytes), passphrase).then(
      () => new Error('the check passed'),
      (e: unknown) => e as Error
    )
    expect(err.message).toMatch(ENDS_UNCHANGED)
    expect(await rawRows(t.db)).toBe(t.before)
    expect(sessionOf(t.c).dossiers()[0]?.client.latinName).toBe('Before the restore')
    return err
  }

  it('wrong passphrase', async () => {
    const err = await refused(backup, 'not the backup passphrase 2026')
    expect(err).toBeInstanceOf(BackupFormatError)
    expect(err.message).toMatch(/passphrase is not correct/)
  })

  it.each([
    ['inside the header', () => 20],
    ['inside the key-check frame', () => layout().frames[0]!.start + 10],
    ['in the middle of a record frame', () => middle(recordFrame())],
    ['in the middle of a file-chunk frame', () => middle(fileFrame())],
    ['just before the end', () => backup.length - 1]
  ])('file truncated %s', async (_where, at) => {
    const err = await refused(backup.slice(0, at()))
    expect(err.message).toMatch(/incomplete|damaged/)
  })

  it.each([
    ['the header', () => layout().headerJson.start + 30],
    ['a record frame', () => recordFrame().body.start + 40],
    ['a file-chunk frame', () => middle(fileFrame().body)]
  ])('one byte flipped in %s', async (_where, at) => {
    const err = await refused(flipped(backup, at()))
    expect(err.message).toMatch(/damaged|altered|passphrase is not correct/)
  })

  it('a backup from a newer format version', async () => {
    const err = await refused(withHeaderJson(backup, (h) => ({ ...h, formatVersion: 2 })))
    expect(err).toBeInstanceOf(BackupFormatError)
    expect(err.message).toMatch(/newer version of Redress.*Update Redress/)
  })

  it('a record that fails validation (forged with the writer), named by kind and field, never by value', async () => {
    const d = gulsenDossier()
    const bad = record('dossier', d.id, { ...d, client: { ...d.client, dateOfBirth: '1984-02-30' } })
    const forged = await makeBackup(sampleVault().items.map((i) => (i.type === 'record' && i.id === d.id ? bad : i)))
    const err = await refused(forged, PASS)
    expect(err).toBeInstanceOf(RestoreCheckError)
    expect((err as RestoreCheckError).problems.map((p) => p.code)).toEqual(['invalid-record'])
    expect(err.message).toMatch(/A dossier record in the backup is not valid \(fields: client\.dateOfBirth\)/)
    expect(err.message).not.toContain('1984')
  })
})

describe('writing fails or is stopped, and the vault is exactly as before', () => {
  async function refusedApply(t: Awaited<ReturnType<typeof target>>, run: () => Promise<unknown>): Promise<Error> {
    const err = await run().then(
      () => new Error('the restore succeeded'),
      (e: unknown) => e as Error
    )
    expect(err.message.endsWith(NOTHING_RESTORED)).toBe(true)
    expect(await rawRows(t.db)).toBe(t.before)
    return err
  }

  it('disk full in the middle of staging originals', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    t.faults.failNth('fileChunks', 'add', 2)
    const err = await refusedApply(t, () => t.c.restoreIntoThisVault(blobOf(backup), BACKUP_PASS, check))
    expect(err).toBeInstanceOf(RestoreWriteError)
    expect(err.message).toMatch(/^The disk is full: writing the exhibit originals needed more space than this device has free\. Free some space and try again\./)
    expect(t.faults.writes.get('fileChunks add')).toBeGreaterThanOrEqual(2) // the intake's write and the first staged batch reached the disk
    expect(sessionOf(t.c).dossiers()[0]?.client.latinName).toBe('Before the restore')
    // The disk recovers: the same check now restores.
    t.faults.heal()
    await t.c.restoreIntoThisVault(blobOf(backup), BACKUP_PASS, check)
    expect(sessionOf(t.c).dossiers()).toHaveLength(4)
  }, 60_000)

  it('disk full in the final transaction', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    t.faults.failNth('records', 'put', 1)
    const err = await refusedApply(t, () => t.c.restoreIntoThisVault(blobOf(backup), BACKUP_PASS, check))
    expect(err.message).toMatch(/^The disk is full: writing the restored records needed more space/)
  }, 60_000)

  it('disk full while restoring into a new vault: no keyring, still first run', async () => {
    const faults = new DiskFaults()
    const db = freshDb(faults)
    const c = controllerFor(db)
    await c.start()
    const before = await rawRows(db)
    const check = await c.checkRestore(blobOf(backup), BACKUP_PASS)
    faults.failNth('fileChunks', 'add', 2) // the first staged batch reached the disk, the second fails
    const err = await c.restoreIntoNewVault(blobOf(backup), BACKUP_PASS, check, 'violet harbour cinnamon glacier 2026', 'violet harbour cinnamon glacier 2026').then(
      () => new Error('the restore succeeded'),
      (e: unknown) => e as Error
    )
    expect(err.message).toMatch(/disk is full.*Nothing was restored; your vault is unchanged\.$/)
    expect(c.getState().phase).toBe('first-run')
    expect(await rawRows(db)).toBe(before)
  }, 60_000)

  it('cancelled midway', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    const stop = new AbortController()
    const steps = new Set<string>()
    const err = await refusedApply(t, () =>
      t.c.restoreIntoThisVault(blobOf(backup), BACKUP_PASS, check, {
        signal: stop.signal,
        onProgress: (p: RestoreProgress) => {
          steps.add(p.step)
          // Once a staged batch has reached the disk (the first add was the target's own intake).
          if (p.step === 'writing' && (t.faults.writes.get('fileChunks add') ?? 0) >= 2) stop.abort()
        }
      })
    )
    expect(err.name).toBe('AbortError')
    expect(err.message).toBe(`The restore was cancelled. ${NOTHING_RESTORED}`)
    expect([...steps]).toEqual(['opening', 'writing'])
    expect(t.faults.writes.get('fileChunks add')).toBe(2) // one batch of originals had been staged, then removed
  }, 60_000)

  it('another passphrase at apply than at check', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    const err = await refusedApply(t, () => t.c.restoreIntoThisVault(blobOf(backup), 'not the backup passphrase 2026', check))
    expect(err.message).toMatch(/^The backup passphrase is not the one the check was made with.*Type the backup passphrase again and check the backup again\./)
  }, 60_000)

  it('the file was swapped for another backup between check and apply', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    const err = await refusedApply(t, () => t.c.restoreIntoThisVault(blobOf(otherBackup), BACKUP_PASS, check))
    expect(err.message).toMatch(/^The backup file changed since it was checked \(it is not the same backup\)\. Check it again, then restore\./)
  }, 60_000)

  it('a staged chunk that differs from the chunk the check read is refused (same header, other bytes)', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    // Only a writer holding the backup key could make such a file; stand in for it by altering what the check recorded.
    const [fileId, digests] = [...check.chunkDigests].find(([, d]) => d.length === 8)!
    const altered = new Map(check.chunkDigests).set(fileId, digests.map((d, i) => (i === 6 ? '0'.repeat(64) : d)))
    const err = await refusedApply(t, () => t.c.restoreIntoThisVault(blobOf(backup), BACKUP_PASS, { ...check, chunkDigests: altered }))
    expect(err.message).toMatch(/^The backup file changed since it was checked \(an original no longer matches what the check read\)\. Check the backup again, then restore\./)
  }, 60_000)

  it('the file was damaged between check and apply (a byte in an original)', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    const frames = layoutOf(backup).frames
    // The final frame: it holds the end of the last original, read after at least one batch of 16 was staged.
    const damaged = flipped(backup, frames[frames.length - 1]!.body.start + 100)
    const err = await refusedApply(t, () => t.c.restoreIntoThisVault(blobOf(damaged), BACKUP_PASS, check))
    expect(err.message).toMatch(/^The backup file could not be read again: it changed or became unreadable since it was checked .*Check it again, then restore\./)
    expect(t.faults.writes.get('fileChunks add')).toBeGreaterThanOrEqual(2)
  }, 60_000)
})

describe('a restore killed before its final transaction', () => {
  /** Closes the connection as the restore reaches its final step: the page is gone, no clean-up runs. */
  const killAtFinish = (db: { close(): void }) => (p: RestoreProgress) => {
    if (p.step === 'finishing') db.close()
  }

  it('into this vault: the next start removes the staged originals; the vault is the old one', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    await expect(t.c.restoreIntoThisVault(blobOf(backup), BACKUP_PASS, check, { onProgress: killAtFinish(t.db) })).rejects.toThrow(NOTHING_RESTORED)

    const reopened = freshDb(undefined, t.db.name)
    const debris = await rawRows(reopened)
    expect(debris).not.toBe(t.before)
    expect(debris).toContain('restore-staging')
    const c = controllerFor(reopened)
    await c.start()
    expect(c.getState().phase).toBe('locked')
    expect(await rawRows(reopened)).toBe(t.before)
  }, 60_000)

  it('another window starting midway cleans up the staged originals: the restore is refused, not committed without them', async () => {
    const t = await target()
    const check = await t.c.checkRestore(blobOf(backup), BACKUP_PASS)
    const otherWindow = controllerFor(freshDb(undefined, t.db.name))
    let started: Promise<void> | null = null
    const err = await t.c
      .restoreIntoThisVault(blobOf(backup), BACKUP_PASS, check, {
        onProgress: (p) => {
          // Once the first batch of originals is staged; several MiB remain to stage, far longer than a start takes.
          if (p.step === 'writing' && (t.faults.writes.get('fileChunks add') ?? 0) >= 2) started ??= otherWindow.start()
        }
      })
      .then(
        () => new Error('the restore succeeded'),
        (e: unknown) => e as Error
      )
    await started
    expect(err.message).toBe(`Another Redress window was opened during the restore and removed the files it had staged. Close every other Redress window, then restore again. ${NOTHING_RESTORED}`)
    expect(await rawRows(t.db)).toBe(t.before)
  }, 60_000)

  it('into a new vault: the next start is a first run again, with nothing stored', async () => {
    const db = freshDb()
    const c = controllerFor(db)
    await c.start()
    const before = await rawRows(db)
    const check = await c.checkRestore(blobOf(backup), BACKUP_PASS)
    const pass = 'violet harbour cinnamon glacier 2026'
    await expect(c.restoreIntoNewVault(blobOf(backup), BACKUP_PASS, check, pass, pass, { onProgress: killAtFinish(db) })).rejects.toThrow(NOTHING_RESTORED)

    const reopened = freshDb(undefined, db.name)
    expect(await reopened.fileChunks.count()).toBe(33) // every staged chunk (16 + 16 + 1) is still there until the next start
    const again = controllerFor(reopened)
    await again.start()
    expect(again.getState().phase).toBe('first-run')
    expect(await rawRows(reopened)).toBe(before)
  }, 60_000)
})
