// Deadlines end to end: CCF clocks on the matter page with their explanations, marks that survive a
// reload and land in the daily log, calendar export parsed with ical.js, Art. 40(3) extensions,
// dates set by hand that hold while their trigger moves, and a lawyer's own rule in a forked pack.
import { GULSEN, GULSEN_RED_NOTICE, addMatter, createClient, createVault, expect, goTo, test, unlock } from './helpers'
import { addEvent, deadlineRow, fillEventForm, matterDeadlines, openDeadlinePage, openDossier, readCalendar } from './deadlineSteps'

/** A calendar day as the timeline writes it: Intl in the UI language (English days are en-GB), medium style. */
const mediumDay = (isoDay: string): string => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`))

const MATTER = 'Red notice — Türkiye'
const ADMISSIBLE = { type: 'ccf-admissibility', date: '2026-05-31', summary: 'Deletion request declared admissible', matter: MATTER, requestType: 'correction-deletion' } as const

test.beforeEach(async ({ page }) => {
  // A fixed "today" keeps days-left, buckets and reminders stable; time still runs from there.
  await page.clock.setSystemTime(new Date('2026-11-23T10:00:00'))
})

test('a deletion request declared admissible gives the CCF 9 months; marking it done survives a reload and is in the daily log', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)

  // The request type decides the time limit, so the form asks for it.
  await page.getByRole('button', { name: 'Add event' }).click()
  const form = page.getByRole('form', { name: 'Add event' })
  await fillEventForm(form, { type: 'ccf-admissibility', date: '2026-05-31', summary: 'Deletion request declared admissible', matter: MATTER })
  await expect(form.getByLabel('Request type')).toHaveAccessibleDescription(/Request type: choose access, correction\/deletion or revision/)
  await fillEventForm(form, { requestType: 'correction-deletion' })
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Correction/deletion request')

  const list = matterDeadlines(page)
  await expect(list.getByText('CCF decision due 2027-02-28 (Statute Art. 40(2))', { exact: true })).toBeVisible()
  await expect(list).toContainText('9 months from request declared admissible on 31 May 2026 = 28 Feb 2027, Statute Art. 40(2)')
  const decision = deadlineRow(list, 'CCF decision due 2027-02-28')
  await expect(decision).toContainText('CCF owes')
  await expect(decision).toContainText('Open')
  // The Art. 41 steps follow the decision.
  await expect(list.getByText('Written decision sent to the General Secretariat due 2027-03-28 (Statute Art. 41(1))')).toBeVisible()

  // Mark done, undo, mark done again.
  await decision.getByRole('button', { name: 'Mark done: CCF decision due 2027-02-28' }).click()
  await expect(decision).toContainText('Done on 2026-11-23')
  await page.getByRole('status').filter({ hasText: '“CCF decision” is marked done.' }).getByRole('button', { name: 'Undo' }).click()
  await expect(decision).toContainText('Open')
  await decision.getByRole('button', { name: 'Mark done: CCF decision due 2027-02-28' }).click()
  await expect(decision).toContainText('Done on 2026-11-23')
  await expect(decision.getByRole('button', { name: /^Reopen/ })).toBeVisible()

  // The daily log has the deadlines entered today and the mark, without the client's name.
  await openDeadlinePage(page, 'Deadline log')
  await expect(page.getByLabel('Day')).toHaveValue('2026-11-23')
  const log = page.getByRole('region', { name: 'Deadline log — 23 November 2026' })
  await expect(log.getByRole('row').filter({ hasText: 'Added: CCF decision: due 2027-02-28 (Statute Art. 40(2))' })).toHaveCount(1)
  await expect(log.getByRole('row').filter({ hasText: 'Marked done: CCF decision (due 2027-02-28)' })).toHaveCount(2)
  await expect(log.getByRole('row').filter({ hasText: 'Reopened: CCF decision' })).toHaveCount(1)
  await expect(log.getByRole('row').nth(1)).toContainText('Vault owner')
  await expect(log).not.toContainText('Gülşen')
  // Printing shows the log without the app's chrome.
  await page.evaluate(() => {
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => {
      ;(window as unknown as { printed: number }).printed++
    }
  })
  await page.getByRole('button', { name: 'Print' }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(log).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  // Another day has no entries.
  await page.getByLabel('Day').fill('2026-11-22')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByRole('region', { name: 'Deadline log — 22 November 2026' })).toContainText('No deadlines were entered or changed on this day.')

  await page.reload()
  await unlock(page)
  await openDossier(page, GULSEN)
  await expect(deadlineRow(matterDeadlines(page), 'CCF decision due 2027-02-28')).toContainText('Done on 2026-11-23')
})

test('calendar export: every open deadline as an all-day event, no client name unless opted in', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await addEvent(page, ADMISSIBLE)
  await addEvent(page, { type: 'ccf-submission-deadline-set', date: '2026-11-20', summary: 'CCF asks for further documents', matter: MATTER, requestType: 'correction-deletion', newDueDate: '2026-12-18' })

  await goTo(page, 'Deadlines')
  const rows = page.locator('li.deadline-row')
  await expect(rows).toHaveCount(5)
  await expect(page.getByText('The calendar file is not encrypted')).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export calendar (.ics)' }).click()])
  expect(download.suggestedFilename()).toBe('Redress deadlines - all matters.ics')
  const calendar = await readCalendar(download)
  expect(calendar.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(calendar.events.map((e) => e.start).sort()).toEqual(['2026-12-18', '2027-02-28', '2027-03-28', '2027-04-28', '2027-05-28'])
  for (const event of calendar.events) {
    expect(event.isDate, `${event.summary} has DTSTART;VALUE=DATE`).toBe(true)
    expect(event.summary).toMatch(/^Due: .+ — RN-TR-[0-9A-F]{4}$/)
  }
  expect(calendar.text).toContain('DTSTART;VALUE=DATE:20270228')
  expect(calendar.events.find((e) => e.start === '2027-02-28')?.description).toContain('9 months from request declared admissible on 31 May 2026')
  for (const name of ['Gülşen', 'Yıldırım', 'Gulsen', 'Yildirim']) expect(calendar.unfolded).not.toContain(name)
  await expect(page.getByRole('status').filter({ hasText: 'Saved Redress deadlines - all matters.ics.' })).toBeVisible()

  // Marked done → left out of the next export.
  await deadlineRow(page.locator('main'), 'Further submissions').getByRole('button', { name: /^Mark done/ }).click()
  const [second] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export calendar (.ics)' }).click()])
  expect((await readCalendar(second)).events).toHaveLength(4)

  // Opting in puts the name in the titles, and the warning says so.
  await goTo(page, 'Settings')
  const optIn = page.getByLabel('Show client names in exported calendar files (.ics)')
  await expect(optIn).not.toBeChecked()
  await expect(optIn).toHaveAccessibleDescription(/not encrypted/)
  await optIn.check()
  await page.getByRole('button', { name: 'Save deadline settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await goTo(page, 'Deadlines')
  await expect(page.getByText('it names your clients')).toBeVisible()
  const [named] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export calendar (.ics)' }).click()])
  expect((await readCalendar(named)).unfolded).toContain('Gülşen Yıldırım')

  // One matter's calendar from the dossier page.
  await openDossier(page, GULSEN)
  const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this matter’s calendar (.ics)' }).click()])
  expect(one.suggestedFilename()).toMatch(/^Redress deadlines - RN-TR-[0-9A-F]{4}\.ics$/)
  expect((await readCalendar(one)).events).toHaveLength(4)
})

test('an Art. 40(3) extension moves the CCF decision and its chain', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await addEvent(page, ADMISSIBLE)

  await page.getByRole('button', { name: 'Add event' }).click()
  const form = page.getByRole('form', { name: 'Add event' })
  await fillEventForm(form, { type: 'ccf-extension', date: '2027-02-10', summary: 'Requests Chamber extends the time limit', matter: MATTER, requestType: 'correction-deletion' })
  await expect(form.getByLabel('Date set by the CCF')).toHaveAccessibleDescription(/Date set by the CCF is required/)
  await fillEventForm(form, { newDueDate: '2027-05-31' })
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(`date set by the CCF: ${mediumDay('2027-05-31')}`)

  const list = matterDeadlines(page)
  await expect(list.getByText('CCF decision due 2027-05-31 (Statute Art. 40(2))', { exact: true })).toBeVisible()
  const decision = deadlineRow(list, 'CCF decision due 2027-05-31')
  await expect(decision).toContainText('= 28 Feb 2027, Statute Art. 40(2); extended to 31 May 2027 under Statute Art. 40(3)')
  await expect(decision).toContainText('Extended to 2027-05-31')
  await expect(list.getByText('Written decision sent to the General Secretariat due 2027-06-30 (Statute Art. 41(1))')).toBeVisible()
  await expect(list.getByText('CCF decision due 2027-02-28')).toHaveCount(0)

  // The firm's file reference names the matter wherever the client's name must not appear.
  await page.getByRole('button', { name: `Edit: ${MATTER}` }).click()
  const matterForm = page.getByRole('form', { name: 'Edit matter' })
  await matterForm.getByLabel('File reference').fill('GY-2026-017')
  await matterForm.getByRole('button', { name: 'Save matter' }).click()
  await expect(matterForm).toHaveCount(0)
  await expect(list.getByRole('heading', { name: `${MATTER} GY-2026-017`, level: 3 })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'Export this matter’s calendar (.ics)' }).click()])
  expect(download.suggestedFilename()).toBe('Redress deadlines - GY-2026-017.ics')
})

test('a date set by hand holds when its trigger moves; the deadlines that follow from it keep counting from it', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await addEvent(page, ADMISSIBLE)
  const list = matterDeadlines(page)

  // Moving the trigger moves the whole chain.
  const editEvent = async (date: string) => {
    await page.getByRole('button', { name: /^Edit: .+ Deletion request declared admissible$/ }).click()
    const form = page.getByRole('form', { name: 'Edit event' })
    await fillEventForm(form, { date })
    await expect(form).toHaveCount(0)
  }
  await editEvent('2026-06-30')
  await expect(list.getByText('CCF decision due 2027-03-30 (Statute Art. 40(2))')).toBeVisible()
  await expect(list.getByText('Written decision sent to the General Secretariat due 2027-04-30 (Statute Art. 41(1))')).toBeVisible()

  // Set the decision date by hand; a malformed date is refused first.
  const decision = deadlineRow(list, 'CCF decision due 2027-03-30')
  await decision.getByRole('button', { name: 'Set date by hand: CCF decision due 2027-03-30' }).click()
  const override = page.getByRole('form', { name: 'Set the date by hand: CCF decision' })
  await override.getByLabel('New due date').fill('15.03.2027')
  await override.getByRole('button', { name: 'Save date' }).click()
  await expect(override.getByLabel('New due date')).toHaveAccessibleDescription(/New due date: use the form yyyy-mm-dd/)
  await override.getByLabel('New due date').fill('2027-03-15')
  await override.getByLabel('Reason').fill('Chamber told us it will decide at its March session')
  await override.getByRole('button', { name: 'Save date' }).click()
  await expect(override).toHaveCount(0)
  const overridden = deadlineRow(list, 'CCF decision due 2027-03-15')
  await expect(overridden).toContainText('Date set by hand (computed date 2027-03-30)')
  await expect(overridden).toContainText('Your note: Chamber told us it will decide at its March session')
  await expect(list.getByText('Written decision sent to the General Secretariat due 2027-04-15 (Statute Art. 41(1))')).toBeVisible()

  // Moving the trigger back: the hand-set date and what follows from it stay.
  await editEvent('2026-05-31')
  await expect(overridden).toContainText('Date set by hand (computed date 2027-02-28)')
  await expect(list.getByText('CCF decision due 2027-03-15 (Statute Art. 40(2))')).toBeVisible()
  await expect(list.getByText('Written decision sent to the General Secretariat due 2027-04-15 (Statute Art. 41(1))')).toBeVisible()

  // Reopen returns to the computed date.
  await overridden.getByRole('button', { name: 'Reopen: CCF decision due 2027-03-15' }).click()
  await expect(list.getByText('CCF decision due 2027-02-28 (Statute Art. 40(2))')).toBeVisible()
})

test('fork the CCF pack, add a rule of our own, see its deadline; deleting asks first', async ({ page }) => {
  await createVault(page)
  await openDeadlinePage(page, 'Rule packs')
  const shipped = page.getByRole('region', { name: 'CCF Statute (2025 consolidated text)' })
  await expect(shipped).toContainText('Shipped with Redress')
  await shipped.getByText(/^\d+ rules$/).click()
  await expect(shipped).toContainText('Statute Art. 40(2)')
  await expect(page.getByRole('region', { name: 'Duties without a computable date' })).toContainText('at the earliest opportunity')
  await expect(page.getByRole('region', { name: /UK extradition/ })).toContainText('Unconfirmed rule')

  await shipped.getByRole('button', { name: 'Fork this pack: CCF Statute (2025 consolidated text)' }).click()
  const fork = page.getByRole('form', { name: 'Fork “CCF Statute (2025 consolidated text)”' })
  await fork.getByLabel('Name of your copy').fill('Our CCF practice')
  await expect(fork).toContainText('Pack id: our-ccf-practice')
  await fork.getByRole('button', { name: 'Fork pack' }).click()
  const ours = page.getByRole('region', { name: 'Our CCF practice' })
  await expect(ours).toContainText('Forked from CCF Statute (2025 consolidated text)')
  await expect(shipped).toContainText('Replaced by your copy “Our CCF practice”')

  // The rule form checks what the schema needs.
  await ours.getByRole('button', { name: 'Add rule: Our CCF practice' }).click()
  const ruleForm = page.getByRole('form', { name: 'New rule' })
  await ruleForm.getByRole('button', { name: 'Save rule' }).click()
  await expect(ruleForm.getByLabel('What is due')).toHaveAccessibleDescription(/What is due is required/)
  await expect(ruleForm.getByRole('textbox', { name: 'Period', exact: true })).toHaveAccessibleDescription(/Period: enter a whole number/)
  await ruleForm.getByLabel('What is due').fill('Chase the CCF for an acknowledgement')
  await ruleForm.getByLabel('Event type').selectOption('ccf-request-received')
  await ruleForm.getByRole('textbox', { name: 'Period', exact: true }).fill('14')
  await ruleForm.getByLabel('Who owes it').selectOption('us')
  await ruleForm.getByLabel('Legal citation').fill('Firm practice')
  await ruleForm.getByLabel('Reminders (days before)').fill('3, 1')
  await ruleForm.getByRole('button', { name: 'Save rule' }).click()
  await expect(ruleForm).toHaveCount(0)
  await expect(ours).toContainText('Chase the CCF for an acknowledgement')

  // The new rule (and the forked Statute rules) compute deadlines.
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  await addEvent(page, { type: 'ccf-request-received', date: '2026-11-02', summary: 'CCF received the deletion request', matter: MATTER, requestType: 'correction-deletion' })
  const list = matterDeadlines(page)
  await expect(list.getByText('Chase the CCF for an acknowledgement due 2026-11-16 (Firm practice)')).toBeVisible()
  await expect(deadlineRow(list, 'Chase the CCF')).toContainText('Practice')
  await expect(list.getByText('Admissibility decision sent to the applicant due 2026-12-02 (Statute Art. 32(1))')).toBeVisible()

  // Deleting the rule asks first; cancelling keeps it.
  await openDeadlinePage(page, 'Rule packs')
  await ours.getByRole('button', { name: 'Delete: Chase the CCF for an acknowledgement' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this rule?' })
  await expect(dialog).toContainText('“Chase the CCF for an acknowledgement”')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(ours).toContainText('Chase the CCF for an acknowledgement')
  await ours.getByRole('button', { name: 'Delete: Chase the CCF for an acknowledgement' }).click()
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(ours).not.toContainText('Chase the CCF for an acknowledgement')
  await openDossier(page, GULSEN)
  await expect(matterDeadlines(page).getByText(/Chase the CCF/)).toHaveCount(0)

  // Deleting the pack asks too; the shipped pack computes again.
  await openDeadlinePage(page, 'Rule packs')
  await ours.getByRole('button', { name: 'Delete pack: Our CCF practice' }).click()
  await page.getByRole('dialog', { name: 'Delete the rule pack “Our CCF practice”?' }).getByRole('button', { name: 'Delete pack' }).click()
  await expect(ours).toHaveCount(0)
  await expect(shipped).not.toContainText('Replaced by')
})
