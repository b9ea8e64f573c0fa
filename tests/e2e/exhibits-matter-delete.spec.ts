// Deleting a matter takes its exhibits with it: the confirmation says so, and afterwards the raw
// IndexedDB holds no exhibit chunk and no exhibit record (nothing lingers unreachable).
import type { Page } from '@playwright/test'
import { samplePdf } from '../support/exhibitSamples'
import { GULSEN, GULSEN_RED_NOTICE, addMatter, createClient, createVault, expect, test } from './helpers'

async function rawCounts(page: Page): Promise<{ chunks: number; exhibitKinds: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('redress-vault')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll()
        r.onsuccess = () => resolve(r.result as T[])
        r.onerror = () => reject(r.error)
      })
    const chunks = await all<unknown>('fileChunks')
    const records = await all<{ kind: string }>('records')
    db.close()
    return { chunks: chunks.length, exhibitKinds: records.filter((r) => r.kind === 'exhibit' || r.kind === 'bundle-definition').length }
  })
}

test('deleting a matter asks, names its exhibits, and removes them and their stored originals', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add files…' }).click()])
  await chooser.setFiles([
    { name: '2017-02-02 Arrest warrant.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await samplePdf({ pages: 2, label: 'Warrant' })) },
    { name: 'Notes.txt', mimeType: 'text/plain', buffer: Buffer.from('attachment') }
  ])
  await expect(page.getByRole('region', { name: 'Exhibits' }).getByRole('status')).toHaveText('2 exhibits added.')
  expect(await rawCounts(page)).toEqual({ chunks: 2, exhibitKinds: 2 })

  await page.getByRole('button', { name: 'Delete: Red notice — Türkiye' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Its 2 exhibits and their stored originals will be deleted from the vault.')
  // Cancelling keeps everything.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await rawCounts(page)).toEqual({ chunks: 2, exhibitKinds: 2 })

  await page.getByRole('button', { name: 'Delete: Red notice — Türkiye' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Exhibits' })).toHaveCount(0)
  await expect.poll(() => rawCounts(page)).toEqual({ chunks: 0, exhibitKinds: 0 })
})
