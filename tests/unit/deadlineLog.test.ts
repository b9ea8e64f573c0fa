import { describe, expect, it } from 'vitest'
import {
  createLogEntry,
  DEFAULT_ACTOR,
  DeadlineLogEntry,
  diffDeadlines,
  entriesForDay,
  renderDayLog,
  type DeadlineLogEntryInput
} from '@shared/deadlines/deadlineLog'
import { ccfDecision, CLIENT_TR, doneFiling, gsNotice, MATTER_KZ, MATTER_TR, ukAppeal } from './calendarFixtures'

const AT = '2026-11-23T10:15:00.000Z'
function sequentialIds() {
  let n = 0
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
}
const diff = (before: Parameters<typeof diffDeadlines>[0], after: Parameters<typeof diffDeadlines>[1], options = {}) =>
  diffDeadlines(before, after, 'MK', AT, { newId: sequentialIds(), ...options })
const summaries = (entries: DeadlineLogEntry[]) => entries.map((e) => [e.action, e.summary])

describe('DeadlineLogEntry schema', () => {
  const entry: DeadlineLogEntryInput = {
    id: '00000000-0000-4000-8000-000000000001',
    at: AT,
    actor: 'MK',
    action: 'changed',
    deadlineKey: ccfDecision.key,
    matterId: MATTER_TR,
    summary: 'Due date 2027-02-28 → 2027-05-15 (extension, Statute Art. 40(3))'
  }

  it('accepts a full entry and defaults the actor', () => {
    expect(DeadlineLogEntry.parse(entry)).toEqual(entry)
    const { actor: _actor, ...withoutActor } = entry
    expect(DeadlineLogEntry.parse(withoutActor).actor).toBe(DEFAULT_ACTOR)
    expect(DEFAULT_ACTOR).toBe('Vault owner')
  })

  it.each([
    ['empty actor', { actor: '  ' }],
    ['over-long actor', { actor: 'x'.repeat(81) }],
    ['unknown action', { action: 'deleted' }],
    ['bad timestamp', { at: '23/11/2026 10:15' }],
    ['non-uuid id', { id: 'entry-1' }],
    ['empty summary', { summary: ' ' }],
    ['extra field', { clientName: CLIENT_TR }]
  ])('rejects %s', (_label, change) => {
    expect(DeadlineLogEntry.safeParse({ ...entry, ...change }).success).toBe(false)
  })
})

describe('diffDeadlines', () => {
  it('logs nothing when nothing changed', () => {
    expect(diff([ccfDecision, ukAppeal], [ukAppeal, ccfDecision])).toEqual([])
  })

  it('logs added deadlines with their date and citation', () => {
    const entries = diff([], [ccfDecision, ukAppeal])
    expect(entries).toEqual([
      {
        id: '00000000-0000-4000-8000-000000000001',
        at: AT,
        actor: 'MK',
        action: 'added',
        deadlineKey: ukAppeal.key,
        matterId: MATTER_KZ,
        summary: 'Notice of application for leave to appeal to the High Court: due 2026-12-04 (Extradition Act 2003 s. 103(9))'
      },
      {
        id: '00000000-0000-4000-8000-000000000002',
        at: AT,
        actor: 'MK',
        action: 'added',
        deadlineKey: ccfDecision.key,
        matterId: MATTER_TR,
        summary: 'CCF decision on the correction/deletion request: due 2027-02-28 (Statute Art. 40(2))'
      }
    ])
    for (const e of entries) expect(DeadlineLogEntry.safeParse(e).success).toBe(true)
  })

  it('logs an extension as a changed due date with its article', () => {
    const extended = { ...ccfDecision, dueDate: '2027-05-15', extendedTo: '2027-05-15' }
    expect(summaries(diff([ccfDecision], [extended]))).toEqual([
      ['changed', 'CCF decision on the correction/deletion request: due date 2027-02-28 → 2027-05-15 (extension, Statute Art. 40(3))']
    ])
    expect(summaries(diff([extended], [ccfDecision]))).toEqual([
      ['changed', 'CCF decision on the correction/deletion request: due date 2027-05-15 → 2027-02-28 (extension removed)']
    ])
  })

  it('logs a moved trigger, with the reason when the caller gives one', () => {
    const moved = { ...ccfDecision, computedDate: '2027-03-01', dueDate: '2027-03-01' }
    expect(summaries(diff([ccfDecision], [moved]))).toEqual([['changed', 'CCF decision on the correction/deletion request: due date 2027-02-28 → 2027-03-01']])
    expect(summaries(diff([ccfDecision], [moved], { reason: 'admissibility date corrected' }))).toEqual([
      ['changed', 'CCF decision on the correction/deletion request: due date 2027-02-28 → 2027-03-01 (admissibility date corrected)']
    ])
  })

  it('logs a computed date that moved under an override that held', () => {
    const recomputed = { ...gsNotice, computedDate: '2027-04-01' }
    expect(summaries(diff([gsNotice], [recomputed]))).toEqual([
      ['changed', 'General Secretariat implements the CCF decision: computed date 2027-03-28 → 2027-04-01; due date 2027-04-06 unchanged']
    ])
  })

  it('logs status changes: done, set by hand, reopened', () => {
    const done = { ...ukAppeal, status: 'done' as const }
    const overridden = { ...ukAppeal, status: 'overridden' as const, dueDate: '2026-12-07' }
    const overriddenSameDay = { ...ukAppeal, status: 'overridden' as const }
    expect(summaries(diff([ukAppeal], [done]))).toEqual([['marked-done', 'Notice of application for leave to appeal to the High Court (due 2026-12-04)']])
    expect(summaries(diff([ukAppeal], [overridden]))).toEqual([
      ['overridden', 'Notice of application for leave to appeal to the High Court: due date 2026-12-04 → 2026-12-07 (set by hand)']
    ])
    expect(summaries(diff([ukAppeal], [overriddenSameDay]))).toEqual([
      ['overridden', 'Notice of application for leave to appeal to the High Court: due date 2026-12-04 kept by hand']
    ])
    expect(summaries(diff([done], [ukAppeal]))).toEqual([['reopened', 'Notice of application for leave to appeal to the High Court: due 2026-12-04']])
    expect(summaries(diff([overridden], [ukAppeal]))).toEqual([
      ['reopened', 'Notice of application for leave to appeal to the High Court: due date 2026-12-07 → 2026-12-04']
    ])
    expect(summaries(diff([overridden], [{ ...overridden, status: 'done' }]))).toEqual([
      ['marked-done', 'Notice of application for leave to appeal to the High Court (due 2026-12-07)']
    ])
  })

  it('logs removed deadlines last, and deadlines added already done', () => {
    const entries = diff([ccfDecision, ukAppeal], [ccfDecision, doneFiling])
    expect(summaries(entries)).toEqual([
      ['added', 'Further submissions to the CCF: due 2026-12-15 (Statute Art. 31(3), already done)'],
      ['removed', 'Notice of application for leave to appeal to the High Court: was due 2026-12-04 (Extradition Act 2003 s. 103(9))']
    ])
    expect(entries[1]).toMatchObject({ deadlineKey: ukAppeal.key, matterId: MATTER_KZ })
  })

  it('names the actor, falling back to the default, and stamps the time', () => {
    const [named] = diffDeadlines([], [ukAppeal], '  Maria Keller ', new Date(AT))
    expect(named).toMatchObject({ actor: 'Maria Keller', at: AT })
    expect(named?.id).toMatch(/^[0-9a-f-]{36}$/)
    const [fallback] = diffDeadlines([], [ukAppeal], '   ', AT)
    expect(fallback?.actor).toBe(DEFAULT_ACTOR)
    expect(() => diffDeadlines([], [ukAppeal], 'MK', 'yesterday')).toThrow(RangeError)
  })

  it('leaves matterId out for a deadline without a matter and never writes a client name', () => {
    const [entry] = diff([], [{ ...ukAppeal, matterId: undefined }])
    expect(entry && 'matterId' in entry).toBe(false)
    expect(JSON.stringify(diff([], [ccfDecision, ukAppeal, gsNotice]))).not.toMatch(/Zhaksylykov|Жақсылықова/)
  })
})

describe('createLogEntry', () => {
  it('makes entries for rule and pack changes', () => {
    const entry = createLogEntry({ action: 'pack-forked', summary: 'UK extradition → UK extradition (firm copy)' }, 'MK', AT, { newId: sequentialIds() })
    expect(entry).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      at: AT,
      actor: 'MK',
      action: 'pack-forked',
      summary: 'UK extradition → UK extradition (firm copy)'
    })
  })

  it('clips an over-long summary instead of failing', () => {
    const entry = createLogEntry({ action: 'rule-changed', summary: 'x'.repeat(2000) }, 'MK', AT)
    expect(entry.summary).toHaveLength(1000)
    expect(entry.summary.endsWith('…')).toBe(true)
  })
})

describe('entriesForDay and renderDayLog', () => {
  const ids = sequentialIds()
  const make = (at: string, action: DeadlineLogEntry['action'], summary: string, matterId?: string, actor = 'MK') =>
    createLogEntry({ action, summary, ...(matterId ? { matterId } : {}) }, actor, at, { newId: ids })
  const log = [
    make('2026-11-23T16:40:00Z', 'marked-done', 'Further submissions to the CCF (due 2026-12-15)', MATTER_TR),
    make('2026-11-22T23:59:00Z', 'added', 'Yesterday in London', MATTER_TR),
    make('2026-11-23T08:05:00Z', 'changed', 'CCF decision on the correction/deletion request: due date 2027-02-28 → 2027-05-15 (extension, Statute Art. 40(3))', MATTER_TR, 'Maria Keller'),
    make('2026-11-23T09:30:00Z', 'rule-added', 'Rule "Leave to appeal" added to UK extradition (firm copy)'),
    make('2026-11-23T12:00:00Z', 'added', 'Old matter', '99999999-9999-4999-8999-999999999999'),
    make('2026-11-24T00:10:00Z', 'added', 'Tomorrow in London', MATTER_KZ)
  ]
  const references: Record<string, string> = { [MATTER_TR]: 'Matter RN-TR-01', [MATTER_KZ]: 'Matter RN-KZ-07' }
  const matterReference = (id: string) => references[id]

  it('picks the day in the given time zone, oldest first', () => {
    expect(entriesForDay(log, '2026-11-23', { timeZone: 'Europe/London' }).map((e) => e.at)).toEqual([
      '2026-11-23T08:05:00.000Z',
      '2026-11-23T09:30:00.000Z',
      '2026-11-23T12:00:00.000Z',
      '2026-11-23T16:40:00.000Z'
    ])
    // In Tokyo (UTC+9) the 23rd runs from 15:00 UTC on the 22nd to 15:00 UTC on the 23rd.
    expect(entriesForDay(log, '2026-11-23', { timeZone: 'Asia/Tokyo' }).map((e) => e.summary)).toEqual([
      'Yesterday in London',
      'CCF decision on the correction/deletion request: due date 2027-02-28 → 2027-05-15 (extension, Statute Art. 40(3))',
      'Rule "Leave to appeal" added to UK extradition (firm copy)',
      'Old matter'
    ])
    expect(entriesForDay(log, '2026-11-25', { timeZone: 'Europe/London' })).toEqual([])
  })

  it('renders a printable page: title, rows with time, actor, matter reference and what', () => {
    const page = renderDayLog(log, '2026-11-23', { matterReference, timeZone: 'Europe/London' })
    expect(page.title).toBe('Deadline log — 23 November 2026')
    expect(page.day).toBe('2026-11-23')
    expect(page.columns).toEqual(['Time', 'By', 'Matter', 'What'])
    expect(page.rows).toEqual([
      {
        time: '08:05',
        actor: 'Maria Keller',
        matter: 'Matter RN-TR-01',
        action: 'changed',
        what: 'Changed: CCF decision on the correction/deletion request: due date 2027-02-28 → 2027-05-15 (extension, Statute Art. 40(3))'
      },
      { time: '09:30', actor: 'MK', matter: '—', action: 'rule-added', what: 'Rule added: Rule "Leave to appeal" added to UK extradition (firm copy)' },
      { time: '12:00', actor: 'MK', matter: 'Unknown matter', action: 'added', what: 'Added: Old matter' },
      { time: '16:40', actor: 'MK', matter: 'Matter RN-TR-01', action: 'marked-done', what: 'Marked done: Further submissions to the CCF (due 2026-12-15)' }
    ])
    expect(page.summary).toBe('4 entries.')
  })

  it('shows local times in summer time and says when a day is empty', () => {
    const summer = [make('2026-07-01T07:00:00Z', 'added', 'Summer', MATTER_KZ)]
    const page = renderDayLog(summer, '2026-07-01', { matterReference, timeZone: 'Europe/London' })
    expect(page.rows).toMatchObject([{ time: '08:00', matter: 'Matter RN-KZ-07' }])
    expect(page.summary).toBe('1 entry.')
    const empty = renderDayLog(log, '2026-12-25', { matterReference, timeZone: 'Europe/London' })
    expect(empty.rows).toEqual([])
    expect(empty.summary).toBe('No deadlines were entered or changed on this day.')
    expect(empty.title).toBe('Deadline log — 25 December 2026')
  })
})
