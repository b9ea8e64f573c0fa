// Accessibility scan (axe-core, WCAG 2.0/2.1 A and AA) of every main screen a lawyer goes
// through: first run, dossier list with clients, a dossier with its matter, a petition wizard
// step, the bundle builder, Settings, the deadlines page, the unlock screen — and the dossier
// list in Arabic (RTL). A serious or critical violation fails the test; the rest are printed.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { samplePdf } from '../support/exhibitSamples'
import { GULSEN, GULSEN_RED_NOTICE, PASSPHRASE, YERLAN, addMatter, createClient, createVault, expect, goTo, test } from './helpers'
import { openDossier } from './deadlineSteps'
import { startPetition } from './petitionSteps'

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Scans the page as it stands, prints every violation, and soft-fails on serious or critical ones. */
async function scan(page: Page, screen: string): Promise<void> {
  // Let entry transitions and focus moves settle, so contrast is measured on the final colours.
  await page.waitForTimeout(150)
  const { violations, passes, incomplete } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze()
  // A scan that checked nothing would pass too: make sure the rules ran on this screen.
  expect(passes.length, `axe checked nothing on ${screen}`).toBeGreaterThan(10)
  const counts: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 }
  for (const v of violations) counts[v.impact ?? 'minor'] = (counts[v.impact ?? 'minor'] ?? 0) + v.nodes.length
  console.log(`axe ${screen}: ${JSON.stringify(counts)}; ${passes.length} rules passed; needs review: ${incomplete.map((v) => `${v.id}×${v.nodes.length}`).join(', ') || 'none'}`)
  for (const v of violations) {
    console.log(`  [${v.impact}] ${v.id}: ${v.help}`)
    for (const node of v.nodes.slice(0, 5)) console.log(`      ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`)
  }
  for (const v of incomplete) for (const node of v.nodes.slice(0, 3)) console.log(`  needs review ${v.id}: ${node.target.join(' ')} — ${node.any[0]?.message ?? ''}`)
  // axe's best practices (landmarks, heading order…) are not WCAG failures: printed, never failing.
  const advice = await new AxeBuilder({ page }).withTags(['best-practice']).analyze()
  for (const v of advice.violations) console.log(`  best practice [${v.impact}] ${v.id} (${v.nodes.length}×): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length}×): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect.soft(blocking, `serious or critical axe violations on ${screen}`).toEqual([])
}

test('every main screen passes axe (WCAG 2.1 A/AA) without serious or critical violations', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  await scan(page, 'first run')

  await createVault(page)
  await createClient(page, YERLAN)
  await createClient(page, GULSEN)
  await goTo(page, 'Dossiers')
  await expect(page.getByRole('button', { name: new RegExp(GULSEN.legalName) })).toBeVisible()
  await scan(page, 'dossier list (2 clients)')

  await page.getByRole('button', { name: new RegExp(GULSEN.legalName) }).click()
  await expect(page.getByRole('heading', { name: GULSEN.legalName, level: 1 })).toBeVisible()
  await addMatter(page, GULSEN_RED_NOTICE)
  await scan(page, 'dossier with a matter')

  // Bundle builder: one PDF exhibit through the file chooser, then "Build bundle".
  const exhibits = page.getByRole('region', { name: 'Exhibits' })
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), exhibits.getByRole('button', { name: 'Add files…' }).click()])
  await chooser.setFiles([{ name: '2017-02-02 Arrest warrant.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await samplePdf({ pages: 1, label: 'Warrant' })) }])
  await expect(exhibits.getByRole('article', { name: 'Arrest warrant' })).toBeVisible()
  await exhibits.getByRole('button', { name: 'Build bundle' }).click()
  await expect(page.getByRole('heading', { name: 'Evidence bundle', level: 1 })).toBeVisible()
  await scan(page, 'bundle builder')

  await openDossier(page, GULSEN)
  await startPetition(page, 'Request for access')
  await scan(page, 'petition wizard, first step')
  // Next on an empty applicant step: the step's error messages are on screen too.
  await page.getByRole('button', { name: /^(Next|Review)$/ }).click()
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible()
  await scan(page, 'petition wizard, first step with its errors')

  await goTo(page, 'Settings')
  await scan(page, 'Settings')
  await goTo(page, 'Deadlines')
  await scan(page, 'deadlines')

  // The practice-knowledge pages (issue 8).
  for (const section of ['Precedents', 'Countries', 'Statistics']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: section }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await scan(page, section)
  }

  await page.getByRole('button', { name: 'Lock', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible()
  await scan(page, 'unlock')
})

test('the dossier list in Arabic (RTL) passes axe without serious or critical violations', async ({ page }) => {
  await createVault(page)
  await createClient(page, YERLAN)
  await createClient(page, GULSEN)
  await page.addInitScript(() => localStorage.setItem('redress.uiLocale', 'ar'))
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await page.getByLabel(/عبارة المرور|Passphrase/).first().fill(PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: new RegExp(GULSEN.legalName) })).toBeVisible()
  await scan(page, 'dossier list, Arabic (RTL)')
  // Mirrored: the brand starts the header on the right, the lock button ends it on the left.
  const brand = await page.locator('.shell__brand').boundingBox()
  const lock = await page.locator('.button--lock').boundingBox()
  expect(brand!.x).toBeGreaterThan(lock!.x)
  await page.screenshot({ path: '/tmp/shots/a11y-dossier-list-ar.png', fullPage: true })
})

test('the unlock screen in Arabic (RTL) passes axe without serious or critical violations', async ({ page }) => {
  await createVault(page)
  await page.addInitScript(() => localStorage.setItem('redress.uiLocale', 'ar'))
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await scan(page, 'unlock, Arabic (RTL)')
})

test('the unsaved-changes dialog passes axe without serious or critical violations', async ({ page }) => {
  await createVault(page)
  await page.getByRole('button', { name: 'New client' }).click()
  await page.getByLabel('Legal name (original script)').fill(GULSEN.legalName)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible()
  await scan(page, 'unsaved-changes dialog')
})
