// Shared steps for the end-to-end suite: a fixture that fails a test on any console error or
// uncaught exception (CSP violations included), and the vault/client/matter steps a lawyer takes.
import { test as base, expect, type Page } from '@playwright/test'

export const PASSPHRASE = 'ferry lantern quartz mosaic 1984'
export const NEW_PASSPHRASE = 'harbour violet engine cobalt 2026'

export interface ClientData {
  legalName: string
  latinName?: string
  dateOfBirth?: string
  nationalities?: string[]
}

export const GULSEN: ClientData = { legalName: 'Gülşen Yıldırım', latinName: 'Gulsen Yildirim', dateOfBirth: '1984-03-12', nationalities: ['TR'] }
export const YERLAN: ClientData = { legalName: 'Ерлан Жақсылықов', latinName: 'Yerlan Zhaksylykov', dateOfBirth: '1979-11-30', nationalities: ['KZ'] }

export interface MatterData {
  kind: 'red-notice' | 'diffusion' | 'sltd' | 'other'
  requestingCountry: string
  ncb?: string
  warrantDate?: string
  warrantCourt?: string
  warrantNumber?: string
  offence?: { description: string; provision?: string; years?: number }
  /** Stage value, e.g. 'deleted' (the new-matter form offers every stage). */
  stage?: string
  /** "Short title", which tells apart matters of the same kind and country. */
  title?: string
}

export const GULSEN_RED_NOTICE: MatterData = {
  kind: 'red-notice',
  requestingCountry: 'TR',
  ncb: 'NCB Ankara',
  warrantDate: '2017-02-02',
  warrantCourt: 'Istanbul 24th High Criminal Court',
  warrantNumber: '2017/118',
  offence: { description: 'Membership of an armed terrorist organisation', provision: 'Turkish Penal Code art. 314(2)', years: 15 }
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text())
      })
      page.on('pageerror', (err) => errors.push(`${err.name}: ${err.message}`))
      await use(errors)
      expect(errors, 'console errors or uncaught exceptions (CSP violations show up here)').toEqual([])
    },
    { auto: true }
  ]
})
export { expect }

export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByLabel('Repeat the passphrase').fill(passphrase)
  await page.getByLabel('I understand').check()
  await page.getByRole('button', { name: 'Create vault' }).click()
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible()
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()
}

export async function expectLocked(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible()
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused()
}

export async function goTo(page: Page, section: 'Dossiers' | 'Deadlines' | 'Contacts' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: section }).click()
  await expect(page.getByRole('heading', { name: section, level: 1 })).toBeVisible()
}

/** Fills the client form that is open on the page (new or edit). */
export async function fillClientForm(page: Page, client: ClientData): Promise<void> {
  await page.getByLabel('Legal name (original script)').fill(client.legalName)
  if (client.latinName !== undefined) await page.getByLabel('Latin transliteration').fill(client.latinName)
  if (client.dateOfBirth !== undefined) await page.getByLabel('Date of birth').fill(client.dateOfBirth)
  for (const code of client.nationalities ?? []) {
    await page.getByLabel('Add nationality').selectOption(code)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
  }
}

/** From anywhere in the unlocked app: creates a client and ends on the new dossier's page. */
export async function createClient(page: Page, client: ClientData): Promise<void> {
  await goTo(page, 'Dossiers')
  await page.getByRole('button', { name: 'New client' }).click()
  await expect(page.getByRole('heading', { name: 'New client', level: 1 })).toBeVisible()
  await fillClientForm(page, client)
  await page.getByRole('button', { name: 'Save client' }).click()
  await expect(page.getByRole('heading', { name: client.legalName, level: 1 })).toBeVisible()
}

/** On a dossier page: adds a matter through the "Add matter" form. */
export async function addMatter(page: Page, matter: MatterData): Promise<void> {
  await page.getByRole('button', { name: 'Add matter' }).click()
  const form = page.getByRole('form', { name: 'New matter' })
  await form.getByLabel('Kind of INTERPOL data').selectOption(matter.kind)
  await form.getByLabel('Requesting country').selectOption(matter.requestingCountry)
  if (matter.stage) await form.getByLabel('Stage').selectOption(matter.stage)
  if (matter.title) await form.getByLabel('Short title').fill(matter.title)
  if (matter.ncb) await form.getByLabel('NCB', { exact: true }).fill(matter.ncb)
  if (matter.offence) {
    await form.getByRole('button', { name: 'Add offence' }).click()
    await form.getByLabel('Description').fill(matter.offence.description)
    if (matter.offence.provision) await form.getByLabel('Legal provision').fill(matter.offence.provision)
    if (matter.offence.years !== undefined) {
      await form.getByLabel('Maximum penalty').selectOption('term')
      await form.getByLabel('Years').fill(String(matter.offence.years))
    }
  }
  if (matter.warrantDate) await form.getByLabel('Warrant date').fill(matter.warrantDate)
  if (matter.warrantCourt) await form.getByLabel('Issuing court').fill(matter.warrantCourt)
  if (matter.warrantNumber) await form.getByLabel('Warrant number').fill(matter.warrantNumber)
  await form.getByRole('button', { name: 'Save matter' }).click()
  await expect(form).toHaveCount(0)
}

/** The rendered page (markup and input values) holds none of these strings. */
export async function expectNoClientDataInDom(page: Page, secrets: readonly string[]): Promise<void> {
  const html = await page.content()
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value).join('\n')
  )
  for (const secret of secrets) {
    expect(html, `page markup still contains "${secret}"`).not.toContain(secret)
    expect(values, `a form field still holds "${secret}"`).not.toContain(secret)
  }
}

export const CLIENT_SECRETS = ['Gülşen', 'Yıldırım', 'Yildirim', 'Жақсылықов', 'Zhaksylykov']
