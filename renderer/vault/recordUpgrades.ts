// Persist on unlock: records stored at an older schema version are upgraded by their kind's steps,
// re-sealed at the current version and written back in one transaction, so the steps run once
// per record instead of at every unlock. Nothing else is rewritten, and a failed write changes
// nothing: the old envelopes stay stored and readable, and are upgraded in memory as before.
import { sealJson, type Envelope } from '@shared/crypto'
import { isOutdated, type RecordKindSpec } from '@shared/vault/migrations'
import { decodeRecord } from '@shared/vault/recordDecoding'
import type { VaultDatabase } from './vaultDatabase'

export interface UpgradeOutcome {
  /** What the session should read: `rows` with re-sealed envelopes in place of the old ones once written. */
  rows: Envelope[] | undefined
  /** Records now stored at their kind's current version. */
  resealed: number
  /** Records upgraded in memory only, because the write failed; they are upgraded again next time. */
  notSaved: number
}

/**
 * `rows` are the envelopes already read for unlock; without them the records table is read here.
 * Records that cannot be upgraded (damaged, a step that throws, an invalid result) are left
 * untouched: the session's own read reports them as unreadable.
 */
export async function persistUpgrades(
  db: VaultDatabase,
  dataKey: CryptoKey,
  kinds: readonly RecordKindSpec<unknown>[],
  rows?: readonly Envelope[]
): Promise<UpgradeOutcome> {
  const specs = new Map(kinds.map((k) => [k.kind, k]))
  const outdatedOf = (row: Envelope) => {
    const spec = specs.get(row.kind)
    return spec !== undefined && isOutdated(spec, row.v)
  }
  const candidates = rows ? rows.filter(outdatedOf) : await db.records.filter(outdatedOf).toArray()
  const unchanged: UpgradeOutcome = { rows: rows ? [...rows] : undefined, resealed: 0, notSaved: 0 }
  if (candidates.length === 0) return unchanged

  // Encrypt before the transaction: awaiting WebCrypto inside it would commit it early.
  const sealed = await Promise.allSettled(
    candidates.map(async (old) => {
      const spec = specs.get(old.kind)!
      const value = await decodeRecord(spec, dataKey, old)
      return { old, fresh: await sealJson(dataKey, spec.kind, old.id, spec.currentVersion, value) }
    })
  )
  const pairs = sealed.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
  if (pairs.length === 0) return unchanged

  let written: Envelope[]
  try {
    written = await db.transaction('rw', db.records, async () => {
      const stored = await db.records.bulkGet(pairs.map((p) => p.old.id))
      // Another window may have saved a record since it was read: never overwrite that with an upgrade.
      const still = pairs.filter((p, i) => sameEnvelope(stored[i], p.old)).map((p) => p.fresh)
      await db.records.bulkPut(still)
      return still
    })
  } catch {
    console.warn(`[vault] ${pairs.length} record(s) upgraded to the current version could not be saved; they stay stored as they were and are upgraded again at the next unlock.`)
    return { ...unchanged, notSaved: pairs.length }
  }

  const byId = new Map(written.map((e) => [e.id, e]))
  return { rows: rows?.map((r) => byId.get(r.id) ?? r), resealed: written.length, notSaved: 0 }
}

function sameEnvelope(a: Envelope | undefined, b: Envelope): boolean {
  return a !== undefined && a.kind === b.kind && a.v === b.v && sameBytes(a.iv, b.iv) && sameBytes(a.ct, b.ct)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
