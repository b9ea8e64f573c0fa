import { describe, expect, it } from 'vitest'
import {
  RulePack,
  ccfStatutePack,
  findRule,
  forkPack,
  rpdPack,
  shippedListedObligations,
  shippedPacks,
  ukExtraditionPack,
  type DeadlineRule
} from '@shared/rules'
import { computeDeadlines } from '@shared/deadlines'
import type { TimelineEvent } from '@shared/domain/timeline'

const allRules = shippedPacks.flatMap((p) => p.rules)

describe('shipped packs', () => {
  it('every pack passes RulePack.parse unchanged', () => {
    for (const pack of shippedPacks) {
      expect(pack.shipped).toBe(true)
      expect(RulePack.parse(pack)).toEqual(pack)
    }
  })

  it('rule ids are unique across all shipped packs', () => {
    const ids = allRules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('every rule names its source, the day it was checked and how certain it is', () => {
    for (const rule of allRules) {
      expect(rule.citation.length, rule.id).toBeGreaterThan(3)
      expect(rule.sourceUrl, rule.id).toMatch(/^https?:\/\//)
      expect(rule.verifiedOn, rule.id).toBe('2026-11-23')
      expect(rule.reminderLeadDays.length, rule.id).toBeGreaterThan(0)
    }
  })

  it('every chain points at a rule of the same pack', () => {
    for (const pack of shippedPacks) {
      const ids = new Set(pack.rules.map((r) => r.id))
      for (const rule of pack.rules) if (rule.trigger.kind === 'deadline') expect(ids.has(rule.trigger.ruleId), rule.id).toBe(true)
    }
  })

  // Citation and certainty as ccf-domain.md states them; typed out here so a change is a visible diff.
  it.each([
    // [id, citation, certainty, obligor, period]
    ['ccf.admissibility-decision', 'Statute Art. 32(1)', 'statutory', 'ccf', '1 months'],
    ['ccf.gs-answer', 'Statute Art. 33(2)', 'statutory', 'general-secretariat', '45 days'],
    ['ccf.decision-access', 'Statute Art. 40(1)', 'statutory', 'ccf', '4 months'],
    ['ccf.decision-correction-deletion', 'Statute Art. 40(2)', 'statutory', 'ccf', '9 months'],
    ['ccf.decision-revision', 'Statute Art. 42(3) with Art. 40(2)', 'statutory', 'ccf', '9 months'],
    ['ccf.access.decision-to-gs', 'Statute Art. 41(1)', 'statutory', 'ccf', '1 months'],
    ['ccf.access.decision-to-applicant', 'Statute Art. 41(3)', 'statutory', 'ccf', '1 months'],
    ['ccf.correction-deletion.decision-to-gs', 'Statute Art. 41(1)', 'statutory', 'ccf', '1 months'],
    ['ccf.correction-deletion.implementation', 'Statute Art. 41(2)', 'statutory', 'general-secretariat', '1 months'],
    ['ccf.correction-deletion.decision-to-applicant', 'Statute Art. 41(3)', 'statutory', 'ccf', '1 months'],
    ['ccf.revision.decision-to-gs', 'Statute Art. 41(1)', 'statutory', 'ccf', '1 months'],
    ['ccf.revision.implementation', 'Statute Art. 41(2)', 'statutory', 'general-secretariat', '1 months'],
    ['ccf.revision.decision-to-applicant', 'Statute Art. 41(3)', 'statutory', 'ccf', '1 months'],
    ['ccf.revision-application', 'Statute Art. 42(2)', 'statutory', 'us', '6 months'],
    ['ccf.further-submissions', 'Statute Art. 31(3)', 'statutory', 'us', '0 days'],
    ['rpd.suspension-end', 'RPD Arts 81(1), 100(1)', 'statutory', 'requesting-state', '6 months'],
    ['rpd.retention-review', 'RPD Art. 50(2)', 'statutory', 'general-secretariat', '6 months'],
    ['uk.part1-appeal-notice', 'CrimPR 2014 r. 17.19(2)(a)', 'unconfirmed', 'us', '7 days'],
    ['uk.part2-leave-to-appeal-notice', 'Extradition Act 2003 s. 103(9)', 'statutory', 'us', '14 days'],
    ['uk.supreme-court-leave-from-high-court', 'Extradition Act 2003 s. 32(5) (Part 1) / s. 114(5) (Part 2)', 'statutory', 'us', '14 days'],
    ['uk.supreme-court-leave-from-supreme-court', 'Extradition Act 2003 s. 32(6) (Part 1) / s. 114(6) (Part 2)', 'statutory', 'us', '14 days'],
    ['uk.supreme-court-appeal', 'Extradition Act 2003 s. 32(7) (Part 1) / s. 114(7) (Part 2)', 'statutory', 'us', '28 days']
  ])('%s: %s, %s, owed by %s, %s', (id, citation, certainty, obligor, period) => {
    const found = findRule(id)
    expect(found).toBeDefined()
    const rule = found?.rule as DeadlineRule
    expect(rule.citation).toBe(citation)
    expect(rule.certainty).toBe(certainty)
    expect(rule.obligor).toBe(obligor)
    expect(`${rule.period.amount} ${rule.period.unit}`).toBe(period)
  })

  it('ships exactly the rules listed above', () => {
    expect(allRules).toHaveLength(22)
  })

  it('only the Art. 40 decision clocks are extendable (Art. 40(3))', () => {
    expect(allRules.filter((r) => r.extendable).map((r) => r.id).sort()).toEqual([
      'ccf.decision-access',
      'ccf.decision-correction-deletion',
      'ccf.decision-revision'
    ])
  })

  it('UK periods count the day of the order as day 1, and nothing is rolled', () => {
    for (const rule of ukExtraditionPack.rules) {
      expect(rule.periodStartsWithTriggerDay, rule.id).toBe(true)
      expect(rule.roll, rule.id).toBe('none')
    }
    expect(ukExtraditionPack.jurisdiction).toBe('GB')
    expect(ukExtraditionPack.holidayCountry).toBe('GB')
  })

  it('the CCF and RPD packs count French holidays and say that is a practice assumption', () => {
    for (const pack of [ccfStatutePack, rpdPack]) {
      expect(pack.jurisdiction).toBe('INT')
      expect(pack.holidayCountry).toBe('FR')
      expect(pack.description).toMatch(/Practice assumption/)
      expect(pack.description).toMatch(/Lyon/)
    }
  })

  it('duties without a computable date are listed, not dropped', () => {
    const byId = new Map(shippedListedObligations.map((o) => [o.id, o]))
    expect(byId.get('ccf.acknowledgement')?.citation).toBe('Statute Art. 31(1)')
    expect(byId.get('ccf.acknowledgement')?.whyNoDate).toMatch(/earliest opportunity/)
    expect(byId.get('rpd.red-notice-validity')?.certainty).toBe('unconfirmed')
    for (const o of shippedListedObligations) expect(o.verifiedOn).toBe('2026-11-23')
  })
})

describe('findRule', () => {
  it('finds a rule and its pack, or nothing', () => {
    expect(findRule('rpd.retention-review')?.pack.id).toBe('interpol-rpd')
    expect(findRule('no.such-rule')).toBeUndefined()
    expect(findRule('ccf.gs-answer', [rpdPack])).toBeUndefined()
  })
})

describe('forkPack', () => {
  const fork = forkPack(ccfStatutePack, 'my-ccf', 'CCF Statute (our firm)')

  it('makes a non-shipped copy that remembers where it came from', () => {
    expect(fork.id).toBe('my-ccf')
    expect(fork.name).toBe('CCF Statute (our firm)')
    expect(fork.shipped).toBe(false)
    expect(fork.forkedFrom).toBe('ccf-statute')
    expect(RulePack.parse(fork)).toEqual(fork)
    expect(fork.rules).toHaveLength(ccfStatutePack.rules.length)
  })

  it('re-prefixes rule ids and the chains between them', () => {
    expect(fork.rules.map((r) => r.id)).toContain('my-ccf.ccf.decision-correction-deletion')
    const toGs = fork.rules.find((r) => r.id === 'my-ccf.ccf.correction-deletion.decision-to-gs')
    expect(toGs?.trigger).toEqual({ kind: 'deadline', ruleId: 'my-ccf.ccf.decision-correction-deletion' })
    const shippedIds = new Set(allRules.map((r) => r.id))
    for (const r of fork.rules) expect(shippedIds.has(r.id)).toBe(false)
  })

  it('leaves the shipped pack untouched', () => {
    fork.rules[0]?.reminderLeadDays.push(99)
    expect(ccfStatutePack.rules[0]?.reminderLeadDays).not.toContain(99)
    expect(ccfStatutePack.rules[0]?.id).toBe('ccf.admissibility-decision')
  })

  it('shipped pack and fork can run side by side without clashing keys', () => {
    const admissible: TimelineEvent = {
      id: '00000000-0000-4000-8000-000000000001',
      type: 'ccf-admissibility',
      date: '2026-05-31',
      summary: 'Declared admissible',
      details: '',
      requestType: 'correction-deletion',
      createdAt: '2026-06-01T09:00:00Z'
    }
    const out = computeDeadlines({ events: [admissible], packs: [ccfStatutePack, fork], states: [] })
    const keys = out.map((d) => d.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(out.filter((d) => d.packId === 'my-ccf')).toHaveLength(4) // decision, to GS, implementation, to applicant
    expect(out.filter((d) => d.packId === 'ccf-statute')).toHaveLength(4)
  })

  it('refuses an id that is not a valid rule id', () => {
    expect(() => forkPack(ccfStatutePack, 'My CCF', 'x')).toThrow()
    expect(() => forkPack(ccfStatutePack, 'ok-id', '  ')).toThrow()
  })
})
