// The rule form's values (strings while typing) and their conversion to the DeadlineRule schema;
// pack ids made from a pack's name.
import type { CcfRequestType, EventType } from '@shared/domain'
import { DeadlineRule, type Certainty, type DeadlineRuleInput, type Obligor, type PeriodUnit, type RollRule, type RulePack } from '@shared/rules'
import type { FieldErrors } from '../../src/ui/formErrors'
import { errorsFromIssues } from '../../src/ui/formErrors'
import { deadlineMessages as m } from './messages'

export interface RuleDraft {
  id: string
  title: string
  triggerKind: 'event' | 'deadline'
  eventType: EventType
  requestType: '' | CcfRequestType
  parentRuleId: string
  amount: string
  unit: PeriodUnit
  direction: 'after' | 'before'
  obligor: Obligor
  citation: string
  sourceUrl: string
  verifiedOn: string
  certainty: Certainty
  roll: RollRule
  extendable: boolean
  startsWithTriggerDay: boolean
  countsFromDateSet: boolean
  reminders: string
  note: string
}

/** A rule id in the pack not used yet: "<pack>.rule-1", "<pack>.rule-2"… */
export function nextRuleId(pack: RulePack): string {
  const taken = new Set(pack.rules.map((r) => r.id))
  for (let n = pack.rules.length + 1; ; n++) {
    const id = `${pack.id}.rule-${n}`
    if (!taken.has(id)) return id
  }
}

export function emptyRuleDraft(pack: RulePack, today: string): RuleDraft {
  return {
    id: nextRuleId(pack),
    title: '',
    triggerKind: 'event',
    eventType: 'ccf-request-received',
    requestType: '',
    parentRuleId: '',
    amount: '',
    unit: 'days',
    direction: 'after',
    obligor: 'us',
    citation: '',
    sourceUrl: '',
    verifiedOn: today,
    certainty: 'practice',
    roll: 'none',
    extendable: false,
    startsWithTriggerDay: false,
    countsFromDateSet: false,
    reminders: '14, 7, 2, 1',
    note: ''
  }
}

export function draftFromRule(rule: DeadlineRule): RuleDraft {
  return {
    id: rule.id,
    title: rule.title,
    triggerKind: rule.trigger.kind,
    eventType: rule.trigger.kind === 'event' ? rule.trigger.eventType : 'ccf-request-received',
    requestType: rule.trigger.kind === 'event' ? (rule.trigger.requestType ?? '') : '',
    parentRuleId: rule.trigger.kind === 'deadline' ? rule.trigger.ruleId : '',
    amount: String(rule.period.amount),
    unit: rule.period.unit,
    direction: rule.direction,
    obligor: rule.obligor,
    citation: rule.citation,
    sourceUrl: rule.sourceUrl,
    verifiedOn: rule.verifiedOn,
    certainty: rule.certainty,
    roll: rule.roll,
    extendable: rule.extendable,
    startsWithTriggerDay: rule.periodStartsWithTriggerDay,
    countsFromDateSet: rule.countsFromDateSetInEvent,
    reminders: rule.reminderLeadDays.join(', '),
    note: rule.note
  }
}

function ruleErrorLabel(path: string): string | undefined {
  if (path === 'verifiedOn') return m.verifiedOn
  if (path === 'trigger.ruleId') return m.parentRule
  if (path === 'period.amount') return m.periodAmount
  if (path.startsWith('reminderLeadDays')) return m.reminderLeadDays
  return undefined
}

/**
 * The rule, or the field errors: the schema's own, plus what it cannot see (a period typed as text,
 * a reminder list that is not numbers, an id another rule of the pack has).
 */
export function ruleFromDraft(d: RuleDraft, pack: RulePack, originalId: string | undefined): { rule?: DeadlineRule; errors: FieldErrors } {
  const errors: Record<string, string> = {}
  const amountText = d.amount.trim()
  const amount = /^\d{1,4}$/.test(amountText) ? Number(amountText) : Number.NaN
  if (!Number.isInteger(amount) || amount > 1200) errors['period.amount'] = m.periodAmountInvalid
  const reminderParts = d.reminders.split(/[,;\s]+/).filter((s) => s !== '')
  const reminders = reminderParts.map((s) => (/^\d{1,3}$/.test(s) ? Number(s) : Number.NaN))
  if (reminders.some((n) => !Number.isInteger(n) || n > 365) || reminders.length > 10) errors.reminderLeadDays = m.reminderLeadDaysInvalid
  if (d.triggerKind === 'deadline' && d.parentRuleId === '') errors['trigger.ruleId'] = m.parentRuleRequired
  const id = d.id.trim()
  if (id !== originalId && pack.rules.some((r) => r.id === id)) errors.id = m.ruleIdTaken

  const input: DeadlineRuleInput = {
    id,
    title: d.title,
    trigger:
      d.triggerKind === 'event'
        ? { kind: 'event', eventType: d.eventType, ...(d.requestType ? { requestType: d.requestType } : {}) }
        : { kind: 'deadline', ruleId: d.parentRuleId || 'missing-rule' },
    period: { amount: Number.isInteger(amount) ? amount : 0, unit: d.unit },
    direction: d.direction,
    obligor: d.obligor,
    citation: d.citation,
    sourceUrl: d.sourceUrl,
    verifiedOn: d.verifiedOn.trim(),
    certainty: d.certainty,
    roll: d.roll,
    periodStartsWithTriggerDay: d.startsWithTriggerDay,
    countsFromDateSetInEvent: d.triggerKind === 'event' && d.countsFromDateSet,
    extendable: d.extendable,
    reminderLeadDays: reminders.filter((n) => Number.isInteger(n)),
    note: d.note
  }
  const parsed = DeadlineRule.safeParse(input)
  const schemaErrors = parsed.success ? {} : errorsFromIssues(parsed.error.issues, ruleErrorLabel)
  const all = { ...schemaErrors, ...errors }
  if (!parsed.success || Object.keys(all).length > 0) return { errors: all }
  return { rule: parsed.data, errors: {} }
}

/** The pack with `rule` added, or put in place of `originalId`; chains in the pack follow a renamed id. */
export function packWithRule(pack: RulePack, rule: DeadlineRule, originalId: string | undefined): RulePack {
  if (originalId === undefined) return { ...pack, rules: [...pack.rules, rule] }
  const renamed = originalId !== rule.id
  return {
    ...pack,
    rules: pack.rules.map((r) => {
      if (r.id === originalId) return rule
      if (renamed && r.trigger.kind === 'deadline' && r.trigger.ruleId === originalId) return { ...r, trigger: { kind: 'deadline', ruleId: rule.id } }
      return r
    })
  }
}

/** "CCF Statute — our practice" → "ccf-statute-our-practice", not clashing with `taken`. */
export function packIdFromName(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  const base = slug.length >= 2 ? slug : 'my-pack'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`
    if (!taken.has(id)) return id
  }
}
