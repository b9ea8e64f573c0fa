// Hand-over end to end: a client with a matter and an exhibit is handed over unencrypted (the
// warning must be read and confirmed), then imported in a second browser context, which has its own
// origin storage and so its own vault, where the client and the exhibit appear.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { samplePdf } from '../support/exhibitSamples'
import { GULSEN, GULSEN_RED_NOTICE, addMatter, createClient, createVault, expect, goTo, test } from './helpers'

const workDir = mkdtempSync(join(tmpdir(), 'redress-e2e-handover-'))

test('hand over a client with and without a password and import both into another vault', async ({ page, browser }) => {
  test.setTimeout(90_000)
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const exhibits = page.getByRole('region', { name: 'Exhibits' })
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add files…' }).click()])
  await chooser.setFiles([{ name: '2017-02-02 Arrest warrant.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await samplePdf({ pages: 1, label: 'Warrant' })) }])
  await expect(exhibits.getByRole('article', { name: 'Arrest warrant' })).toBeVisible()

  await page.getByRole('button', { name: 'Hand over…', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Hand over this client' })
  const warning = 'This file is not encrypted: anyone who gets it can read the client’s file.'
  await expect(dialog).toContainText(warning)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'Hand over…', exact: true }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save unencrypted' }).click()])
  const file = join(workDir, 'plain.zip')
  await download.saveAs(file)
  expect(download.suggestedFilename()).toMatch(/^Redress hand-over \d{4}-\d{2}-\d{2}\.zip$/) // never the client's name

  // With a password the warning goes and the file is AES-256.
  await page.getByRole('button', { name: 'Hand over…', exact: true }).click()
  await dialog.getByLabel(/Password for the file/).fill('correct horse battery')
  await expect(dialog).not.toContainText(warning)
  const [locked] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save with password' }).click()])
  const lockedFile = join(workDir, 'locked.zip')
  await locked.saveAs(lockedFile)
  expect(readFileSync(lockedFile).includes('Yildirim')).toBe(false)

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL })
  try {
    const second = await other.newPage()
    await createVault(second)
    const [picker] = await Promise.all([second.waitForEvent('filechooser'), second.getByRole('button', { name: 'Import a hand-over…' }).click()])
    await picker.setFiles([{ name: 'handover.zip', mimeType: 'application/zip', buffer: readFileSync(lockedFile) }])
    const ask = second.getByRole('dialog', { name: 'Password for this hand-over file' })
    await ask.getByLabel('Password').fill('wrong horse battery')
    await ask.getByRole('button', { name: 'Open' }).click()
    await expect(second.getByRole('alert')).toContainText('The password is not right')
    await expect(second.getByText(GULSEN.legalName)).toHaveCount(0)

    const [again] = await Promise.all([second.waitForEvent('filechooser'), second.getByRole('button', { name: 'Import a hand-over…' }).click()])
    await again.setFiles([{ name: 'handover.zip', mimeType: 'application/zip', buffer: readFileSync(lockedFile) }])
    await ask.getByLabel('Password').fill('correct horse battery')
    await ask.getByRole('button', { name: 'Open' }).click()
    await expect(second.getByRole('heading', { name: GULSEN.legalName, level: 1 })).toBeVisible()
    await expect(second.getByRole('region', { name: 'Exhibits' }).getByRole('article', { name: 'Arrest warrant' })).toBeVisible()

    // The plain package of the same client: refused as it is, imported as a copy when asked.
    await goTo(second, 'Dossiers')
    const [third] = await Promise.all([second.waitForEvent('filechooser'), second.getByRole('button', { name: 'Import a hand-over…' }).click()])
    await third.setFiles([{ name: 'handover.zip', mimeType: 'application/zip', buffer: readFileSync(file) }])
    await second.getByRole('dialog', { name: 'This client is already in your vault' }).getByRole('button', { name: 'Import as a copy' }).click()
    await expect(second.getByRole('heading', { name: GULSEN.legalName, level: 1 })).toBeVisible()
    await goTo(second, 'Dossiers')
    await expect(second.getByText(GULSEN.legalName)).toHaveCount(2)
  } finally {
    await other.close()
  }
})
