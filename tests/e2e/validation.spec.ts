// The client form validates with the domain schema, names the field in each message, keeps what
// was typed, and saves nothing while a field is invalid.
import { createVault, expect, test } from './helpers'

test('client form: required legal name, malformed dates, typed values kept, nothing saved', async ({ page }) => {
  await createVault(page)
  await page.getByRole('button', { name: 'New client' }).click()

  const legalName = page.getByLabel('Legal name (original script)')
  const latinName = page.getByLabel('Latin transliteration')
  const born = page.getByLabel('Date of birth')
  const place = page.getByLabel('Place of birth')
  await latinName.fill('Gulsen Yildirim')
  await born.fill('12/03/1984')
  await place.fill('Kayseri')
  await page.getByLabel('Add nationality').selectOption('TR')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await page.getByRole('button', { name: 'Save client' }).click()

  await expect(page.getByRole('alert')).toHaveText('2 fields need attention. They are marked below.')
  await expect(legalName).toHaveAttribute('aria-invalid', 'true')
  await expect(legalName).toHaveAccessibleDescription(/Legal name is required\./)
  await expect(legalName).toBeFocused()
  await expect(born).toHaveAccessibleDescription(/Date of birth: use the form yyyy-mm-dd/)
  await expect(page.getByText('Date of birth: use the form yyyy-mm-dd, e.g. 2026-03-26.')).toBeVisible()
  // Nothing typed is lost.
  await expect(latinName).toHaveValue('Gulsen Yildirim')
  await expect(born).toHaveValue('12/03/1984')
  await expect(place).toHaveValue('Kayseri')
  await expect(page.getByRole('button', { name: 'Remove nationality Türkiye' })).toBeVisible()
  await page.screenshot({ path: '/tmp/redress-client-form-errors.png', fullPage: true })

  // A well-formed but impossible date gets the calendar message; fixing the name clears its error.
  await legalName.fill('Gülşen Yıldırım')
  await expect(legalName).not.toHaveAttribute('aria-invalid', 'true')
  await born.fill('1984-02-31')
  await page.getByRole('button', { name: 'Save client' }).click()
  await expect(born).toBeFocused()
  await expect(born).toHaveAccessibleDescription(/Date of birth: this date does not exist in the calendar\./)
  await expect(legalName).toHaveValue('Gülşen Yıldırım')

  // Leaving asks first; staying keeps everything.
  const dossiersNav = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dossiers' })
  await dossiersNav.click()
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stay on this form' }).click()
  await expect(born).toHaveValue('1984-02-31')

  // Leave and discard: nothing was saved.
  await dossiersNav.click()
  await dialog.getByRole('button', { name: 'Leave and discard changes' }).click()
  await expect(page.getByText('No dossiers yet. Create your first client dossier')).toBeVisible()
})
