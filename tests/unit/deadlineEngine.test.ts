import { describe, expect, it } from 'vitest'
import {
  CcfSession,
  classify,
  computeDeadlines,
  createWorkingCalendar,
  daysLate,
  draftStatusEnquiry,
  citationInWords,
  isFiledInTime,
  sessionReachability,
  type ComputedDeadline,
  type DeadlineState,
  type WorkingCalendar
} from '@shared/deadlines'
import { RulePack, ccfStatutePack, rpdPack, shippedPacks, ukExtraditionPack, type DeadlineRuleInput } from '@shared/rules'
import type { TimelineEvent } from '@shared/domain/timeline'

// Every expected date and sentence below is written out by hand, not produced by the code under test.
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const MATTER = uuid(900)
const OTHER_MATTER = uuid(901)

let nextId = 1
function event(type: TimelineEvent['type'], date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id: uuid(nextId++), matterId: MATTER, type, date, summary: type, details: '', createdAt: '2026-01-01T00:00:00Z', ...extra }
}
function state(key: string, s: Partial<DeadlineState> & Pick<DeadlineState, 'status'>): DeadlineState {
  return { key, note: '', changedAt: '2026-06-01T10:00:00Z', ...s }
}
const byRule = (out: ComputedDeadline[], ruleId: string) => out.filter((d) => d.rule.id === ruleId)
const one = (out: ComputedDeadline[], ruleId: string): ComputedDeadline => {
  const found = byRule(out, ruleId)
  expect(found, ruleId).toHaveLength(1)
  return found[0] as ComputedDeadline
}
const compute = (events: TimelineEvent[], states: DeadlineState[] = [], packs = shippedPacks) => computeDeadlines({ events, packs, states })

function testPack(rules: DeadlineRuleInput[], holidayCountry = 'FR'): RulePack {
  return RulePack.parse({ id: 'test-pack', name: 'Test', jurisdiction: 'INT', holidayCountry, shipped: false, rules })
}
const testRule = (over: Partial<DeadlineRuleInput> & Pick<DeadlineRuleInput, 'id' | 'trigger'>): DeadlineRuleInput => ({
  title: 'Test step',
  period: { amount: 9, unit: 'months' },
  direction: 'after',
  obligor: 'us',
  citation: 'Test Art. 1',
  verifiedOn: '2026-11-23',
  certainty: 'practice',
  ...over
})

describe('CCF decision deadlines (Statute Art. 40)', () => {
  it('deletion request admissible on 31 May 2026: decision due 28 Feb 2027, with the explanation', () => {
    const admissible = event('ccf-admissibility', '2026-05-31', { requestType: 'correction-deletion' })
    const out = compute([admissible])
    const decision = one(out, 'ccf.decision-correction-deletion')
    expect(decision.key).toBe(`ccf.decision-correction-deletion@${admissible.id}`)
    expect(decision.computedDate).toBe('2027-02-28')
    expect(decision.dueDate).toBe('2027-02-28')
    expect(decision.status).toBe('open')
    expect(decision.matterId).toBe(MATTER)
    expect(decision.requestType).toBe('correction-deletion')
    expect(decision.packId).toBe('ccf-statute')
    expect(decision.trigger).toEqual({ kind: 'event', eventId: admissible.id, eventType: 'ccf-admissibility', date: '2026-05-31' })
    expect(decision.explanation).toBe('9 months from request declared admissible on 31 May 2026 = 28 Feb 2027, Statute Art. 40(2)')
    expect(byRule(out, 'ccf.decision-access')).toHaveLength(0)
  })

  it('the Art. 41 steps follow as a chain from the decision date', () => {
    const admissible = event('ccf-admissibility', '2026-05-31', { requestType: 'correction-deletion' })
    const out = compute([admissible])
    const toGs = one(out, 'ccf.correction-deletion.decision-to-gs')
    expect(toGs.key).toBe(`ccf.correction-deletion.decision-to-gs@ccf.decision-correction-deletion@${admissible.id}`)
    expect(toGs.trigger).toEqual({ kind: 'deadline', key: `ccf.decision-correction-deletion@${admissible.id}`, date: '2027-02-28' })
    expect(toGs.dueDate).toBe('2027-03-28')
    expect(toGs.matterId).toBe(MATTER)
    expect(toGs.explanation).toBe('1 month from CCF decision due 28 Feb 2027 = 28 Mar 2027, Statute Art. 41(1)')
    expect(one(out, 'ccf.correction-deletion.implementation').dueDate).toBe('2027-04-28')
    const toApplicant = one(out, 'ccf.correction-deletion.decision-to-applicant')
    expect(toApplicant.dueDate).toBe('2027-05-28')
    expect(toApplicant.explanation).toBe('1 month from Decision implemented by the General Secretariat due 28 Apr 2027 = 28 May 2027, Statute Art. 41(3)')
  })

  it.each([
    // [request type, admissible on, rule, due]
    ['access', '2026-10-31', 'ccf.decision-access', '2027-02-28'],
    ['access', '2027-10-31', 'ccf.decision-access', '2028-02-29'],
    ['correction-deletion', '2027-05-31', 'ccf.decision-correction-deletion', '2028-02-29'],
    ['revision', '2026-12-15', 'ccf.decision-revision', '2027-09-15']
  ] as const)('%s request admissible on %s → %s due %s', (requestType, date, ruleId, due) => {
    const out = compute([event('ccf-admissibility', date, { requestType })])
    expect(one(out, ruleId).dueDate).toBe(due)
  })

  it('an access decision chains to the written decision to the GS and to the applicant, both 1 month on', () => {
    const out = compute([event('ccf-admissibility', '2026-10-31', { requestType: 'access' })])
    expect(one(out, 'ccf.access.decision-to-gs').dueDate).toBe('2027-03-28')
    expect(one(out, 'ccf.access.decision-to-applicant').dueDate).toBe('2027-03-28')
    expect(out).toHaveLength(3)
  })

  it('an admissibility event without a request type starts no decision clock', () => {
    expect(compute([event('ccf-admissibility', '2026-05-31')])).toEqual([])
  })

  it('other Statute clocks: admissibility (Art. 32(1)) and the GS answer (Art. 33(2))', () => {
    const out = compute([event('ccf-request-received', '2026-01-31'), event('ccf-asked-general-secretariat', '2026-03-01')])
    expect(one(out, 'ccf.admissibility-decision').dueDate).toBe('2026-02-28')
    expect(one(out, 'ccf.admissibility-decision').explanation).toBe('1 month from request received by the CCF on 31 Jan 2026 = 28 Feb 2026, Statute Art. 32(1)')
    expect(one(out, 'ccf.gs-answer').dueDate).toBe('2026-04-15')
    expect(one(out, 'ccf.gs-answer').explanation).toBe('45 days from CCF question to the General Secretariat on 1 Mar 2026 = 15 Apr 2026, Statute Art. 33(2)')
  })
})

describe('Art. 40(3) extension', () => {
  const admissible = () => event('ccf-admissibility', '2026-05-31', { requestType: 'correction-deletion' })

  it('moves the CCF decision and everything chained to it', () => {
    const a = admissible()
    const out = compute([a, event('ccf-extension', '2027-02-10', { newDueDate: '2027-05-15', requestType: 'correction-deletion' })])
    const decision = one(out, 'ccf.decision-correction-deletion')
    expect(decision.computedDate).toBe('2027-02-28')
    expect(decision.dueDate).toBe('2027-05-15')
    expect(decision.extendedTo).toBe('2027-05-15')
    expect(decision.explanation).toBe(
      '9 months from request declared admissible on 31 May 2026 = 28 Feb 2027, Statute Art. 40(2); extended to 15 May 2027 under Statute Art. 40(3)'
    )
    const toGs = one(out, 'ccf.correction-deletion.decision-to-gs')
    expect(toGs.dueDate).toBe('2027-06-15')
    expect(toGs.extendedTo).toBeUndefined()
    expect(toGs.explanation).toBe('1 month from CCF decision due 15 May 2027 = 15 Jun 2027, Statute Art. 41(1)')
  })

  it('an extension without a request type covers every extendable CCF clock of the matter; the latest one counts', () => {
    const out = compute([
      admissible(),
      event('ccf-admissibility', '2026-06-15', { requestType: 'access' }),
      event('ccf-extension', '2026-12-01', { newDueDate: '2027-01-31' }),
      event('ccf-extension', '2027-01-20', { newDueDate: '2027-04-30' })
    ])
    expect(one(out, 'ccf.decision-correction-deletion').dueDate).toBe('2027-04-30')
    expect(one(out, 'ccf.decision-access').dueDate).toBe('2027-04-30')
  })

  it.each([
    ['another matter', { matterId: OTHER_MATTER }],
    ['another request type', { requestType: 'access' as const }],
    ['given before the clock started', { date: '2026-05-30' }],
    ['given on the day the clock started', { date: '2026-05-31' }]
  ])('does not apply when it is for %s', (_why, over) => {
    const out = compute([admissible(), event('ccf-extension', '2027-02-10', { newDueDate: '2027-05-15', ...over })])
    expect(one(out, 'ccf.decision-correction-deletion').dueDate).toBe('2027-02-28')
  })

  it('does not move clocks that are not extendable or not the CCF’s', () => {
    const out = compute([
      event('ccf-request-received', '2026-05-01'),
      event('discovery-of-new-fact', '2026-09-10'),
      event('ccf-extension', '2026-05-20', { newDueDate: '2026-12-31' })
    ])
    expect(one(out, 'ccf.admissibility-decision').dueDate).toBe('2026-06-01')
    expect(one(out, 'ccf.revision-application').dueDate).toBe('2027-03-10')
  })
})

describe('chains, overrides and done marks', () => {
  it('moving the trigger moves the dependants, but not an overridden one; a done one stays done', () => {
    const admissibleId = uuid(500)
    const decisionKey = `ccf.decision-correction-deletion@${admissibleId}`
    const toGsKey = `ccf.correction-deletion.decision-to-gs@${decisionKey}`
    const implementationKey = `ccf.correction-deletion.implementation@${toGsKey}`
    const states = [
      state(toGsKey, { status: 'done', doneOn: '2027-03-20' }),
      state(implementationKey, { status: 'overridden', overrideDate: '2027-06-30' })
    ]
    const run = (date: string) =>
      compute([event('ccf-admissibility', date, { id: admissibleId, requestType: 'correction-deletion' })], states)

    const before = run('2026-05-31')
    expect(one(before, 'ccf.decision-correction-deletion').dueDate).toBe('2027-02-28')
    expect(one(before, 'ccf.correction-deletion.decision-to-gs')).toMatchObject({ dueDate: '2027-03-28', status: 'done' })
    expect(one(before, 'ccf.correction-deletion.implementation')).toMatchObject({ computedDate: '2027-04-28', dueDate: '2027-06-30', status: 'overridden' })
    expect(one(before, 'ccf.correction-deletion.decision-to-applicant').dueDate).toBe('2027-07-30')

    const after = run('2026-06-30') // the lawyer corrects the admissibility date
    expect(one(after, 'ccf.decision-correction-deletion').dueDate).toBe('2027-03-30')
    expect(one(after, 'ccf.correction-deletion.decision-to-gs')).toMatchObject({ dueDate: '2027-04-30', status: 'done' })
    const implementation = one(after, 'ccf.correction-deletion.implementation')
    expect(implementation).toMatchObject({ computedDate: '2027-05-30', dueDate: '2027-06-30', status: 'overridden' })
    expect(implementation.explanation).toBe(
      '1 month from Written decision sent to the General Secretariat due 30 Apr 2027 = 30 May 2027, Statute Art. 41(2); date set by hand to 30 Jun 2027'
    )
    // The child of the overridden step counts from the date the lawyer set.
    expect(one(after, 'ccf.correction-deletion.decision-to-applicant').dueDate).toBe('2027-07-30')
    expect(one(after, 'ccf.correction-deletion.decision-to-applicant').status).toBe('open')
  })

  it('an override beats an extension; the newest mark for a key wins', () => {
    const a = event('ccf-admissibility', '2026-05-31', { requestType: 'correction-deletion' })
    const key = `ccf.decision-correction-deletion@${a.id}`
    const out = compute(
      [a, event('ccf-extension', '2027-02-10', { newDueDate: '2027-05-15' })],
      [
        state(key, { status: 'overridden', overrideDate: '2027-04-01', changedAt: '2027-02-11T09:00:00Z' }),
        state(key, { status: 'open', changedAt: '2027-02-01T09:00:00Z' })
      ]
    )
    expect(one(out, 'ccf.decision-correction-deletion')).toMatchObject({ dueDate: '2027-04-01', extendedTo: '2027-05-15', status: 'overridden' })
  })

  it('an override without a date keeps the computed date', () => {
    const a = event('discovery-of-new-fact', '2026-09-10')
    const out = compute([a], [state(`ccf.revision-application@${a.id}`, { status: 'overridden' })])
    expect(one(out, 'ccf.revision-application')).toMatchObject({ dueDate: '2027-03-10', status: 'overridden' })
  })

  it('a damaged override date keeps the computed date rather than failing', () => {
    const a = event('discovery-of-new-fact', '2026-09-10')
    const out = compute([a], [state(`ccf.revision-application@${a.id}`, { status: 'overridden', overrideDate: '2027-02-30' })])
    expect(one(out, 'ccf.revision-application')).toMatchObject({ dueDate: '2027-03-10', status: 'overridden' })
  })

  it('a lawyer’s rule can count before a date the CCF set, or chain with days starting with the parent’s date', () => {
    const pack = testPack([
      testRule({
        id: 'prepare',
        trigger: { kind: 'event', eventType: 'ccf-submission-deadline-set' },
        countsFromDateSetInEvent: true,
        period: { amount: 5, unit: 'business-days' },
        direction: 'before'
      }),
      testRule({ id: 'follow-up', trigger: { kind: 'deadline', ruleId: 'prepare' }, period: { amount: 7, unit: 'days' }, periodStartsWithTriggerDay: true })
    ])
    const out = computeDeadlines({ events: [event('ccf-submission-deadline-set', '2026-06-20', { newDueDate: '2026-07-17' })], packs: [pack], states: [] })
    // Back from Fri 17 Jul 2026: Thu 16, Wed 15, (Tue 14 Bastille Day), Mon 13, (weekend), Fri 10, Thu 9.
    expect(one(out, 'prepare').explanation).toBe(
      '5 business days before the date given in CCF notice of a submission deadline on 20 Jun 2026 (17 Jul 2026) = 9 Jul 2026, Test Art. 1'
    )
    expect(one(out, 'follow-up').explanation).toBe('7 days starting with Test step due 9 Jul 2026 (day 1) = 15 Jul 2026, Test Art. 1')
  })

  it('cycles in a pack do not loop', () => {
    const pack = testPack([
      testRule({ id: 'root', trigger: { kind: 'event', eventType: 'ccf-decision' } }),
      testRule({ id: 'child', trigger: { kind: 'deadline', ruleId: 'root' }, period: { amount: 1, unit: 'months' } }),
      testRule({ id: 'ping', trigger: { kind: 'deadline', ruleId: 'pong' } }),
      testRule({ id: 'pong', trigger: { kind: 'deadline', ruleId: 'ping' } }),
      testRule({ id: 'self', trigger: { kind: 'deadline', ruleId: 'self' } })
    ])
    // The same id again in a second pack, chained to itself: ignored (first pack wins), no endless chain.
    const copy = RulePack.parse({ ...pack, id: 'copy', rules: [testRule({ id: 'root', trigger: { kind: 'deadline', ruleId: 'root' } })] })
    const out = computeDeadlines({ events: [event('ccf-decision', '2026-01-31')], packs: [pack, copy], states: [] })
    expect(out.map((d) => [d.rule.id, d.dueDate])).toEqual([
      ['root', '2026-10-31'],
      ['child', '2026-11-30']
    ])
    // With the self-chained copy first, its 'root' wins and nothing can start.
    expect(computeDeadlines({ events: [event('ccf-decision', '2026-01-31')], packs: [copy, pack], states: [] })).toEqual([])
  })
})

describe('rolling and holidays in the engine', () => {
  it('a Saturday rolled forward says so', () => {
    const pack = testPack([testRule({ id: 'rolled', trigger: { kind: 'event', eventType: 'ccf-admissibility' }, roll: 'forward' })])
    const [d] = computeDeadlines({ events: [event('ccf-admissibility', '2026-05-27')], packs: [pack], states: [] })
    expect(d?.computedDate).toBe('2027-03-01')
    expect(d?.explanation).toBe('9 months from request declared admissible on 27 May 2026 = 27 Feb 2027 (a Saturday), moved to the next working day 1 Mar 2027, Test Art. 1')
  })

  it('a UK holiday rolled forward names the holiday; rolled back goes to the working day before', () => {
    const rules = [
      testRule({ id: 'fwd', trigger: { kind: 'event', eventType: 'court-hearing' }, period: { amount: 14, unit: 'days' }, roll: 'forward' }),
      testRule({ id: 'back', trigger: { kind: 'event', eventType: 'court-hearing' }, period: { amount: 14, unit: 'days' }, roll: 'backward' })
    ]
    const out = computeDeadlines({ events: [event('court-hearing', '2026-12-11')], packs: [testPack(rules, 'GB')], states: [] })
    expect(one(out, 'fwd').explanation).toBe(
      '14 days from court hearing on 11 Dec 2026 = 25 Dec 2026 (Christmas Day, a public holiday), moved to the next working day 29 Dec 2026, Test Art. 1'
    )
    expect(one(out, 'back').dueDate).toBe('2026-12-24')
    expect(one(out, 'back').explanation).toBe(
      '14 days from court hearing on 11 Dec 2026 = 25 Dec 2026 (Christmas Day, a public holiday), moved back to the previous working day 24 Dec 2026, Test Art. 1'
    )
  })

  it('business days use the pack’s country, through the calendar the caller gives', () => {
    const asked: string[] = []
    const calendarFor = (country: string): WorkingCalendar => {
      asked.push(country)
      return createWorkingCalendar(country)
    }
    const rule = testRule({ id: 'bd', trigger: { kind: 'event', eventType: 'court-hearing' }, period: { amount: 3, unit: 'business-days' } })
    const out = computeDeadlines({ events: [event('court-hearing', '2026-07-10')], packs: [testPack([rule], 'FR')], states: [], calendarFor })
    expect(out[0]?.dueDate).toBe('2026-07-16')
    expect(out[0]?.explanation).toBe('3 business days from court hearing on 10 Jul 2026 = 16 Jul 2026, Test Art. 1')
    expect(asked).toContain('FR')
  })
})

describe('the lawyer’s own deadlines', () => {
  it('S6: revision within 6 months of discovering a new fact; a filing one day late is flagged', () => {
    const out = compute([event('discovery-of-new-fact', '2026-09-10')])
    const revision = one(out, 'ccf.revision-application')
    expect(revision.dueDate).toBe('2027-03-10')
    expect(revision.explanation).toBe('6 months from discovery of a new fact on 10 Sep 2026 = 10 Mar 2027, Statute Art. 42(2)')
    expect(isFiledInTime(revision, '2027-03-09')).toBe(true)
    expect(isFiledInTime(revision, '2027-03-10')).toBe(true)
    expect(isFiledInTime(revision, '2027-03-11')).toBe(false)
    expect(daysLate(revision, '2027-03-11')).toBe(1)
    expect(daysLate(revision, '2027-03-10')).toBe(0)
  })

  it('further submissions are due on the date the CCF set (Art. 31(3))', () => {
    const out = compute([
      event('ccf-submission-deadline-set', '2027-02-03', { newDueDate: '2027-03-15' }),
      event('ccf-submission-deadline-set', '2027-02-04') // no date recorded yet: nothing to compute
    ])
    expect(out).toHaveLength(1)
    expect(out[0]?.dueDate).toBe('2027-03-15')
    expect(out[0]?.rule.obligor).toBe('us')
    expect(out[0]?.explanation).toBe('Date given in CCF notice of a submission deadline on 3 Feb 2027 = 15 Mar 2027, Statute Art. 31(3)')
  })

  it.each([
    // [event, date, rule, due, explanation]
    [
      'uk-part1-extradition-order',
      '2026-03-02',
      'uk.part1-appeal-notice',
      '2026-03-08',
      '7 days starting with UK Part 1 extradition order on 2 Mar 2026 (day 1) = 8 Mar 2026, CrimPR 2014 r. 17.19(2)(a)'
    ],
    [
      // Informed on 22 Dec 2010: the 14 days ran out on 4 Jan 2011 (as the Supreme Court case on s. 108(4) records).
      'uk-part2-order-notified',
      '2010-12-22',
      'uk.part2-leave-to-appeal-notice',
      '2011-01-04',
      '14 days starting with Secretary of State informing of the extradition order on 22 Dec 2010 (day 1) = 4 Jan 2011, Extradition Act 2003 s. 103(9)'
    ],
    [
      'uk-high-court-decision',
      '2026-06-10',
      'uk.supreme-court-leave-from-high-court',
      '2026-06-23',
      '14 days starting with High Court appeal decision on 10 Jun 2026 (day 1) = 23 Jun 2026, Extradition Act 2003 s. 32(5) (Part 1) / s. 114(5) (Part 2)'
    ],
    [
      'uk-supreme-court-leave-granted',
      '2026-06-01',
      'uk.supreme-court-appeal',
      '2026-06-28',
      '28 days starting with leave to appeal to the Supreme Court granted on 1 Jun 2026 (day 1) = 28 Jun 2026, Extradition Act 2003 s. 32(7) (Part 1) / s. 114(7) (Part 2)'
    ]
  ] as const)('UK %s on %s → %s due %s', (type, date, ruleId, due, explanation) => {
    const out = compute([event(type, date)], [], [ukExtraditionPack])
    expect(one(out, ruleId).dueDate).toBe(due)
    expect(one(out, ruleId).explanation).toBe(explanation)
  })

  it('RPD: suspension ends within 6 months; retention review 6 months before expiry', () => {
    const out = compute([event('notice-suspended', '2026-08-31'), event('retention-expiry', '2027-12-31')], [], [rpdPack])
    expect(one(out, 'rpd.suspension-end').dueDate).toBe('2027-02-28')
    expect(one(out, 'rpd.retention-review').dueDate).toBe('2027-06-30')
    expect(one(out, 'rpd.retention-review').explanation).toBe('6 months before end of the retention period on 31 Dec 2027 = 30 Jun 2027, RPD Art. 50(2)')
  })

  it('orders by due date, then key, whatever the order of events', () => {
    const events = [
      event('discovery-of-new-fact', '2026-09-10', { id: uuid(2) }),
      event('ccf-request-received', '2026-02-10', { id: uuid(3) }),
      event('discovery-of-new-fact', '2026-09-10', { id: uuid(1) })
    ]
    const keys = (evs: TimelineEvent[]) => compute(evs).map((d) => d.key)
    expect(keys(events)).toEqual([`ccf.admissibility-decision@${uuid(3)}`, `ccf.revision-application@${uuid(1)}`, `ccf.revision-application@${uuid(2)}`])
    expect(keys([...events].reverse())).toEqual(keys(events))
  })
})

describe('dashboard', () => {
  const ccfDecision = ccfStatutePack.rules.find((r) => r.id === 'ccf.decision-correction-deletion')
  const revision = ccfStatutePack.rules.find((r) => r.id === 'ccf.revision-application')
  const partOne = ukExtraditionPack.rules.find((r) => r.id === 'uk.part1-appeal-notice')
  const item = (key: string, rule: typeof ccfDecision, dueDate: string, status: ComputedDeadline['status'] = 'open'): ComputedDeadline => ({
    key,
    rule: rule as NonNullable<typeof ccfDecision>,
    packId: 'x',
    trigger: { kind: 'event', eventId: uuid(1), eventType: 'other', date: '2026-01-01' },
    computedDate: dueDate,
    dueDate,
    status,
    explanation: ''
  })

  it('buckets open and overridden deadlines by days left; done ones only in done', () => {
    const board = classify(
      [
        item('ccf-late', ccfDecision, '2027-02-28'),
        item('ours-late', revision, '2027-02-20'),
        item('uk-late-unconfirmed', partOne, '2027-02-27'),
        item('overridden-late', ccfDecision, '2027-02-25', 'overridden'),
        item('today', revision, '2027-03-01'),
        item('day-7', revision, '2027-03-08'),
        item('day-8', revision, '2027-03-09'),
        item('day-30', revision, '2027-03-31'),
        item('day-31', revision, '2027-04-01'),
        item('done-late', ccfDecision, '2027-01-31', 'done'),
        item('done-later', revision, '2027-06-01', 'done')
      ],
      '2027-03-01'
    )
    const keys = (list: { key: string }[]) => list.map((d) => d.key)
    expect(keys(board.overdue)).toEqual(['ours-late', 'overridden-late', 'uk-late-unconfirmed', 'ccf-late'])
    expect(keys(board.dueIn7)).toEqual(['today', 'day-7'])
    expect(keys(board.dueIn30)).toEqual(['day-8', 'day-30'])
    expect(keys(board.later)).toEqual(['day-31'])
    expect(keys(board.done)).toEqual(['done-late', 'done-later'])
    expect(board.overdue.map((d) => [d.key, d.daysLeft, d.overdueUnderStatute])).toEqual([
      ['ours-late', -9, false],
      ['overridden-late', -4, true],
      ['uk-late-unconfirmed', -2, false],
      ['ccf-late', -1, true]
    ])
    expect(board.dueIn7.map((d) => d.daysLeft)).toEqual([0, 7])
    expect(board.done.every((d) => !d.overdueUnderStatute)).toBe(true)
  })
})

describe('status enquiry to the CCF', () => {
  it('cites the article and the date the decision was due', () => {
    const out = compute([event('ccf-admissibility', '2026-05-31', { requestType: 'correction-deletion' })])
    const text = draftStatusEnquiry({
      deadline: one(out, 'ccf.decision-correction-deletion'),
      applicantName: 'Nodira Rahimova',
      ccfReference: 'CCF/2025/0412',
      today: '2027-03-05'
    })
    expect(text).toContain("Under Article 40(2) of the Statute of the Commission for the Control of INTERPOL's Files, the following step was due by 28 February 2027: CCF decision.")
    expect(text).toContain('Nodira Rahimova')
    expect(text).toContain('CCF/2025/0412')
    expect(text).toContain('5 March 2027')
    expect(text).toContain('Should the time limit have been extended')
    expect(text).toMatch(/^Subject: /)
  })

  it('after an extension it cites Art. 40(3) and the extended date', () => {
    const out = compute([
      event('ccf-admissibility', '2026-05-31', { requestType: 'correction-deletion' }),
      event('ccf-extension', '2027-02-10', { newDueDate: '2027-05-15' })
    ])
    const text = draftStatusEnquiry({ deadline: one(out, 'ccf.decision-correction-deletion'), applicantName: 'N. R.', today: '2027-05-20' })
    expect(text).toContain('was due, as extended by the Commission under Article 40(3) of the Statute, by 15 May 2027')
    expect(text).not.toContain('Should the time limit have been extended')
    expect(text).not.toContain('your reference')
  })

  it.each([
    ['Statute Art. 40(2)', "Article 40(2) of the Statute of the Commission for the Control of INTERPOL's Files"],
    ['Statute Art. 42(3) with Art. 40(2)', "Article 42(3) with Article 40(2) of the Statute of the Commission for the Control of INTERPOL's Files"],
    ['RPD Art. 50(2)', 'RPD Art. 50(2)']
  ])('citation %s reads "%s"', (citation, words) => {
    expect(citationInWords(citation)).toBe(words)
  })
})

describe('CCF session planning (Statute Art. 16(4), practice estimate)', () => {
  const session = (n: number, startsOn: string) => CcfSession.parse({ id: uuid(700 + n), startsOn, note: '' })
  const sessions = [session(3, '2027-10-18'), session(1, '2027-03-01'), session(2, '2027-06-21')]

  it('warns when a filing misses the nearest session and names the one it reaches', () => {
    const r = sessionReachability(sessions, '2027-02-12')
    expect(r.reaches?.session.startsOn).toBe('2027-06-21')
    expect(r.reaches?.agendaClosesOn).toBe('2027-05-22')
    expect(r.misses?.session.startsOn).toBe('2027-03-01')
    expect(r.misses?.agendaClosesOn).toBe('2027-01-30')
    expect(r.warning).toBe(
      'Filed on 12 Feb 2027, this material misses the session of 1 Mar 2027 (agenda closes about 30 Jan 2027) and would reach the session of 21 Jun 2027.'
    )
    expect(r.basis).toEqual(expect.objectContaining({ citation: 'Statute Art. 16(4)', certainty: 'practice' }))
  })

  it.each([
    // [filed on, lead days, reaches, misses]
    ['2027-01-30', 30, '2027-03-01', undefined], // the agenda closes that very day
    ['2027-01-31', 30, '2027-06-21', '2027-03-01'],
    ['2027-02-12', 14, '2027-03-01', undefined], // agenda 15 Feb 2027 with a 14-day lead
    ['2027-10-01', 30, undefined, '2027-10-18'],
    ['2027-10-19', 30, undefined, undefined]
  ] as const)('filed %s (lead %i days) reaches %s, misses %s', (filed, lead, reaches, misses) => {
    const r = sessionReachability(sessions, filed, lead)
    expect(r.reaches?.session.startsOn).toBe(reaches)
    expect(r.misses?.session.startsOn).toBe(misses)
    expect(r.warning === undefined).toBe(misses === undefined)
  })

  it('says so when no later session is recorded', () => {
    expect(sessionReachability(sessions, '2027-10-01').warning).toBe(
      'Filed on 1 Oct 2027, this material misses the session of 18 Oct 2027 (agenda closes about 18 Sep 2027) and no later session is recorded.'
    )
  })

  it('a session cannot end before it starts', () => {
    expect(CcfSession.safeParse({ id: uuid(1), startsOn: '2027-03-01', endsOn: '2027-02-28' }).success).toBe(false)
    expect(CcfSession.safeParse({ id: uuid(1), startsOn: '2027-03-01', endsOn: '2027-03-04' }).success).toBe(true)
  })
})
