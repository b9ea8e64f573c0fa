// Explicit repository over encrypted envelopes. Encrypt before a Dexie transaction and decrypt after
// it: awaiting WebCrypto inside an IndexedDB transaction commits it early (style-anchors.md §3.6).
import { sealJson, type Envelope } from '@shared/crypto'
import type { RecordKindSpec } from '@shared/vault/migrations'
import { decodeRecord, decodeRecords, type ReadAllResult } from '@shared/vault/recordDecoding'
import type { VaultDatabase } from './vaultDatabase'

export type { ReadAllResult, UnreadableRecord } from '@shared/vault/recordDecoding'

export class EncryptedRecordStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly dataKey: CryptoKey
  ) {}

  async put<T>(spec: RecordKindSpec<T>, id: string, value: T): Promise<T> {
    const { envelope, value: valid } = await this.seal(spec, id, value)
    await this.db.records.put(envelope)
    return valid
  }

  /** Validates and encrypts without writing, for callers that write several tables in one transaction. */
  async seal<T>(spec: RecordKindSpec<T>, id: string, value: T): Promise<{ envelope: Envelope; value: T }> {
    const valid = spec.schema.parse(value) // never encrypt something we could not read back
    return { envelope: await sealJson(this.dataKey, spec.kind, id, spec.currentVersion, valid), value: valid }
  }

  /** All-or-nothing: every value is validated and sealed first, then written in one transaction. */
  async putMany<T>(spec: RecordKindSpec<T>, items: ReadonlyArray<{ id: string; value: T }>): Promise<T[]> {
    const valid = items.map((item) => ({ id: item.id, value: spec.schema.parse(item.value) }))
    const envelopes = await Promise.all(valid.map((v) => sealJson(this.dataKey, spec.kind, v.id, spec.currentVersion, v.value)))
    await this.db.transaction('rw', this.db.records, () => this.db.records.bulkPut(envelopes))
    return valid.map((v) => v.value)
  }

  async get<T>(spec: RecordKindSpec<T>, id: string): Promise<T | undefined> {
    const row = await this.db.records.get(id)
    if (row === undefined) return undefined
    return decodeRecord(spec, this.dataKey, row)
  }

  /**
   * Decrypts and validates every record of a kind; damaged ones are reported, not dropped.
   * `preloaded` lets unlock read the ciphertext while the passphrase is still being stretched.
   */
  async getAll<T>(spec: RecordKindSpec<T>, preloaded?: readonly Envelope[]): Promise<ReadAllResult<T>> {
    const rows = preloaded ? preloaded.filter((r) => r.kind === spec.kind) : await this.db.records.where('kind').equals(spec.kind).toArray()
    return decodeRecords(spec, this.dataKey, rows)
  }

  async delete(id: string): Promise<void> {
    await this.db.records.delete(id)
  }
}
