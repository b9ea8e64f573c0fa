// Originals a restore has written but no record refers to yet. Before the first staged chunk is
// written, one meta row lists every file id about to be staged; the restore's final transaction
// deletes the row together with writing the records. A row found at start therefore means a restore
// died before committing (page closed, machine off): its chunks are invisible debris, removed here.
import { z } from 'zod'
import type { VaultDatabase } from '../vault/vaultDatabase'
import { RestoreWriteError } from './restoreErrors'

export const STAGING_KEY = 'restore-staging'

const StagingRow = z.object({ key: z.literal(STAGING_KEY), fileIds: z.array(z.uuid()), startedAt: z.string(), restoreId: z.uuid().optional() }).strict()

/**
 * One add before any chunk: listing every file id up front means recovery never misses one.
 * Returns this restore's id, which the final transaction checks (see endStaging).
 */
export async function beginStaging(db: VaultDatabase, fileIds: readonly string[]): Promise<string> {
  const restoreId = crypto.randomUUID()
  try {
    await db.meta.add({ key: STAGING_KEY, fileIds: [...fileIds], startedAt: new Date().toISOString(), restoreId })
    return restoreId
  } catch (e) {
    if (e instanceof Error && e.name === 'ConstraintError')
      throw new RestoreWriteError('Another restore is already running in another Redress window. Let it finish (or close that window and restart Redress), then try again.', { cause: e })
    throw e
  }
}

/**
 * Inside the restore's final transaction (over meta): the staged originals now belong to records.
 * If the row is gone, another Redress window started meanwhile and cleaned the staged originals
 * up as debris: committing now would write exhibits without their originals.
 */
export async function endStaging(db: VaultDatabase, restoreId: string): Promise<void> {
  const row = StagingRow.safeParse(await db.meta.get(STAGING_KEY))
  if (!row.success || row.data.restoreId !== restoreId)
    throw new RestoreWriteError('Another Redress window was opened during the restore and removed the files it had staged. Close every other Redress window, then restore again.')
  await db.meta.delete(STAGING_KEY)
}

/** Removes staged chunks and the staging row (with `restoreId`, only if the row is that restore's), in one transaction. */
export async function discardStaged(db: VaultDatabase, fileIds: readonly string[], restoreId?: string): Promise<void> {
  await db.transaction('rw', db.meta, db.fileChunks, async () => {
    if (fileIds.length > 0) await db.fileChunks.where('fileId').anyOf([...fileIds]).delete()
    const row = StagingRow.safeParse(await db.meta.get(STAGING_KEY))
    if (restoreId === undefined || (row.success && row.data.restoreId === restoreId)) await db.meta.delete(STAGING_KEY)
  })
}

/**
 * Called when the vault starts, before anything is read: a restore that did not commit leaves the
 * vault as it was before that restore. Returns true when something was cleaned up.
 */
export async function recoverInterruptedRestore(db: VaultDatabase): Promise<boolean> {
  const row: unknown = await db.meta.get(STAGING_KEY)
  if (row === undefined) return false
  const parsed = StagingRow.safeParse(row)
  // An unreadable row cannot say which chunks are staged; they stay invisible, the row goes.
  await discardStaged(db, parsed.success ? parsed.data.fileIds : [])
  return true
}
