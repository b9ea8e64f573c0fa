// Keyboard-only use: every step of creating a client without the mouse, and the unsaved-changes
// guard when the page itself is about to be closed.
import { createVault, expect, test } from './helpers'

test('a client can be created with the keyboard alone', async ({ page }) => {
  await createVault(page)
  // After unlocking, the page heading has the focus; Tab walks forward from there.
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'New client' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'New client', level: 1 })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Legal name (original script)')).toBeFocused()
  await page.keyboard.type('Ерлан Жақсылықов')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Yerlan Zhaksylykov')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Add alias' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Alias 1')).toBeFocused()
  await page.keyboard.type('Erlan Zhaksylykov')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Date of birth')).toBeFocused()
  await page.keyboard.type('1979-11-30')
  // Submitting from a text field with Enter saves the form.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Ерлан Жақсылықов', level: 1 })).toBeFocused()
  await expect(page.getByRole('region', { name: 'Client' })).toContainText('1979-11-30')
  await expect(page.getByRole('region', { name: 'Client' })).toContainText('Erlan Zhaksylykov')
})

test('closing the page with unsaved changes asks first', async ({ page }) => {
  await createVault(page)
  await page.getByRole('button', { name: 'New client' }).click()
  await page.getByLabel('Legal name (original script)').fill('Нодира Раҳимова')
  const dialog = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const shown = await dialog
  expect(shown.type()).toBe('beforeunload')
  await shown.dismiss()
})
