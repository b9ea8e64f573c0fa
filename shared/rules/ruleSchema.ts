// Deadline rules as data. Every rule carries its legal citation, the day someone checked it, and
// how certain it is (ccf-domain.md marks unconfirmed items; the app must say so to the user too).
import { z } from 'zod'
import { CcfRequestType, EventType } from '../domain/timeline'
import { IsoDate, NonEmptyText, OptionalText } from '../domain/primitives'

export const PeriodUnit = z.enum(['days', 'business-days', 'weeks', 'months', 'years'])
export type PeriodUnit = z.infer<typeof PeriodUnit>

export const Period = z.object({ amount: z.number().int().min(0).max(1200), unit: PeriodUnit }).strict()
export type Period = z.infer<typeof Period>

/** Who owes the deadline: the lawyer's side, or the decision-maker (a clock no other tool models). */
export const Obligor = z.enum(['us', 'ccf', 'general-secretariat', 'requesting-state', 'court'])
export type Obligor = z.infer<typeof Obligor>

export const Certainty = z.enum(['statutory', 'practice', 'unconfirmed'])
export type Certainty = z.infer<typeof Certainty>

/** What happens when the computed day is not a working day. */
export const RollRule = z.enum(['none', 'forward', 'backward'])
export type RollRule = z.infer<typeof RollRule>


export const RuleId = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,99}$/, { message: 'Rule id: lower-case letters, digits, dots and dashes.' })

export const Trigger = z.discriminatedUnion('kind', [
  /** A dated timeline event of this type starts the clock. */
  z.object({ kind: z.literal('event'), eventType: EventType, requestType: CcfRequestType.optional() }).strict(),
  /** Another rule's deadline starts the clock (chains). */
  z.object({ kind: z.literal('deadline'), ruleId: RuleId }).strict()
])
export type Trigger = z.infer<typeof Trigger>

export const DeadlineRule = z
  .object({
    id: RuleId,
    /** What is due, in the lawyer's words: "CCF decision on the correction/deletion request". */
    title: NonEmptyText('What is due', 200),
    trigger: Trigger,
    period: Period,
    direction: z.enum(['after', 'before']),
    obligor: Obligor,
    /** e.g. "Statute Art. 40(2)". */
    citation: NonEmptyText('Legal citation', 200),
    sourceUrl: OptionalText('Source address', 500),
    verifiedOn: IsoDate,
    certainty: Certainty,
    roll: RollRule.default('none'),
    /**
     * UK statutes count "N days starting with the day on which…": that day is day 1, so the last
     * day is one earlier than "N days after" (Extradition Act 2003 ss. 32(5), 103(9)).
     */
    periodStartsWithTriggerDay: z.boolean().default(false),
    /**
     * The period runs from the date the event gives (its newDueDate), not from the event's own date:
     * "by the date the CCF set for further submissions" (Statute Art. 31(3)) is period 0 from that date.
     */
    countsFromDateSetInEvent: z.boolean().default(false),
    /** Statute Art. 40(3): the CCF may extend; an extension event moves the date. */
    extendable: z.boolean().default(false),
    /** Days before the due date when reminders fire. */
    reminderLeadDays: z.array(z.number().int().min(0).max(365)).max(10).default([14, 7, 2, 1]),
    /** Shown beside the date, e.g. "the Statute says 'at the earliest opportunity'". */
    note: OptionalText('Note', 1000)
  })
  .strict()
export type DeadlineRule = z.infer<typeof DeadlineRule>
export type DeadlineRuleInput = z.input<typeof DeadlineRule>

export const RulePack = z
  .object({
    id: RuleId,
    name: NonEmptyText('Pack name', 200),
    /** ISO country code for national packs, "INT" for INTERPOL/CCF. */
    jurisdiction: z.string().regex(/^([A-Z]{2}|INT)$/, { message: 'Jurisdiction: a country code or INT.' }),
    description: OptionalText('Description', 2000),
    /** Country whose public holidays count for business days and rolling (ISO code). */
    holidayCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
    shipped: z.boolean(),
    forkedFrom: RuleId.optional(),
    rules: z.array(DeadlineRule).max(500)
  })
  .strict()
  .superRefine((pack, ctx) => {
    const ids = new Set<string>()
    pack.rules.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: 'Two rules in this pack have the same id.' })
      ids.add(r.id)
    })
  })
export type RulePack = z.infer<typeof RulePack>
