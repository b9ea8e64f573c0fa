// The dossier page: timeline order, matter stages, edits, and deletions that ask first.
import { GULSEN, GULSEN_RED_NOTICE, addMatter, createClient, createVault, expect, goTo, test, unlock } from './helpers'

test('timeline, notes, matter stage and client edit on the dossier page', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)

  // Events come out in date order whatever order they were entered in.
  const addEvent = async (type: string, date: string, summary: string) => {
    await page.getByRole('button', { name: 'Add event' }).click()
    const form = page.getByRole('form', { name: 'Add event' })
    await form.getByLabel('Type of event').selectOption(type)
    await form.getByLabel('Date').fill(date)
    await form.getByLabel('Summary').fill(summary)
    await form.getByLabel('Related matter').selectOption({ label: 'Red notice — Türkiye' })
    await form.getByRole('button', { name: 'Save event' }).click()
    return form
  }
  const bad = await addEvent('ccf-reply', '20.01.2026', 'Access reply confirms the red notice')
  await expect(bad.getByLabel('Date')).toHaveAccessibleDescription(/Date: use the form yyyy-mm-dd/)
  await bad.getByLabel('Date').fill('2026-01-20')
  await bad.getByRole('button', { name: 'Save event' }).click()
  await expect(bad).toHaveCount(0)
  await addEvent('border-stop', '2025-11-03', 'Stopped at Athens airport, released after 6 hours')
  const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem')
  await expect(timeline).toHaveCount(2)
  await expect(timeline.nth(0)).toContainText('3 Nov 2025') // shown in the UI language (Intl)
  await expect(timeline.nth(0)).toContainText('Border stop')
  await expect(timeline.nth(1)).toContainText('20 Jan 2026')

  // Deleting an event names it and asks.
  await page.getByRole('button', { name: 'Delete: 3 Nov 2025 Stopped at Athens airport, released after 6 hours' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this event?' })
  await expect(dialog).toContainText('The event of 3 Nov 2025, “Stopped at Athens airport, released after 6 hours”, will be deleted.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(timeline).toHaveCount(2)
  await page.getByRole('button', { name: /^Delete: 3 Nov 2025/ }).click()
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(timeline).toHaveCount(1)

  // Notes.
  await page.getByLabel('Note', { exact: true }).fill('Ask BAMF to confirm refugee status to the General Secretariat.')
  await page.getByRole('button', { name: 'Save note' }).click()
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('Ask BAMF to confirm refugee status')

  // The stage list only offers the moves allowed from "Suspected".
  await page.getByRole('button', { name: 'Edit: Red notice — Türkiye' }).click()
  const matterForm = page.getByRole('form', { name: 'Edit matter' })
  const stage = matterForm.getByLabel('Stage')
  await expect(stage.locator('option')).toHaveText(['Suspected', 'Confirmed', 'Challenged before the CCF'])
  await stage.selectOption('confirmed')
  await matterForm.getByRole('button', { name: 'Save matter' }).click()
  await expect(page.getByRole('region', { name: 'Matters' })).toContainText('Confirmed')

  // Edit the client; the change shows on the dossier page and survives a reload.
  await page.getByRole('button', { name: 'Edit client' }).click()
  await page.getByLabel('Place of birth').fill('Kayseri')
  await page.getByLabel('Status').selectOption('refugee')
  await page.getByLabel('Granted by (country)').selectOption('DE')
  await page.getByLabel('Date granted').fill('2019-06-18')
  await page.getByLabel('Decision reference').fill('7712345-163')
  await page.getByRole('button', { name: 'Save client' }).click()
  const summary = page.getByRole('region', { name: 'Client' })
  await expect(summary).toContainText('12 Mar 1984 in Kayseri')
  await expect(summary).toContainText('Recognised refugee (Germany) 18 Jun 2019 ref. 7712345-163')

  await page.reload()
  await unlock(page)
  await page.getByRole('button', { name: /Gülşen Yıldırım/ }).click()
  await expect(page.getByRole('region', { name: 'Client' })).toContainText('in Kayseri')
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(1)

  // Deleting the matter keeps the event, without its link.
  await page.getByRole('button', { name: 'Delete: Red notice — Türkiye' }).click()
  const matterDialog = page.getByRole('dialog', { name: 'Delete this matter?' })
  await expect(matterDialog).toContainText('“Red notice — Türkiye”')
  await matterDialog.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('No matters yet.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(1)
})

test('deleting a dossier needs the client name or DELETE typed', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await page.getByRole('button', { name: 'Delete dossier' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete the dossier of Gülşen Yıldırım?' })
  await expect(dialog).toContainText('This cannot be undone.')
  const confirm = dialog.getByRole('button', { name: 'Delete dossier' })
  await expect(confirm).toBeDisabled()
  const typed = dialog.getByLabel(/To confirm, type/)
  await typed.fill('Gulsen')
  await expect(confirm).toBeDisabled()
  await typed.fill('Gülşen Yıldırım')
  await expect(confirm).toBeEnabled()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Gülşen Yıldırım', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Delete dossier' }).click()
  await dialog.getByLabel(/To confirm, type/).fill('DELETE')
  await dialog.getByRole('button', { name: 'Delete dossier' }).click()
  await expect(page.getByText('No dossiers yet.')).toBeVisible()
})

test('a damaged record is reported, not deleted, and the others still open', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  // Flip one ciphertext byte directly in IndexedDB, as a bad disk sector would.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('redress-vault')
        open.onsuccess = () => {
          const store = open.result.transaction('records', 'readwrite').objectStore('records')
          const all = store.getAll()
          all.onsuccess = () => {
            const copy = structuredClone(all.result.find((r: { kind: string }) => r.kind === 'dossier'))
            copy.id = crypto.randomUUID()
            copy.ct[0] ^= 0xff
            store.put(copy).onsuccess = () => (open.result.close(), resolve())
          }
        }
        open.onerror = () => reject(open.error)
      })
  )
  await page.reload()
  await unlock(page)
  await expect(page.getByRole('alert')).toHaveText('1 stored record could not be read. It has not been deleted. Restore it from a backup.')
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()
})

test('contacts: validation, add, edit, delete', async ({ page }) => {
  await createVault(page)
  await goTo(page, 'Contacts')
  await expect(page.getByText('No contacts yet.')).toBeVisible()
  await page.getByRole('button', { name: 'New contact' }).click()
  const form = page.getByRole('form', { name: 'New contact' })
  await form.getByLabel('E-mail address').fill('not-an-address')
  await form.getByRole('button', { name: 'Save contact' }).click()
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription('Name is required.')
  await expect(form.getByLabel('E-mail address')).toHaveAccessibleDescription('E-mail address is not valid.')
  await expect(form.getByLabel('Name')).toBeFocused()
  await form.getByLabel('Name').fill('Registry of the CCF')
  await form.getByLabel('Role').selectOption('ccf')
  await form.getByLabel('Country').selectOption('FR')
  await form.getByLabel('E-mail address').fill('ccf@example.org')
  await form.getByRole('button', { name: 'Save contact' }).click()
  const card = page.getByRole('listitem').filter({ hasText: 'Registry of the CCF' })
  await expect(card).toContainText('France')
  await expect(card).toContainText('ccf@example.org')

  await page.getByRole('button', { name: 'Edit: Registry of the CCF' }).click()
  await page.getByRole('form', { name: 'Edit contact' }).getByLabel('Phone').fill('+33 4 72 44 70 00')
  await page.getByRole('form', { name: 'Edit contact' }).getByRole('button', { name: 'Save contact' }).click()
  await expect(card).toContainText('+33 4 72 44 70 00')

  await page.getByRole('button', { name: 'Delete: Registry of the CCF' }).click()
  await page.getByRole('dialog', { name: 'Delete the contact Registry of the CCF?' }).getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('No contacts yet.')).toBeVisible()
})
