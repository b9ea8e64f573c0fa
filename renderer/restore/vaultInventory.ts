// What the vault holds now, as a restore needs to know it: every record's kind, id and latest
// change (for "newer wins"), and which original each readable exhibit points at. Read with the
// same decryption and upgrade steps as unlock, so both sides of the comparison mean the same.
import { recordStamp, type ExistingRecord } from '@shared/backup'
import type { Envelope } from '@shared/crypto'
import type { RecordKindSpec } from '@shared/vault/migrations'
import { decodeRecord } from '@shared/vault/recordDecoding'
import { RECORD_KINDS } from '@shared/vault/recordKindRegistry'
import type { VaultDatabase } from '../vault/vaultDatabase'

/** A stored original as the vault's exhibit records describe it. */
export interface StoredOriginal {
  fileId: string
  sha256: string
}

export interface VaultInventory {
  existing: ExistingRecord[]
  /** Readable exhibits by id. */
  exhibits: Map<string, StoredOriginal>
}

const KINDS = new Map<string, RecordKindSpec<unknown>>(RECORD_KINDS.map((spec) => [spec.kind, spec]))
/** Decrypted at a time: bounds how much plaintext is held at once. */
const BATCH = 200

export async function readVaultInventory(db: VaultDatabase, dataKey: CryptoKey): Promise<VaultInventory> {
  const rows = await db.records.toArray()
  const inventory: VaultInventory = { existing: [], exhibits: new Map() }
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH)
    const values = await Promise.all(batch.map((row) => readable(row, dataKey)))
    batch.forEach((row, i) => {
      const value = values[i]
      // An unreadable record still exists: with no date it is never replaced under "newer wins".
      inventory.existing.push({ kind: row.kind, id: row.id, stamp: value === undefined ? null : recordStamp(value) })
      const original = row.kind === 'exhibit' ? originalOf(value) : null
      if (original) inventory.exhibits.set(row.id, original)
    })
  }
  return inventory
}

async function readable(row: Envelope, dataKey: CryptoKey): Promise<unknown> {
  const spec = KINDS.get(row.kind)
  if (!spec) return undefined
  try {
    return await decodeRecord(spec, dataKey, row)
  } catch {
    return undefined
  }
}

/** The exhibit schema has validated `value`; this reads only the fields it guarantees. */
function originalOf(value: unknown): StoredOriginal | null {
  if (typeof value !== 'object' || value === null || !('file' in value)) return null
  const file = (value as { file: StoredOriginal }).file
  return { fileId: file.fileId, sha256: file.sha256 }
}
