// INTERPOL's Rules on the Processing of Data (RPD, 2025 text): the clocks that decide how long a
// notice can stay suspended and when its retention must be reviewed (ccf-domain.md §§2.4–2.6).
import { RulePack, type DeadlineRuleInput } from '../ruleSchema'
import { RETENTION_PRACTICE_URL, RPD_URL, VERIFIED_ON, type ListedObligation } from './sources'

const fromRpd = { sourceUrl: RPD_URL, verifiedOn: VERIFIED_ON, certainty: 'statutory', roll: 'none' } as const

const rules: DeadlineRuleInput[] = [
  {
    ...fromRpd,
    id: 'rpd.suspension-end',
    title: 'Suspension of the notice or diffusion ends at the latest',
    trigger: { kind: 'event', eventType: 'notice-suspended' },
    period: { amount: 6, unit: 'months' },
    direction: 'after',
    obligor: 'requesting-state',
    citation: 'RPD Arts 81(1), 100(1)',
    reminderLeadDays: [30, 7, 0],
    note: 'The requesting NCB may suspend a notice or diffusion for at most 6 months. The retention period keeps running while it is suspended (RPD Art. 49(4)).'
  },
  {
    ...fromRpd,
    id: 'rpd.retention-review',
    title: 'General Secretariat asks the source to review the need to keep the data',
    trigger: { kind: 'event', eventType: 'retention-expiry' },
    period: { amount: 6, unit: 'months' },
    direction: 'before',
    obligor: 'general-secretariat',
    citation: 'RPD Art. 50(2)',
    reminderLeadDays: [30, 0],
    note: 'At the latest 6 months before the retention period ends. Unless the source gives reasons to keep the data, they are deleted automatically (RPD Art. 50).'
  }
]

export const rpdPack: RulePack = RulePack.parse({
  id: 'interpol-rpd',
  name: "INTERPOL's Rules on the Processing of Data (2025 text)",
  jurisdiction: 'INT',
  holidayCountry: 'FR',
  shipped: true,
  description:
    'Suspension and retention clocks of the RPD. Practice assumption: public holidays are those of France, where the General Secretariat sits (Lyon). ' +
    'The periods are calendar periods and are not moved off weekends or holidays.',
  rules
})

export const rpdListedObligations: ListedObligation[] = [
  {
    id: 'rpd.red-notice-validity',
    title: 'Red notice expires unless renewed by the source after review (5 years)',
    when: '5 years after the red notice was recorded',
    obligor: 'requesting-state',
    citation: 'Executive Committee retention decision (not seen); review mechanism RPD Art. 50(2),(4)',
    sourceUrl: RETENTION_PRACTICE_URL,
    verifiedOn: VERIFIED_ON,
    certainty: 'unconfirmed',
    whyNoDate:
      'The 5-year figure comes from a practitioner source, not a primary text, and Redress has no event yet for the day a notice was recorded. ' +
      'Where the retention end date is known, record it as a "retention expiry" event: the RPD Art. 50(2) review date then follows.'
  }
]
