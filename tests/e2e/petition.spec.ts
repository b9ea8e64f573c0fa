// The CCF request wizard end to end: from a matter to the router's suggestion, through every step
// (saved encrypted after each), to the review with its pre-flight and the export.
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
  await expect(page.getByRole('alert')).toHaveText('Export is disabled: the pre-flight still reports a blocking item.')
})

test('an access request without an identity document attached cannot be exported', async ({ page }) => {
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
  await expect(preflight.getByRole('button', { name: 'Go to export' })).toBeEnabled()
})

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
