// UI languages in a real browser: the OS language chooses the UI on the very first screen; a
// language picked in Settings switches the whole UI at once (Arabic mirrors it), keeps what was
// typed, and survives a reload; "System language" goes back to the OS language. Last, screenshots of
// the dossier list, a wizard step, the deadlines and Settings in Arabic and Russian for a person to look at (test-results/screenshots/). Texts owned by
// other features are read from their catalogues, so a reworded translation does not break this.
import type { Page, TestInfo } from '@playwright/test'
import { GULSEN, GULSEN_RED_NOTICE, PASSPHRASE, YERLAN, addMatter, createClient, createVault, expect, goTo, test, type MatterData } from './helpers'
import { addEvent } from './deadlineSteps'
import { fillApplicant, next, startPetition } from './petitionSteps'
import { ar as accessAr } from '../../renderer/features/access/messages.ar'
import { fr as accessFr } from '../../renderer/features/access/messages.fr'
import { ru as accessRu } from '../../renderer/features/access/messages.ru'
import { ar as deadlinesAr } from '../../renderer/features/deadlines/messages.ar'
import { ru as deadlinesRu } from '../../renderer/features/deadlines/messages.ru'
import { ar as dossiersAr } from '../../renderer/features/dossiers/messages.ar'
import { fr as dossiersFr } from '../../renderer/features/dossiers/messages.fr'
import { ru as dossiersRu } from '../../renderer/features/dossiers/messages.ru'
import { ar as petitionsAr } from '../../renderer/features/petitions/messages.ar'
import { ru as petitionsRu } from '../../renderer/features/petitions/messages.ru'
import { ar as settingsAr } from '../../renderer/features/settings/messages.ar'
import { fr as settingsFr } from '../../renderer/features/settings/messages.fr'
import { ar as shellAr } from '../../renderer/features/shell/messages.ar'
import { fr as shellFr } from '../../renderer/features/shell/messages.fr'
import { ru as shellRu } from '../../renderer/features/shell/messages.ru'

type AccessWords = typeof accessFr

async function expectDocumentLocale(page: Page, lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await expect(page.locator('html')).toHaveAttribute('dir', dir)
}

/** The first-run screen, read and filled in the given language. */
async function createVaultIn(page: Page, words: AccessWords, dossierListTitle: string): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: words.firstRunTitle })).toBeVisible()
  await page.getByLabel(words.passphrase, { exact: true }).fill(PASSPHRASE)
  await page.getByLabel(words.confirmation).fill(PASSPHRASE)
  await page.getByLabel(words.understand).check()
  await page.getByRole('button', { name: words.create }).click()
  await expect(page.getByRole('heading', { name: dossierListTitle, level: 1 })).toBeVisible()
}

async function unlockIn(page: Page, words: AccessWords, dossierListTitle: string): Promise<void> {
  await expect(page.getByRole('heading', { name: words.unlockTitle })).toBeVisible()
  await page.getByLabel(words.passphrase, { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: words.unlock, exact: true }).click()
  await expect(page.getByRole('heading', { name: dossierListTitle, level: 1 })).toBeVisible()
}

test.describe('an OS in Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('the first-run and unlock screens are in Russian, left to right', async ({ page }) => {
    await page.goto('/')
    await expectDocumentLocale(page, 'ru', 'ltr')
    await expect(page.getByRole('heading', { name: 'Создайте хранилище' })).toBeVisible()
    await expect(page.getByText('Create your vault')).toHaveCount(0)
    await createVaultIn(page, accessRu, dossiersRu.listTitle)
    await expect(page.getByRole('navigation', { name: shellRu.mainNav }).getByRole('button', { name: shellRu.settings })).toBeVisible()

    await page.reload()
    await expectDocumentLocale(page, 'ru', 'ltr')
    await unlockIn(page, accessRu, dossiersRu.listTitle)
  })
})

test.describe('an OS in French', () => {
  test.use({ locale: 'fr-FR' })

  test('Arabic chosen in Settings mirrors the UI at once, keeps typed text, survives a reload; "System language" returns to French', async ({ page }) => {
    await createVaultIn(page, accessFr, dossiersFr.listTitle)
    await expectDocumentLocale(page, 'fr', 'ltr')
    await page.getByRole('navigation', { name: shellFr.mainNav }).getByRole('button', { name: shellFr.settings }).click()
    await expect(page.getByRole('heading', { name: settingsFr.title, level: 1 })).toBeVisible()

    const language = page.getByRole('combobox', { name: 'Langue', exact: true })
    await expect(language).toHaveValue('system')
    await expect(language.locator('option[value="system"]')).toHaveText('Langue du système (Français)')
    await expect(language.locator('option[value="ar"]')).toHaveText('العربية')
    await expect(language.locator('option[value="ru"]')).toHaveText('Русский')

    // Typed but not saved: the switch must not lose it.
    const autoLock = page.getByRole('textbox', { name: settingsFr.autoLockMinutes })
    await autoLock.fill('37')

    await language.selectOption('ar')
    await expectDocumentLocale(page, 'ar', 'rtl')
    await expect(page.getByRole('heading', { name: settingsAr.title, level: 1 })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'اللغة', exact: true })).toHaveValue('ar')
    await expect(page.getByRole('textbox', { name: settingsAr.autoLockMinutes })).toHaveValue('37')
    await expect(page.getByText(settingsFr.autoLockTitle, { exact: true })).toHaveCount(0)

    // The navigation reads in Arabic and runs right to left: its first item is the rightmost.
    const nav = page.getByRole('navigation', { name: shellAr.mainNav })
    await expect(nav.getByRole('button', { name: shellAr.dossiers })).toBeVisible()
    await expect(nav.getByRole('button', { name: shellAr.settings })).toBeVisible()
    const items = nav.getByRole('button')
    const first = await items.first().boundingBox()
    const last = await items.last().boundingBox()
    expect(first && last, 'navigation items are laid out').toBeTruthy()
    expect(first!.x, 'the first navigation item is to the right of the last').toBeGreaterThan(last!.x)
    const viewport = page.viewportSize()!
    expect(first!.x + first!.width / 2, 'the first navigation item is in the right half').toBeGreaterThan(viewport.width / 2)

    // Remembered outside the vault: the unlock screen after a reload is already in Arabic.
    await page.reload()
    await expectDocumentLocale(page, 'ar', 'rtl')
    await unlockIn(page, accessAr, dossiersAr.listTitle)
    await page.getByRole('navigation', { name: shellAr.mainNav }).getByRole('button', { name: shellAr.settings }).click()
    const languageAr = page.getByRole('combobox', { name: 'اللغة', exact: true })
    await expect(languageAr).toHaveValue('ar')
    await expect(languageAr.locator('option[value="system"]')).toHaveText('لغة النظام (Français)')

    await languageAr.selectOption('system')
    await expectDocumentLocale(page, 'fr', 'ltr')
    await expect(page.getByRole('heading', { name: settingsFr.title, level: 1 })).toBeVisible()
    await expect(page.getByRole('navigation', { name: shellFr.mainNav }).getByRole('button', { name: shellFr.dossiers })).toBeVisible()
    await page.reload()
    await expectDocumentLocale(page, 'fr', 'ltr')
    await expect(page.getByRole('heading', { name: accessFr.unlockTitle })).toBeVisible()
  })
})

// Screenshots for a person to look at: the dossier list with two clients, one step of the petition
// wizard, the deadline dashboard and Settings, in Arabic and in Russian. The data is entered in English (the shared E2E steps
// read English), then the language is switched in Settings, as a lawyer would.
const SCREENSHOTS = 'test-results/screenshots'
const YERLAN_DIFFUSION: MatterData = { kind: 'diffusion', requestingCountry: 'KZ', ncb: 'NCB Astana' }
const REVIEW = {
  ar: { dir: 'rtl', shell: shellAr, dossiers: dossiersAr, petitions: petitionsAr, deadlines: deadlinesAr },
  ru: { dir: 'ltr', shell: shellRu, dossiers: dossiersRu, petitions: petitionsRu, deadlines: deadlinesRu }
} as const

async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = `${SCREENSHOTS}/${name}.png`
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

for (const lang of ['ar', 'ru'] as const) {
  test(`screenshots in ${lang === 'ar' ? 'Arabic' : 'Russian'}: Settings, the dossier list, the deadlines and a petition wizard step`, async ({ page }, testInfo) => {
    const { dir, shell, dossiers, petitions, deadlines } = REVIEW[lang]
    await createVault(page)
    await createClient(page, GULSEN)
    await addMatter(page, GULSEN_RED_NOTICE)
    // A clock on the deadline dashboard: the CCF's 9 months and the chain that follows.
    await addEvent(page, { type: 'ccf-admissibility', date: '2026-05-31', summary: 'Deletion request declared admissible', matter: 'Red notice — Türkiye', requestType: 'correction-deletion' })
    await startPetition(page, 'Request for correction and/or deletion')
    await fillApplicant(page, { familyName: 'Yıldırım', forenames: 'Gülşen' })
    await next(page, 'Request type and working language')
    await createClient(page, YERLAN)
    await addMatter(page, YERLAN_DIFFUSION)

    await goTo(page, 'Settings')
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption(lang)
    await expectDocumentLocale(page, lang, dir)
    await snap(page, testInfo, `${lang}-settings`)

    const nav = page.getByRole('navigation', { name: shell.mainNav })
    await nav.getByRole('button', { name: shell.dossiers }).click()
    await expect(page.getByRole('heading', { name: dossiers.listTitle, level: 1 })).toBeVisible()
    await expect(page.getByRole('button', { name: new RegExp(GULSEN.legalName) })).toBeVisible()
    await expect(page.getByRole('button', { name: new RegExp(YERLAN.legalName) })).toBeVisible()
    await expect(nav.getByRole('button', { name: shell.settings })).toBeVisible()
    await expect(page.getByRole('button', { name: dossiers.newClient })).toBeVisible()
    await snap(page, testInfo, `${lang}-dossier-list`)

    await nav.getByRole('button', { name: shell.deadlines }).click()
    await expect(page.getByRole('heading', { name: deadlines.title, level: 1 })).toBeVisible()
    await expect(page.getByRole('navigation', { name: deadlines.subNav })).toBeVisible()
    await expect(page.getByRole('heading', { name: deadlines.later })).toBeVisible()
    await snap(page, testInfo, `${lang}-deadlines`)
    await nav.getByRole('button', { name: shell.dossiers }).click()

    await page.getByRole('button', { name: new RegExp(GULSEN.legalName) }).click()
    const type = petitions.petitionTypes['correction-deletion']
    await page.getByRole('button', { name: petitions.resumeDraft.replace('{type}', type) }).click()
    await expect(page.getByRole('heading', { name: type, level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: petitions.stepTitles.request, level: 2 })).toBeVisible()
    await expect(page.getByRole('navigation', { name: petitions.steps })).toBeVisible()
    await expectDocumentLocale(page, lang, dir)
    await snap(page, testInfo, `${lang}-wizard-step`)
  })
}
