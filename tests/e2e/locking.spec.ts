// Locking removes every client detail from the page: on idle, with the Lock button, with the shortcut.
import { CLIENT_SECRETS, GULSEN, PASSPHRASE, YERLAN, createClient, createVault, expect, expectLocked, expectNoClientDataInDom, goTo, test, unlock } from './helpers'

test('auto-lock after 10 idle minutes leaves no client name in the DOM', async ({ page }) => {
  await page.clock.install()
  await createVault(page)
  await createClient(page, GULSEN)
  await goTo(page, 'Dossiers')
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()

  // Nine minutes of quiet: still open.
  await page.clock.fastForward('09:00')
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()

  // Activity restarts the count.
  await page.mouse.move(200, 200)
  await page.clock.fastForward('09:00')
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()

  await page.clock.fastForward('10:30')
  await expectLocked(page)
  await expect(page.getByText('Locked after 10 minutes without activity.')).toBeVisible()
  await expectNoClientDataInDom(page, CLIENT_SECRETS)

  await unlock(page)
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()
})

test('auto-lock follows the setting', async ({ page }) => {
  await page.clock.install()
  await createVault(page)
  await goTo(page, 'Settings')
  const minutes = page.getByLabel('Lock after this many minutes without activity')
  await minutes.fill('0')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(minutes).toHaveAccessibleDescription(/Auto-lock must be at least 1 minute\./)
  await minutes.fill('abc')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(minutes).toHaveAccessibleDescription(/whole number of minutes between 1 and 240/)
  await minutes.fill('2')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Saved. The vault now locks after 2 minutes without activity.')).toBeVisible()

  await page.clock.fastForward('02:10')
  await expectLocked(page)
  await expect(page.getByText('Locked after 2 minutes without activity.')).toBeVisible()
})

test('Lock button and Ctrl+Shift+L lock at once and clear the page', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await createClient(page, YERLAN)

  // On a dossier page, with a half-typed note: the Lock button.
  await page.getByLabel('Note', { exact: true }).fill('Met Yerlan Zhaksylykov in Vilnius')
  await page.getByRole('button', { name: 'Lock', exact: true }).click()
  await expectLocked(page)
  await expect(page.getByText('Your vault is locked.')).toBeVisible()
  await expectNoClientDataInDom(page, [...CLIENT_SECRETS, 'Vilnius'])

  // On the list, with focus in the search box: the keyboard shortcut.
  await unlock(page, PASSPHRASE)
  await page.getByLabel('Search dossiers').fill('Yildirim')
  await page.keyboard.press('Control+Shift+L')
  await expectLocked(page)
  await expectNoClientDataInDom(page, CLIENT_SECRETS)

  // Settings → Lock now.
  await unlock(page, PASSPHRASE)
  await goTo(page, 'Settings')
  await page.getByRole('button', { name: 'Lock now' }).click()
  await expectLocked(page)
  await expectNoClientDataInDom(page, CLIENT_SECRETS)
})

test('panic lock: Ctrl+Shift+L locks at once with a form half-typed and a dialog open, without asking', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)

  // A dirty client form with the focus in a field: locked within a second, and a reload afterwards
  // is not held up by the form's "leave this page?" prompt.
  await page.getByRole('button', { name: 'Edit client' }).click()
  await page.getByLabel('Latin transliteration').fill('Gulsen Yildirim Kaya-Panic')
  await page.keyboard.press('Control+Shift+L')
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible({ timeout: 1000 })
  await expectNoClientDataInDom(page, [...CLIENT_SECRETS, 'Kaya-Panic'])
  const prompts: string[] = []
  page.on('dialog', (d) => {
    prompts.push(d.type())
    void d.accept()
  })
  await page.reload()
  await expectLocked(page)
  expect(prompts).toEqual([])

  // The same dirty form, then the "Leave without saving?" question open over it.
  await unlock(page)
  await page.getByRole('button', { name: /Gülşen Yıldırım/ }).click()
  await page.getByRole('button', { name: 'Edit client' }).click()
  await page.getByLabel('Latin transliteration').fill('Gulsen Yildirim Kaya-Panic')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click() // asks instead of leaving
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(leave).toBeVisible()
  await page.keyboard.press('Control+Shift+L')
  await expectLocked(page)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expectNoClientDataInDom(page, [...CLIENT_SECRETS, 'Kaya-Panic'])

  // Typed values are lost on purpose: after unlocking, nothing was saved and nothing asks.
  await unlock(page)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('button', { name: /Gülşen Yıldırım/ }).click()
  await expect(page.getByRole('heading', { name: GULSEN.legalName, level: 1 })).toBeVisible()
  await expect(page.getByText('Kaya-Panic')).toHaveCount(0)

  // The typed-confirmation dialog with the focus in its field (Delete dossier), form state dirty behind it.
  await page.getByRole('button', { name: 'Delete dossier' }).click()
  const confirm = page.getByRole('dialog', { name: /Delete the dossier of/ })
  await confirm.getByLabel(/To confirm, type/).fill('Gülşen')
  await expect(confirm.getByLabel(/To confirm, type/)).toBeFocused()
  await page.keyboard.press('Control+Shift+L')
  await expectLocked(page)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expectNoClientDataInDom(page, CLIENT_SECRETS)

  // The dossier is still there: locking deleted nothing.
  await unlock(page)
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()
})
