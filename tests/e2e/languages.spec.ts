// UI languages in a real browser: the OS language chooses the UI on the very first screen; a
// language picked in Settings switches the whole UI at once (Arabic mirrors it), keeps what was
// typed, and survives a reload; "System language" goes back to the OS language. Texts owned by
// other features are read from their catalogues, so a reworded translation does not break this.
import type { Page } from '@playwright/test'
import { PASSPHRASE, expect, test } from './helpers'
import { ar as accessAr } from '../../renderer/features/access/messages.ar'
import { fr as accessFr } from '../../renderer/features/access/messages.fr'
import { ru as accessRu } from '../../renderer/features/access/messages.ru'
import { ar as dossiersAr } from '../../renderer/features/dossiers/messages.ar'
import { fr as dossiersFr } from '../../renderer/features/dossiers/messages.fr'
import { ru as dossiersRu } from '../../renderer/features/dossiers/messages.ru'
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
