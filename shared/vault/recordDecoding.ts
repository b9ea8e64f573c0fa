// Turning stored envelopes back into validated records. Shared by the in-thread path (tests, and
// browsers without workers) and the decoding workers used at unlock.
import { Envelope, openJson } from '../crypto'
import { upgradeRecord, type RecordKindSpec } from './migrations'

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

export async function decodeRecord<T>(spec: RecordKindSpec<T>, dataKey: CryptoKey, row: unknown): Promise<T> {
  const env = Envelope.parse(row)
  if (env.kind !== spec.kind) throw new Error(`Expected a ${spec.kind} record.`)
  const plain = await openJson(dataKey, env)
  return upgradeRecord(spec, env.v, plain)
}

/**
 * Decodes many envelopes. One damaged record must not hide the others, so failures are reported
 * beside the good records (the damaged envelope itself stays stored, untouched).
 */
export async function decodeRecords<T>(spec: RecordKindSpec<T>, dataKey: CryptoKey, rows: readonly unknown[]): Promise<ReadAllResult<T>> {
  const settled = await Promise.allSettled(rows.map((row) => decodeRecord(spec, dataKey, row)))
  const result: ReadAllResult<T> = { records: [], unreadable: [] }
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') result.records.push(s.value)
    else result.unreadable.push({ id: rowId(rows[i]), kind: spec.kind, reason: s.reason instanceof Error ? s.reason.message : 'unknown error' })
  })
  return result
}

function rowId(row: unknown): string {
  return typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string' ? row.id : '?'
}
