// Erasing the vault from this device (issue 6, part 5: panic wipe). The rows go first, in one
// transaction — the keyring (wrapped data key, KDF salt, unlock counter) with every record and
// file chunk — so a crash or a refusal midway leaves either the whole vault or an empty one. Then
// the databases themselves are deleted, and any browser storage Redress may have used.
import { erasureMessages } from './erasureMessages'
import type { VaultDatabase } from './vaultDatabase'

/** Every IndexedDB database and storage key Redress creates begins with this (e.g. "redress-vault"). */
export const REDRESS_STORAGE_PREFIX = 'redress'

export { erasureMessages }

/** Thrown by eraseVault; its message says how far erasing got and what to do. */
export class VaultErasureError extends Error {
  constructor(readonly rowsDeleted: boolean, options?: { cause: unknown }) {
    super(rowsDeleted ? erasureMessages.emptyNotRemoved : erasureMessages.nothingErased, options)
    this.name = 'VaultErasureError'
  }
}

export interface ErasureOptions {
  /** Called once if another connection delays deleting a database; erasing still finishes when it lets go. */
  onBlocked?: () => void
  indexedDB?: IDBFactory
  /** localStorage and sessionStorage in the app; none in unit tests. */
  storages?: readonly Storage[]
}

export interface ErasureReport {
  /** The databases deleted, the vault's own first. */
  databases: string[]
  /** How many storage keys were removed. */
  storageKeys: number
}

export async function eraseVault(db: VaultDatabase, options: ErasureOptions = {}): Promise<ErasureReport> {
  const factory = options.indexedDB ?? globalThis.indexedDB
  try {
    await db.open() // no-op when open; after an earlier close, the rows must still be cleared
    await db.transaction('rw', db.meta, db.records, db.fileChunks, async () => {
      await Promise.all([db.meta.clear(), db.records.clear(), db.fileChunks.clear()])
    })
  } catch (e) {
    throw new VaultErasureError(false, { cause: e })
  }
  // disableAutoOpen: nothing still in flight may quietly recreate the database behind us.
  db.close({ disableAutoOpen: true })
  // Before the deletions: a blocked deletion may wait for as long as the other window stays open.
  const storageKeys = clearRedressStorage(options.storages ?? browserStorages())

  let warned = false
  const onBlocked = () => {
    if (warned) return
    warned = true
    options.onBlocked?.()
  }
  try {
    const names = [db.name, ...(await otherRedressDatabases(factory, db.name))]
    await Promise.all(names.map((name) => deleteDatabase(factory, name, onBlocked)))
    return { databases: names, storageKeys }
  } catch (e) {
    throw new VaultErasureError(true, { cause: e })
  }
}

async function otherRedressDatabases(factory: IDBFactory, own: string): Promise<string[]> {
  // databases() is missing in some engines; the vault's own database is then the only one known.
  if (typeof factory.databases !== 'function') return []
  const listed = await factory.databases()
  return listed.flatMap((d) => (d.name !== undefined && d.name !== own && d.name.startsWith(REDRESS_STORAGE_PREFIX) ? [d.name] : []))
}

function deleteDatabase(factory: IDBFactory, name: string, onBlocked: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error(`Deleting the database "${name}" failed.`))
    // The request stays queued and succeeds once the other connection closes.
    request.onblocked = () => onBlocked()
  })
}

function browserStorages(): Storage[] {
  const found: Storage[] = []
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const s: unknown = Reflect.get(globalThis, name)
      if (isStorage(s)) found.push(s)
    } catch {
      // Access can throw when storage is disabled; there is nothing of ours in it then.
    }
  }
  return found
}

function isStorage(s: unknown): s is Storage {
  return typeof s === 'object' && s !== null && typeof Reflect.get(s, 'removeItem') === 'function' && typeof Reflect.get(s, 'key') === 'function'
}

function clearRedressStorage(storages: readonly Storage[]): number {
  let removed = 0
  for (const storage of storages) {
    const ours: string[] = []
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key !== null && key.startsWith(REDRESS_STORAGE_PREFIX)) ours.push(key)
    }
    for (const key of ours) storage.removeItem(key)
    removed += ours.length
  }
  return removed
}
