// Restore from a backup through the UI (issue 6, part 2), in Chromium with the real IndexedDB and
// Argon2id: the round trip back up → erase → restore into a new vault from the first-run screen;
// a restore into an existing vault with its preview and policy choice; and the faults (wrong
// passphrase, truncated file, one byte flipped in a file chunk, disk full while writing), each
// refused with its message while every raw row of the vault stays exactly as it was.
import type { Page } from '@playwright/test'
import { patternBytes, samplePdf } from '../support/exhibitSamples'
import { GULSEN, GULSEN_RED_NOTICE, YERLAN, addMatter, createClient, createVault, expect, goTo, test, unlock, type ClientData } from './helpers'
import {
  BACKUP_PASS,
  addExhibitFiles,
  backupFrames,
  checkBackup,
  eraseVault,
  makeBackup,
  openRestorePanel,
  preview,
  rawRows,
  rowCounts,
  storeRows,
  writeBytes
} from './restoreSteps'

const AMIRA: ClientData = { legalName: 'أميرة الحسيني', latinName: 'Amira Al-Husseini', dateOfBirth: '1990-07-14', nationalities: ['JO'] }

async function openDossier(page: Page, client: ClientData): Promise<void> {
  await goTo(page, 'Dossiers')
  await page.getByRole('button', { name: new RegExp(client.legalName) }).click()
  await expect(page.getByRole('heading', { name: client.legalName, level: 1 })).toBeVisible()
}

async function deleteDossier(page: Page, client: ClientData): Promise<void> {
  await openDossier(page, client)
  await page.getByRole('button', { name: 'Delete dossier' }).click()
  const dialog = page.getByRole('dialog', { name: `Delete the dossier of ${client.legalName}?` })
  await dialog.getByLabel(/To confirm, type/).fill('DELETE')
  await dialog.getByRole('button', { name: 'Delete dossier' }).click()
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()
}

test('round trip through the UI: back up, erase, restore from the first-run screen; same records, same chunk count, originals verify', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  await createVault(page)
  await createClient(page, YERLAN)
  await createClient(page, AMIRA)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const warrant = writeBytes(testInfo.outputPath('2017-02-02 Arrest warrant.pdf'), await samplePdf({ pages: 2, label: 'Warrant' }))
  await addExhibitFiles(page, [warrant], 'One exhibit added.')
  const before = await rawRows(page)
  expect(rowCounts(before).fileChunks).toBeGreaterThanOrEqual(1)

  const file = testInfo.outputPath('vault.redress-backup')
  await makeBackup(page, file)
  await eraseVault(page)

  // "Back" returns to creating an empty vault.
  await page.getByRole('button', { name: 'Restore from a backup instead…' }).click()
  await expect(page.getByRole('heading', { name: 'Restore a vault from a backup', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Create your vault', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Restore from a backup instead…' }).click()

  const screen = page.getByRole('main')
  await checkBackup(screen, file)
  const shown = preview(screen)
  await expect(shown).toBeVisible({ timeout: 60_000 })
  await expect(shown).toContainText('3 dossiers to add')
  await expect(shown).toContainText('1 exhibit to add')
  await expect(shown.getByRole('radio')).toHaveCount(0) // a new vault has nothing to weigh against
  await page.screenshot({ path: testInfo.outputPath('restore-new-vault-preview.png'), fullPage: true })

  const restore = page.getByRole('button', { name: 'Restore', exact: true })
  await expect(restore).toBeDisabled()
  await page.getByLabel('Use the backup passphrase for this vault').check()
  await expect(restore).toBeDisabled() // the no-recovery warning is still to be acknowledged
  await page.getByLabel('I understand').check()
  await restore.click()
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible({ timeout: 60_000 })
  for (const client of [GULSEN, YERLAN, AMIRA]) await expect(page.getByRole('button', { name: new RegExp(client.legalName) })).toBeVisible()

  const after = await rawRows(page)
  expect(Object.keys(storeRows(after, 'records')).sort()).toEqual(Object.keys(storeRows(before, 'records')).sort())
  expect(rowCounts(after).fileChunks).toBe(rowCounts(before).fileChunks)
  // Re-sealed under the new vault's key: not one record row is byte-identical to the erased vault's.
  for (const [id, digest] of Object.entries(storeRows(after, 'records'))) expect(digest, id).not.toBe(storeRows(before, 'records')[id])

  await openDossier(page, GULSEN)
  await page.getByRole('region', { name: 'Exhibits' }).getByRole('button', { name: 'Build bundle' }).click()
  const verify = page.getByRole('region', { name: 'Integrity check' })
  await verify.getByRole('button', { name: 'Verify originals' }).click()
  await expect(verify.getByRole('status')).toHaveText('The original is unchanged.') // one original: the singular (ICU plural)

  // The restored vault opens with the passphrase chosen for it (here: the backup's).
  await goTo(page, 'Settings')
  await page.getByRole('button', { name: 'Lock now' }).click()
  await unlock(page, BACKUP_PASS)
  await expect(page.getByRole('button', { name: /أميرة الحسيني/ })).toBeVisible()
})

test('into an existing vault: preview per policy (1 to add, 1 kept or updated), confirm says nothing is deleted, result visible', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  await createVault(page)
  await createClient(page, GULSEN)
  await createClient(page, YERLAN)
  const file = testInfo.outputPath('before-edits.redress-backup')
  await makeBackup(page, file)

  // After the backup: Yerlan's dossier is edited (the vault's copy is newer), Gülşen's deleted, Amira added.
  await openDossier(page, YERLAN)
  await page.getByRole('button', { name: 'Edit client' }).click()
  await page.getByLabel('Latin transliteration').fill('Erlan Zhaqsylyqov')
  await page.getByRole('button', { name: 'Save client' }).click()
  await expect(page.getByRole('heading', { name: YERLAN.legalName, level: 1 })).toBeVisible()
  await deleteDossier(page, GULSEN)
  await createClient(page, AMIRA)

  const panel = await openRestorePanel(page)
  await checkBackup(panel, file)
  const shown = preview(panel)
  await expect(shown).toBeVisible({ timeout: 60_000 })
  await expect(shown.getByRole('radio', { name: /Newer wins — recommended/ })).toBeChecked()
  await expect(shown.getByRole('listitem').filter({ hasText: /dossier/ })).toHaveText('1 dossier to add, 1 kept')
  await panel.screenshot({ path: testInfo.outputPath('restore-preview-newer-wins.png') })
  await shown.getByRole('radio', { name: /The backup wins/ }).check()
  await expect(shown.getByRole('listitem').filter({ hasText: /dossier/ })).toHaveText('1 dossier to add, 1 to update')
  await panel.screenshot({ path: testInfo.outputPath('restore-preview-backup-wins.png') })
  await shown.getByRole('radio', { name: /Keep mine/ }).check()
  await expect(shown.getByRole('listitem').filter({ hasText: /dossier/ })).toHaveText('1 dossier to add, 1 kept')
  await shown.getByRole('radio', { name: /Newer wins/ }).check()

  // Cancel in the confirmation writes nothing.
  const rowsBefore = await rawRows(page)
  await panel.getByRole('button', { name: 'Restore…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore from this backup?' })
  await expect(dialog).toContainText('Nothing is deleted')
  await expect(dialog).toContainText(/^.*1 record will be added\./)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  expect(await rawRows(page)).toEqual(rowsBefore)

  await panel.getByRole('button', { name: 'Restore…' }).click()
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(panel.getByRole('status').filter({ hasText: /^Restored: 1 added, 0 updated/ })).toBeVisible({ timeout: 60_000 })
  const rowsAfter = await rawRows(page)
  expect(rowCounts(rowsAfter).records).toBe(rowCounts(rowsBefore).records + 1)

  // Gülşen is back, Yerlan keeps the newer edit, Amira (only in the vault) is still there.
  await goTo(page, 'Dossiers')
  const list = page.getByRole('list').filter({ has: page.getByRole('button', { name: /Gülşen/ }) })
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await expect(list).toContainText('Erlan Zhaqsylyqov')
  await expect(list).not.toContainText('Yerlan Zhaksylykov')
  await expect(list).toContainText(AMIRA.legalName)
})

test('faults through the UI: wrong passphrase, truncated file, a flipped byte in a file chunk, disk full — each refused with its message, every raw row unchanged', async ({ page }, testInfo) => {
  test.setTimeout(300_000)
  await createVault(page)
  await createClient(page, YERLAN)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  // 10 MB: ten 1 MiB chunks (staged in batches), and most backup frames hold nothing but them.
  const scan = writeBytes(testInfo.outputPath('Court file scan.bin'), patternBytes(10_000_000, 11))
  await addExhibitFiles(page, [scan], 'One exhibit added.')
  const file = testInfo.outputPath('good.redress-backup')
  const bytes = await makeBackup(page, file)
  // Gülşen's dossier and exhibit leave the vault, so a restore would write her original's chunks.
  await deleteDossier(page, GULSEN)

  const panel = await openRestorePanel(page)
  const alert = panel.getByRole('alert')
  const refused = async (path: string, passphrase: string, message: RegExp) => {
    const rows = await rawRows(page)
    await checkBackup(panel, path, passphrase)
    await expect(alert).toHaveText(message, { timeout: 60_000 })
    await expect(alert).toHaveText(/(Nothing in your vault was changed|Nothing was restored; your vault is unchanged)\.$/)
    await expect(preview(panel)).toHaveCount(0)
    // The form keeps what was chosen, so the lawyer can correct one thing and retry.
    await expect(panel.getByLabel('Backup passphrase', { exact: true })).toHaveValue(passphrase)
    expect(await panel.getByLabel('Backup file').evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe(path.split('/').pop())
    expect(await rawRows(page)).toEqual(rows)
  }

  // Cancel while checking (the Argon2id alone takes a moment): said plainly, nothing written.
  const beforeCancel = await rawRows(page)
  await checkBackup(panel, file, BACKUP_PASS)
  await expect(panel.locator('[role="status"][data-step]')).toBeVisible()
  await panel.getByRole('button', { name: 'Cancel' }).click()
  await expect(alert).toHaveText('The check was cancelled. Nothing was restored; your vault is unchanged.')
  await expect(preview(panel)).toHaveCount(0)
  expect(await rawRows(page)).toEqual(beforeCancel)

  await refused(file, 'not the backup passphrase 42', /The backup passphrase is not correct/)
  await refused(writeBytes(testInfo.outputPath('cut-half.redress-backup'), bytes.subarray(0, Math.floor(bytes.length / 2))), BACKUP_PASS, /The backup file is incomplete/)
  await refused(writeBytes(testInfo.outputPath('cut-last.redress-backup'), bytes.subarray(0, bytes.length - 1)), BACKUP_PASS, /The backup file is incomplete/)
  const frames = backupFrames(bytes)
  // Key check, then data frames of 1 MiB plaintext: records come first and take a few kB, so the
  // second data frame holds nothing but the scan's chunks.
  expect(frames.length).toBeGreaterThanOrEqual(4)
  const chunkFrame = frames[2]!
  expect(chunkFrame.final).toBe(false)
  const flipped = Buffer.from(bytes)
  const at = chunkFrame.start + 4 + 1 + 12 + 1000
  flipped[at] = flipped[at]! ^ 0x01
  await refused(writeBytes(testInfo.outputPath('flipped.redress-backup'), flipped), BACKUP_PASS, /The backup file is damaged or was altered/)

  // Disk full while the originals are being staged. (Chromium 156 did not enforce a quota set with
  // CDP Storage.overrideQuotaForOrigin on this vault's database, so the browser's IndexedDB API
  // is made to refuse like a full disk instead.) The first 5 chunk writes succeed — one batch of
  // staged chunks is committed — and the sixth throws QuotaExceededError.
  await checkBackup(panel, file, BACKUP_PASS)
  await expect(preview(panel)).toBeVisible({ timeout: 60_000 })
  await expect(preview(panel).getByRole('listitem').filter({ hasText: /dossier/ })).toHaveText('1 dossier to add, 1 kept')
  const rows = await rawRows(page)
  await page.evaluate(() => {
    const add = IDBObjectStore.prototype.add
    let chunkWrites = 0
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'fileChunks' && ++chunkWrites > 5) throw new DOMException('The disk is full.', 'QuotaExceededError')
      return add.apply(this, args)
    }
    ;(globalThis as { restoreAdd?: () => void }).restoreAdd = () => {
      IDBObjectStore.prototype.add = add
    }
  })
  await panel.getByRole('button', { name: 'Restore…' }).click()
  await page.getByRole('dialog', { name: 'Restore from this backup?' }).getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(alert).toHaveText(/Nothing was restored; your vault is unchanged\.$/, { timeout: 60_000 })
  await panel.screenshot({ path: testInfo.outputPath('restore-disk-full.png') })
  expect(await rawRows(page)).toEqual(rows)
  await page.evaluate(() => (globalThis as { restoreAdd?: () => void }).restoreAdd?.())

  // With room again, the same check restores her dossier and original.
  await panel.getByRole('button', { name: 'Restore…' }).click()
  await page.getByRole('dialog', { name: 'Restore from this backup?' }).getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(panel.getByRole('status').filter({ hasText: /^Restored: / })).toBeVisible({ timeout: 60_000 })
  await openDossier(page, GULSEN)
  await expect(page.getByRole('region', { name: 'Exhibits' }).getByRole('article', { name: 'Court file scan' })).toBeVisible()
})
