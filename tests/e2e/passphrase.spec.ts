// Changing the passphrase rewraps the key: the old one stops working, the dossiers stay.
import { GULSEN, NEW_PASSPHRASE, PASSPHRASE, createClient, createVault, expect, expectLocked, goTo, test, unlock } from './helpers'

test('change passphrase: wrong current refused, old one refused afterwards, new one opens the same dossiers', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await goTo(page, 'Settings')

  const current = page.getByLabel('Current passphrase')
  const next = page.getByLabel('New passphrase', { exact: true })
  const repeat = page.getByLabel('Repeat the new passphrase')
  const change = page.getByRole('button', { name: 'Change passphrase' })

  await current.fill('not my passphrase at all')
  await next.fill(NEW_PASSPHRASE)
  await expect(change).toBeDisabled()
  await repeat.fill(`${NEW_PASSPHRASE}x`)
  await expect(page.getByText('The two passphrases do not match.')).toBeVisible()
  await expect(change).toBeDisabled()
  await repeat.fill(NEW_PASSPHRASE)
  await expect(change).toBeEnabled()
  await change.click()
  await expect(page.getByRole('alert')).toHaveText('The current passphrase is not correct. Nothing has been changed.')
  await expect(current).toBeFocused()

  await current.fill(PASSPHRASE)
  await change.click()
  await expect(page.getByRole('status').filter({ hasText: 'Your passphrase has been changed.' })).toBeVisible()
  await expect(current).toHaveValue('')

  await page.getByRole('button', { name: 'Lock', exact: true }).click()
  await expectLocked(page)
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not correct. Nothing has been changed.')

  await unlock(page, NEW_PASSPHRASE)
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()

  // And after a reload too (the new keyring is what is stored).
  await page.reload()
  await unlock(page, NEW_PASSPHRASE)
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()
})

test('repeated wrong passphrases make the unlock screen wait, with a countdown', async ({ page }) => {
  await createVault(page)
  await page.reload()
  await expectLocked(page)
  const field = page.getByLabel('Passphrase', { exact: true })
  const button = page.getByRole('button', { name: 'Unlock' })
  for (let i = 0; i < 3; i++) {
    await field.fill(`wrong guess number ${i}`)
    await button.click()
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not correct. Nothing has been changed.')
  }
  await expect(page.getByText(/Too many attempts\. Try again in \d seconds?\./)).toBeVisible()
  await expect(button).toBeDisabled()
  // The wait survives a reload, and ends.
  await page.reload()
  await expect(button).toBeDisabled()
  await expect(page.getByText(/Too many attempts\./)).toBeHidden({ timeout: 5000 })
  await unlock(page)
})
