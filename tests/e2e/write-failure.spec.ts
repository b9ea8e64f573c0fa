// A failed write (disk full, storage revoked) must leave the form open with everything typed in it,
// say what happened, and leave the stored vault as it was.
import { GULSEN, YERLAN, createClient, createVault, expect, fillClientForm, goTo, test } from './helpers'

test('a write error while saving keeps the typed client, says so, and stores nothing half-done', async ({ page, consoleErrors }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await goTo(page, 'Dossiers')
  await page.getByRole('button', { name: 'New client' }).click()
  await fillClientForm(page, YERLAN)

  // Every IndexedDB write now fails as it would on a full disk.
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError')
    }
    IDBObjectStore.prototype.put = fail
    IDBObjectStore.prototype.add = fail
  })
  await page.getByRole('button', { name: 'Save client' }).click()
  await expect(page.getByRole('alert')).toHaveText('Saving failed. Nothing has been changed. Try again; if this persists, restart Redress.')
  await expect(page.getByLabel('Legal name (original script)')).toHaveValue(YERLAN.legalName)
  await expect(page.getByLabel('Latin transliteration')).toHaveValue(YERLAN.latinName ?? '')
  await expect(page.getByRole('heading', { name: 'New client', level: 1 })).toBeVisible()

  // Only the first client is stored: one dossier envelope in the database.
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('redress-vault')
        open.onsuccess = () => {
          const count = open.result.transaction('records').objectStore('records').count()
          count.onsuccess = () => resolve(count.result)
          count.onerror = () => reject(count.error)
        }
      })
  )
  expect(stored).toBe(1)
  consoleErrors.length = 0 // the failed write is expected to be logged by the browser
})
