// Requesting-country profiles (issue 8): a report recorded in Turkey's profile shows beside every
// Turkish matter with the caseload counts, never beside a Russian one; a bad link or date is
// refused with a message and nothing typed is lost; delete asks first.
import type { Page } from '@playwright/test'
import { addEvent } from './deadlineSteps'
import { GULSEN, GULSEN_RED_NOTICE, YERLAN, addMatter, createClient, createVault, expect, goTo, test, unlock } from './helpers'

const TURKEY = /Türkiye|Turkey/
/** The option label of Gülşen's matter in the timeline form. */
const MATTER = 'Red notice — Türkiye'
const REPORT = {
  title: 'Concluding observations on the second periodic report of Türkiye',
  publisher: 'UN Human Rights Committee',
  date: '2024-11',
  link: 'https://tbinternet.ohchr.org/treatybodyexternal/Download.aspx?symbolno=CCPR/C/TUR/CO/2',
  says: 'Concern at the broad definition of terrorism and its use to prosecute lawyers, journalists and human rights defenders.'
}

async function openCountries(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Countries' }).click()
  await expect(page.getByRole('heading', { name: 'Requesting countries', level: 1 })).toBeVisible()
}

async function openDossier(page: Page, name: RegExp): Promise<void> {
  await goTo(page, 'Dossiers')
  await page.getByRole('button', { name }).click()
  await expect(page.getByRole('heading', { name: 'Matters', level: 2 })).toBeVisible()
}

const panelOf = (page: Page, country: RegExp) => page.getByRole('region', { name: new RegExp(`Requesting-country context: (${country.source})`) })

test('a report recorded for Turkey shows beside Turkish matters only, with the caseload counts; bad input is refused and kept; delete asks first', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await createClient(page, YERLAN)
  await addMatter(page, { kind: 'diffusion', requestingCountry: 'TR', ncb: 'NCB Ankara' })
  await addMatter(page, { kind: 'red-notice', requestingCountry: 'RU', ncb: 'NCB Moscow' })

  // The countries of the caseload, with counts only.
  await openCountries(page)
  await expect(page.getByText('Context from your own files and the reports you recorded — not an assessment of any matter.')).toBeVisible()
  const turkeyRow = page.getByRole('button', { name: new RegExp(`Open the profile of (${TURKEY.source})`) })
  await expect(turkeyRow).toContainText('2 matters · 0 reports')
  await expect(page.getByRole('button', { name: 'Open the profile of Russia' })).toContainText('1 matter · 0 reports')
  await turkeyRow.click()
  await expect(page.getByRole('heading', { name: TURKEY, level: 1 })).toBeVisible()
  await expect(page.getByTestId('caseload-matters')).toHaveText('2 matters in your files name this country as the requesting country.')
  const outcomes = page.getByRole('definition').locator('xpath=..').filter({ hasText: 'Pending' })
  await expect(outcomes).toContainText('2')
  await expect(page.getByText('No CCF decision with a recorded date in these matters yet.')).toBeVisible()
  await expect(page.locator('main')).not.toContainText('Gülşen')
  await expect(page.locator('main')).not.toContainText('Yerlan')

  // A bad link and an impossible date: refused, each with its message, and nothing typed is lost.
  await page.getByRole('button', { name: 'Record a report' }).click()
  const form = page.getByRole('form', { name: 'Record a report' })
  await form.getByLabel('Report title').fill(REPORT.title)
  await form.getByLabel('Publisher or author').fill(REPORT.publisher)
  await form.getByLabel('Date of the report').fill('2024-13')
  await form.getByLabel('Link').fill('http://tbinternet.ohchr.org/report')
  await form.getByLabel('What it says').fill(REPORT.says)
  await form.getByRole('button', { name: 'Save report' }).click()
  await expect(form.getByRole('alert')).toHaveText('2 fields need attention. They are marked below.')
  await expect(form.getByText('The link must be a full web address starting with https://')).toBeVisible()
  await expect(form.getByText('This date does not exist in the calendar.')).toBeVisible()
  await expect(form.getByLabel('Date of the report')).toBeFocused()
  await expect(form.getByLabel('Report title')).toHaveValue(REPORT.title)
  await expect(form.getByLabel('Publisher or author')).toHaveValue(REPORT.publisher)
  await expect(form.getByLabel('Link')).toHaveValue('http://tbinternet.ohchr.org/report')
  await expect(form.getByLabel('What it says')).toHaveValue(REPORT.says)
  await expect(page.getByRole('listitem').filter({ hasText: REPORT.title })).toHaveCount(0)

  await form.getByLabel('Date of the report').fill(REPORT.date)
  await expect(form.getByText('This date does not exist in the calendar.')).toHaveCount(0)
  await form.getByLabel('Link').fill(REPORT.link)
  await form.getByRole('button', { name: 'Save report' }).click()
  await expect(form).toHaveCount(0)
  const card = page.getByRole('listitem').filter({ hasText: REPORT.title })
  await expect(card).toContainText(REPORT.publisher)
  await expect(card).toContainText('November 2024')
  await expect(card).toContainText(REPORT.link)
  await expect(card).toContainText(REPORT.says)
  await page.screenshot({ path: '/tmp/redress-country-profile.png', fullPage: true })

  // Stored encrypted in the vault: still there after locking and unlocking.
  await page.reload()
  await unlock(page)

  // Beside Gülşen's Turkish matter: the caseload counts and the report, as context.
  await openDossier(page, /Gülşen Yıldırım/)
  const gulsenPanel = panelOf(page, TURKEY)
  await expect(gulsenPanel).toHaveCount(1)
  await expect(gulsenPanel).toContainText('Context from your own files and the reports you recorded — not an assessment of this matter.')
  await expect(gulsenPanel).toContainText('Your files: 2 matters from this country.')
  await expect(gulsenPanel).toContainText('Pending 2')
  await expect(gulsenPanel).toContainText(REPORT.title)
  await expect(gulsenPanel).toContainText(REPORT.says)
  await expect(gulsenPanel).not.toContainText('Yerlan')
  await expect(gulsenPanel).not.toContainText('Ерлан')
  await page.screenshot({ path: '/tmp/redress-country-context-panel.png', fullPage: true })

  // Yerlan's dossier: the Turkish matter has it, the Russian matter does not.
  await openDossier(page, /Ерлан Жақсылықов/)
  await expect(panelOf(page, TURKEY)).toContainText(REPORT.title)
  await expect(panelOf(page, TURKEY)).not.toContainText('Gülşen')
  const russianPanel = panelOf(page, /Russia/)
  await expect(russianPanel).toContainText('Your files: 1 matter from this country.')
  await expect(russianPanel).toContainText('No report recorded about this country.')
  await expect(russianPanel).not.toContainText(REPORT.title)

  // From the panel to the profile; delete asks first, and Cancel keeps the report.
  await panelOf(page, TURKEY).getByRole('button', { name: /Open the profile of/ }).click()
  await expect(page.getByRole('heading', { name: TURKEY, level: 1 })).toBeVisible()
  await page.getByRole('button', { name: `Delete: ${REPORT.title}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this report?' })
  await expect(dialog).toContainText(REPORT.title)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('listitem').filter({ hasText: REPORT.title })).toHaveCount(1)
  await page.getByRole('button', { name: `Delete: ${REPORT.title}` }).click()
  await page.getByRole('dialog', { name: 'Delete this report?' }).getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: REPORT.title })).toHaveCount(0)
  await expect(page.getByText('No report recorded about this country.')).toBeVisible()

  await openDossier(page, /Gülşen Yıldırım/)
  await expect(panelOf(page, TURKEY)).toContainText('No report recorded about this country.')
  await expect(panelOf(page, TURKEY)).not.toContainText(REPORT.title)
})

test('the CCF time to decision recorded on a Turkish matter shows in the profile and beside the matter, counts only', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  // STAT Art. 40(2): admissible 2025-01-10, decided 2025-06-20 → 5 whole months, within the 9-month limit.
  await addEvent(page, { type: 'ccf-admissibility', date: '2025-01-10', summary: 'Deletion request declared admissible', matter: MATTER, requestType: 'correction-deletion' })
  await addEvent(page, { type: 'ccf-decision', date: '2025-06-20', summary: 'CCF decides', matter: MATTER, requestType: 'correction-deletion' })

  const panel = panelOf(page, TURKEY)
  await expect(panel).toContainText('Your files: 1 matter from this country.')
  await expect(panel).toContainText('CCF time to decision, in whole months: median 5, over 1 decided request; 1 of 1 within the Statute limit.')

  await panel.getByRole('button', { name: /Open the profile of/ }).click()
  await expect(page.getByTestId('ccf-time')).toContainText('over 1 decided request: median 5, shortest 5, longest 5.')
  await expect(page.getByTestId('ccf-time')).toContainText('Decided within the Statute time limit (STAT Art. 40(1) access: 4 months; Art. 40(2) correction or deletion: 9 months): 1 of 1.')
  await expect(page.locator('main')).not.toContainText('Gülşen')
})
