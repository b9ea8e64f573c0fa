// Keyboard-only use: every step of creating a client without the mouse, a lawyer's whole first
// session from the keyboard (vault, unlock, client, matter, Settings) with a visible focus ring on
// every stop, the unsaved-changes dialog (traps focus, Escape closes it, focus comes back), and the
// guard when the page itself is about to be closed.
import type { Locator, Page } from '@playwright/test'
import { samplePdf } from '../support/exhibitSamples'
import { openDossier } from './deadlineSteps'
import { GULSEN, GULSEN_RED_NOTICE, PASSPHRASE, YERLAN, addMatter, createClient, createVault, expect, goTo, test } from './helpers'
import { startPetition } from './petitionSteps'

interface FocusRing {
  element: string
  /** Outline width in px (0 when outline-style is none). */
  outline: number
  shadow: string
  /** Contrast of the outline colour against the first opaque background behind the element. */
  contrast: number
}

/** What the focused element shows: outline width, box-shadow, and the ring's contrast with its surroundings. */
async function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const rgba = (c: string): number[] => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number)
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
    }
    // The ring is drawn outside the element (outline-offset), so what surrounds it is the parent's background.
    let behind = [255, 255, 255]
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = rgba(getComputedStyle(p).backgroundColor)
      if (c.length < 4 || c[3]! >= 0.5) {
        behind = c
        break
      }
    }
    const s = getComputedStyle(el)
    const [a, b] = [luminance(rgba(s.outlineColor)), luminance(behind)].sort((x, y) => y - x)
    const name = el.getAttribute('aria-label') ?? el.id ?? ''
    return {
      element: `${el.tagName.toLowerCase()} "${name || (el.textContent ?? '').trim().slice(0, 40)}"`,
      outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
      shadow: s.boxShadow,
      contrast: Math.round(((a! + 0.05) / (b! + 0.05)) * 100) / 100
    }
  })
}

/** The focused element shows a ring at least 2px wide with ≥ 3:1 contrast (WCAG 1.4.11, 2.4.7). */
async function expectFocusVisible(page: Page): Promise<void> {
  const ring = await focusRing(page)
  expect(ring, 'something has the focus').not.toBeNull()
  const visible = (ring!.outline >= 2 && ring!.contrast >= 3) || ring!.shadow !== 'none'
  expect(visible, `focus ring on ${ring!.element}: outline ${ring!.outline}px, contrast ${ring!.contrast}:1, box-shadow ${ring!.shadow}`).toBe(true)
}

const isFocused = (target: Locator): Promise<boolean> => target.evaluate((el) => el === document.activeElement)

/** Tab (or Shift+Tab) until `target` has the focus, checking the focus ring at every stop on the way. */
async function tabTo(page: Page, target: Locator, direction: 'forward' | 'back' = 'forward', max = 80): Promise<void> {
  await expect(target).toBeVisible()
  if (await isFocused(target)) return
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab')
    // Past the last stop the focus leaves the page for the browser's own controls; the next Tab comes back.
    if ((await focusRing(page)) === null) continue
    await expectFocusVisible(page)
    if (await isFocused(target)) return
  }
  throw new Error(`${max} presses of ${direction === 'forward' ? 'Tab' : 'Shift+Tab'} never reached ${target.toString()}`)
}

/** Every Tab stop of the page, once round: returns the stops whose focus ring is missing or too faint. */
async function walkTabStops(page: Page, max = 150): Promise<{ stops: number; faint: string[] }> {
  const faint: string[] = []
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const ring = await focusRing(page)
    if (!ring) continue
    const key = await page.evaluate(() => {
      const path: number[] = []
      for (let el: Element | null = document.activeElement; el?.parentElement; el = el.parentElement) path.push([...el.parentElement.children].indexOf(el))
      return path.join('.')
    })
    if (seen.includes(key)) break
    seen.push(key)
    if (!((ring.outline >= 2 && ring.contrast >= 3) || ring.shadow !== 'none')) faint.push(`${ring.element}: outline ${ring.outline}px, contrast ${ring.contrast}:1`)
  }
  return { stops: seen.length, faint }
}

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
  // The date is shown in the UI language's own format (ISO, "30 Nov 1979" or "Nov 30, 1979").
  await expect(page.getByRole('region', { name: 'Client' })).toContainText(/1979-11-30|30 Nov 1979|Nov 30, 1979/)
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

test('a lawyer\'s first session from the keyboard alone: vault, unlock, client, matter, Settings — focus always visible', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  // First run: create the vault.
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  await tabTo(page, page.getByLabel('Passphrase', { exact: true }))
  await page.keyboard.type(PASSPHRASE)
  await tabTo(page, page.getByLabel('Repeat the passphrase'))
  await page.keyboard.type(PASSPHRASE)
  await tabTo(page, page.getByLabel('I understand'))
  await page.keyboard.press('Space')
  await expect(page.getByLabel('I understand')).toBeChecked()
  await tabTo(page, page.getByRole('button', { name: 'Create vault' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeFocused()

  // Lock with the keyboard shortcut, then unlock: the passphrase field has the focus already.
  await page.keyboard.press('Control+Shift+L')
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible()
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused()
  await page.keyboard.type(PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeFocused()

  // A new client.
  await tabTo(page, page.getByRole('button', { name: 'New client' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'New client', level: 1 })).toBeFocused()
  await tabTo(page, page.getByLabel('Legal name (original script)'))
  await page.keyboard.type(YERLAN.legalName)
  await tabTo(page, page.getByLabel('Latin transliteration'))
  await page.keyboard.type(YERLAN.latinName!)
  await tabTo(page, page.getByRole('button', { name: 'Save client' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: YERLAN.legalName, level: 1 })).toBeFocused()

  // Back to the dossier list through the main navigation (Shift+Tab from the page), and open the client.
  const nav = page.getByRole('navigation', { name: 'Main' })
  await tabTo(page, nav.getByRole('button', { name: 'Dossiers' }), 'back')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: new RegExp(YERLAN.legalName) }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: YERLAN.legalName, level: 1 })).toBeFocused()

  // A matter: the kind and the requesting country chosen by typing into the closed lists.
  await tabTo(page, page.getByRole('button', { name: 'Add matter' }))
  await page.keyboard.press('Enter')
  const form = page.getByRole('form', { name: 'New matter' })
  await tabTo(page, form.getByLabel('Kind of INTERPOL data'))
  await page.keyboard.type('Wanted')
  await expect(form.getByLabel('Kind of INTERPOL data')).toHaveValue('diffusion')
  await tabTo(page, form.getByLabel('Requesting country'))
  await page.keyboard.type('Kazakh')
  await expect(form.getByLabel('Requesting country')).toHaveValue('KZ')
  await tabTo(page, form.getByRole('button', { name: 'Save matter' }))
  await page.keyboard.press('Space')
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Prepare a CCF request/ })).toBeVisible()

  // Settings, through the navigation again.
  await tabTo(page, nav.getByRole('button', { name: 'Settings' }), 'back')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused()
})

test('the unsaved-changes dialog keeps the focus inside, closes on Escape and gives the focus back', async ({ page }) => {
  await createVault(page)
  await page.getByRole('button', { name: 'New client' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'New client', level: 1 })).toBeFocused()
  await tabTo(page, page.getByLabel('Legal name (original script)'))
  await page.keyboard.type(GULSEN.legalName)
  const dossiersNav = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dossiers' })
  await tabTo(page, dossiersNav, 'back')
  await page.keyboard.press('Enter')

  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Stay on this form' })).toBeFocused()
  await expectFocusVisible(page)
  // Tab and Shift+Tab go round the dialog's own buttons, never to the page behind it.
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key)
    const inside = await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body)
    expect(inside, `focus left the dialog after ${key}`).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(dossiersNav).toBeFocused()
  await expectFocusVisible(page)
  await expect(page.getByLabel('Legal name (original script)')).toHaveValue(GULSEN.legalName)

  // The dialog's other answer, from the keyboard: leave.
  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Leave and discard changes' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeFocused()
})

test('every Tab stop on the main screens shows a focus ring of at least 2px with 3:1 contrast', async ({ page }) => {
  test.setTimeout(120_000)
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const report: string[] = []
  const walk = async (screen: string) => {
    const { stops, faint } = await walkTabStops(page)
    console.log(`focus rings, ${screen}: ${stops} Tab stops, ${faint.length} without a visible ring`)
    expect(stops, `no Tab stops found on ${screen}`).toBeGreaterThan(3)
    report.push(...faint.map((f) => `${screen}: ${f}`))
  }
  await walk('dossier with a matter')
  await page.getByRole('button', { name: 'Add matter' }).focus()
  await page.keyboard.press('Enter')
  await walk('matter form')
  await page.getByRole('form', { name: 'New matter' }).getByRole('button', { name: 'Cancel' }).focus()
  await page.keyboard.press('Enter')
  await goTo(page, 'Dossiers')
  await walk('dossier list')
  await page.getByRole('button', { name: 'New client' }).focus()
  await page.keyboard.press('Enter')
  await walk('new client form')
  await page.keyboard.press('Escape')
  await goTo(page, 'Settings')
  await walk('Settings')
  await goTo(page, 'Deadlines')
  await walk('deadlines')

  // The bundle builder (its Move up / Move down buttons are the keyboard's drag handles) and a wizard step.
  await openDossier(page, GULSEN)
  const exhibits = page.getByRole('region', { name: 'Exhibits' })
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), exhibits.getByRole('button', { name: 'Add files…' }).click()])
  await chooser.setFiles([
    { name: 'Arrest warrant.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await samplePdf({ pages: 1, label: 'Warrant' })) },
    { name: 'Extradition refusal.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await samplePdf({ pages: 1, label: 'Refusal' })) }
  ])
  await expect(exhibits.getByRole('article')).toHaveCount(2)
  await walk('dossier with exhibits')
  await exhibits.getByRole('button', { name: 'Build bundle' }).click()
  await expect(page.getByRole('heading', { name: 'Evidence bundle', level: 1 })).toBeVisible()
  await walk('bundle builder')
  await openDossier(page, GULSEN)
  await startPetition(page, 'Request for access')
  await walk('petition wizard')
  expect(report).toEqual([])

  // The check itself can fail: a faint 1px ring in the page's own grey is reported on every stop.
  // (Through the CSSOM: the app's CSP refuses inline <style>.)
  await page.evaluate(() => {
    const sheet = document.styleSheets[document.styleSheets.length - 1]!
    sheet.insertRule('*:focus-visible { outline: 1px solid #d8dce3 !important; box-shadow: none !important; }', sheet.cssRules.length)
  })
  const { stops, faint } = await walkTabStops(page)
  expect(faint.length).toBe(stops)
})
