// The export is checked with an independent parser (Mozilla's ical.js, as used by Thunderbird),
// not with the library that wrote it.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import {
  buildDeadlineCalendar,
  calendarFileName,
  deadlineUid,
  DEFAULT_PROD_ID,
  GENERIC_ALARM_TEXT,
  type BuildDeadlineCalendarOptions
} from '@shared/calendar/icsExport'
import { addDaysIso, daysBetweenIso, formatLongDay, localDayAndTime } from '@shared/calendar/isoDay'
import { FileName } from '@shared/ipc/fileNames'
import { allDeadlines, ccfDecision, CLIENT_KZ, CLIENT_TR, doneFiling, gsNotice, matters, ukAppeal } from './calendarFixtures'

const NOW = new Date('2026-11-23T09:00:00Z')
const base: BuildDeadlineCalendarOptions = {
  deadlines: allDeadlines,
  matters,
  includeClientNames: false,
  now: NOW,
  timeZone: 'Europe/London'
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent')
  const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]))
  return { calendar, events, byUid }
}

function eventFor(text: string, key: string) {
  const event = parse(text).byUid.get(deadlineUid(key))
  if (!event) throw new Error(`no event for ${key}`)
  return event
}

const text = (event: ICAL.Component, name: string) => String(event.getFirstPropertyValue(name))
const triggers = (event: ICAL.Component) =>
  event.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')))

describe('buildDeadlineCalendar: structure', () => {
  const ics = buildDeadlineCalendar(base)

  it('is a VCALENDAR 2.0 with our PRODID', () => {
    const { calendar } = parse(ics)
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBe(DEFAULT_PROD_ID)
    expect(buildDeadlineCalendar({ ...base, prodId: '-//Firm//Redress test//EN' })).toContain('PRODID:-//Firm//Redress test//EN\r\n')
  })

  it('exports open and overridden deadlines, not done ones', () => {
    const { events, byUid } = parse(ics)
    expect(events).toHaveLength(3)
    for (const d of [ccfDecision, ukAppeal, gsNotice]) expect(byUid.has(deadlineUid(d.key))).toBe(true)
    expect(byUid.has(deadlineUid(doneFiling.key))).toBe(false)
  })

  it('puts each event on its due date as an all-day DATE', () => {
    const expected: Array<[string, string, string]> = [
      [ccfDecision.key, '2027-02-28', '2027-03-01'],
      [ukAppeal.key, '2026-12-04', '2026-12-05'],
      // Overridden: the date the lawyer set, not the computed 2027-03-28.
      [gsNotice.key, '2027-04-06', '2027-04-07']
    ]
    for (const [key, start, end] of expected) {
      const event = eventFor(ics, key)
      const dtstart = event.getFirstProperty('dtstart')
      expect(dtstart?.type).toBe('date')
      expect(String(dtstart?.getFirstValue())).toBe(start)
      expect(String(event.getFirstPropertyValue('dtend'))).toBe(end)
    }
    expect(ics).toContain('DTSTART;VALUE=DATE:20270228\r\n')
  })

  it('orders events by due date', () => {
    const starts = parse(ics).events.map((e) => text(e, 'dtstart'))
    expect(starts).toEqual(['2026-12-04', '2027-02-28', '2027-04-06'])
  })

  it('gives every event a stable, opaque UID and a DTSTAMP of now', () => {
    const uid = deadlineUid(ccfDecision.key)
    expect(uid).toMatch(/^[0-9a-f]{32}@redress\.local$/)
    expect(deadlineUid(ccfDecision.key)).toBe(uid)
    expect(deadlineUid(ukAppeal.key)).not.toBe(uid)
    expect(uid).not.toContain('ccf')
    expect(String(eventFor(ics, ccfDecision.key).getFirstPropertyValue('dtstamp'))).toBe('2026-11-23T09:00:00Z')
    // Same input, same file: re-exporting updates events rather than duplicating them.
    expect(buildDeadlineCalendar(base)).toBe(ics)
  })

  it('marks events private and transparent', () => {
    const event = eventFor(ics, ccfDecision.key)
    expect(text(event, 'class')).toBe('PRIVATE')
    expect(text(event, 'transp')).toBe('TRANSPARENT')
  })

  it('writes an empty but valid calendar when nothing is due', () => {
    const empty = buildDeadlineCalendar({ ...base, deadlines: [doneFiling] })
    expect(parse(empty).events).toHaveLength(0)
    expect(empty.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(empty.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })
})

describe('buildDeadlineCalendar: text', () => {
  it('titles events with the matter reference and no client name by default', () => {
    const ics = buildDeadlineCalendar(base)
    expect(text(eventFor(ics, ccfDecision.key), 'summary')).toBe('Due: CCF decision on the correction/deletion request — Matter RN-TR-01')
    expect(text(eventFor(ics, ukAppeal.key), 'summary')).toBe('Due: Notice of application for leave to appeal to the High Court — Matter RN-KZ-07')
    for (const name of [CLIENT_TR, CLIENT_KZ, 'Zhaksylykov', 'Жақсылықова']) expect(ics).not.toContain(name)
    // Folding could hide a name split across lines: check the unfolded text too.
    const unfolded = ics.replace(/\r\n[ \t]/g, '')
    for (const name of [CLIENT_TR, CLIENT_KZ]) expect(unfolded).not.toContain(name)
    for (const alarm of parse(ics).events.flatMap((e) => e.getAllSubcomponents('valarm'))) {
      expect(alarm.getFirstPropertyValue('description')).toBe(GENERIC_ALARM_TEXT)
    }
  })

  it('adds client names to titles and alarms only when opted in', () => {
    const ics = buildDeadlineCalendar({ ...base, includeClientNames: true })
    const tr = eventFor(ics, ccfDecision.key)
    expect(text(tr, 'summary')).toBe(`Due: CCF decision on the correction/deletion request — Matter RN-TR-01 (${CLIENT_TR})`)
    expect(text(eventFor(ics, ukAppeal.key), 'summary')).toContain(`(${CLIENT_KZ})`)
    const alarmText = String(tr.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description'))
    expect(alarmText).toContain(CLIENT_TR)
  })

  it('describes each date: explanation, citation, certainty and who owes it', () => {
    const ics = buildDeadlineCalendar(base)
    const decision = text(eventFor(ics, ccfDecision.key), 'description')
    expect(decision).toBe(
      [
        '9 months from admissibility on 31 May 2026 = 28 Feb 2027, Statute Art. 40(2)',
        'Rule: Statute Art. 40(2).',
        'Certainty: statutory time limit.',
        'Owed by the CCF.'
      ].join('\n')
    )
    expect(text(eventFor(ics, ukAppeal.key), 'description')).toContain('Owed by us.')
    const gs = text(eventFor(ics, gsNotice.key), 'description')
    expect(gs).toContain('UNCONFIRMED rule')
    expect(gs).toContain('Owed by the INTERPOL General Secretariat.')
    expect(gs).toContain('Date set by hand (computed date: 2027-03-28).')
  })

  it('mentions an extension and a rule note', () => {
    const extended = { ...ccfDecision, dueDate: '2027-05-15', extendedTo: '2027-05-15', rule: { ...ccfDecision.rule, note: 'The CCF may extend (Art. 40(3)).' } }
    const ics = buildDeadlineCalendar({ ...base, deadlines: [extended] })
    const description = text(eventFor(ics, ccfDecision.key), 'description')
    expect(description).toContain('Extended to 2027-05-15.')
    expect(description).toContain('Note: The CCF may extend (Art. 40(3)).')
    expect(text(eventFor(ics, ccfDecision.key), 'dtstart')).toBe('2027-05-15')
  })

  it('leaves the matter out of the title when the deadline has none or it is unknown', () => {
    const orphan = { ...ukAppeal, matterId: undefined }
    const unknown = { ...ccfDecision, matterId: '11111111-2222-4333-8444-555555555555' }
    const ics = buildDeadlineCalendar({ ...base, deadlines: [orphan, unknown], includeClientNames: true })
    expect(text(eventFor(ics, ukAppeal.key), 'summary')).toBe('Due: Notice of application for leave to appeal to the High Court')
    expect(text(eventFor(ics, ccfDecision.key), 'summary')).toBe('Due: CCF decision on the correction/deletion request')
  })

  it('escapes commas, semicolons and backslashes so they survive a round trip', () => {
    const odd = { ...ccfDecision, explanation: 'a, b; c\\d' }
    const ics = buildDeadlineCalendar({ ...base, deadlines: [odd] })
    expect(text(eventFor(ics, ccfDecision.key), 'description').split('\n')[0]).toBe('a, b; c\\d')
  })
})

describe('buildDeadlineCalendar: alarms', () => {
  it('adds one display alarm per lead time of the rule', () => {
    const ics = buildDeadlineCalendar(base)
    expect(triggers(eventFor(ics, ccfDecision.key))).toEqual(['-P14D', '-P7D', '-P2D', '-P1D'])
    expect(triggers(eventFor(ics, ukAppeal.key))).toEqual(['-P7D', '-P2D', '-P1D'])
    expect(triggers(eventFor(ics, gsNotice.key))).toEqual(['-P2D'])
    for (const alarm of parse(ics).events.flatMap((e) => e.getAllSubcomponents('valarm'))) {
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    }
    expect(ics).toContain('TRIGGER:-P14D\r\n')
  })

  it('skips repeated lead times and fires a lead time of 0 on the day', () => {
    const d = { ...ukAppeal, rule: { ...ukAppeal.rule, reminderLeadDays: [1, 0, 1] } }
    expect(triggers(eventFor(buildDeadlineCalendar({ ...base, deadlines: [d] }), ukAppeal.key))).toEqual(['-P1D', 'PT0S'])
  })

  it('leaves out alarms whose day has passed, keeps today’s', () => {
    // 2026-11-27 is 7 days before 4 Dec: past on the 30th, today on the 27th.
    const late = buildDeadlineCalendar({ ...base, now: new Date('2026-11-30T12:00:00Z') })
    expect(triggers(eventFor(late, ukAppeal.key))).toEqual(['-P2D', '-P1D'])
    const onTheDay = buildDeadlineCalendar({ ...base, now: new Date('2026-11-27T00:30:00Z') })
    expect(triggers(eventFor(onTheDay, ukAppeal.key))).toEqual(['-P7D', '-P2D', '-P1D'])
    // An overdue deadline is still exported, without alarms.
    const overdue = buildDeadlineCalendar({ ...base, now: new Date('2026-12-10T12:00:00Z') })
    expect(triggers(eventFor(overdue, ukAppeal.key))).toEqual([])
  })

  it('decides "today" in the given time zone', () => {
    // 18:00 UTC on 27 Nov is still the 27th in London but already the 28th in Tokyo (UTC+9).
    const now = new Date('2026-11-27T18:00:00Z')
    expect(triggers(eventFor(buildDeadlineCalendar({ ...base, now, timeZone: 'Europe/London' }), ukAppeal.key))).toEqual(['-P7D', '-P2D', '-P1D'])
    expect(triggers(eventFor(buildDeadlineCalendar({ ...base, now, timeZone: 'Asia/Tokyo' }), ukAppeal.key))).toEqual(['-P2D', '-P1D'])
  })
})

describe('buildDeadlineCalendar: RFC 5545 text layer', () => {
  const long = {
    ...ccfDecision,
    explanation: `${'9 months from admissibility on 31 May 2026 = 28 Feb 2027, Statute Art. 40(2); '.repeat(4)}Жақсылықова — 日本語 — مذكرة 😀`
  }
  const ics = buildDeadlineCalendar({ ...base, deadlines: [long, ukAppeal], includeClientNames: true })

  it('ends every line, the last included, with CRLF and has no bare CR or LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('folds lines at 75 octets without breaking UTF-8', () => {
    const lines = ics.split('\r\n').slice(0, -1)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75)
      expect(line).not.toContain('\uFFFD')
    }
    // Unfolded and parsed, the long text is whole again.
    expect(text(eventFor(ics, ccfDecision.key), 'description').split('\n')[0]).toBe(long.explanation)
  })
})

describe('calendarFileName', () => {
  it('names the scope and never a client', () => {
    expect(calendarFileName({ kind: 'all' })).toBe('Redress deadlines - all matters.ics')
    expect(calendarFileName({ kind: 'matter', reference: 'Matter RN-TR-01' })).toBe('Redress deadlines - Matter RN-TR-01.ics')
  })

  it('always yields a valid file name', () => {
    for (const reference of ['RN/TR:01', '   ', 'x'.repeat(400), '..']) {
      const name = calendarFileName({ kind: 'matter', reference })
      expect(FileName.safeParse(name).success, name).toBe(true)
      expect(name.endsWith('.ics')).toBe(true)
    }
  })
})

describe('isoDay helpers', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30']
  ])('%s + %i = %s', (day, n, expected) => {
    expect(addDaysIso(day, n)).toBe(expected)
  })

  it('counts days between dates and formats them in full', () => {
    expect(daysBetweenIso('2026-11-23', '2026-12-04')).toBe(11)
    expect(daysBetweenIso('2026-12-04', '2026-11-23')).toBe(-11)
    expect(daysBetweenIso('2028-02-28', '2028-03-01')).toBe(2)
    expect(formatLongDay('2026-11-23')).toBe('23 November 2026')
    expect(formatLongDay('2027-02-01')).toBe('1 February 2027')
    expect(() => formatLongDay('23/11/2026')).toThrow(RangeError)
  })

  it('reads the local day and time of a moment in a time zone', () => {
    const moment = new Date('2026-11-23T23:30:00Z')
    expect(localDayAndTime(moment, 'Europe/London')).toEqual({ day: '2026-11-23', time: '23:30' })
    expect(localDayAndTime(moment, 'Asia/Tokyo')).toEqual({ day: '2026-11-24', time: '08:30' })
    expect(localDayAndTime(new Date('2026-07-01T00:15:00Z'), 'Europe/London')).toEqual({ day: '2026-07-01', time: '01:15' })
  })
})
