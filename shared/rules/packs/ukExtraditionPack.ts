// UK extradition appeal deadlines (ccf-domain.md §4.4): the first national pack. These are the
// lawyer's own deadlines, and short ones; missing one can mean extradition.
//
// How the periods are counted: the Extradition Act 2003 and the Criminal Procedure Rules say
// "N days starting with the day on which…", so the day of the order is day 1 and the last day is
// N − 1 days after it (e.g. informed on 22 Dec 2010 → 14 days end on 4 Jan 2011).
// Nothing in the sources read moves a last day off a weekend or bank holiday, so none is rolled
// here (rolling forward would be the dangerous mistake; an earlier filing never is).
import { RulePack, type DeadlineRuleInput } from '../ruleSchema'
import { CRIMPR_2014_17_19_URL, EXTRADITION_ACT_S103_URL, EXTRADITION_ACT_S32_URL, VERIFIED_ON } from './sources'

const ourDeadline = { verifiedOn: VERIFIED_ON, roll: 'none', periodStartsWithTriggerDay: true, obligor: 'us', direction: 'after' } as const
const NOT_ROLLED = 'The sources read do not move a last day that falls on a weekend or bank holiday: file before it.'

const rules: DeadlineRuleInput[] = [
  {
    ...ourDeadline,
    id: 'uk.part1-appeal-notice',
    title: 'Appeal notice to the High Court against a Part 1 extradition order',
    trigger: { kind: 'event', eventType: 'uk-part1-extradition-order' },
    period: { amount: 7, unit: 'days' },
    citation: 'CrimPR 2014 r. 17.19(2)(a)',
    sourceUrl: CRIMPR_2014_17_19_URL,
    certainty: 'unconfirmed',
    reminderLeadDays: [3, 2, 1, 0],
    note:
      '7 days starting with the day of the magistrates\' court order (that day is day 1). ' +
      'Rule number from the Criminal Procedure Rules 2014 as made; the current rule number was not checked. ' +
      NOT_ROLLED
  },
  {
    ...ourDeadline,
    id: 'uk.part2-leave-to-appeal-notice',
    title: 'Notice of application for leave to appeal to the High Court (Part 2)',
    trigger: { kind: 'event', eventType: 'uk-part2-order-notified' },
    period: { amount: 14, unit: 'days' },
    citation: 'Extradition Act 2003 s. 103(9)',
    sourceUrl: EXTRADITION_ACT_S103_URL,
    certainty: 'statutory',
    reminderLeadDays: [7, 3, 1, 0],
    note:
      '14 days starting with the day the Secretary of State informs the person of the order (that day is day 1). ' +
      "An appeal against the Secretary of State's extradition order itself (s. 108(4)) has the same 14 days from the same day. " +
      NOT_ROLLED
  },
  {
    ...ourDeadline,
    id: 'uk.supreme-court-leave-from-high-court',
    title: 'Application to the High Court for leave to appeal to the Supreme Court',
    trigger: { kind: 'event', eventType: 'uk-high-court-decision' },
    period: { amount: 14, unit: 'days' },
    citation: 'Extradition Act 2003 s. 32(5) (Part 1) / s. 114(5) (Part 2)',
    sourceUrl: EXTRADITION_ACT_S32_URL,
    certainty: 'statutory',
    reminderLeadDays: [7, 3, 1, 0],
    note: '14 days starting with the day of the High Court\'s decision on the appeal. Leave needs a certified point of law of general public importance (s. 32(4)). ' + NOT_ROLLED
  },
  {
    ...ourDeadline,
    id: 'uk.supreme-court-leave-from-supreme-court',
    title: 'Application to the Supreme Court for leave to appeal, after the High Court refused leave',
    trigger: { kind: 'event', eventType: 'uk-high-court-decision' },
    period: { amount: 14, unit: 'days' },
    citation: 'Extradition Act 2003 s. 32(6) (Part 1) / s. 114(6) (Part 2)',
    sourceUrl: EXTRADITION_ACT_S32_URL,
    certainty: 'statutory',
    reminderLeadDays: [7, 3, 1, 0],
    note:
      'The 14 days start with the day the High Court refuses leave. Redress has no event for that refusal yet, so they are counted from the ' +
      "High Court's decision on the appeal: the earliest they can end. If leave was refused on a later day, set the date by hand; if leave was granted, mark this done. " +
      NOT_ROLLED
  },
  {
    ...ourDeadline,
    id: 'uk.supreme-court-appeal',
    title: 'Appeal to the Supreme Court brought',
    trigger: { kind: 'event', eventType: 'uk-supreme-court-leave-granted' },
    period: { amount: 28, unit: 'days' },
    citation: 'Extradition Act 2003 s. 32(7) (Part 1) / s. 114(7) (Part 2)',
    sourceUrl: EXTRADITION_ACT_S32_URL,
    certainty: 'statutory',
    reminderLeadDays: [14, 7, 2, 1, 0],
    note: '28 days starting with the day leave is granted. An appeal not brought in time is taken to have been brought and dismissed (s. 32(8)). ' + NOT_ROLLED
  }
]

export const ukExtraditionPack: RulePack = RulePack.parse({
  id: 'uk-extradition',
  name: 'UK extradition appeals (Extradition Act 2003)',
  jurisdiction: 'GB',
  holidayCountry: 'GB',
  shipped: true,
  description:
    'Appeal deadlines under the Extradition Act 2003 and the Criminal Procedure Rules, counted in calendar days starting with the day of the order or decision. ' +
    'Public holidays: the UK-wide list (regional bank holidays such as the Summer bank holiday in England and Wales are not in it); ' +
    'they matter only for rules you add in business days, since these periods are not moved off holidays.',
  rules
})
