// Precedents library end to end (issue 8): a petition whose grounds include Article 3 is offered a
// precedent of the reference set with its citation; citing it puts the citation into the exported
// memorandum (read back with pdftotext). A precedent the lawyer adds in the library is suggested too.
import { spawnSync } from 'node:child_process'
import type { Page, TestInfo } from '@playwright/test'
import { GULSEN, GULSEN_RED_NOTICE, addMatter, createClient, createVault, expect, goTo, test } from './helpers'
import { attachExhibits, fillApplicant, next, startPetition, stepHeading } from './petitionSteps'
import { ar } from '../../renderer/features/precedents/messages.ar'
import { ar as shellAr } from '../../renderer/features/shell/messages.ar'

const ARTICLE_3 = 'Predominantly political, military, religious or racial character (Article 3)'
const SEED_CITATION = 'CCF Decision No. 2 (2024)'
const OWN = {
  citation: 'Municipal Court in Prague, 2 March 2021, extradition of a Turkish journalist refused',
  date: '2021-03-02',
  body: 'Municipal Court in Prague',
  facts: 'journalist, extradition refused',
  summary: 'Extradition refused: the prosecution of a journalist for her reporting was found political.'
}

function pdfText(file: string): string {
  const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' })
  if (result.error) throw result.error
  return result.stdout.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
}

async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Precedents' }).click()
  await expect(page.getByRole('heading', { name: 'Precedents', level: 1 })).toBeVisible()
}

/** From a new vault: Gülşen's red-notice matter, a correction/deletion request up to the grounds step with Article 3 chosen. */
async function petitionWithArticle3(page: Page): Promise<void> {
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await startPetition(page, 'Request for correction and/or deletion')
  await fillApplicant(page, { familyName: 'Yıldırım', forenames: 'Gülşen' })
  await next(page, 'Request type and working language')
  await page.getByRole('combobox', { name: /^Working language/ }).selectOption('en')
  await page.getByRole('combobox', { name: /^The request seeks/ }).selectOption('deletion')
  await next(page, 'Data concerned')
  await next(page, 'Exhibits')
  await attachExhibits(page, [1, 2])
  await next(page, 'Statement of facts')
  await page.getByRole('button', { name: 'Add fact' }).click()
  const fact = page.getByRole('group', { name: 'Fact 1' })
  await fact.getByRole('textbox', { name: 'Date' }).fill('2019-06-14')
  await fact.getByRole('textbox', { name: 'Text of the fact' }).fill('The applicant is a journalist; extradition refused by a court in Prague in 2021.')
  await next(page, 'Eligibility and grounds checklist')
  await next(page, 'Grounds and reasons')
  await page.getByRole('textbox', { name: /^Reasons for the request/ }).fill('The prosecution is predominantly political: the applicant is a journalist.')
  await page.getByRole('checkbox', { name: ARTICLE_3 }).check()
}

const suggestions = (page: Page) => page.getByRole('region', { name: 'Suggested precedents' })

test('Article 3 ground: a reference-set precedent is suggested with its citation; citing it puts the citation into the memorandum', async ({ page }, testInfo: TestInfo) => {
  await page.clock.setSystemTime(new Date('2026-11-23T10:00:00'))
  await createVault(page)
  await petitionWithArticle3(page)

  const offered = suggestions(page)
  await expect(offered).toBeVisible()
  const seed = offered.getByRole('article', { name: SEED_CITATION })
  await expect(seed).toContainText('From the reference set')
  await expect(seed).toContainText('due process')
  await seed.getByRole('button', { name: `Cite in memorandum: ${SEED_CITATION}` }).click()
  await expect(seed).toContainText('Cited in the memorandum')
  // Taking it back and citing again leaves one citation.
  await seed.getByRole('button', { name: `Remove citation: ${SEED_CITATION}` }).click()
  await expect(seed).not.toContainText('Cited in the memorandum')
  await seed.getByRole('button', { name: `Cite in memorandum: ${SEED_CITATION}` }).click()
  await expect(seed.getByRole('button', { name: `Remove citation: ${SEED_CITATION}` })).toBeVisible()

  await next(page, 'Relief sought')
  await next(page, 'Review the request')
  await page.getByRole('region', { name: 'Admissibility pre-flight' }).getByRole('button', { name: 'Go to export' }).click()
  await expect(stepHeading(page, 'Export')).toBeVisible()
  await page.getByRole('textbox', { name: 'Place of signature' }).fill('Paris')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save request memorandum' }).click()])
  const file = testInfo.outputPath('memorandum-precedent.pdf')
  await download.saveAs(file)
  const text = pdfText(file)
  expect(text).toContain(ARTICLE_3)
  expect(text).toContain(`Precedents: ${SEED_CITATION}`)
  expect(text.split(SEED_CITATION)).toHaveLength(2) // cited once
  // Under the Article 3 ground: after its heading.
  expect(text.indexOf(`Precedents: ${SEED_CITATION}`)).toBeGreaterThan(text.indexOf(ARTICLE_3))
})

test('the lawyer adds a precedent of their own (every field checked), finds it in the library, and it is suggested for Article 3', async ({ page }) => {
  await page.clock.setSystemTime(new Date('2026-11-23T10:00:00'))
  await createVault(page)
  await openLibrary(page)
  // The reference set is listed and read-only.
  const seed = page.getByRole('article', { name: SEED_CITATION })
  await expect(seed).toContainText('From the reference set')
  await expect(seed.getByRole('button')).toHaveCount(0)

  await page.getByRole('button', { name: 'Add a precedent' }).click()
  const form = page.getByRole('form', { name: 'New precedent' })
  await form.getByRole('textbox', { name: /^Date/ }).fill('2021-02-30')
  await form.getByRole('textbox', { name: /^Source address/ }).fill('javascript:alert(1)')
  await form.getByRole('button', { name: 'Save precedent' }).click()
  await expect(form.getByRole('alert')).toContainText('fields need attention')
  await expect(form.getByText('Enter the citation (at most 300 characters).')).toBeVisible()
  await expect(form.getByText('Enter the date as yyyy-mm-dd, yyyy-mm or yyyy, and a date that exists.')).toBeVisible()
  await expect(form.getByText('Enter who decided or wrote it (at most 200 characters).')).toBeVisible()
  await expect(form.getByText('Choose at least one ground.')).toBeVisible()
  await expect(form.getByText('Enter your summary (at most 4,000 characters).')).toBeVisible()
  await expect(form.getByText('The source address must start with http:// or https://.')).toBeVisible()
  await expect(form.getByRole('textbox', { name: /^Citation/ })).toBeFocused()

  await form.getByRole('combobox', { name: 'Kind' }).selectOption('extradition-ruling')
  await form.getByRole('combobox', { name: 'Outcome' }).selectOption('not-applicable')
  await form.getByRole('textbox', { name: /^Citation/ }).fill(OWN.citation)
  await form.getByRole('textbox', { name: /^Date/ }).fill(OWN.date)
  await form.getByRole('textbox', { name: /^Body/ }).fill(OWN.body)
  await form.getByRole('textbox', { name: /^Fact tags/ }).fill(OWN.facts)
  await form.getByRole('checkbox', { name: 'Article 3 (political, military, religious or racial character)' }).check()
  await form.getByRole('textbox', { name: /^Your summary/ }).fill(OWN.summary)
  await form.getByRole('textbox', { name: /^Source address/ }).fill('')
  await form.getByRole('button', { name: 'Save precedent' }).click()
  await expect(form).toHaveCount(0)

  const mine = page.getByRole('article', { name: OWN.citation })
  await expect(mine).toContainText('Your entry')
  await expect(mine).toContainText(/2 Mar 2021|Mar 2, 2021/) // the day, in the UI language's Intl form
  // Search and filters.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('JOURNALIST prague')
  await expect(page.getByRole('article')).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('')
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('extradition-ruling')
  await expect(page.getByRole('article')).toHaveCount(1)
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('')
  await page.getByRole('combobox', { name: 'Ground' }).selectOption('refugee-policy')
  await expect(mine).toHaveCount(0)
  await expect(page.getByRole('article', { name: 'GA-2017-86-RES-09' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Ground' }).selectOption('')

  // Deleting asks first; cancelling keeps it.
  await mine.getByRole('button', { name: `Delete: ${OWN.citation}` }).click()
  const dialog = page.getByRole('dialog', { name: `Delete the precedent “${OWN.citation}”?` })
  await expect(dialog).toContainText('Petitions that already cite it keep the citation.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(mine).toBeVisible()

  await petitionWithArticle3(page)
  // Its fact tags ("journalist", "extradition refused") appear in the petition's facts: it comes first.
  const first = suggestions(page).getByRole('article').first()
  await expect(first).toHaveAccessibleName(OWN.citation)
  await expect(first).toContainText('Your entry')
  await expect(first).toContainText(OWN.summary)
  await expect(suggestions(page).getByRole('article', { name: SEED_CITATION })).toBeVisible()
})

test('in Arabic the library reads right to left in Arabic, and citations stay as written', async ({ page }) => {
  await createVault(page)
  await goTo(page, 'Settings')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.getByRole('navigation', { name: shellAr.mainNav }).getByRole('button', { name: shellAr.precedents }).click()
  await expect(page.getByRole('heading', { name: ar.title, level: 1 })).toBeVisible()
  const seed = page.getByRole('article', { name: SEED_CITATION })
  await expect(seed).toContainText(ar.referenceSet)
  await expect(seed).toContainText(ar.kinds['ccf-decision'])
  await expect(seed).toContainText(ar.outcomes['not-compliant'])
  await expect(page.getByRole('button', { name: ar.newPrecedent })).toBeVisible()
  await page.screenshot({ path: '/tmp/redress-precedents-ar.png', fullPage: true })
})
