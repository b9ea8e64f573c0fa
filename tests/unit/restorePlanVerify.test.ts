// The restore dry run on real backup files: what a good backup yields, and each way its content
// can be unusable even though every frame authenticates.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { NOTHING_RESTORED, recordStamp, verifyBackup, type VerifyProgress } from '@shared/backup/restoreVerification'
import type { BackupEntry, BackupItem } from '@shared/backup'
import { DOSSIER_SCHEMA_VERSION } from '@shared/domain'
import { gulsenDossier } from './fixtures'
import { pattern, sha, makeBackup, flipped, layoutOf, failureCode } from './backupFormatKit'
import { exhibitRecord, fileChunks, record, sampleVault, verifyFile, verifyItems, CHUNK } from './restorePlanKit'

describe('verifyBackup: a good backup', () => {
  it('verifies every record and file, upgraded and ready to seal, with progress', async () => {
    const { items, exhibit, fileBytes } = sampleVault()
    const progress: VerifyProgress[] = []
    const verified = await verifyItems(items, (p) => progress.push(p))
    expect(verified.problems).toEqual([])
    expect(verified.ok).toBe(true)
    expect(verified.records.map((r) => r.kind)).toEqual(['dossier', 'dossier', 'exhibit', 'settings'])
    expect(verified.files).toEqual([{ fileId: exhibit.file.fileId, sha256: sha(fileBytes), sizeBytes: 2000, chunkCount: 3, exhibitIds: [exhibit.id] }])
    const ex = verified.records.find((r) => r.kind === 'exhibit')
    expect(ex?.fileId).toBe(exhibit.file.fileId)
    expect(ex?.value).toEqual(exhibit)
    expect(verified.records[0]?.value).toEqual(gulsenDossier())
    expect(verified.summary).toContain('4 records and 1 files checked')
    expect(progress.at(-1)).toEqual({ records: 4, fileChunks: 3, fileBytes: 2000 })
  })

  it('keeps a stamp for newer-wins: dossier client/matters, exhibit updatedAt, none for settings', async () => {
    const verified = await verifyItems(sampleVault().items)
    const stamps = Object.fromEntries(verified.records.map((r) => [r.kind + (r.kind === 'dossier' ? r.id.slice(-2) : ''), r.stamp]))
    expect(stamps).toEqual({ dossier01: '2026-11-23T09:00:00.000Z', dossier02: '2026-11-23T09:00:00.000Z', exhibit: '2026-04-01T10:00:00.000Z', settings: null })
  })

  it('takes the latest change in a dossier, not only the client', () => {
    const d = gulsenDossier()
    const matter = { ...d.matters[0], updatedAt: '2026-12-01T08:00:00.000Z' }
    expect(recordStamp({ ...d, matters: [matter] })).toBe('2026-12-01T08:00:00.000Z')
    expect(recordStamp({ draft: { updatedAt: '2026-01-02T00:00:00.000Z' }, resumeAt: '' })).toBe('2026-01-02T00:00:00.000Z')
    expect(recordStamp({ createdAt: '2025-01-02T00:00:00.000Z' })).toBe('2025-01-02T00:00:00.000Z')
    expect(recordStamp({ autoLockMinutes: 10 })).toBeNull()
  })

  it('accepts an exhibit whose original is empty (no chunks to store)', async () => {
    const ex = exhibitRecord(randomUUID(), new Uint8Array(0))
    const verified = await verifyItems([record('exhibit', ex.id, ex)])
    expect(verified.problems).toEqual([])
    expect(verified.files).toEqual([])
  })
})

describe('verifyBackup: problems stop the restore', () => {
  async function problemsOf(items: BackupItem[]) {
    const verified = await verifyItems(items)
    expect(verified.ok).toBe(false)
    expect(verified.summary).toContain(NOTHING_RESTORED)
    for (const p of verified.problems) expect(p.message.endsWith(NOTHING_RESTORED)).toBe(true)
    return verified.problems
  }

  it('a record failing validation names kind and fields, never values', async () => {
    const { items } = sampleVault()
    const d = gulsenDossier()
    const bad = { ...d, client: { ...d.client, dateOfBirth: '1984-02-30', legalName: '' } }
    const problems = await problemsOf([record('dossier', d.id, bad), ...items.slice(1)])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'invalid-record', kind: 'dossier', id: d.id })
    expect([...(problems[0]?.fields ?? [])].sort()).toEqual(['client.dateOfBirth', 'client.legalName'])
    expect(problems[0]?.message).toContain('client.dateOfBirth')
    expect(problems[0]?.message).not.toContain('1984')
    expect(problems[0]?.message).not.toContain('Gülşen')
  })

  it('an invalid exhibit is one problem, not also a stray file', async () => {
    const { items, exhibit } = sampleVault()
    const bad = { ...exhibit, title: '' }
    const problems = await problemsOf(items.map((i) => (i.type === 'record' && i.id === exhibit.id ? record('exhibit', exhibit.id, bad) : i)))
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-record', kind: 'exhibit', id: exhibit.id, fields: ['title'] })])
  })

  it('an unknown kind', async () => {
    const problems = await problemsOf([...sampleVault().items, record('time-sheet', randomUUID(), { hours: 3 })])
    expect(problems.map((p) => [p.code, p.kind])).toEqual([['unknown-kind', 'time-sheet']])
    expect(problems[0]?.message).toContain('Update Redress')
  })

  it('a record from a newer Redress', async () => {
    const d = gulsenDossier()
    const problems = await problemsOf([record('dossier', d.id, d, DOSSIER_SCHEMA_VERSION + 1)])
    expect(problems.map((p) => p.code)).toEqual(['newer-record'])
    expect(problems[0]?.message).toContain('made by a newer Redress')
  })

  it("an exhibit whose original does not match its SHA-256 (the writer accepts any bytes)", async () => {
    const { items, exhibit, fileBytes } = sampleVault()
    const forged = new Uint8Array(fileBytes)
    forged[1500] = (forged[1500] as number) ^ 0xff
    const swapped = items.map((i) => (i.type === 'file-chunk' && i.index === 2 ? { ...i, bytes: forged.subarray(2 * CHUNK) } : i))
    const problems = await problemsOf(swapped)
    expect(problems).toEqual([expect.objectContaining({ code: 'file-mismatch', kind: 'exhibit', id: exhibit.id, fields: ['file.sha256'] })])
  })

  it('an original of another size is named by size and hash', async () => {
    const fileId = randomUUID()
    const recorded = pattern(1400, 5)
    const ex = exhibitRecord(fileId, recorded)
    const problems = await problemsOf([record('exhibit', ex.id, ex), ...fileChunks(fileId, pattern(1300, 5))])
    expect(problems[0]).toMatchObject({ code: 'file-mismatch', fields: ['file.sha256', 'file.sizeBytes'] })
  })

  it('a file no exhibit refers to', async () => {
    const stray = randomUUID()
    const problems = await problemsOf([...sampleVault().items, ...fileChunks(stray, pattern(900, 9))])
    expect(problems).toEqual([expect.objectContaining({ code: 'file-without-exhibit', id: stray })])
  })

  it('an exhibit whose original is missing', async () => {
    const { items, exhibit } = sampleVault()
    const problems = await problemsOf(items.filter((i) => i.type !== 'file-chunk'))
    expect(problems).toEqual([expect.objectContaining({ code: 'file-missing', kind: 'exhibit', id: exhibit.id })])
  })

  it('reports every problem at once, not only the first', async () => {
    const { items } = sampleVault()
    const problems = await problemsOf([...items.filter((i) => i.type !== 'file-chunk'), record('time-sheet', randomUUID(), {}), ...fileChunks(randomUUID(), pattern(10))])
    expect(problems.map((p) => p.code).sort()).toEqual(['file-missing', 'file-without-exhibit', 'unknown-kind'])
  })
})

describe('verifyBackup: damaged streams and cancelling', () => {
  it('a frame damaged midway becomes a problem with the reader\'s advice', async () => {
    const bytes = await makeBackup(sampleVault().items, { frameBytes: 1024 })
    const frame = layoutOf(bytes).frames[2]
    if (!frame) throw new Error('expected at least three frames')
    const damaged = flipped(bytes, frame.body.start + 5)
    expect(await failureCode(damaged)).toBe('damaged')
    const verified = await verifyFile(damaged)
    expect(verified.ok).toBe(false)
    expect(verified.problems.map((p) => p.code)).toEqual(['backup-unreadable'])
    expect(verified.problems[0]?.message).toMatch(/damaged or was altered.*Nothing was restored; your vault is unchanged\.$/)
    expect(verified.files).toEqual([])
  })

  it('a stream that stops before its end entry is incomplete', async () => {
    const { items } = sampleVault()
    async function* noEnd(): AsyncGenerator<BackupEntry> {
      yield* items.filter((i) => i.type === 'record')
    }
    const verified = await verifyBackup(noEnd())
    expect(verified.problems.map((p) => p.code)).toContain('backup-incomplete')
  })

  it('aborting rejects with AbortError', async () => {
    const controller = new AbortController()
    const { items } = sampleVault()
    async function* slow(): AsyncGenerator<BackupEntry> {
      for (const i of items) {
        yield i
        controller.abort()
      }
    }
    await expect(verifyBackup(slow(), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
  })
})
