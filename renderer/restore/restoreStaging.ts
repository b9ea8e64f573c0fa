// Originals a restore has written but no record refers to yet. Before the first staged chunk is
// written, one meta row lists every file id about to be staged; the restore's final transaction
// deletes the row together with writing the records. A row found at start therefore means a restore
// died before committing (page closed, machine off): its chunks are invisible debris, removed here.
import { z } from 'zod'
import type { VaultDatabase } from '../vault/vaultDatabase'
import { RestoreWriteError } from './restoreErrors'

export const STAGING_KEY = 'restore-staging'

const StagingRow = z.object({ key: z.literal(STAGING_KEY), fileIds: z.array(z.uuid()), startedAt: z.string() }).strict()

/** One add before any chunk: listing every file id up front means recovery never misses one. */
export async function beginStaging(db: VaultDatabase, fileIds: readonly string[]): Promise<void> {
  try {
    await db.meta.add({ key: STAGING_KEY, fileIds: [...fileIds], startedAt: new Date().toISOString() })
  } catch (e) {
    if (e instanceof Error && e.name === 'ConstraintError')
      throw new RestoreWriteError('Another restore is already running in another Redress window. Let it finish (or close that window and restart Redress), then try again.', { cause: e })
    throw e
  }
}

/** Inside the restore's final transaction (over meta): the staged originals now belong to records. */
export async function endStaging(db: VaultDatabase): Promise<void> {
  await db.meta.delete(STAGING_KEY)
}

/** Removes this restore's staged chunks and its row, in one transaction. */
export async function discardStaged(db: VaultDatabase, fileIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.meta, db.fileChunks, async () => {
    if (fileIds.length > 0) await db.fileChunks.where('fileId').anyOf([...fileIds]).delete()
    await db.meta.delete(STAGING_KEY)
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
