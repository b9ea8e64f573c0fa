// Imports a hand-over package into the open vault. The package is read and checked completely
// (schemas, every file's SHA-256) before anything is encrypted; the dossier, the exhibit records and
// every encrypted chunk are then written in ONE transaction: all of it arrives, or none of it.
import { HandoverError, decryptHandover, handoverAsCopy, isEncryptedHandover, openHandover, type HandoverManifest } from '@shared/handover'
import { dossierKind, exhibitKind } from '@shared/vault/recordKinds'
import type { Envelope, FileChunkRow } from '@shared/crypto'
import { EncryptedRecordStore } from '../vault/encryptedRecordStore'
import { FileChunkStore } from '../vault/fileChunkStore'
import type { VaultSession } from '../vault/vaultSession'

export interface ImportOptions {
  /** Fresh ids for everything, so the client can sit beside an existing copy of itself. */
  asCopy?: boolean
  /** For a password-protected package. */
  password?: string
}

export interface ImportResult {
  dossierId: string
  scope: HandoverManifest['scope']
  exhibits: number
}

/** The package is encrypted and no password was given: the caller asks for one. */
export class HandoverPasswordNeededError extends HandoverError {
  override name = 'HandoverPasswordNeededError'
  constructor() {
    super('This hand-over file is protected by a password. Enter the password the sender gave you.')
  }
}

/** The dossier is already in this vault: the caller may offer "import as a copy". */
export class HandoverConflictError extends HandoverError {
  override name = 'HandoverConflictError'
  constructor(readonly dossierId: string) {
    super('This client is already in your vault. Import the package as a copy (new ids), or open the existing client instead.')
  }
}

export async function importHandover(session: VaultSession, zip: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  if (isEncryptedHandover(zip)) {
    if (!options.password) throw new HandoverPasswordNeededError()
    zip = await decryptHandover(zip, options.password)
  }
  let opened = await openHandover(zip)
  if (session.getDossier(opened.manifest.dossier.id)) {
    if (!options.asCopy) throw new HandoverConflictError(opened.manifest.dossier.id)
    opened = handoverAsCopy(opened)
  }
  const { manifest, originals } = opened
  const { db, dataKey } = session.backupAccess()
  const store = new EncryptedRecordStore(db, dataKey)
  const chunks = new FileChunkStore(db, dataKey)
  // Seal everything first: awaiting WebCrypto inside a Dexie transaction would commit it early.
  const dossier = await store.seal(dossierKind, manifest.dossier.id, manifest.dossier)
  const rows: FileChunkRow[] = []
  const fixed: Envelope[] = []
  for (const e of manifest.exhibits) {
    const bytes = originals.get(e.id)
    if (!bytes) throw new HandoverError(`The original of exhibit “${e.title}” is missing from the package. Nothing was imported.`)
    const sealed = await chunks.seal(e.file.fileId, bytes)
    rows.push(...sealed)
    // The chunk count is this vault's, whatever chunk size the sender's vault used.
    fixed.push((await store.seal(exhibitKind, e.id, { ...e, file: { ...e.file, chunkCount: sealed.length } })).envelope)
  }
  session.backupAccess() // locked while encrypting: write nothing
  await db.transaction('rw', db.records, db.fileChunks, async () => {
    // add, not put: an id that exists already (in any table) aborts the whole import.
    await db.records.add(dossier.envelope)
    if (fixed.length > 0) await db.records.bulkAdd(fixed)
    await chunks.add(rows)
  })
  // Show it: the dossier through the session (same value re-put), the exhibits through the shelf.
  await session.saveDossiers([dossier.value])
  const unreadable = session.exhibits.unreadable
  await session.exhibits.load(fixed)
  session.exhibits.unreadable = [...unreadable, ...session.exhibits.unreadable]
  return { dossierId: dossier.value.id, scope: manifest.scope, exhibits: manifest.exhibits.length }
}
