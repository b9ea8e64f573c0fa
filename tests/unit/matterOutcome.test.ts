import { describe, expect, it } from 'vitest'
import { Matter, TimelineEvent, type MatterStage } from '@shared/domain'
import { addCalendarMonths, matterOutcomeFacts, wholeMonthsBetween } from '@shared/practice/matterOutcome'

const NOW = '2026-11-23T09:00:00.000Z'
const MATTER_ID = '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c01'
let n = 0

function matter(stage: MatterStage = 'challenged') {
  return Matter.parse({ id: MATTER_ID, clientId: '5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a01', kind: 'red-notice', requestingCountry: 'TR', stage, createdAt: NOW, updatedAt: NOW })
}

function event(type: TimelineEvent['type'], date: string, requestType?: TimelineEvent['requestType'], matterId = MATTER_ID) {
  n += 1
  return TimelineEvent.parse({ id: `9c8b7a6d-5e4f-4a3b-8c1d-${String(n).padStart(12, '0')}`, matterId, type, date, summary: type, requestType, createdAt: NOW })
}

describe('calendar months (STAT Art. 40 periods)', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addCalendarMonths('2026-05-31', 9)).toBe('2027-02-28')
    expect(addCalendarMonths('2027-05-31', 9)).toBe('2028-02-29')
    expect(addCalendarMonths('2026-11-15', 4)).toBe('2027-03-15')
  })
  it('counts whole months only', () => {
    expect(wholeMonthsBetween('2026-01-10', '2026-05-09')).toBe(3)
    expect(wholeMonthsBetween('2026-01-10', '2026-05-10')).toBe(4)
    expect(wholeMonthsBetween('2026-05-31', '2027-02-28')).toBe(9)
    expect(wholeMonthsBetween('2026-05-10', '2026-01-10')).toBe(0)
  })
})

describe('matterOutcomeFacts', () => {
  it('reads the outcome from the stage', () => {
    expect(matterOutcomeFacts(matter('challenged'), []).outcome).toBe('pending')
    expect(matterOutcomeFacts(matter('suspected'), []).outcome).toBe('pending')
    expect(matterOutcomeFacts(matter('deleted'), []).outcome).toBe('deleted')
    expect(matterOutcomeFacts(matter('retained'), []).outcome).toBe('retained')
    expect(matterOutcomeFacts(matter('corrected'), []).outcome).toBe('corrected')
    expect(matterOutcomeFacts(matter('implementation-confirmed'), []).outcome).toBe('implemented')
  })

  it('counts an access request from admissibility against 4 months (STAT Art. 40(1))', () => {
    const facts = matterOutcomeFacts(matter('deleted'), [
      event('ccf-request-received', '2026-01-05', 'access'),
      event('ccf-admissibility', '2026-02-01', 'access'),
      event('ccf-decision', '2026-06-01', 'access')
    ])
    expect(facts.requests).toEqual([
      { requestType: 'access', receivedOn: '2026-01-05', admissibleOn: '2026-02-01', decidedOn: '2026-06-01', countedFrom: 'admissibility', monthsToDecision: 4, statuteLimitMonths: 4, withinLimit: true, extended: false }
    ])
  })

  it('marks a decision one day after the limit as over, and records an extension', () => {
    const facts = matterOutcomeFacts(matter('retained'), [
      event('ccf-admissibility', '2026-02-01', 'correction-deletion'),
      event('ccf-extension', '2026-10-20', 'correction-deletion'),
      event('ccf-decision', '2026-11-02', 'correction-deletion')
    ])
    const [r] = facts.requests
    expect(r?.statuteLimitMonths).toBe(9)
    expect(r?.monthsToDecision).toBe(9)
    expect(r?.withinLimit).toBe(false)
    expect(r?.extended).toBe(true)
  })

  it('falls back to receipt when admissibility is not recorded, and says so', () => {
    const [r] = matterOutcomeFacts(matter('deleted'), [event('ccf-request-received', '2026-01-10', 'access'), event('ccf-decision', '2026-07-01', 'access')]).requests
    expect(r?.countedFrom).toBe('receipt')
    expect(r?.monthsToDecision).toBe(5)
    expect(r?.withinLimit).toBe(false)
  })

  it('keeps separate requests apart, attaches an untyped decision only when unambiguous, and ignores other matters', () => {
    const facts = matterOutcomeFacts(matter('deleted'), [
      event('ccf-request-received', '2026-01-10', 'access'),
      event('ccf-decision', '2026-03-01'),
      event('ccf-request-received', '2026-04-01', 'correction-deletion'),
      event('ccf-request-received', '2026-04-02', 'revision'),
      event('ccf-decision', '2026-09-01'),
      event('ccf-decision', '2026-02-01', 'access', '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c99')
    ])
    expect(facts.requests.map((r) => [r.requestType, r.decidedOn])).toEqual([
      ['access', '2026-03-01'],
      ['correction-deletion', undefined],
      ['revision', undefined]
    ])
    expect(facts.requests[2]?.statuteLimitMonths).toBeUndefined()
  })

  it('leaves out an event whose stored date is malformed instead of guessing it', () => {
    const broken = { ...event('ccf-decision', '2026-06-01', 'access'), date: '2026-02-30' }
    const [r] = matterOutcomeFacts(matter('deleted'), [event('ccf-admissibility', '2026-02-01', 'access'), broken]).requests
    expect(r?.decidedOn).toBeUndefined()
    expect(r?.withinLimit).toBeUndefined()
  })

  it('leaves a pending request without months or a verdict', () => {
    const [r] = matterOutcomeFacts(matter(), [event('ccf-admissibility', '2026-02-01', 'access')]).requests
    expect(r).toEqual({ requestType: 'access', admissibleOn: '2026-02-01', countedFrom: 'admissibility', statuteLimitMonths: 4, extended: false })
  })
})
