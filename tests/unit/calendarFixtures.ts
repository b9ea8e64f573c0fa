// Deadlines shaped like the engine's ComputedDeadline, for the calendar, reminder and log tests.
// Dates are written out by hand.
import { DeadlineRule, type DeadlineRuleInput } from '@shared/rules/ruleSchema'

export const MATTER_TR = '0b9b8a52-3f0e-4a43-9a57-0a5c1b7b1d01'
export const MATTER_KZ = '6f1d2c3b-4a5e-4f60-8d7c-2b3a4c5d6e02'
export const EVENT_ADMISSIBLE = 'c0ffee00-0000-4000-8000-000000000001'
export const EVENT_ORDER = 'c0ffee00-0000-4000-8000-000000000002'

export const CLIENT_TR = 'Yerlan Zhaksylykov'
export const CLIENT_KZ = 'Гүлнар Жақсылықова'

export const matters = [
  { id: MATTER_TR, reference: 'Matter RN-TR-01', clientName: CLIENT_TR },
  { id: MATTER_KZ, reference: 'Matter RN-KZ-07', clientName: CLIENT_KZ }
]

export interface TestDeadline {
  key: string
  matterId?: string
  rule: DeadlineRule
  packId: string
  computedDate: string
  dueDate: string
  status: 'open' | 'done' | 'overridden'
  extendedTo?: string
  explanation: string
}

export function rule(overrides: Partial<DeadlineRuleInput> = {}): DeadlineRule {
  return DeadlineRule.parse({
    id: 'ccf.decision.correction-deletion',
    title: 'CCF decision on the correction/deletion request',
    trigger: { kind: 'event', eventType: 'ccf-admissibility', requestType: 'correction-deletion' },
    period: { amount: 9, unit: 'months' },
    direction: 'after',
    obligor: 'ccf',
    citation: 'Statute Art. 40(2)',
    verifiedOn: '2026-03-26',
    certainty: 'statutory',
    extendable: true,
    ...overrides
  })
}

export const ccfDecision: TestDeadline = {
  key: `ccf.decision.correction-deletion@${EVENT_ADMISSIBLE}`,
  matterId: MATTER_TR,
  rule: rule(),
  packId: 'ccf-statute',
  computedDate: '2027-02-28',
  dueDate: '2027-02-28',
  status: 'open',
  explanation: '9 months from admissibility on 31 May 2026 = 28 Feb 2027, Statute Art. 40(2)'
}

export const ukAppeal: TestDeadline = {
  key: `uk.appeal.part2@${EVENT_ORDER}`,
  matterId: MATTER_KZ,
  rule: rule({
    id: 'uk.appeal.part2',
    title: 'Notice of application for leave to appeal to the High Court',
    trigger: { kind: 'event', eventType: 'uk-part2-order-notified' },
    period: { amount: 14, unit: 'days' },
    obligor: 'us',
    citation: 'Extradition Act 2003 s. 103(9)',
    extendable: false,
    reminderLeadDays: [7, 2, 1]
  }),
  packId: 'uk-extradition',
  computedDate: '2026-12-04',
  dueDate: '2026-12-04',
  status: 'open',
  explanation: '14 days from notice of the Part 2 order on 20 Nov 2026 = 4 Dec 2026, Extradition Act 2003 s. 103(9)'
}

export const gsNotice: TestDeadline = {
  key: `ccf.gs-implementation@ccf.decision.correction-deletion@${EVENT_ADMISSIBLE}`,
  matterId: MATTER_TR,
  rule: rule({
    id: 'ccf.gs-implementation',
    title: 'General Secretariat implements the CCF decision',
    trigger: { kind: 'deadline', ruleId: 'ccf.decision.correction-deletion' },
    period: { amount: 1, unit: 'months' },
    obligor: 'general-secretariat',
    citation: 'Statute Art. 41(3)',
    certainty: 'unconfirmed',
    extendable: false,
    reminderLeadDays: [2]
  }),
  packId: 'ccf-statute',
  computedDate: '2027-03-28',
  dueDate: '2027-04-06',
  status: 'overridden',
  explanation: '1 month from the CCF decision due 28 Feb 2027 = 28 Mar 2027, Statute Art. 41(3)'
}

export const doneFiling: TestDeadline = {
  key: `ccf.further-submissions@${EVENT_ADMISSIBLE}`,
  matterId: MATTER_TR,
  rule: rule({
    id: 'ccf.further-submissions',
    title: 'Further submissions to the CCF',
    obligor: 'us',
    citation: 'Statute Art. 31(3)',
    certainty: 'practice'
  }),
  packId: 'ccf-statute',
  computedDate: '2026-12-15',
  dueDate: '2026-12-15',
  status: 'done',
  explanation: 'Date set by the CCF for further submissions, Statute Art. 31(3)'
}

export const allDeadlines: TestDeadline[] = [ccfDecision, ukAppeal, gsNotice, doneFiling]
