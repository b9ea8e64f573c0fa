// Settings → Back up this vault, end to end in Chromium: a vault with two clients in two scripts and
// two exhibits is backed up; the downloaded file starts with the backup signature, its header
// declares what the vault holds, it opens with the backup passphrase (real Argon2id) and gives back
// every exhibit byte for byte; the panel then shows the last backup.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { BACKUP_MAGIC, BackupFormatError, inspectBackupHeader, openBackup } from '@shared/backup'
import { sampleJpeg, samplePdf } from '../support/exhibitSamples'
import { GULSEN, GULSEN_RED_NOTICE, PASSPHRASE, YERLAN, addMatter, createClient, createVault, expect, goTo, test } from './helpers'

const BACKUP_PASS = 'saffron tideline walnut orbit 7731'

/** Row counts per store, read with the raw IndexedDB API. */
function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('redress-vault')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const out: Record<string, number> = {}
    for (const store of ['records', 'fileChunks']) {
      out[store] = await new Promise<number>((resolve, reject) => {
        const r = db.transaction(store, 'readonly').objectStore(store).count()
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    }
    db.close()
    return out
  })
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}

test('back up from Settings: the saved file has the signature, the right counts, opens with its passphrase, and the panel shows the last backup', async ({ page }) => {
  test.setTimeout(120_000)
  const files = [
    { name: '2017-02-02 Arrest warrant.pdf', mimeType: 'application/pdf', bytes: await samplePdf({ pages: 2, label: 'Warrant' }) },
    { name: 'Hearing photo.jpg', mimeType: 'image/jpeg', bytes: sampleJpeg(1600, 1200, 1) }
  ]
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  await createVault(page)
  await createClient(page, YERLAN)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add files…' }).click()])
  await chooser.setFiles(files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.bytes) })))
  await expect(page.getByRole('region', { name: 'Exhibits' }).getByRole('status')).toHaveText('2 exhibits added.')

  await goTo(page, 'Settings')
  const panel = page.getByRole('region', { name: 'Back up this vault' })
  await expect(panel.getByTestId('last-backup')).toHaveText(/No backup of this vault has been made yet/)
  const start = panel.getByRole('button', { name: 'Make backup' })
  await panel.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASS)
  await expect(start).toBeDisabled()
  await panel.getByLabel('Repeat the backup passphrase').fill(BACKUP_PASS + 'x')
  await expect(start).toBeDisabled()
  await panel.getByLabel('Repeat the backup passphrase').fill(BACKUP_PASS)
  const counts = await storeCounts(page)
  workers.length = 0

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), start.click()])
  expect(download.suggestedFilename()).toMatch(/^Redress backup \d{4}-\d{2}-\d{2} \d{4}\.redress-backup$/)
  const bytes = new Uint8Array(readFileSync(await download.path()))
  expect(Buffer.from(bytes.subarray(0, BACKUP_MAGIC.length)).toString('latin1')).toBe('REDRESSBK\n')
  const { header } = inspectBackupHeader(bytes)
  expect(header.counts).toEqual({
    records: counts.records,
    files: 2,
    fileChunks: counts.fileChunks,
    fileBytes: files.reduce((n, f) => n + f.bytes.length, 0)
  })
  expect(counts.records).toBeGreaterThanOrEqual(4) // two dossiers, two exhibits at least

  // The backup key's Argon2id ran in a worker of its own, not on the UI thread.
  expect(workers.some((url) => /kdf\.worker/.test(url))).toBe(true)
  await expect(panel.getByRole('status').filter({ hasText: 'Backup saved as' })).toBeVisible()
  await expect(panel.getByTestId('last-backup')).toHaveText(/^Last backup: .+ \(today\)\.$/)
  await expect(panel.getByLabel('Backup passphrase', { exact: true })).toHaveValue('')

  // Outside the app, with the real Argon2id: a wrong passphrase is refused, the right one gives back the originals.
  await expect(openBackup(once(bytes), { passphrase: 'not the backup passphrase 99' })).rejects.toBeInstanceOf(BackupFormatError)
  const { entries } = await openBackup(once(bytes), { passphrase: BACKUP_PASS })
  const byFile = new Map<string, Buffer[]>()
  const kinds: string[] = []
  let ended = false
  for await (const e of entries) {
    if (e.type === 'record') kinds.push(e.kind)
    else if (e.type === 'file-chunk') byFile.set(e.fileId, [...(byFile.get(e.fileId) ?? []), Buffer.from(e.bytes)])
    else ended = true
  }
  expect(ended).toBe(true)
  expect(kinds.filter((k) => k === 'dossier')).toHaveLength(2)
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
  expect([...byFile.values()].map((parts) => sha(Buffer.concat(parts))).sort()).toEqual(files.map((f) => sha(f.bytes)).sort())
})

test('"use my vault passphrase": a wrong one is refused with nothing saved; the right one makes a backup that opens with it', async ({ page }) => {
  test.setTimeout(120_000)
  await createVault(page)
  await createClient(page, GULSEN)
  // The deadline dashboard warns while there is no backup, and leads to Settings.
  await goTo(page, 'Deadlines')
  await expect(page.getByTestId('last-backup')).toHaveText(/No backup of this vault has been made yet/)
  await page.getByRole('button', { name: 'Back up now…' }).click()
  const panel = page.getByRole('region', { name: 'Back up this vault' })
  await panel.getByLabel('Use my vault passphrase for this backup').check()
  await expect(panel.getByLabel('Repeat the backup passphrase')).toHaveCount(0)
  await panel.getByLabel('Your vault passphrase').fill('not my vault passphrase 2026')
  let downloads = 0
  page.on('download', () => downloads++)
  await panel.getByRole('button', { name: 'Make backup' }).click()
  await expect(panel.getByRole('alert')).toHaveText(/That is not your vault passphrase\. .*No backup was made\./)
  await expect(panel.getByTestId('last-backup')).toHaveText(/No backup of this vault has been made yet/)
  expect(downloads).toBe(0)

  await panel.getByLabel('Your vault passphrase').fill(PASSPHRASE)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByRole('button', { name: 'Make backup' }).click()])
  const bytes = new Uint8Array(readFileSync(await download.path()))
  const { entries } = await openBackup(once(bytes), { passphrase: PASSPHRASE })
  const kinds: string[] = []
  for await (const e of entries) if (e.type === 'record') kinds.push(e.kind)
  expect(kinds).toContain('dossier')
  await expect(panel.getByTestId('last-backup')).toHaveText(/^Last backup: .+ \(today\)\.$/)
  await goTo(page, 'Deadlines')
  await expect(page.getByTestId('last-backup')).toHaveText(/^Last backup: .+ \(today\)\.$/)
  await expect(page.getByRole('button', { name: 'Back up now…' })).toHaveCount(0)
})
