// What a restore would do, decided before anything is written: for each record in a verified
// backup, add it (the vault has none with that id), update the vault's copy, or keep the vault's
// copy. The lawyer sees the counts as a preview and may override single records; the staged
// writer then applies exactly this plan. An exhibit and its original travel together: a kept
// exhibit keeps the vault's file, so no exhibit ever points at bytes it was not recorded with.
import { RECORD_KINDS } from '../vault/recordKindRegistry'
import { NOTHING_RESTORED, type VerifiedBackup, type VerifiedFile, type VerifiedRecord } from './restoreVerification'

/**
 * newer-wins (default): the backup's copy replaces the vault's only when its stamp is later; a
 * record without a date on either side (settings, logs, rule packs) is kept as it is in the vault.
 * backup-wins: every backup record replaces the vault's. keep-mine: only records the vault lacks are added.
 */
export type RestorePolicy = 'newer-wins' | 'backup-wins' | 'keep-mine'
export type RestoreOverride = 'take-backup' | 'keep-mine'
export type RestoreAction = 'add' | 'update' | 'keep' | 'skip'
export type RestoreReason = 'not-in-vault' | 'backup-newer' | 'vault-newer-or-same' | 'no-date' | 'policy' | 'override'

/** What the vault holds now, one entry per record (its stamp from recordStamp on the decrypted value). */
export interface ExistingRecord {
  kind: string
  id: string
  stamp: string | null
}

export interface PlannedRecord {
  kind: string
  id: string
  /** add / update: the backup's record is written; keep: the vault's stays; skip: not in the vault and left out by override. */
  action: RestoreAction
  reason: RestoreReason
  backupStamp: string | null
  vaultStamp: string | null
  /** The verified record, ready to seal when the action is add or update. */
  record: VerifiedRecord
  /** Exhibits being written: the original to write with them; otherwise null. */
  fileId: string | null
}

export interface KindCounts {
  kind: string
  add: number
  update: number
  keep: number
  skip: number
}

export interface RestorePlan {
  policy: RestorePolicy
  /** Ordered by kind (registry order), then id: the same plan every time. */
  records: PlannedRecord[]
  /** Originals to write: those of exhibits being added or updated, ordered by fileId. */
  files: VerifiedFile[]
  /** Per kind with at least one record in the backup, in registry order. */
  counts: KindCounts[]
  /** One line per kind, e.g. "12 dossiers to add, 3 to update, 40 kept". */
  preview: string[]
  /** True when the plan writes nothing. */
  unchanged: boolean
}

export class RestorePlanError extends Error {
  constructor(detail: string) {
    super(`${detail} ${NOTHING_RESTORED}`)
    this.name = 'RestorePlanError'
  }
}

const KIND_ORDER = new Map(RECORD_KINDS.map((spec, i) => [spec.kind, i]))

const NOUNS: Record<string, [string, string]> = {
  dossier: ['dossier', 'dossiers'],
  contact: ['contact', 'contacts'],
  settings: ['settings record', 'settings records'],
  'rule-pack': ['rule pack', 'rule packs'],
  'ccf-sessions': ['CCF session list', 'CCF session lists'],
  'reminder-log': ['reminder log', 'reminder logs'],
  'deadline-log': ['deadline log day', 'deadline log days'],
  'petition-draft': ['petition draft', 'petition drafts'],
  exhibit: ['exhibit', 'exhibits'],
  'bundle-definition': ['bundle arrangement', 'bundle arrangements'],
  'country-concern': ['country concern', 'country concerns'],
  precedent: ['precedent', 'precedents']
}

export function planRestore(
  verified: VerifiedBackup,
  existing: readonly ExistingRecord[],
  policy: RestorePolicy = 'newer-wins',
  overrides: ReadonlyMap<string, RestoreOverride> = new Map()
): RestorePlan {
  if (!verified.ok || verified.problems.length > 0) throw new RestorePlanError('The backup did not pass its check, so there is nothing to plan.')
  const inVault = new Map(existing.map((e) => [key(e.kind, e.id), e]))
  const backupIds = new Set(verified.records.map((r) => r.id))
  for (const id of overrides.keys())
    if (!backupIds.has(id)) throw new RestorePlanError('A choice was made for a record that is not in this backup; reload the preview and choose again.')

  const records = [...verified.records].sort(byKindThenId).map((record): PlannedRecord => {
    const mine = inVault.get(key(record.kind, record.id))
    const { action, reason } = decide(record, mine, policy, overrides.get(record.id))
    const writes = action === 'add' || action === 'update'
    return { kind: record.kind, id: record.id, action, reason, backupStamp: record.stamp, vaultStamp: mine?.stamp ?? null, record, fileId: writes ? record.fileId : null }
  })

  // An empty original has no chunks, so the backup holds nothing to write for it.
  const wantedFiles = new Set(records.flatMap((r) => (r.fileId && !isEmptyOriginal(r.record.value) ? [r.fileId] : [])))
  const files = verified.files.filter((f) => wantedFiles.has(f.fileId)).sort((a, b) => compare(a.fileId, b.fileId))
  if (files.length !== wantedFiles.size) throw new RestorePlanError('An exhibit to restore has no verified original in the backup.')

  const counts = countByKind(records)
  return {
    policy,
    records,
    files,
    counts,
    preview: counts.map(previewLine),
    unchanged: records.every((r) => r.action === 'keep' || r.action === 'skip')
  }
}

function decide(
  record: VerifiedRecord,
  mine: ExistingRecord | undefined,
  policy: RestorePolicy,
  override: RestoreOverride | undefined
): { action: RestoreAction; reason: RestoreReason } {
  if (!mine) return override === 'keep-mine' ? { action: 'skip', reason: 'override' } : { action: 'add', reason: 'not-in-vault' }
  if (override) return { action: override === 'take-backup' ? 'update' : 'keep', reason: 'override' }
  if (policy === 'backup-wins') return { action: 'update', reason: 'policy' }
  if (policy === 'keep-mine') return { action: 'keep', reason: 'policy' }
  const theirs = stampTime(record.stamp)
  const ours = stampTime(mine.stamp)
  if (theirs === null || ours === null) return { action: 'keep', reason: 'no-date' }
  return theirs > ours ? { action: 'update', reason: 'backup-newer' } : { action: 'keep', reason: 'vault-newer-or-same' }
}

/** The verifier has validated the exhibit: this only reads a field the schema guarantees. */
function isEmptyOriginal(value: unknown): boolean {
  return (value as { file?: { sizeBytes?: unknown } }).file?.sizeBytes === 0
}

function stampTime(stamp: string | null): number | null {
  if (stamp === null) return null
  const at = Date.parse(stamp)
  return Number.isNaN(at) ? null : at
}

function countByKind(records: readonly PlannedRecord[]): KindCounts[] {
  const byKind = new Map<string, KindCounts>()
  for (const r of records) {
    const c = byKind.get(r.kind) ?? { kind: r.kind, add: 0, update: 0, keep: 0, skip: 0 }
    c[r.action]++
    byKind.set(r.kind, c)
  }
  // records are already in kind order, and Map keeps insertion order.
  return [...byKind.values()]
}

const ACTION_LABEL: Record<RestoreAction, string> = { add: 'to add', update: 'to update', keep: 'kept', skip: 'left out' }

function previewLine(c: KindCounts): string {
  const [one, many] = NOUNS[c.kind] ?? [c.kind, c.kind]
  const parts = (['add', 'update', 'keep', 'skip'] as const)
    .filter((action) => c[action] > 0)
    // The noun goes with the first number only: "12 dossiers to add, 3 to update, 40 kept".
    .map((action, i) => (i === 0 ? `${c[action]} ${c[action] === 1 ? one : many} ${ACTION_LABEL[action]}` : `${c[action]} ${ACTION_LABEL[action]}`))
  return parts.join(', ')
}

function byKindThenId(a: VerifiedRecord, b: VerifiedRecord): number {
  const ka = KIND_ORDER.get(a.kind) ?? Number.MAX_SAFE_INTEGER
  const kb = KIND_ORDER.get(b.kind) ?? Number.MAX_SAFE_INTEGER
  return ka !== kb ? ka - kb : compare(a.id, b.id)
}

/** Code-unit order, not locale order: the plan must not depend on the machine's language. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function key(kind: string, id: string): string {
  return `${kind}\u0000${id}`
}
