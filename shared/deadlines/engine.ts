// Events + rule packs + the lawyer's marks → dated, explained deadlines. Pure: the same input always
// gives the same list in the same order, so the dashboard, reminders, calendar export and the
// daily log all agree on every date.
//
// - An event rule fires once per event of its type (and request type, when the rule names one).
// - A chain rule fires once per deadline of the rule it points to, counting from that deadline's
//   due date, so an override or an Art. 40(3) extension of the parent moves the children too.
// - What the lawyer said stays: an overridden deadline keeps the date they set whatever its trigger
//   does, a done one stays done (DeadlineState, looked up by the deadline's stable key).
import type { CcfRequestType, EventType, TimelineEvent } from '../domain/timeline'
import type { DeadlineRule, RulePack } from '../rules/ruleSchema'
import type { DeadlineState } from './deadlineState'
import { EVENT_PHRASES, describePeriod, describeRoll } from './explanationText'
import { addDays, daysBetween, formatDay, isIsoDay } from './isoDates'
import { addPeriod, rollToWorkingDay } from './periodArithmetic'
import { createWorkingCalendar, type WorkingCalendar } from './workingCalendar'

export type DeadlineTrigger =
  | { kind: 'event'; eventId: string; eventType: EventType; date: string }
  | { kind: 'deadline'; key: string; date: string }

export interface ComputedDeadline {
  /** `${rule.id}@${triggerKey}`: the event id, or the parent deadline's key in a chain. */
  key: string
  matterId?: string
  rule: DeadlineRule
  packId: string
  /** The CCF request the clock belongs to (from the event or the rule; inherited through a chain). */
  requestType?: CcfRequestType
  trigger: DeadlineTrigger
  /** What the rule gives, after rolling; before any extension or override. */
  computedDate: string
  /** The date that counts: computedDate, or the extension's date, or the lawyer's override. */
  dueDate: string
  status: 'open' | 'done' | 'overridden'
  /** The date an Art. 40(3) extension gave, when one applies. */
  extendedTo?: string
  explanation: string
  /** The lawyer's mark on this deadline, if any (note, doneOn). */
  state?: DeadlineState
}

export interface ComputeDeadlinesInput {
  events: readonly TimelineEvent[]
  packs: readonly RulePack[]
  states: readonly DeadlineState[]
  /** Working calendar of a country; defaults to createWorkingCalendar (date-holidays). */
  calendarFor?: (country: string) => WorkingCalendar
}

/** Chains in the shipped packs are 3 deep; anything near this bound is a mistake in a lawyer's pack. */
const MAX_CHAIN_DEPTH = 16

interface RuleRef {
  rule: DeadlineRule
  pack: RulePack
}

interface Extension {
  event: TimelineEvent
  newDueDate: string
}

/** Whose public holidays count: the pack's choice; for INTERPOL/CCF packs without one, France (Lyon). */
export function holidayCountryOf(pack: RulePack): string {
  return pack.holidayCountry ?? (pack.jurisdiction === 'INT' ? 'FR' : pack.jurisdiction)
}

/** Newest mark per key wins, so two devices' marks merge the same way everywhere. */
function statesByKey(states: readonly DeadlineState[]): Map<string, DeadlineState> {
  const byKey = new Map<string, DeadlineState>()
  for (const s of states) {
    const seen = byKey.get(s.key)
    if (!seen || s.changedAt > seen.changedAt) byKey.set(s.key, s)
  }
  return byKey
}

/** The latest of a matter's extensions that covers this deadline: same request (if it names one), given after the clock started. */
function extensionFor(extensions: readonly Extension[], requestType: CcfRequestType | undefined, triggerDate: string) {
  let chosen: Extension | undefined
  for (const x of extensions) {
    if (x.event.requestType && x.event.requestType !== requestType) continue
    if (!(triggerDate < x.event.date)) continue
    if (!chosen || x.event.date > chosen.event.date || (x.event.date === chosen.event.date && x.newDueDate > chosen.newDueDate)) chosen = x
  }
  return chosen
}

export function computeDeadlines(input: ComputeDeadlinesInput): ComputedDeadline[] {
  const calendarFor = input.calendarFor ?? createWorkingCalendar
  const states = statesByKey(input.states)

  // One rule per id: a later pack repeating an id (e.g. a copied pack not made with forkPack) is
  // ignored, so that one deadline key never stands for two different rules.
  const eventRules = new Map<EventType, RuleRef[]>()
  const chainRules = new Map<string, RuleRef[]>()
  const seenIds = new Set<string>()
  for (const pack of input.packs) {
    for (const rule of pack.rules) {
      if (seenIds.has(rule.id)) continue
      seenIds.add(rule.id)
      const ref = { rule, pack }
      if (rule.trigger.kind === 'event') eventRules.set(rule.trigger.eventType, [...(eventRules.get(rule.trigger.eventType) ?? []), ref])
      else chainRules.set(rule.trigger.ruleId, [...(chainRules.get(rule.trigger.ruleId) ?? []), ref])
    }
  }

  const validEvents = input.events.filter((e) => isIsoDay(e.date))
  // Extensions by matter: a dashboard run covers thousands of matters, each with a few extensions.
  const extensionsByMatter = new Map<string | undefined, Extension[]>()
  for (const e of validEvents) {
    if (e.type !== 'ccf-extension' || e.newDueDate === undefined || !isIsoDay(e.newDueDate)) continue
    extensionsByMatter.set(e.matterId, [...(extensionsByMatter.get(e.matterId) ?? []), { event: e, newDueDate: e.newDueDate }])
  }

  interface Start {
    key: string
    trigger: DeadlineTrigger
    /** The day the period counts from. */
    base: string
    /** "request declared admissible on 31 May 2026", without the period. */
    describeStart: (rule: DeadlineRule) => string
    matterId?: string
    requestType?: CcfRequestType
    /** The deadline this one is chained to; walked to stop a rule firing twice in one chain. */
    parentKey?: string
  }

  const build = ({ rule, pack }: RuleRef, start: Start): ComputedDeadline => {
    const calendar = calendarFor(holidayCountryOf(pack))
    // "N days starting with day D" ends the day before "N days after D" (UK statutes).
    const countFrom = rule.periodStartsWithTriggerDay ? addDays(start.base, rule.direction === 'after' ? -1 : 1) : start.base
    const landed = addPeriod(countFrom, rule.period, rule.direction, calendar)
    const computedDate = rollToWorkingDay(landed, rule.roll, calendar)
    let explanation = `${start.describeStart(rule)} = ${formatDay(landed)}${describeRoll(landed, computedDate, calendar)}, ${rule.citation}`
    let dueDate = computedDate
    let extendedTo: string | undefined
    if (rule.extendable && rule.obligor === 'ccf') {
      const x = extensionFor(extensionsByMatter.get(start.matterId) ?? [], start.requestType, start.trigger.date)
      if (x) {
        extendedTo = dueDate = x.newDueDate
        explanation += `; extended to ${formatDay(x.newDueDate)} under Statute Art. 40(3)`
      }
    }
    const state = states.get(start.key)
    let status: ComputedDeadline['status'] = 'open'
    if (state?.status === 'done') status = 'done'
    if (state?.status === 'overridden') {
      status = 'overridden'
      // A damaged date must not take the whole dashboard down: keep the computed one.
      if (state.overrideDate && isIsoDay(state.overrideDate)) {
        dueDate = state.overrideDate
        explanation += `; date set by hand to ${formatDay(state.overrideDate)}`
      }
    }
    return {
      key: start.key,
      ...(start.matterId !== undefined ? { matterId: start.matterId } : {}),
      rule,
      packId: pack.id,
      ...(start.requestType !== undefined ? { requestType: start.requestType } : {}),
      trigger: start.trigger,
      computedDate,
      dueDate,
      status,
      ...(extendedTo !== undefined ? { extendedTo } : {}),
      explanation,
      ...(state ? { state } : {})
    }
  }

  const results = new Map<string, ComputedDeadline>()
  const parentOf = new Map<string, string>()
  const queue: ComputedDeadline[] = []
  const add = (ref: RuleRef, start: Start) => {
    if (results.has(start.key)) return
    const d = build(ref, start)
    results.set(d.key, d)
    if (start.parentKey !== undefined) parentOf.set(d.key, start.parentKey)
    queue.push(d)
  }
  /** The rule ids from this deadline up to the event that started its chain. */
  const chainRuleIds = (key: string): string[] => {
    const ids: string[] = []
    for (let k: string | undefined = key; k !== undefined && ids.length <= MAX_CHAIN_DEPTH; k = parentOf.get(k)) {
      const d = results.get(k)
      if (d) ids.push(d.rule.id)
    }
    return ids
  }

  for (const event of validEvents) {
    for (const ref of eventRules.get(event.type) ?? []) {
      const wanted = ref.rule.trigger.kind === 'event' ? ref.rule.trigger.requestType : undefined
      if (wanted && event.requestType !== wanted) continue
      const fromDateSet = ref.rule.countsFromDateSetInEvent
      // A rule counting from the date the CCF set cannot be computed until that date is recorded.
      if (fromDateSet && (event.newDueDate === undefined || !isIsoDay(event.newDueDate))) continue
      const base = fromDateSet ? (event.newDueDate as string) : event.date
      const phrase = EVENT_PHRASES[event.type]
      add(ref, {
        key: `${ref.rule.id}@${event.id}`,
        trigger: { kind: 'event', eventId: event.id, eventType: event.type, date: event.date },
        base,
        describeStart: (rule) => describeEventStart(rule, phrase, event.date, base),
        ...(event.matterId !== undefined ? { matterId: event.matterId } : {}),
        ...((event.requestType ?? wanted) !== undefined ? { requestType: event.requestType ?? wanted } : {})
      })
    }
  }

  // Walk the queue by index: shift() is linear on a long array, and a dashboard run queues every deadline.
  for (let next = 0; next < queue.length; next++) {
    const parent = queue[next] as ComputedDeadline
    const children = chainRules.get(parent.rule.id)
    if (!children) continue
    const ancestry = chainRuleIds(parent.key)
    if (ancestry.length >= MAX_CHAIN_DEPTH) continue
    for (const ref of children) {
      if (ancestry.includes(ref.rule.id)) continue // a cycle in a lawyer's pack: stop rather than loop
      add(ref, {
        key: `${ref.rule.id}@${parent.key}`,
        trigger: { kind: 'deadline', key: parent.key, date: parent.dueDate },
        base: parent.dueDate,
        describeStart: (rule) => describeChainStart(rule, parent),
        ...(parent.matterId !== undefined ? { matterId: parent.matterId } : {}),
        ...(parent.requestType !== undefined ? { requestType: parent.requestType } : {}),
        parentKey: parent.key
      })
    }
  }

  return [...results.values()].sort((a, b) => (a.dueDate === b.dueDate ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.dueDate < b.dueDate ? -1 : 1))
}

/** "9 months from request declared admissible on 31 May 2026"; "7 days starting with … (day 1)". */
function describeEventStart(rule: DeadlineRule, phrase: string, eventDate: string, base: string): string {
  const period = describePeriod(rule.period)
  const relation = rule.direction === 'after' ? 'from' : 'before'
  if (rule.countsFromDateSetInEvent) {
    if (rule.period.amount === 0) return `Date given in ${phrase} on ${formatDay(eventDate)}`
    return `${period} ${relation} the date given in ${phrase} on ${formatDay(eventDate)} (${formatDay(base)})`
  }
  if (rule.periodStartsWithTriggerDay) return `${period} starting with ${phrase} on ${formatDay(eventDate)} (day 1)`
  return `${period} ${relation} ${phrase} on ${formatDay(eventDate)}`
}

/** "1 month from CCF decision due 28 Feb 2027". */
function describeChainStart(rule: DeadlineRule, parent: ComputedDeadline): string {
  const period = describePeriod(rule.period)
  const due = `${parent.rule.title} due ${formatDay(parent.dueDate)}`
  if (rule.periodStartsWithTriggerDay) return `${period} starting with ${due} (day 1)`
  return `${period} ${rule.direction === 'after' ? 'from' : 'before'} ${due}`
}

/** True when a filing on `filingDate` meets the deadline (the due date itself is still in time). */
export function isFiledInTime(deadline: Pick<ComputedDeadline, 'dueDate'>, filingDate: string): boolean {
  return filingDate <= deadline.dueDate
}

/** Days a filing on `filingDate` is late (0 when in time). */
export function daysLate(deadline: Pick<ComputedDeadline, 'dueDate'>, filingDate: string): number {
  return Math.max(0, daysBetween(deadline.dueDate, filingDate))
}
