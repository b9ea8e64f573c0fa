// Explicit repository over encrypted envelopes. Encrypt before a Dexie transaction and decrypt after
// it: awaiting WebCrypto inside an IndexedDB transaction commits it early (style-anchors.md §3.6).
import { Envelope, openJson, sealJson } from '@shared/crypto'
import { upgradeRecord, type RecordKindSpec } from '@shared/vault/migrations'
import type { VaultDatabase } from './vaultDatabase'

export interface UnreadableRecord {
  id: string
  kind: string
  /** Safe to show: names the problem, never record content. */
  reason: string
}

export interface ReadAllResult<T> {
  records: T[]
  unreadable: UnreadableRecord[]
}

export class EncryptedRecordStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly dataKey: CryptoKey
  ) {}

  async put<T>(spec: RecordKindSpec<T>, id: string, value: T): Promise<T> {
    const valid = spec.schema.parse(value) // never encrypt something we could not read back
    const envelope = await sealJson(this.dataKey, spec.kind, id, spec.currentVersion, valid)
    await this.db.records.put(envelope)
    return valid
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
    return this.open(spec, row)
  }

  /**
   * Decrypts every record of a kind. One damaged record must not hide the others, so failures are
   * reported beside the good records and the damaged envelope stays stored untouched.
   */
  async getAll<T>(spec: RecordKindSpec<T>): Promise<ReadAllResult<T>> {
    const rows = await this.db.records.where('kind').equals(spec.kind).toArray()
    const settled = await Promise.allSettled(rows.map((row) => this.open(spec, row)))
    const result: ReadAllResult<T> = { records: [], unreadable: [] }
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') result.records.push(s.value)
      else result.unreadable.push({ id: String(rows[i]?.id ?? '?'), kind: spec.kind, reason: s.reason instanceof Error ? s.reason.message : 'unknown error' })
    })
    return result
  }

  async delete(id: string): Promise<void> {
    await this.db.records.delete(id)
  }

  private async open<T>(spec: RecordKindSpec<T>, row: unknown): Promise<T> {
    const env = Envelope.parse(row)
    if (env.kind !== spec.kind) throw new Error(`Expected a ${spec.kind} record.`)
    const plain = await openJson(this.dataKey, env)
    return upgradeRecord(spec, env.v, plain)
  }
}
