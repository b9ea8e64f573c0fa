// Settings → Erase this vault: typed confirmation deletes every Redress database of the origin; the
// first-run screen shows, also after a reload. Cancelling or typing the wrong word deletes nothing.
import type { Page } from '@playwright/test'
import { CLIENT_SECRETS, GULSEN, GULSEN_RED_NOTICE, NEW_PASSPHRASE, addMatter, createClient, createVault, expect, expectNoClientDataInDom, goTo, test, unlock } from './helpers'

interface RawVault {
  databases: string[]
  /** Rows per store of redress-vault, or null when the database does not exist. */
  rows: Record<string, number> | null
}

/** Reads IndexedDB with the raw API, never creating the vault database if it is absent. */
function rawVault(page: Page): Promise<RawVault> {
  return page.evaluate(async () => {
    const databases = (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []))
    if (!databases.includes('redress-vault')) return { databases, rows: null }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('redress-vault')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const rows: Record<string, number> = {}
    for (const store of [...db.objectStoreNames]) {
      rows[store] = await new Promise<number>((resolve, reject) => {
        const r = db.transaction(store, 'readonly').objectStore(store).count()
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    }
    db.close() // an open raw connection would hold up the deletion under test
    return { databases, rows }
  })
}

async function openEraseDialog(page: Page) {
  await page.getByRole('button', { name: 'Erase this vault…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Erase this vault from this device?' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('erasing the vault needs the typed word ERASE, deletes every Redress database and survives a reload', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add files…' }).click()])
  await chooser.setFiles({ name: 'statement.txt', mimeType: 'text/plain', buffer: Buffer.from('Statement of Gülşen Yıldırım, Ankara, case 2017/118.', 'utf8') })
  await expect(page.getByRole('region', { name: 'Exhibits' }).getByRole('status')).toContainText('added')

  const before = await rawVault(page)
  expect(before.rows).not.toBeNull()
  expect(before.rows!.meta).toBeGreaterThanOrEqual(1)
  expect(before.rows!.records).toBeGreaterThanOrEqual(2) // the dossier and the exhibit at least
  expect(before.rows!.fileChunks).toBeGreaterThanOrEqual(1)

  await goTo(page, 'Settings')
  await expect(page.getByRole('heading', { name: 'Erase this vault from this device', level: 2 })).toBeVisible()
  await expect(page.getByText(/cannot be recovered/)).toBeVisible()

  // Cancel: nothing deleted.
  let dialog = await openEraseDialog(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  expect(await rawVault(page)).toEqual(before)

  // The wrong word (wrong case, the dossier word, padded) leaves the button disabled; Enter does nothing; Escape closes.
  dialog = await openEraseDialog(page)
  const word = dialog.getByLabel('To confirm, type ERASE')
  const erase = dialog.getByRole('button', { name: 'Erase everything' })
  for (const wrong of ['erase', 'DELETE', 'ERASED', 'E R A S E']) {
    await word.fill(wrong)
    await expect(erase).toBeDisabled()
  }
  await word.press('Enter')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  expect(await rawVault(page)).toEqual(before)
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()

  // ERASE: the first-run screen, no client data, no vault database.
  dialog = await openEraseDialog(page)
  await dialog.getByLabel('To confirm, type ERASE').fill('ERASE')
  const started = Date.now()
  await dialog.getByRole('button', { name: 'Erase everything' }).click()
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  const eraseMs = Date.now() - started
  console.log(`erase → first-run screen: ${eraseMs} ms`)
  await expectNoClientDataInDom(page, CLIENT_SECRETS)
  const after = await rawVault(page)
  expect(after.rows).toBeNull()
  expect(after.databases.filter((name) => name.startsWith('redress'))).toEqual([])

  // A reload still finds no vault; the database the app opens on start is empty.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  const reloaded = await rawVault(page)
  expect(reloaded.rows === null || Object.values(reloaded.rows).every((n) => n === 0)).toBe(true)

  // A new vault can be made at once, and holds nothing of the old one.
  await createVault(page, NEW_PASSPHRASE)
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toHaveCount(0)
  await expectNoClientDataInDom(page, CLIENT_SECRETS)
})

test('erasing in one tab empties a second unlocked tab too, which cannot recreate the vault', async ({ page, context }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  const other = await context.newPage()
  await other.goto('/')
  await unlock(other)
  await expect(other.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()

  await goTo(page, 'Settings')
  const dialog = await openEraseDialog(page)
  await dialog.getByLabel('To confirm, type ERASE').fill('ERASE')
  await dialog.getByRole('button', { name: 'Erase everything' }).click()
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()

  await expect(other.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  await expectNoClientDataInDom(other, CLIENT_SECRETS)
  const after = await rawVault(page)
  expect(after.rows).toBeNull()
  expect(after.databases.filter((name) => name.startsWith('redress'))).toEqual([])
  await other.close()
})

test('the vault can be erased from the unlock screen without the passphrase; cancelling there deletes nothing', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await page.keyboard.press('Control+Shift+L')
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible()
  const before = await rawVault(page)
  expect(before.rows!.records).toBeGreaterThanOrEqual(1)

  let dialog = await openEraseDialog(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await rawVault(page)).toEqual(before)

  dialog = await openEraseDialog(page)
  await dialog.getByLabel('To confirm, type ERASE').fill('ERASE')
  await dialog.getByRole('button', { name: 'Erase everything' }).click()
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  const after = await rawVault(page)
  expect(after.rows).toBeNull()
  expect(after.databases.filter((name) => name.startsWith('redress'))).toEqual([])
})
