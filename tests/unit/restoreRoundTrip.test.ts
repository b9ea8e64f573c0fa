// The "done when": a vault with clients in several scripts, matters, deadlines, drafts,
// contacts, settings and exhibits → backup → wipe → restore → every record equal, every exhibit's
// SHA-256 unchanged.
import { afterEach, describe, expect, it } from 'vitest'
import { generateDataKey, sealFileChunks } from '@shared/crypto'
import { PASS, makeBackup } from './backupFormatKit'
import { sampleVault } from './restorePlanKit'
import { blobOf, closeAll, backupOf, createdVault, decryptedRecords, fillVault, freshDb, controllerFor, sessionOf, sha, BACKUP_PASS, NEW_PASS, ORIGINAL_SIZES } from './restoreKit'

afterEach(closeAll)

describe('restore into a new vault', () => {
  it('round trip: backup → wipe → restore gives every record back equal and every original with its SHA-256', async () => {
    const { db, c, session } = await createdVault()
    const { originals } = await fillVault(session)
    const before = await decryptedRecords(db, session.backupAccess().dataKey)
    // The deadline marked by hand travels inside its dossier.
    expect(JSON.stringify([...before.values()].filter((r) => r.kind === 'dossier'))).toContain('Lettre de la CCF reçue')
    expect(new Set([...before.values()].map((r) => r.kind))).toEqual(new Set(['dossier', 'contact', 'settings', 'ccf-sessions', 'petition-draft', 'exhibit']))
    const blob = await backupOf(session)

    await c.wipe()
    expect(c.getState().phase).toBe('first-run')
    const check = await c.checkRestore(blob, BACKUP_PASS)
    expect(check.plan.records.every((r) => r.action === 'add')).toBe(true)
    expect(check.plan.files.map((f) => f.sizeBytes).sort()).toEqual([1, ORIGINAL_SIZES[2]])
    // The check writes nothing: the wiped database is not even re-created.
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name)

    const outcome = await c.restoreIntoNewVault(blob, BACKUP_PASS, check, NEW_PASS, NEW_PASS)
    expect(outcome).toEqual({ added: before.size, updated: 0, kept: 0, files: 2, bytes: 1 + ORIGINAL_SIZES[2] })
    const restored = sessionOf(c)
    const after = await decryptedRecords(db, restored.backupAccess().dataKey)
    expect(after).toEqual(before)
    expect(await db.meta.get('restore-staging')).toBeUndefined()

    // Visible in the session, and every original reads back through the shelf's own SHA-256 check.
    expect(restored.dossiers().map((d) => d.client.legalName).sort()).toEqual(['Gülşen Yıldırım', 'Ерлан Жақсылықов', 'عمر الفاروق', '王小明'].sort())
    expect(restored.settings.actorName).toBe('Maître Élodie Durand')
    for (const [id, bytes] of originals) expect(sha(await restored.exhibits.readOriginal(id))).toBe(sha(bytes))

    // The new vault opens with the new passphrase, from a fresh start.
    c.lock()
    const again = controllerFor(db)
    await again.start()
    expect(again.getState().phase).toBe('locked')
    expect(await again.unlock(NEW_PASS)).toEqual({ ok: true })
    expect(await decryptedRecords(db, sessionOf(again).backupAccess().dataKey)).toEqual(before)
  }, 60_000)

  it('refuses a weak new passphrase before writing anything', async () => {
    const { c, session } = await createdVault()
    await fillVault(session)
    const blob = await backupOf(session)
    await c.wipe()
    const check = await c.checkRestore(blob, BACKUP_PASS)
    await expect(c.restoreIntoNewVault(blob, BACKUP_PASS, check, 'short', 'short')).rejects.toThrow(/Nothing was restored; your vault is unchanged\.$/)
    expect(c.getState().phase).toBe('first-run')
  }, 60_000)

  it('is refused when a vault already exists', async () => {
    const { c, session } = await createdVault(freshDb())
    const blob = await backupOf(session)
    const check = await c.checkRestore(blob, BACKUP_PASS)
    await expect(c.restoreIntoNewVault(blob, BACKUP_PASS, check, NEW_PASS, NEW_PASS)).rejects.toThrow(/already exists.*Nothing was restored/)
  })

  it('re-cuts originals that the backup carries in other chunk sizes into the vault\'s own chunks', async () => {
    // Forged with the writer in 700-byte chunks: the exhibit says 3 chunks, this vault stores 1.
    const { items, exhibit, fileBytes } = sampleVault()
    const blob = blobOf(await makeBackup(items))
    const c = controllerFor(freshDb())
    await c.start()
    const check = await c.checkRestore(blob, PASS)
    await c.restoreIntoNewVault(blob, PASS, check, NEW_PASS, NEW_PASS)
    const session = sessionOf(c)
    expect(session.exhibits.get(exhibit.id)).toEqual({ ...exhibit, file: { ...exhibit.file, chunkCount: 1 } })
    expect(sha(await session.exhibits.readOriginal(exhibit.id))).toBe(sha(fileBytes))
  })

  it('leaves chunks no readable exhibit vouches for alone and stores the backup\'s original under a new id', async () => {
    const { items, exhibit, fileBytes } = sampleVault()
    const blob = blobOf(await makeBackup(items))
    const db = freshDb()
    const c = controllerFor(db)
    await c.start()
    // Left-over chunks under the same file id (sealed under some other key): not this original.
    await db.fileChunks.bulkAdd(await sealFileChunks(await generateDataKey(), exhibit.file.fileId, new Uint8Array(10).fill(7)))
    const debris = await db.fileChunks.toArray()
    const check = await c.checkRestore(blob, PASS)
    const outcome = await c.restoreIntoNewVault(blob, PASS, check, NEW_PASS, NEW_PASS)
    expect(outcome.files).toBe(1)
    const session = sessionOf(c)
    const restored = session.exhibits.get(exhibit.id)!
    expect(restored.file.fileId).not.toBe(exhibit.file.fileId)
    expect(sha(await session.exhibits.readOriginal(exhibit.id))).toBe(sha(fileBytes))
    expect(await db.fileChunks.where('fileId').equals(exhibit.file.fileId).toArray()).toEqual(debris)
  })
})
