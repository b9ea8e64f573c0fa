// Conflict check before a new client is opened (issue 8 part 4): an existing client typed without
// Turkish letters or in Cyrillic is shown with the reason, a witness stored as a contact too, an
// unrelated name shows nothing, and "create anyway" creates the client with what was typed.
import { GULSEN, createClient, createVault, expect, goTo, test } from './helpers'

test('a new client is checked against existing clients and contacts in any script', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await goTo(page, 'Contacts')
  await page.getByRole('button', { name: 'New contact' }).click()
  const contactForm = page.getByRole('form', { name: 'New contact' })
  await contactForm.getByLabel('Name').fill('Рахимова Дильноза')
  await contactForm.getByLabel('Role').selectOption('other')
  await contactForm.getByLabel('Notes').fill('Witness for the prosecution')
  await contactForm.getByRole('button', { name: 'Save contact' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Рахимова Дильноза' })).toBeVisible()

  await goTo(page, 'Dossiers')
  await page.getByRole('button', { name: 'New client' }).click()
  const legalName = page.getByLabel('Legal name (original script)')
  const panel = page.getByRole('region', { name: /Possible conflicts/ })
  const conflicts = panel.getByRole('list', { name: 'Possible conflicts' }).getByRole('listitem')

  // Without the Turkish letters: the same name, found as it is typed.
  await legalName.fill('Gulsen Yildirim')
  await expect(conflicts).toHaveCount(1)
  await expect(conflicts.first()).toContainText('Gülşen Yıldırım')
  await expect(conflicts.first()).toContainText('Client')
  await expect(conflicts.first()).toContainText('Same name')
  await expect(conflicts.first()).toContainText('same spelling (ignoring capitals and accents)')

  // In Cyrillic, family name first.
  await legalName.fill('Йылдырым Гюльшен')
  await expect(conflicts).toHaveCount(1)
  await expect(conflicts.first()).toContainText('Gülşen Yıldırım')
  await expect(conflicts.first()).toContainText('Strong match')
  await expect(conflicts.first()).toContainText('same name in another script')
  await expect(conflicts.first()).toContainText('names in another order')
  await expect(conflicts.first().getByRole('button', { name: 'Open the dossier of Gülşen Yıldırım' })).toBeVisible()
  await page.screenshot({ path: '/tmp/redress-conflict-check.png', fullPage: true })

  // A witness stored as a contact, typed in Latin.
  await page.getByLabel('Latin transliteration').fill('Dilnoza Rakhimova')
  await expect(conflicts).toHaveCount(2)
  await expect(conflicts.filter({ hasText: 'Рахимова Дильноза' })).toContainText('Contact (Other)')

  // An unrelated name shows nothing.
  await page.getByLabel('Latin transliteration').fill('')
  await legalName.fill('Pierre Dupont')
  await expect(panel).toHaveCount(0)

  // Saving with an unchecked conflict stops at the list instead, with everything typed kept.
  await legalName.fill('Йылдырым Гюльшен')
  await expect(conflicts).toHaveCount(1)
  await page.getByRole('button', { name: 'Save client' }).click()
  await expect(panel.getByRole('alert')).toHaveText('Check the possible conflicts below before creating this client.')
  await expect(panel).toBeFocused()
  await expect(legalName).toHaveValue('Йылдырым Гюльшен')
  await expect(page.getByRole('heading', { name: 'New client', level: 1 })).toBeVisible()

  // Opening the existing dossier asks before dropping the form; staying keeps what was typed.
  await conflicts.first().getByRole('button', { name: 'Open the dossier of Gülşen Yıldırım' }).click()
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Stay on this form' }).click()
  await expect(legalName).toHaveValue('Йылдырым Гюльшен')

  await panel.getByRole('button', { name: 'Not the same person — create anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Йылдырым Гюльшен', level: 1 })).toBeVisible()
  await goTo(page, 'Dossiers')
  await expect(page.getByRole('button', { name: /Йылдырым Гюльшен/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()

  // An unrelated client is created straight away.
  await createClient(page, { legalName: 'Pierre Dupont' })
})
