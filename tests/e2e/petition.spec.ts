// The CCF request wizard end to end: from a matter to the router's suggestion, through every step
// (saved encrypted after each), to the review with its pre-flight and the export.
import { spawnSync } from 'node:child_process'
import type { Page, TestInfo } from '@playwright/test'
import { GULSEN, GULSEN_RED_NOTICE, addMatter, createClient, createVault, expect, test, unlock } from './helpers'
import { addExhibit, attachExhibits, fillApplicant, next, startPetition, stepHeading } from './petitionSteps'

test('a late revision is refused by the pre-flight with the last permitted day, and export stays disabled', async ({ page }) => {
  await page.clock.setSystemTime(new Date('2027-03-11T10:00:00'))
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await startPetition(page, 'Application for revision')
  await fillApplicant(page, { familyName: 'Yıldırım', forenames: 'Gülşen' })
  await next(page, 'Request type and working language')
  await page.getByRole('combobox', { name: /^Working language/ }).selectOption('en')
  await next(page, 'Data concerned')
  await next(page, 'Decision under revision and new fact')
  await page.getByRole('textbox', { name: 'Reference of the CCF decision under revision' }).fill('CCF/121/R1234.24')
  await page.getByRole('textbox', { name: 'Date of the CCF decision under revision' }).fill('2026-04-15')
  await page.getByRole('textbox', { name: 'New fact', exact: true }).fill('The Istanbul court acquitted the co-accused on the same evidence.')
  await page.getByRole('textbox', { name: 'Date the new fact was discovered' }).fill('2026-09-10')
  await expect(page.getByText('Last day to file: 10 March 2027 (Statute Art. 42(2)).')).toBeVisible()
  await page.getByRole('textbox', { name: /Why the new fact could have changed/ }).fill('The decision rested on the co-accused’s conviction.')
  await next(page, 'Exhibits')
  await attachExhibits(page, [1, 2])
  await next(page, 'Statement of facts')
  await next(page, 'Grounds and reasons')
  await next(page, 'Relief sought')
  await next(page, 'Review the request')

  const preflight = page.getByRole('region', { name: 'Admissibility pre-flight' })
  const late = preflight.locator('[data-item="revision-time-limit"]')
  await expect(late).toContainText('10 March 2027')
  await expect(late).toContainText('Blocking')
  await expect(preflight.getByRole('status')).toHaveText('Export is disabled until every blocking item is resolved.')
  await expect(preflight.getByRole('button', { name: 'Go to export' })).toBeDisabled()
  await page.screenshot({ path: '/tmp/redress-petition-revision-late.png', fullPage: true })

  // The export screen itself refuses too.
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Export$/ }).click()
  await expect(page.getByRole('alert')).toContainText('Export is disabled: the pre-flight still reports a blocking item.')
  await expect(page.getByRole('alert')).toContainText('the last permitted day was 10 March 2027')
  await expect(page.getByRole('button', { name: 'Save request memorandum' })).toHaveCount(0)
})

test('an access request without an identity document attached cannot be exported; once attached, it exports', async ({ page }, testInfo) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  // The matter is only suspected: the router suggests access first, and says why.
  await page.getByRole('button', { name: /^Prepare a CCF request/ }).click()
  await expect(page.getByRole('heading', { name: 'Suggested request: Request for access' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Why' })).toContainText('Statute Art. 29(1)')
  await expect(page.getByRole('list', { name: 'Other routes' })).toContainText('Application for revision')
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect(page.getByRole('heading', { name: 'Request for access', level: 1 })).toBeVisible()

  // Next with nothing chosen: the messages name the fields.
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('alert')).toContainText('Family name is required.')
  await expect(page.getByRole('alert')).toContainText('Identity document type is required')
  await expect(page.getByRole('textbox', { name: 'Family name' })).toHaveAttribute('aria-invalid', 'true')

  await fillApplicant(page, { familyName: 'Yıldırım', forenames: 'Gülşen' })
  await next(page, 'Request type and working language')
  await page.getByRole('combobox', { name: /^Working language/ }).selectOption('en')
  await next(page, 'Data concerned')
  await next(page, 'Exhibits')
  await attachExhibits(page, [2]) // the power of attorney only
  await next(page, 'Review the request')
  const preflight = page.getByRole('region', { name: 'Admissibility pre-flight' })
  await expect(preflight.locator('[data-item="identity-document"]')).toContainText('the request cannot be exported without it')
  await expect(preflight.getByRole('button', { name: 'Go to export' })).toBeDisabled()

  // Edit → exhibits, attach it: the pre-flight clears.
  await page.getByRole('button', { name: 'Edit: Exhibits' }).click()
  await expect(stepHeading(page, 'Exhibits')).toBeVisible()
  await attachExhibits(page, [1])
  await next(page, 'Review the request')
  await expect(preflight.getByRole('status')).toHaveText('Nothing blocks the export.')
  await preflight.getByRole('button', { name: 'Go to export' }).click()
  const text = await exportMemorandum(page, testInfo, 'access')
  expect(text).toContain('Gülşen Yıldırım')
  expect(text).toContain('Request for access to data')
  expect(text).toMatch(/Türkiye|Turkey/)
})

test('a revision filed in time is exported with the decision under revision and the new fact', async ({ page }, testInfo) => {
  await page.clock.setSystemTime(new Date('2026-11-23T10:00:00'))
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await startPetition(page, 'Application for revision')
  await fillApplicant(page, { familyName: 'Yıldırım', forenames: 'Gülşen' })
  await next(page, 'Request type and working language')
  await page.getByRole('combobox', { name: /^Working language/ }).selectOption('en')
  await next(page, 'Data concerned')
  await next(page, 'Decision under revision and new fact')
  await page.getByRole('textbox', { name: 'Reference of the CCF decision under revision' }).fill('CCF/121/R1234.24')
  await page.getByRole('textbox', { name: 'Date of the CCF decision under revision' }).fill('2026-04-15')
  await page.getByRole('textbox', { name: 'New fact', exact: true }).fill('The Istanbul court acquitted the co-accused on the same evidence.')
  await page.getByRole('textbox', { name: 'Date the new fact was discovered' }).fill('2026-09-10')
  await page.getByRole('textbox', { name: /Why the new fact could have changed/ }).fill('The decision rested on the co-accused’s conviction.')
  await next(page, 'Exhibits')
  await attachExhibits(page, [1, 2])
  await addExhibit(page, 3, 'Acquittal judgment of 2026-09-01')
  await next(page, 'Statement of facts')
  await next(page, 'Grounds and reasons')
  await expect(page.getByRole('checkbox', { name: 'New fact that could have led to a different conclusion' })).toBeChecked()
  await page.getByRole('group', { name: 'Exhibits supporting it' }).getByRole('checkbox', { name: 'Exhibit 3: Acquittal judgment of 2026-09-01' }).check()
  await next(page, 'Relief sought')
  await next(page, 'Review the request')
  const preflight = page.getByRole('region', { name: 'Admissibility pre-flight' })
  await expect(preflight.locator('[data-item="revision-time-limit"]')).toContainText('10 March 2027')
  await expect(preflight.getByRole('status')).toHaveText('Nothing blocks the export.')
  await preflight.getByRole('button', { name: 'Go to export' }).click()
  const text = await exportMemorandum(page, testInfo, 'revision')
  expect(text).toContain('Gülşen Yıldırım')
  expect(text).toContain('Application for revision of a decision of the Commission')
  expect(text).toContain('CCF/121/R1234.24')
  expect(text).toContain('New fact that could have led to a different conclusion')
  expect(text).toContain('Statute Art. 42')
  expect(text).toContain('Acquittal judgment of 2026-09-01')
  expect(text).toMatch(/Türkiye|Turkey/)
})

/** On the export screen: place of signature, save the memorandum, read it back with pdftotext. */
async function exportMemorandum(page: Page, testInfo: TestInfo, type: string): Promise<string> {
  await expect(stepHeading(page, 'Export')).toBeVisible()
  await page.getByRole('textbox', { name: 'Place of signature' }).fill('Paris')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save request memorandum' }).click()])
  expect(download.suggestedFilename()).toMatch(new RegExp(`^CCF request - ${type} - RN-TR-[0-9A-F]{4} - \\d{4}-\\d{2}-\\d{2}\\.pdf$`))
  const file = testInfo.outputPath(`memorandum-${type}.pdf`)
  await download.saveAs(file)
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, `/tmp/redress-petition-memorandum-${type}`])
  return run('pdftotext', [file, '-']).replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
}

test('the draft is saved after every step, survives a reload and unlock, and resumes at its step without losing later answers', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await startPetition(page, 'Request for correction and/or deletion')
  await fillApplicant(page, { familyName: 'Yıldırım', forenames: 'Gülşen' })
  await next(page, 'Request type and working language')
  await page.getByRole('combobox', { name: /^Working language/ }).selectOption('fr')
  await page.getByRole('combobox', { name: /^The request seeks/ }).selectOption('deletion')
  await next(page, 'Data concerned')
  await next(page, 'Exhibits')
  await addExhibit(page, 3, 'Judgment of the Istanbul court of 2019')
  // Back, then Next again: the exhibit typed on the later step is still there.
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(stepHeading(page, 'Data concerned')).toBeVisible()
  await next(page, 'Exhibits')
  await expect(page.getByRole('group', { name: 'Exhibit 3' }).getByRole('textbox', { name: 'Title' })).toHaveValue('Judgment of the Istanbul court of 2019')
  await next(page, 'Statement of facts')

  await page.reload()
  await unlock(page)
  await page.getByRole('button', { name: /Gülşen Yıldırım/ }).click()
  const drafts = page.getByText('CCF request drafts').locator('..')
  await expect(drafts).toContainText('Request for correction and/or deletion')
  await expect(drafts).toContainText('Statement of facts')
  await page.getByRole('button', { name: 'Resume: Request for correction and/or deletion' }).click()
  await expect(stepHeading(page, 'Statement of facts')).toBeVisible()
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Request type and working language$/ }).click()
  await expect(page.getByRole('combobox', { name: /^Working language/ })).toHaveValue('fr')
  await expect(page.getByRole('combobox', { name: /^The request seeks/ })).toHaveValue('deletion')
})

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' })
  if (result.error) throw result.error
  expect(result.status, `${tool} exit status`).toBe(0)
  return result.stdout
}

const EXHIBIT = 'Judgment of the Istanbul Regional Court acquitting the co-accused (2019)'
const ARTICLE_3 = { title: 'Predominantly political, military, religious or racial character (Article 3)', citations: 'Constitution Art. 3; RPD Art. 1(1); RPD Art. 34(3); ROP paras 38–57' }
const ARTICLE_2 = 'Respect for human rights (Article 2(1))'

test('a correction/deletion request from the dossier: wizard, matrix, pre-flight, memorandum exported and read back', async ({ page }, testInfo) => {
  await page.clock.setSystemTime(new Date('2026-11-23T10:00:00'))
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await startPetition(page, 'Request for correction and/or deletion')

  // Prefilled from the dossier: the name exactly as entered, the requesting country.
  await expect(page.getByRole('textbox', { name: 'Full name (as the applicant writes it)' })).toHaveValue('Gülşen Yıldırım')
  await fillApplicant(page, { familyName: 'Yıldırım', forenames: 'Gülşen' })
  await next(page, 'Request type and working language')
  await page.getByRole('combobox', { name: /^Working language/ }).selectOption('en')
  await page.getByRole('combobox', { name: /^The request seeks/ }).selectOption('deletion')
  await next(page, 'Data concerned')
  await expect(page.getByRole('combobox', { name: /^Requesting country/ })).toHaveValue('TR')
  await next(page, 'Exhibits')
  await attachExhibits(page, [1, 2])
  await addExhibit(page, 3, EXHIBIT)
  await next(page, 'Statement of facts')
  // A correction/deletion request needs at least one fact: the message says so.
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('alert')).toContainText('Statement of facts: add at least one fact.')
  await page.getByRole('button', { name: 'Add fact' }).click()
  const fact = page.getByRole('group', { name: 'Fact 1' })
  await fact.getByRole('textbox', { name: 'Date' }).fill('2019-06-14')
  await fact.getByRole('textbox', { name: 'Text of the fact' }).fill('The co-accused were acquitted on the same evidence; the applicant is a journalist.')
  await fact.getByRole('checkbox', { name: `Exhibit 3: ${EXHIBIT}` }).check()
  await next(page, 'Eligibility and grounds checklist')
  await expect(page.getByRole('region', { name: 'Guidance from the facts recorded' })).toBeVisible()
  await next(page, 'Grounds and reasons')
  await page.getByRole('textbox', { name: /^Reasons for the request/ }).fill('The prosecution is predominantly political: the applicant is a journalist.')
  await page.getByRole('checkbox', { name: ARTICLE_3.title }).check()
  await page.getByRole('checkbox', { name: ARTICLE_2 }).check()
  // Article 3 comes first in the catalogue: its links come first.
  await page.getByRole('group', { name: 'Facts supporting it' }).first().getByRole('checkbox', { name: /^Fact 1:/ }).check()
  await page.getByRole('group', { name: 'Exhibits supporting it' }).first().getByRole('checkbox', { name: `Exhibit 3: ${EXHIBIT}` }).check()
  await page.getByRole('group', { name: 'Exhibits supporting it' }).nth(1).getByRole('checkbox', { name: `Exhibit 3: ${EXHIBIT}` }).check()
  const matrix = page.getByRole('table', { name: 'Grounds and exhibits' })
  await expect(matrix.getByRole('row', { name: new RegExp(`Exhibit 3`) })).toContainText('✓ supports')
  await next(page, 'Relief sought')
  await next(page, 'Review the request')

  const preflight = page.getByRole('region', { name: 'Admissibility pre-flight' })
  await expect(preflight.getByRole('status')).toHaveText('Nothing blocks the export.')
  await expect(page.getByRole('region', { name: 'Guidance from the facts recorded' })).toContainText('the threshold does not support deletion. (RPD Art. 83(1)(a)(ii)) Statutory')
  await page.screenshot({ path: '/tmp/redress-petition-review.png', fullPage: true })
  await preflight.getByRole('button', { name: 'Go to export' }).click()
  await expect(stepHeading(page, 'Export')).toBeVisible()
  await page.getByRole('textbox', { name: 'Place of signature' }).fill('Paris')

  // File names carry no client name unless the lawyer opts in.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save request memorandum' }).click()])
  expect(download.suggestedFilename()).toMatch(/^CCF request - correction-deletion - RN-TR-[0-9A-F]{4} - 2026-11-23\.pdf$/)
  await expect(page.getByRole('status').filter({ hasText: `Saved ${download.suggestedFilename()}.` })).toBeVisible()
  const file = testInfo.outputPath('memorandum.pdf')
  await download.saveAs(file)
  const text = run('pdftotext', [file, '-']).replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
  expect(text).toContain('Gülşen Yıldırım')
  expect(text).toContain('Request for correction and/or deletion of data')
  expect(text).toMatch(/Türkiye|Turkey/)
  expect(text).toContain(ARTICLE_3.title)
  expect(text).toContain(ARTICLE_3.citations)
  expect(text).toContain(ARTICLE_2)
  // The identity document and the power of attorney are enclosed as such; the other exhibits are listed A-1….
  expect(text).toContain(`A-1 ${EXHIBIT}`)
  expect(text).toContain('Also enclosed: a copy of the applicant’s identity document and the power of attorney signed by the applicant.')
  expect(text).toContain('Done at Paris on 23 November 2026.')
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, '/tmp/redress-petition-memorandum'])

  // Opting in puts the client's name in the file name.
  await page.getByRole('checkbox', { name: 'Put the client’s name in the file names' }).check()
  const [named] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save request memorandum' }).click()])
  expect(named.suggestedFilename()).toContain('Gulsen Yildirim')

  // The portal sheet on screen, with a Copy button per value.
  const sheet = page.getByRole('region', { name: 'Portal sheet' })
  await expect(sheet).toContainText('Gülşen Yıldırım')
  await sheet.getByRole('button', { name: /^Copy / }).first().click()
  await expect(sheet.getByRole('status')).toHaveText(/^(Copied .+\.|Copying is not available here: select the value and copy it by hand\.)$/)
  const [portal] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Save portal sheet as PDF' }).click()])
  expect(portal.suggestedFilename()).toMatch(/^CCF portal sheet - correction-deletion - /)
  await page.screenshot({ path: '/tmp/redress-petition-export.png', fullPage: true })

  // Finishing asks before writing back to the dossier.
  await page.getByRole('button', { name: 'Finish and update the dossier' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Update the dossier' }).click()
  await expect(page.getByText(/^(Updated in the dossier: |The dossier already held these answers\.)/)).toBeVisible()
})
