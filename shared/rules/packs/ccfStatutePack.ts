// The CCF Statute's own clocks (ccf-domain.md §§1.2–1.5 and "Deadline rules"). Most of them are owed
// by the Commission or the General Secretariat, not by the lawyer: Redress shows when they pass so
// the lawyer can ask, politely, where the decision is.
//
// Modelling choices (the Statute leaves them open):
// - Calendar periods, never rolled: the Statute says nothing about weekends or holidays, and for a
//   clock the CCF owes, moving it later would only delay the lawyer's enquiry.
// - The Art. 41 steps are chained to the Art. 40 decision deadline: each is the latest date the
//   Statute allows if every earlier step took its full time. An extension under Art. 40(3) moves the
//   decision date, and the chain follows it.
// - Revision (Art. 42(3): "within the Art. 40 timeframes") is counted as 9 months, the timeframe of
//   correction/deletion requests, because a revision almost always follows a refused deletion.
import { RulePack, type DeadlineRuleInput } from '../ruleSchema'
import { STATUTE_URL, VERIFIED_ON, type ListedObligation } from './sources'

const fromStatute = { sourceUrl: STATUTE_URL, verifiedOn: VERIFIED_ON, certainty: 'statutory', roll: 'none' } as const
/** The CCF's own dates: a reminder a week ahead, and one on the day the clock runs out. */
const CCF_OWED_REMINDERS = [7, 0]
const ONE_MONTH = { amount: 1, unit: 'months' } as const

const CHAINED_NOTE =
  'Counted from the date the previous step was due at the latest; if it happened earlier, this step was due earlier.'

/** Written decision → (GS implements) → applicant: Statute Art. 41 after a decision under Art. 40 or 42(3). */
function article41Chain(kind: 'correction-deletion' | 'revision', decisionRuleId: string): DeadlineRuleInput[] {
  const prefix = `ccf.${kind}`
  return [
    {
      ...fromStatute,
      id: `${prefix}.decision-to-gs`,
      title: 'Written decision sent to the General Secretariat',
      trigger: { kind: 'deadline', ruleId: decisionRuleId },
      period: ONE_MONTH,
      direction: 'after',
      obligor: 'ccf',
      citation: 'Statute Art. 41(1)',
      reminderLeadDays: CCF_OWED_REMINDERS,
      note: CHAINED_NOTE
    },
    {
      ...fromStatute,
      id: `${prefix}.implementation`,
      title: 'Decision implemented by the General Secretariat',
      trigger: { kind: 'deadline', ruleId: `${prefix}.decision-to-gs` },
      period: ONE_MONTH,
      direction: 'after',
      obligor: 'general-secretariat',
      citation: 'Statute Art. 41(2)',
      reminderLeadDays: CCF_OWED_REMINDERS,
      note:
        '1 month from the General Secretariat receiving the decision (or 1 month after clarifications it asked the CCF for). ' +
        'Counted as if it received the decision on the last day the CCF had to send it.'
    },
    {
      ...fromStatute,
      id: `${prefix}.decision-to-applicant`,
      title: 'Decision sent to the applicant',
      trigger: { kind: 'deadline', ruleId: `${prefix}.implementation` },
      period: ONE_MONTH,
      direction: 'after',
      obligor: 'ccf',
      citation: 'Statute Art. 41(3)',
      reminderLeadDays: CCF_OWED_REMINDERS,
      note:
        'Promptly and no later than 1 month after the CCF is notified that its decision was implemented. ' +
        'The Statute sets no time for that notification; counted as if it came on the last day of implementation.'
    }
  ]
}

const rules: DeadlineRuleInput[] = [
  {
    ...fromStatute,
    id: 'ccf.admissibility-decision',
    title: 'Admissibility decision sent to the applicant',
    trigger: { kind: 'event', eventType: 'ccf-request-received' },
    period: ONE_MONTH,
    direction: 'after',
    obligor: 'ccf',
    citation: 'Statute Art. 32(1)',
    reminderLeadDays: CCF_OWED_REMINDERS,
    note: 'At the earliest opportunity and no later than one month from receipt by the Commission.'
  },
  {
    ...fromStatute,
    id: 'ccf.gs-answer',
    title: 'General Secretariat tells the CCF whether it processes data on the applicant',
    trigger: { kind: 'event', eventType: 'ccf-asked-general-secretariat' },
    period: { amount: 45, unit: 'days' },
    direction: 'after',
    obligor: 'general-secretariat',
    citation: 'Statute Art. 33(2)',
    reminderLeadDays: CCF_OWED_REMINDERS
  },
  {
    ...fromStatute,
    id: 'ccf.decision-access',
    title: 'CCF decision',
    trigger: { kind: 'event', eventType: 'ccf-admissibility', requestType: 'access' },
    period: { amount: 4, unit: 'months' },
    direction: 'after',
    obligor: 'ccf',
    citation: 'Statute Art. 40(1)',
    extendable: true,
    reminderLeadDays: [30, 7, 0],
    note: 'Access request. The Requests Chamber may extend this time limit (Statute Art. 40(3)): record the extension as an event.'
  },
  {
    ...fromStatute,
    id: 'ccf.decision-correction-deletion',
    title: 'CCF decision',
    trigger: { kind: 'event', eventType: 'ccf-admissibility', requestType: 'correction-deletion' },
    period: { amount: 9, unit: 'months' },
    direction: 'after',
    obligor: 'ccf',
    citation: 'Statute Art. 40(2)',
    extendable: true,
    reminderLeadDays: [30, 7, 0],
    note: 'Correction/deletion request. The Requests Chamber may extend this time limit (Statute Art. 40(3)): record the extension as an event.'
  },
  {
    ...fromStatute,
    id: 'ccf.decision-revision',
    title: 'CCF decision on the application for revision',
    trigger: { kind: 'event', eventType: 'ccf-admissibility', requestType: 'revision' },
    period: { amount: 9, unit: 'months' },
    direction: 'after',
    obligor: 'ccf',
    citation: 'Statute Art. 42(3) with Art. 40(2)',
    extendable: true,
    reminderLeadDays: [30, 7, 0],
    note:
      'Art. 42(3) applies the Art. 40 timeframes: 9 months where the decision under revision was on correction/deletion, ' +
      '4 months where it was on access (Art. 40(1)). Counted as 9 months; for the revision of an access decision, ' +
      'set the date by hand to 4 months after admissibility.'
  },
  ...article41Chain('correction-deletion', 'ccf.decision-correction-deletion'),
  {
    ...fromStatute,
    id: 'ccf.access.decision-to-gs',
    title: 'Written decision sent to the General Secretariat',
    trigger: { kind: 'deadline', ruleId: 'ccf.decision-access' },
    period: ONE_MONTH,
    direction: 'after',
    obligor: 'ccf',
    citation: 'Statute Art. 41(1)',
    reminderLeadDays: CCF_OWED_REMINDERS,
    note: CHAINED_NOTE
  },
  {
    ...fromStatute,
    id: 'ccf.access.decision-to-applicant',
    title: 'Access decision sent to the applicant',
    trigger: { kind: 'deadline', ruleId: 'ccf.decision-access' },
    period: ONE_MONTH,
    direction: 'after',
    obligor: 'ccf',
    citation: 'Statute Art. 41(3)',
    reminderLeadDays: CCF_OWED_REMINDERS,
    note: 'Within 1 month of the decision being adopted. ' + CHAINED_NOTE
  },
  ...article41Chain('revision', 'ccf.decision-revision'),
  {
    ...fromStatute,
    id: 'ccf.revision-application',
    title: 'Application for revision (new fact)',
    trigger: { kind: 'event', eventType: 'discovery-of-new-fact' },
    period: { amount: 6, unit: 'months' },
    direction: 'after',
    obligor: 'us',
    citation: 'Statute Art. 42(2)',
    reminderLeadDays: [60, 30, 14, 7, 2, 1],
    note:
      'Only a fact that could have led to a different conclusion had it been known (Art. 42(1)); disagreement with the decision is not enough. ' +
      'The Statute does not move a last day that falls on a weekend or holiday: file before it.'
  },
  {
    ...fromStatute,
    id: 'ccf.further-submissions',
    title: 'Further submissions and documents to the CCF',
    trigger: { kind: 'event', eventType: 'ccf-submission-deadline-set' },
    countsFromDateSetInEvent: true,
    period: { amount: 0, unit: 'days' },
    direction: 'after',
    obligor: 'us',
    citation: 'Statute Art. 31(3)',
    reminderLeadDays: [14, 7, 2, 1],
    note: 'By the date the Commission set. Record that date as the new due date of the event.'
  }
]

export const ccfStatutePack: RulePack = RulePack.parse({
  id: 'ccf-statute',
  name: 'CCF Statute (2025 consolidated text)',
  jurisdiction: 'INT',
  holidayCountry: 'FR',
  shipped: true,
  description:
    "Time limits of the Statute of the Commission for the Control of INTERPOL's Files, Arts 31–33 and 40–42. " +
    'Practice assumption: public holidays are those of France, where the CCF sits (Lyon); the Statute names no calendar. ' +
    'The Statute periods are calendar periods and are not moved off weekends or holidays, so the calendar only matters for rules you add in business days. ' +
    'The Art. 41 steps are counted from the latest date the previous step was allowed, and follow an Art. 40(3) extension.',
  rules
})

/** Duties of the Statute with no date Redress can compute; shown in the rule list, not on the dashboard. */
export const ccfListedObligations: ListedObligation[] = [
  {
    id: 'ccf.acknowledgement',
    title: 'Acknowledgement of the request, with information on the procedure and timeframe',
    when: 'After the CCF receives the request',
    obligor: 'ccf',
    citation: 'Statute Art. 31(1)',
    sourceUrl: STATUTE_URL,
    verifiedOn: VERIFIED_ON,
    certainty: 'statutory',
    whyNoDate: 'The Statute says "at the earliest opportunity", with no period.'
  },
  {
    id: 'ccf.extension-notice',
    title: 'Notice of an extension of the time limit to the applicant, the source and the General Secretariat, with reasons in the decision',
    when: 'When the Requests Chamber extends an Art. 40 time limit',
    obligor: 'ccf',
    citation: 'Statute Art. 40(3)',
    sourceUrl: STATUTE_URL,
    verifiedOn: VERIFIED_ON,
    certainty: 'statutory',
    whyNoDate: 'The extension must be "reasonable" and "promptly" communicated; no period is set. Record an extension as an event to move the decision date.'
  }
]
