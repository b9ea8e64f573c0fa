// The deadline dashboard with deadlines in every bucket, the reminders after unlock (banner and
// desktop notifications without client names), a status enquiry for a clock the CCF let pass, CCF
// session planning, and screenshots of the dashboard and of a matter's deadline list for a person
// to look at (test-results/ and /tmp/redress-*.png).
import { copyFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { GULSEN, GULSEN_RED_NOTICE, YERLAN, addMatter, createClient, createVault, expect, goTo, test, unlock, type ClientData } from './helpers'
import { addEvent, deadlineRow, matterDeadlines, openDeadlinePage, openDossier } from './deadlineSteps'

/** A calendar day as the UI writes it: Intl in the UI language (English days are en-GB), long style. */
const longDay = (isoDay: string): string => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`))

const NODIRA: ClientData = { legalName: 'Нодира Раҳимова', latinName: 'Nodira Rahimova', dateOfBirth: '1982-05-05', nationalities: ['TJ'] }

/** Desktop notifications as the page shows them (the browser platform uses the web Notification API). */
async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: Array<{ title: string; body: string }> = []
    ;(window as unknown as { shownNotifications: typeof shown }).shownNotifications = shown
    class RecordingNotification {
      static permission = 'granted'
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '' })
      }
    }
    Object.defineProperty(window, 'Notification', { value: RecordingNotification, configurable: true })
  })
}

const shownNotifications = (page: Page) =>
  page.evaluate(() => (window as unknown as { shownNotifications: Array<{ title: string; body: string }> }).shownNotifications)

test('dashboard across matters, reminders after unlock, status enquiry and CCF sessions (screenshots)', async ({ page, context }, testInfo) => {
  await page.clock.setSystemTime(new Date('2027-02-20T09:00:00'))
  await recordNotifications(page)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await createVault(page)

  // S1: deletion request admissible (CCF decision in 8 days), further submissions due in 5 days.
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const TR = 'Red notice — Türkiye'
  await addEvent(page, { type: 'ccf-admissibility', date: '2026-05-31', summary: 'Deletion request declared admissible', matter: TR, requestType: 'correction-deletion' })
  await addEvent(page, { type: 'ccf-submission-deadline-set', date: '2027-02-01', summary: 'CCF asks for the German refugee decision', matter: TR, requestType: 'correction-deletion', newDueDate: '2027-02-25' })

  // S2: access request; the CCF's admissibility decision and the General Secretariat's answer are late.
  await createClient(page, YERLAN)
  await addMatter(page, { kind: 'diffusion', requestingCountry: 'KZ' })
  const KZ = 'Wanted-person diffusion — Kazakhstan'
  await addEvent(page, { type: 'ccf-request-received', date: '2026-12-10', summary: 'Access request received by the CCF', matter: KZ, requestType: 'access' })
  await addEvent(page, { type: 'ccf-asked-general-secretariat', date: '2027-01-05', summary: 'CCF consults the General Secretariat', matter: KZ })
  await addEvent(page, { type: 'uk-part1-extradition-order', date: '2027-02-18', summary: 'Extradition order (Part 1)', matter: KZ })

  // S6: revision window after the discovery of a new fact.
  await createClient(page, NODIRA)
  await addMatter(page, { kind: 'red-notice', requestingCountry: 'TJ' })
  await addEvent(page, { type: 'discovery-of-new-fact', date: '2026-09-10', summary: 'UN WGAD opinion on the co-defendant learned', matter: 'Red notice — Tajikistan' })

  // Known CCF sessions: the March agenda has closed, June is still open.
  await openDeadlinePage(page, 'CCF sessions')
  await expect(page.getByText('No upcoming CCF session is recorded.')).toBeVisible()
  for (const [starts, note] of [
    ['2027-03-08', '130th session'],
    ['2027-06-14', '131st session']
  ] as const) {
    await page.getByLabel('First day of the session').fill(starts)
    await page.getByLabel('Note', { exact: true }).fill(note)
    await page.getByRole('button', { name: 'Add session' }).click()
    await expect(page.getByRole('region', { name: 'CCF sessions' })).toContainText(note)
  }
  await expect(page.getByText(`A filing today reaches the session of ${longDay('2027-06-14')}; the agenda closes about ${longDay('2027-05-15')}.`)).toBeVisible()
  await expect(page.getByText('Filed on 20 Feb 2027, this material misses the session of 8 Mar 2027')).toBeVisible()
  await expect(page.getByText(/Practice, not a rule \(Statute Art\. 16\(4\)\)/)).toBeVisible()

  // Reminders come at the next unlock: a banner naming clients, notifications naming none.
  await page.reload()
  await unlock(page)
  const banner = page.getByRole('region', { name: 'Deadline reminders' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText(`Further submissions and documents to the CCF: due in 5 days (${longDay('2027-02-25')})`)
  await expect(banner).toContainText('Admissibility decision sent to the applicant: overdue by 41 days')
  await expect(banner).toContainText('Gülşen Yıldırım')
  const notifications = await shownNotifications(page)
  expect(notifications.length).toBeGreaterThan(0)
  expect(notifications.length).toBeLessThanOrEqual(5)
  for (const n of notifications) {
    for (const name of ['Gülşen', 'Yıldırım', 'Ерлан', 'Zhaksylykov', 'Нодира', 'Rahimova']) expect(`${n.title} ${n.body}`).not.toContain(name)
    expect(n.title).toMatch(/ — (RN|DF)-(TR|KZ|TJ)-[0-9A-F]{4}$/)
  }

  // The dashboard, with the banner still open above it.
  await goTo(page, 'Deadlines')
  const section = (name: string) => page.getByRole('region', { name, exact: true })
  await expect(section('Overdue').locator('li.deadline-row')).toHaveCount(2)
  await expect(section('Due in the next 7 days').locator('li.deadline-row')).toHaveCount(2)
  await expect(section('Due in the next 30 days').locator('li.deadline-row')).toHaveCount(2)
  const admissibility = deadlineRow(section('Overdue'), 'Admissibility decision sent to the applicant')
  await expect(admissibility).toContainText(longDay('2027-01-10'))
  await expect(admissibility).toContainText('41 days overdue')
  await expect(admissibility).toContainText('Overdue under the Statute')
  await expect(admissibility).toContainText('CCF owes')
  await expect(admissibility).toContainText('Ерлан Жақсылықов')
  await expect(deadlineRow(section('Overdue'), 'General Secretariat tells the CCF')).toContainText('General Secretariat owes')
  const appeal = deadlineRow(section('Due in the next 7 days'), 'appeal')
  await expect(appeal).toContainText('Unconfirmed rule')
  await expect(appeal).not.toContainText('misses the session') // a UK appeal is not filed with the CCF
  const submissions = deadlineRow(section('Due in the next 7 days'), 'Further submissions')
  await expect(submissions).toContainText('We owe')
  await expect(submissions).toContainText('this material misses the session of 8 Mar 2027')
  await expect(deadlineRow(section('Due in the next 30 days'), 'Application for revision')).toContainText(longDay('2027-03-10'))

  // Mark one done: it goes to the collapsed Done list.
  await section('Later').getByRole('button', { name: 'Mark done: Decision implemented by the General Secretariat due 2027-04-28' }).click()
  await expect(page.getByText('Done (1 deadline)')).toBeVisible()

  // A status enquiry for the late admissibility decision, copied to the clipboard.
  await admissibility.getByRole('button', { name: /^Draft a status enquiry/ }).click()
  const letter = admissibility.getByLabel(/Status enquiry/)
  await expect(letter).toHaveJSProperty('readOnly', true)
  await expect(letter).toHaveValue(/Under Article 32\(1\) of the Statute of the Commission for the Control of INTERPOL's Files, the following step was due by 10 January 2027/)
  await expect(letter).toHaveValue(/representative of Yerlan Zhaksylykov/)
  await admissibility.getByRole('button', { name: 'Copy' }).click()
  await expect(admissibility.getByText('Copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Dear Members of the Commission')

  await page.screenshot({ path: testInfo.outputPath('deadlines-dashboard.png'), fullPage: true })
  await copyFile(testInfo.outputPath('deadlines-dashboard.png'), '/tmp/redress-deadlines-dashboard.png')

  // Without a clipboard the text stays selectable and the lawyer is told how to copy.
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }))
  await admissibility.getByRole('button', { name: 'Copy' }).click()
  await expect(admissibility.getByText('Copying is not available here.')).toBeVisible()

  // A matter's deadline list with the session warning.
  await page.getByRole('button', { name: 'Dismiss the deadline reminders' }).click()
  await expect(banner).toHaveCount(0)
  await openDossier(page, GULSEN)
  const list = matterDeadlines(page)
  await expect(list).toContainText(`A filing today reaches the session of ${longDay('2027-06-14')}`)
  await expect(list.getByText('CCF decision due 2027-02-28 (Statute Art. 40(2))')).toBeVisible()
  await list.screenshot({ path: testInfo.outputPath('matter-deadlines.png') })
  await copyFile(testInfo.outputPath('matter-deadlines.png'), '/tmp/redress-matter-deadlines.png')

  // Reminders shown today do not come back at the next unlock.
  await page.reload()
  await unlock(page)
  await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Deadline reminders' })).toHaveCount(0)
})
