import { describe, expect, it } from 'vitest'
import { ipcContract } from '@shared/ipc/contract'
import {
  dueReminders,
  markShown,
  notificationText,
  NOTIFICATION_BODY_MAX,
  NOTIFICATION_TITLE_MAX,
  pruneReminderLog,
  ReminderLog,
  ReminderLogEntry,
  type Reminder
} from '@shared/deadlines/reminders'
import { ccfDecision, CLIENT_TR, doneFiling, gsNotice, rule, ukAppeal, type TestDeadline } from './calendarFixtures'

// ukAppeal: due 2026-12-04, leads [7, 2, 1] (+ the due day). ccfDecision: due 2027-02-28, leads [14, 7, 2, 1].
const keysOf = (reminders: Reminder[]) => reminders.map((r) => [r.key, r.leadDays])

describe('dueReminders: lead times', () => {
  it.each([
    // today, expected lead for ukAppeal (undefined = nothing yet)
    ['2026-11-26', undefined],
    ['2026-11-27', 7],
    ['2026-11-30', 7],
    ['2026-12-02', 2],
    ['2026-12-03', 1],
    ['2026-12-04', 0]
  ] as Array<[string, number | undefined]>)('on %s the appeal reminds with lead %s', (today, lead) => {
    const reminders = dueReminders([ukAppeal], today, [])
    if (lead === undefined) expect(reminders).toEqual([])
    else expect(keysOf(reminders)).toEqual([[ukAppeal.key, lead]])
  })

  it('describes the reminder', () => {
    expect(dueReminders([ukAppeal], '2026-12-02', [])).toEqual([
      {
        key: ukAppeal.key,
        matterId: ukAppeal.matterId,
        kind: 'upcoming',
        leadDays: 2,
        dueDate: '2026-12-04',
        daysLeft: 2,
        title: 'Notice of application for leave to appeal to the High Court',
        obligor: 'us',
        certainty: 'statutory'
      }
    ])
    expect(dueReminders([ukAppeal], '2026-12-04', [])[0]?.kind).toBe('due-today')
  })

  it('does not repeat a lead time once shown, and fires the next one', () => {
    const log = markShown(dueReminders([ukAppeal], '2026-11-27', []), '2026-11-27')
    expect(log).toEqual([{ key: ukAppeal.key, leadDays: 7, dueDate: '2026-12-04', shownOn: '2026-11-27' }])
    expect(dueReminders([ukAppeal], '2026-11-28', log)).toEqual([])
    expect(dueReminders([ukAppeal], '2026-12-01', log)).toEqual([])
    expect(keysOf(dueReminders([ukAppeal], '2026-12-02', log))).toEqual([[ukAppeal.key, 2]])
  })

  it('shows only the nearest of several missed lead times', () => {
    // The app was closed from before the 14-day mark until 2 days before.
    expect(keysOf(dueReminders([ccfDecision], '2027-02-26', []))).toEqual([[ccfDecision.key, 2]])
    const log = markShown(dueReminders([ccfDecision], '2027-02-26', []), '2027-02-26')
    // The superseded 14- and 7-day reminders do not come back.
    expect(dueReminders([ccfDecision], '2027-02-26', log)).toEqual([])
    expect(keysOf(dueReminders([ccfDecision], '2027-02-27', log))).toEqual([[ccfDecision.key, 1]])
  })

  it('reminds again when the due date moves (extension)', () => {
    const log = markShown(dueReminders([ccfDecision], '2027-02-21', []), '2027-02-21')
    expect(log[0]?.leadDays).toBe(7)
    const extended = { ...ccfDecision, dueDate: '2027-02-27', extendedTo: '2027-02-27' }
    expect(keysOf(dueReminders([extended], '2027-02-21', log))).toEqual([[ccfDecision.key, 7]])
  })

  it('gives nothing for done deadlines, and reminds on the override date for overridden ones', () => {
    expect(dueReminders([doneFiling], '2026-12-15', [])).toEqual([])
    expect(dueReminders([doneFiling], '2027-01-15', [])).toEqual([])
    // gsNotice: computed 2027-03-28, set by hand to 2027-04-06, lead [2].
    expect(dueReminders([gsNotice], '2027-03-26', [])).toEqual([])
    expect(keysOf(dueReminders([gsNotice], '2027-04-04', []))).toEqual([[gsNotice.key, 2]])
  })

  it('respects a rule without reminders until the date has passed', () => {
    const silent = { ...ukAppeal, rule: rule({ obligor: 'us', reminderLeadDays: [] }) }
    expect(dueReminders([silent], '2026-12-03', [])).toEqual([])
    expect(dueReminders([silent], '2026-12-04', [])).toEqual([])
    expect(keysOf(dueReminders([silent], '2026-12-05', []))).toEqual([[ukAppeal.key, 'overdue']])
  })
})

describe('dueReminders: overdue', () => {
  it('reminds once a day while an open deadline is overdue', () => {
    const first = dueReminders([ukAppeal], '2026-12-05', [])
    expect(first).toMatchObject([{ kind: 'overdue', leadDays: 'overdue', daysLeft: -1 }])
    const log = markShown(first, '2026-12-05')
    expect(dueReminders([ukAppeal], '2026-12-05', log)).toEqual([])
    expect(dueReminders([ukAppeal], '2026-12-06', log)).toMatchObject([{ kind: 'overdue', daysLeft: -2 }])
  })

  it('orders our deadlines before those owed by others, then by days left', () => {
    const ourLater: TestDeadline = { ...ukAppeal, key: 'uk.appeal.part2@later', dueDate: '2027-03-01' }
    const reminders = dueReminders([ccfDecision, ourLater, ukAppeal, gsNotice], '2027-02-27', [])
    expect(reminders.map((r) => [r.key, r.daysLeft])).toEqual([
      [ukAppeal.key, -85],
      [ourLater.key, 2],
      [ccfDecision.key, 1]
    ])
    // Past the CCF's date, it comes after all of ours but before theirs that are still running.
    const later = dueReminders([ccfDecision, gsNotice, ourLater], '2027-04-05', [])
    expect(later.map((r) => [r.key, r.kind])).toEqual([
      [ourLater.key, 'overdue'],
      [ccfDecision.key, 'overdue'],
      [gsNotice.key, 'upcoming']
    ])
  })
})

describe('reminder log', () => {
  it('has a strict schema', () => {
    const entry = { key: ukAppeal.key, leadDays: 7, dueDate: '2026-12-04', shownOn: '2026-11-27' }
    expect(ReminderLogEntry.parse(entry)).toEqual(entry)
    expect(ReminderLogEntry.parse({ ...entry, leadDays: 'overdue' }).leadDays).toBe('overdue')
    for (const bad of [
      { ...entry, leadDays: -1 },
      { ...entry, leadDays: 1.5 },
      { ...entry, leadDays: 'soon' },
      { ...entry, shownOn: '2026-02-30' },
      { ...entry, dueDate: undefined },
      { ...entry, clientName: CLIENT_TR }
    ]) {
      expect(ReminderLogEntry.safeParse(bad).success).toBe(false)
    }
    expect(ReminderLog.parse([entry])).toEqual([entry])
  })

  it('prunes entries that can no longer suppress anything', () => {
    const log: ReminderLogEntry[] = [
      { key: ukAppeal.key, leadDays: 7, dueDate: '2026-12-04', shownOn: '2026-11-27' },
      { key: ukAppeal.key, leadDays: 'overdue', dueDate: '2026-12-04', shownOn: '2026-12-05' },
      { key: ukAppeal.key, leadDays: 'overdue', dueDate: '2026-12-04', shownOn: '2026-12-06' },
      { key: ccfDecision.key, leadDays: 14, dueDate: '2027-02-20', shownOn: '2027-02-06' },
      { key: doneFiling.key, leadDays: 2, dueDate: '2026-12-15', shownOn: '2026-12-13' },
      { key: 'gone@x', leadDays: 1, dueDate: '2026-12-01', shownOn: '2026-11-30' }
    ]
    expect(pruneReminderLog(log, [ukAppeal, ccfDecision, doneFiling], '2026-12-06')).toEqual([log[0], log[2]])
  })
})

describe('notificationText', () => {
  const [upcoming] = dueReminders([ccfDecision], '2027-02-26', [])
  const [ours] = dueReminders([ukAppeal], '2026-12-02', [])
  if (!upcoming || !ours) throw new Error('fixtures')

  it('names the matter, not the client, by default', () => {
    expect(notificationText(ours, { includeClientNames: false, clientName: CLIENT_TR, matterReference: 'Matter RN-TR-01' })).toEqual({
      title: 'Deadline in 2 days — Matter RN-TR-01',
      body: 'Notice of application for leave to appeal to the High Court: due 4 December 2026.'
    })
    const text = notificationText(upcoming, { includeClientNames: false, clientName: CLIENT_TR, matterReference: 'Matter RN-TR-01' })
    expect(JSON.stringify(text)).not.toContain('Zhaksylykov')
    expect(text.body).toBe('CCF decision on the correction/deletion request: due 28 February 2027. Owed by the CCF.')
  })

  it('adds the client name only when opted in', () => {
    const text = notificationText(ours, { includeClientNames: true, clientName: CLIENT_TR, matterReference: 'Matter RN-TR-01' })
    expect(text.title).toBe(`Deadline in 2 days — Matter RN-TR-01 (${CLIENT_TR})`)
    expect(notificationText(ours, { includeClientNames: true, matterReference: 'Matter RN-TR-01' }).title).toBe('Deadline in 2 days — Matter RN-TR-01')
  })

  it.each([
    ['2026-12-03', 'Deadline tomorrow — Matter RN-KZ-07'],
    ['2026-12-04', 'Deadline today — Matter RN-KZ-07'],
    ['2026-12-05', 'Deadline overdue by 1 day — Matter RN-KZ-07'],
    ['2026-12-09', 'Deadline overdue by 5 days — Matter RN-KZ-07']
  ])('on %s: %s', (today, title) => {
    const [reminder] = dueReminders([ukAppeal], today, [])
    if (!reminder) throw new Error('no reminder')
    expect(notificationText(reminder, { includeClientNames: false, matterReference: 'Matter RN-KZ-07' }).title).toBe(title)
  })

  it('words a passed CCF deadline as overdue under the Statute, and flags unconfirmed rules', () => {
    const [late] = dueReminders([ccfDecision], '2027-03-03', [])
    if (!late) throw new Error('no reminder')
    expect(notificationText(late, { includeClientNames: false, matterReference: 'Matter RN-TR-01' })).toEqual({
      title: 'Deadline passed 3 days ago — Matter RN-TR-01',
      body: 'CCF decision on the correction/deletion request: was due 28 February 2027. Owed by the CCF. Overdue under the Statute: consider a status enquiry.'
    })
    const [gs] = dueReminders([gsNotice], '2027-04-05', [])
    if (!gs) throw new Error('no reminder')
    expect(notificationText(gs, { includeClientNames: false, matterReference: 'Matter RN-TR-01' }).body).toContain('The rule is unconfirmed')
  })

  it('fits the notify:show limits however long the parts are', () => {
    expect(NOTIFICATION_TITLE_MAX).toBe(120)
    expect(NOTIFICATION_BODY_MAX).toBe(500)
    const long = { ...ours, title: 'x'.repeat(800) }
    const text = notificationText(long, { includeClientNames: true, clientName: 'Ж'.repeat(300), matterReference: `Matter ${'R'.repeat(200)}` })
    expect(text.title.length).toBeLessThanOrEqual(NOTIFICATION_TITLE_MAX)
    expect(text.body.length).toBeLessThanOrEqual(NOTIFICATION_BODY_MAX)
    expect(text.title.endsWith('…')).toBe(true)
    expect(ipcContract['notify:show'].request.safeParse(text).success).toBe(true)
    // Emoji are two UTF-16 units: clipping never leaves half of one.
    const emoji = notificationText(ours, { includeClientNames: false, matterReference: '😀'.repeat(100) })
    expect(emoji.title.length).toBeLessThanOrEqual(NOTIFICATION_TITLE_MAX)
    expect(emoji.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(ipcContract['notify:show'].request.safeParse(emoji).success).toBe(true)
  })

  it('leaves matterId out when the deadline has none', () => {
    const orphan = { ...ukAppeal, matterId: undefined }
    const [reminder] = dueReminders([orphan], '2026-12-02', [])
    expect(reminder && 'matterId' in reminder).toBe(false)
    expect(reminder?.key).toBe(ukAppeal.key)
  })
})
