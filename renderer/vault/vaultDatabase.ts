// IndexedDB layout. Nothing here is readable about a client: `meta` holds KDF parameters, the
// wrapped data key and the unlock-failure counter; `records` holds AES-GCM envelopes indexed only
// by their kind ("dossier", "contact", "settings"); `fileChunks` holds exhibit originals as AES-GCM
// chunks indexed only by a random file id (version 2, issue 5).
import Dexie, { type Table } from 'dexie'
import type { Envelope, FileChunkRow } from '@shared/crypto'

export const VAULT_DB_NAME = 'redress-vault'

export interface MetaRow {
  key: string
  [field: string]: unknown
}

export class VaultDatabase extends Dexie {
  meta!: Table<MetaRow, string>
  records!: Table<Envelope, string>
  fileChunks!: Table<FileChunkRow, string>

  constructor(name: string = VAULT_DB_NAME) {
    super(name)
    this.version(1).stores({ meta: '&key', records: '&id, kind' })
    // Adds a table only: existing vaults upgrade in place and keep every record.
    this.version(2).stores({ meta: '&key', records: '&id, kind', fileChunks: '&id, fileId' })
  }
}
