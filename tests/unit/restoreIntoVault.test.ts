// Restoring into a vault that already holds records: newer wins by default, or the backup wins, or
// the vault's copies are kept; an exhibit whose original changed leaves no orphaned chunks; an
// original the vault already holds is not written twice; the open session shows the result.
import { afterEach, describe, expect, it } from 'vitest'
import { EncryptedRecordStore } from '../../renderer/vault/encryptedRecordStore'
import { replanRestore } from '../../renderer/restore/restoreCheck'
import { exhibitKind } from '@shared/vault/recordKinds'
import { gulsenDossier, yerlanDossier } from './fixtures'
import { PASS, makeBackup, pattern } from './backupFormatKit'
import { exhibitRecord, fileChunks, record as backupRecord } from './restorePlanKit'
import { BACKUP_PASS, backupOf, blobOf, closeAll, createdVault, decryptedRecords, fillVault, intake, rawRows, sessionOf, sha, tick } from './restoreKit'

afterEach(closeAll)

const A = gulsenDossier()
const B = yerlanDossier()
const C = gulsenDossier('5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a09')

/**
 * Target holds A (older than the backup's) and B (newer than the backup's); the backup also holds C,
 * which the target lacks. Saves are spaced so their updatedAt stamps differ.
 */
async function twoVaults() {
  const target = await createdVault()
  const source = await createdVault()
  await target.session.saveDossier({ ...A, client: { ...A.client, latinName: 'A in the vault (older)' } })
  await tick()
  await source.session.saveDossier({ ...A, client: { ...A.client, latinName: 'A in the backup (newer)' } })
  await source.session.saveDossier({ ...B, client: { ...B.client, latinName: 'B in the backup (older)' } })
  await source.session.saveDossier({ ...C, client: { ...C.client, latinName: 'C only in the backup' } })
  await tick()
  await target.session.saveDossier({ ...B, client: { ...B.client, latinName: 'B in the vault (newer)' } })
  return { target, blob: await backupOf(source.session) }
}

/** Stored chunks, byte for byte, as one string (deep-equal on megabyte arrays is slow). */
const chunkDigest = async (db: Awaited<ReturnType<typeof createdVault>>['db']) =>
  (await db.fileChunks.toArray()).map((r) => `${r.id}:${sha(r.iv)}:${sha(r.ct)}`).join('\n')

const names = (c: Awaited<ReturnType<typeof createdVault>>['c']) => Object.fromEntries(sessionOf(c).dossiers().map((d) => [d.id, d.client.latinName]))

describe('restore into this vault', () => {
  it('newer wins by default: adds what is missing, updates older records, keeps newer ones; the session shows it', async () => {
    const { target, blob } = await twoVaults()
    const check = await target.c.checkRestore(blob, BACKUP_PASS)
    const actions = Object.fromEntries(check.plan.records.filter((r) => r.kind === 'dossier').map((r) => [r.id, `${r.action}:${r.reason}`]))
    expect(actions).toEqual({ [A.id]: 'update:backup-newer', [B.id]: 'keep:vault-newer-or-same', [C.id]: 'add:not-in-vault' })
    expect(check.plan.preview[0]).toBe('1 dossier to add, 1 to update, 1 kept')

    const before = target.session
    const outcome = await target.c.restoreIntoThisVault(blob, BACKUP_PASS, check)
    // The source's settings record (no date on either side) is kept as well.
    expect(outcome).toMatchObject({ added: 1, updated: 1, files: 0, bytes: 0 })
    expect(before.isOpen).toBe(false) // the old session was closed; a new one reads the restored vault
    expect(names(target.c)).toEqual({ [A.id]: 'A in the backup (newer)', [B.id]: 'B in the vault (newer)', [C.id]: 'C only in the backup' })
    expect(await target.db.meta.get('restore-staging')).toBeUndefined()
  })

  it('backup wins replaces every record; keep mine only adds what is missing', async () => {
    const first = await twoVaults()
    const check = await first.target.c.checkRestore(first.blob, BACKUP_PASS, { policy: 'backup-wins' })
    await first.target.c.restoreIntoThisVault(first.blob, BACKUP_PASS, check)
    expect(names(first.target.c)).toEqual({ [A.id]: 'A in the backup (newer)', [B.id]: 'B in the backup (older)', [C.id]: 'C only in the backup' })

    const second = await twoVaults()
    const newerWins = await second.target.c.checkRestore(second.blob, BACKUP_PASS)
    // Re-planning is instant and pure: the same check, another policy.
    const keepMine = replanRestore(newerWins, 'keep-mine')
    expect(keepMine.plan.policy).toBe('keep-mine')
    await second.target.c.restoreIntoThisVault(second.blob, BACKUP_PASS, keepMine)
    expect(names(second.target.c)).toEqual({ [A.id]: 'A in the vault (older)', [B.id]: 'B in the vault (newer)', [C.id]: 'C only in the backup' })
  })

  it('an override keeps one record out of an otherwise backup-wins restore', async () => {
    const { target, blob } = await twoVaults()
    const check = replanRestore(await target.c.checkRestore(blob, BACKUP_PASS), 'backup-wins', new Map([[B.id, 'keep-mine' as const]]))
    await target.c.restoreIntoThisVault(blob, BACKUP_PASS, check)
    expect(names(target.c)).toMatchObject({ [A.id]: 'A in the backup (newer)', [B.id]: 'B in the vault (newer)' })
  })

  it('restoring a vault\'s own backup into it writes no original twice and changes no record', async () => {
    const { db, c, session } = await createdVault()
    const { originals } = await fillVault(session)
    const blob = await backupOf(session)
    const before = await decryptedRecords(db, session.backupAccess().dataKey)
    const chunksBefore = await chunkDigest(db)
    const check = await c.checkRestore(blob, BACKUP_PASS, { policy: 'backup-wins' })
    const outcome = await c.restoreIntoThisVault(blob, BACKUP_PASS, check)
    expect(outcome).toMatchObject({ updated: before.size, files: 0, bytes: 0 })
    expect(await chunkDigest(db)).toBe(chunksBefore) // not rewritten: same IVs, same ciphertext
    expect(() => session.backupAccess()).toThrow(/locked/) // the old session dropped its key
    const restored = sessionOf(c)
    expect(await decryptedRecords(db, restored.backupAccess().dataKey)).toEqual(before)
    for (const [id, bytes] of originals) expect(sha(await restored.exhibits.readOriginal(id))).toBe(sha(bytes))
  }, 60_000)

  it('an exhibit whose original changed gets the backup\'s original and leaves no orphaned chunks', async () => {
    const target = await createdVault()
    const source = await createdVault()
    const matterId = A.matters[0]!.id
    for (const v of [target, source]) await v.session.saveDossier(A)
    const oldBytes = pattern(1.5 * 1024 * 1024, 41)
    const newBytes = pattern(2.2 * 1024 * 1024, 42)
    const exhibit = await intake(target.session, A.id, matterId, 'warrant.pdf', oldBytes)
    // In the source, the same exhibit (same id) now points at another original.
    const other = await intake(source.session, A.id, matterId, 'warrant-corrected.pdf', newBytes)
    const store = new EncryptedRecordStore(source.db, source.session.backupAccess().dataKey)
    await store.put(exhibitKind, exhibit.id, { ...exhibit, file: other.file, updatedAt: new Date(Date.now() + 60_000).toISOString() })
    await store.delete(other.id)
    const blob = await backupOf(source.session)

    const check = await target.c.checkRestore(blob, BACKUP_PASS)
    expect(check.plan.records.find((r) => r.id === exhibit.id)?.action).toBe('update')
    const outcome = await target.c.restoreIntoThisVault(blob, BACKUP_PASS, check)
    expect(outcome).toMatchObject({ files: 1, bytes: newBytes.length })
    const fileIds = new Set((await target.db.fileChunks.toArray()).map((r) => r.fileId))
    expect(fileIds).toEqual(new Set([other.file.fileId]))
    expect(await target.db.fileChunks.count()).toBe(3)
    expect(sha(await sessionOf(target.c).exhibits.readOriginal(exhibit.id))).toBe(sha(newBytes))
  }, 60_000)

  it('a plan that writes nothing changes no stored byte', async () => {
    const { target, blob } = await twoVaults()
    const check = replanRestore(await target.c.checkRestore(blob, BACKUP_PASS), 'keep-mine', new Map([[C.id, 'keep-mine' as const]]))
    expect(check.plan.unchanged).toBe(true)
    const before = await rawRows(target.db)
    expect(await target.c.restoreIntoThisVault(blob, BACKUP_PASS, check)).toMatchObject({ added: 0, updated: 0, files: 0 })
    expect(await rawRows(target.db)).toBe(before)
  })

  it('refuses when the vault holds another original under the backup\'s file id (SHA-256 differ); nothing changes', async () => {
    const t = await createdVault()
    await t.session.saveDossier(A)
    const mine = await intake(t.session, A.id, A.matters[0]!.id, 'warrant.pdf', pattern(3000, 51))
    const theirs = pattern(2000, 52)
    const forged = exhibitRecord(mine.file.fileId, theirs)
    const blob = blobOf(await makeBackup([backupRecord('exhibit', forged.id, forged), ...fileChunks(mine.file.fileId, theirs)]))
    const check = await t.c.checkRestore(blob, PASS)
    const before = await rawRows(t.db)
    await expect(t.c.restoreIntoThisVault(blob, PASS, check)).rejects.toThrow(
      /^An exhibit in your vault and one in the backup share a stored original, but their SHA-256 differ.*Nothing was restored; your vault is unchanged\.$/
    )
    expect(await rawRows(t.db)).toBe(before)
  })
})
