// Exhibit originals in the `fileChunks` table. Sealing happens before any transaction (awaiting
// WebCrypto inside one commits it early); the writes are exposed so that the caller can put chunks
// and the exhibit's metadata in the same all-or-nothing transaction.
import { openFileChunks, sealFileChunks, type FileChunkRow } from '@shared/crypto'
import type { VaultDatabase } from './vaultDatabase'

export class FileChunkStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly dataKey: CryptoKey
  ) {}

  seal(fileId: string, bytes: Uint8Array): Promise<FileChunkRow[]> {
    return sealFileChunks(this.dataKey, fileId, bytes)
  }

  /** The original bytes; throws FileChunkIntegrityError if a chunk is missing, moved or altered. */
  async read(fileId: string, expectedCount: number): Promise<Uint8Array> {
    const rows = await this.db.fileChunks.where('fileId').equals(fileId).toArray()
    return openFileChunks(this.dataKey, fileId, rows, expectedCount)
  }

  /** Call inside a transaction over fileChunks. bulkAdd, not bulkPut: a stored chunk is never overwritten. */
  async add(rows: readonly FileChunkRow[]): Promise<void> {
    if (rows.length > 0) await this.db.fileChunks.bulkAdd([...rows])
  }

  /** Call inside a transaction over fileChunks. */
  async remove(fileIds: readonly string[]): Promise<void> {
    if (fileIds.length > 0) await this.db.fileChunks.where('fileId').anyOf([...fileIds]).delete()
  }
}
