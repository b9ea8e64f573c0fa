// First run → two clients in different scripts → reload → locked → unlock → list and search.
import { GULSEN, GULSEN_RED_NOTICE, PASSPHRASE, YERLAN, addMatter, createClient, expect, goTo, test, unlock } from './helpers'

test('first run, two dossiers, reload locks, wrong passphrase refused, search in any script', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')

  // The create button waits for an acceptable passphrase and the acknowledgement.
  const create = page.getByRole('button', { name: 'Create vault' })
  await page.getByLabel('Passphrase', { exact: true }).fill('password')
  await expect(page.getByText('Use at least 12 characters')).toBeVisible()
  await expect(page.getByText('Strength: Very weak')).toBeVisible()
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE)
  await expect(page.getByText(/Strength: (Strong|Very strong)/)).toBeVisible()
  await expect(create).toBeDisabled()
  await expect(page.getByText('If you forget this passphrase, nobody — including us — can recover your dossiers.')).toBeVisible()
  await page.screenshot({ path: '/tmp/redress-first-run.png', fullPage: true })
  await page.getByLabel('I understand').check()
  await expect(create).toBeEnabled()
  await create.click()

  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()
  await expect(page.getByText('No dossiers yet. Create your first client dossier')).toBeVisible()

  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const matter = page.getByRole('listitem').filter({ hasText: 'Red notice' })
  await expect(matter).toContainText(/Türkiye|Turkey/)
  await expect(matter).toContainText('NCB Ankara')
  await expect(matter).toContainText('2 Feb 2017, Istanbul 24th High Criminal Court, no. 2017/118') // dates shown in the UI language (Intl)
  await expect(matter).toContainText('up to 15 years')
  await page.screenshot({ path: '/tmp/redress-dossier-page.png', fullPage: true })

  await createClient(page, YERLAN)
  await goTo(page, 'Dossiers')
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /Ерлан Жақсылықов/ })).toBeVisible()

  // A reload drops every key: the app comes back locked.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible()
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused()
  await expect(page.getByText('Gülşen')).toHaveCount(0)

  await page.getByLabel('Passphrase', { exact: true }).fill('ferry lantern quartz mosaic 1985')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not correct. Nothing has been changed.')
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible()

  await unlock(page, PASSPHRASE)
  const list = page.getByRole('list').filter({ has: page.getByRole('button', { name: /Gülşen/ }) })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list).toContainText('Gulsen Yildirim')
  await expect(list).toContainText('Yerlan Zhaksylykov')
  await expect(list).toContainText(/Türkiye|Turkey/)
  await expect(list).toContainText('Kazakhstan')
  await page.screenshot({ path: '/tmp/redress-dossier-list.png', fullPage: true })

  const search = page.getByLabel('Search dossiers')
  await expect(search).toHaveAttribute('placeholder', 'Name in any script, case number, country…')
  await search.fill('Yildirim')
  await expect(page.getByRole('button', { name: /Gülşen Yıldırım/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /Жақсылықов/ })).toHaveCount(0)

  await search.fill('Жақсылықов')
  await expect(page.getByRole('button', { name: /Ерлан Жақсылықов/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /Gülşen/ })).toHaveCount(0)

  await search.fill('Ouagadougou')
  await expect(page.getByText('No dossiers match “Ouagadougou”')).toBeVisible()

  await search.fill('')
  await expect(list.getByRole('listitem')).toHaveCount(2)
})
