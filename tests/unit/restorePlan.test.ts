// The restore plan from a verified backup: add / update / keep per record, by policy and by the
// lawyer's own choices, with exhibits and their originals kept together.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { RestorePlanError, planRestore, type ExistingRecord } from '@shared/backup/restorePlan'
import type { VerifiedBackup } from '@shared/backup/restoreVerification'
import type { BackupItem } from '@shared/backup'
import { gulsenDossier, yerlanDossier } from './fixtures'
import { exhibitRecord, sampleVault, verifyItems, record } from './restorePlanKit'

const OLDER = '2026-01-01T00:00:00.000Z'
const NEWER = '2027-01-01T00:00:00.000Z'
const SAME = '2026-11-23T09:00:00.000Z' // the fixtures' dossier stamp

async function sample(): Promise<{ verified: VerifiedBackup; exhibitId: string; fileId: string }> {
  const { items, exhibit } = sampleVault()
  const verified = await verifyItems(items)
  expect(verified.ok).toBe(true)
  return { verified, exhibitId: exhibit.id, fileId: exhibit.file.fileId }
}

const gulsen = gulsenDossier().id
const yerlan = yerlanDossier().id

function actions(plan: ReturnType<typeof planRestore>): Record<string, string> {
  return Object.fromEntries(plan.records.map((r) => [r.id, r.action]))
}

describe('planRestore', () => {
  it('into an empty vault: everything is added, the exhibit with its original', async () => {
    const { verified, exhibitId, fileId } = await sample()
    const plan = planRestore(verified, [])
    expect(new Set(Object.values(actions(plan)))).toEqual(new Set(['add']))
    expect(plan.records.map((r) => r.kind)).toEqual(['dossier', 'dossier', 'settings', 'exhibit'])
    expect(plan.records.find((r) => r.id === exhibitId)?.fileId).toBe(fileId)
    expect(plan.files.map((f) => f.fileId)).toEqual([fileId])
    expect(plan.preview).toEqual(['2 dossiers to add', '1 settings record to add', '1 exhibit to add'])
    expect(plan.unchanged).toBe(false)
  })

  it('an exhibit with an empty original is added with no file to write (it has no chunks)', async () => {
    const ex = exhibitRecord(randomUUID(), new Uint8Array(0))
    const plan = planRestore(await verifyItems([record('exhibit', ex.id, ex)]), [])
    expect(plan.records.map((r) => [r.id, r.action, r.fileId])).toEqual([[ex.id, 'add', ex.file.fileId]])
    expect(plan.files).toEqual([])
  })

  it('newer-wins: updates only where the backup is later; equal, older and undated are kept', async () => {
    const { verified, exhibitId } = await sample()
    const existing: ExistingRecord[] = [
      { kind: 'dossier', id: gulsen, stamp: OLDER },
      { kind: 'dossier', id: yerlan, stamp: SAME },
      { kind: 'exhibit', id: exhibitId, stamp: NEWER },
      { kind: 'settings', id: 'settings', stamp: null }
    ]
    const plan = planRestore(verified, existing)
    expect(actions(plan)).toEqual({ [gulsen]: 'update', [yerlan]: 'keep', [exhibitId]: 'keep', settings: 'keep' })
    expect(plan.records.map((r) => r.reason)).toEqual(['backup-newer', 'vault-newer-or-same', 'no-date', 'vault-newer-or-same'])
    expect(plan.preview).toEqual(['1 dossier to update, 1 kept', '1 settings record kept', '1 exhibit kept'])
    // A kept exhibit keeps the vault's original: nothing of it is written.
    expect(plan.records.find((r) => r.id === exhibitId)?.fileId).toBeNull()
    expect(plan.files).toEqual([])
  })

  it('compares moments, not text: an offset timestamp that is later wins', async () => {
    const { verified } = await sample()
    const plan = planRestore(verified, [{ kind: 'dossier', id: gulsen, stamp: '2026-11-23T10:30:00.000+02:00' }])
    expect(actions(plan)[gulsen]).toBe('update')
  })

  it('backup-wins updates everything present, keep-mine only adds what is missing', async () => {
    const { verified, exhibitId, fileId } = await sample()
    const existing: ExistingRecord[] = [
      { kind: 'dossier', id: gulsen, stamp: NEWER },
      { kind: 'exhibit', id: exhibitId, stamp: NEWER }
    ]
    const theirs = planRestore(verified, existing, 'backup-wins')
    expect(actions(theirs)).toEqual({ [gulsen]: 'update', [yerlan]: 'add', [exhibitId]: 'update', settings: 'add' })
    expect(theirs.files.map((f) => f.fileId)).toEqual([fileId])
    const mine = planRestore(verified, existing, 'keep-mine')
    expect(actions(mine)).toEqual({ [gulsen]: 'keep', [yerlan]: 'add', [exhibitId]: 'keep', settings: 'add' })
    expect(mine.files).toEqual([])
  })

  it('per-record overrides beat the policy; keep-mine on a record the vault lacks leaves it out', async () => {
    const { verified, exhibitId, fileId } = await sample()
    const existing: ExistingRecord[] = [
      { kind: 'dossier', id: gulsen, stamp: OLDER },
      { kind: 'exhibit', id: exhibitId, stamp: NEWER }
    ]
    const overrides = new Map([
      [gulsen, 'keep-mine' as const],
      [exhibitId, 'take-backup' as const],
      [yerlan, 'keep-mine' as const]
    ])
    const plan = planRestore(verified, existing, 'newer-wins', overrides)
    expect(actions(plan)).toEqual({ [gulsen]: 'keep', [yerlan]: 'skip', [exhibitId]: 'update', settings: 'add' })
    expect(plan.files.map((f) => f.fileId)).toEqual([fileId])
    expect(plan.preview[0]).toBe('1 dossier kept, 1 left out')
  })

  it('the same vault twice gives an unchanged plan', async () => {
    const { verified } = await sample()
    const existing = verified.records.map((r) => ({ kind: r.kind, id: r.id, stamp: r.stamp }))
    const plan = planRestore(verified, existing)
    expect(plan.unchanged).toBe(true)
    expect(plan.files).toEqual([])
  })

  it('is deterministic whatever the backup order', async () => {
    const { items } = sampleVault()
    const forward = planRestore(await verifyItems(items), [])
    const reordered: BackupItem[] = [...items.filter((i) => i.type === 'record').reverse(), ...items.filter((i) => i.type === 'file-chunk')]
    const backward = planRestore(await verifyItems(reordered), [])
    expect(backward.records.map((r) => r.id)).toEqual(forward.records.map((r) => r.id))
    expect(backward.preview).toEqual(forward.preview)
  })

  it('a record of the same id but another kind is not the same record', async () => {
    const { verified } = await sample()
    const plan = planRestore(verified, [{ kind: 'contact', id: gulsen, stamp: OLDER }])
    expect(actions(plan)[gulsen]).toBe('add')
  })

  it('refuses a backup that failed its check, and overrides for records not in the backup', async () => {
    const bad = await verifyItems([record('time-sheet', randomUUID(), {})])
    expect(() => planRestore(bad, [])).toThrow(RestorePlanError)
    expect(() => planRestore(bad, [])).toThrow(/Nothing was restored; your vault is unchanged\./)
    const { verified } = await sample()
    expect(() => planRestore(verified, [], 'newer-wins', new Map([[randomUUID(), 'take-backup']]))).toThrow(/not in this backup/)
  })
})
