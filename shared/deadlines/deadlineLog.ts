// The daily deadline log: who entered or changed which deadline, and when. Lawyers print a day's
// log as proof of diligent deadline control, so every change to a date or a status leaves an
// entry, removals included. Entries name the rule and the dates, never the client; the printed
// page identifies matters by their reference.
import { z } from 'zod'
import { formatLongDay, localDayAndTime } from '../calendar/isoDay'
import { NonEmptyText, RecordId, Timestamp } from '../domain/primitives'
import type { DeadlineRule } from '../rules/ruleSchema'
import { DeadlineKey } from './deadlineState'

/** Who the log names when the lawyer has not set a name or initials in settings. */
export const DEFAULT_ACTOR = 'Vault owner'
export const ACTOR_MAX = 80
export const SUMMARY_MAX = 1000

export const DeadlineLogAction = z.enum([
  'computed',
  'added',
  'changed',
  /** A deadline is gone (its trigger event was deleted or its rule removed). */
  'removed',
  'marked-done',
  'overridden',
  'reopened',
  'rule-added',
  'rule-changed',
  'pack-forked'
])
export type DeadlineLogAction = z.infer<typeof DeadlineLogAction>

export const DeadlineLogEntry = z
  .object({
    id: RecordId,
    at: Timestamp,
    actor: z
      .string()
      .trim()
      .min(1, { message: 'Your name or initials are required for the deadline log.' })
      .max(ACTOR_MAX, { message: `Name or initials must be at most ${ACTOR_MAX} characters.` })
      .default(DEFAULT_ACTOR),
    action: DeadlineLogAction,
    deadlineKey: DeadlineKey.optional(),
    matterId: RecordId.optional(),
    /** What changed, e.g. "CCF decision…: due date 2027-02-28 → 2027-05-15 (extension, Statute Art. 40(3))". */
    summary: NonEmptyText('Summary', SUMMARY_MAX)
  })
  .strict()
export type DeadlineLogEntry = z.infer<typeof DeadlineLogEntry>
export type DeadlineLogEntryInput = z.input<typeof DeadlineLogEntry>

/** The fields of the engine's ComputedDeadline the log compares. */
export interface LoggableDeadline {
  key: string
  matterId?: string
  rule: Pick<DeadlineRule, 'title' | 'citation'>
  computedDate: string
  dueDate: string
  status: 'open' | 'done' | 'overridden'
  extendedTo?: string
}

export const EXTENSION_REASON = 'extension, Statute Art. 40(3)'

export interface LogOptions {
  /** Ids for new entries; random UUIDs by default. */
  newId?: () => string
}

export interface DiffOptions extends LogOptions {
  /** Why dates moved, when the caller knows (e.g. "trigger date corrected"); appended in brackets. */
  reason?: string
}

function normalizeActor(actor: string): string {
  const trimmed = actor.trim()
  return trimmed === '' ? DEFAULT_ACTOR : trimmed.slice(0, ACTOR_MAX)
}

function isoTimestamp(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at
  if (Number.isNaN(date.getTime())) throw new RangeError('The time of a log entry must be a valid date.')
  return date.toISOString()
}

const randomId = () => globalThis.crypto.randomUUID()

function clipSummary(summary: string): string {
  const trimmed = summary.trim()
  return trimmed.length <= SUMMARY_MAX ? trimmed : `${trimmed.slice(0, SUMMARY_MAX - 1)}…`
}

/** One entry, for changes the caller makes itself (a rule added, a pack forked...). */
export function createLogEntry(
  fields: { action: DeadlineLogAction; summary: string; deadlineKey?: string; matterId?: string },
  actor: string,
  at: Date | string,
  options: LogOptions = {}
): DeadlineLogEntry {
  return DeadlineLogEntry.parse({
    id: (options.newId ?? randomId)(),
    at: isoTimestamp(at),
    actor: normalizeActor(actor),
    ...fields,
    summary: clipSummary(fields.summary)
  })
}

function byDueDate(a: LoggableDeadline, b: LoggableDeadline): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

function moved(before: string, after: string): string {
  return `due date ${before} → ${after}`
}

function withReason(text: string, reason: string | undefined): string {
  return reason ? `${text} (${reason})` : text
}

/** The action and summary for one deadline that exists before and after, or null if nothing changed. */
function describeChange(b: LoggableDeadline, a: LoggableDeadline, reason: string | undefined): { action: DeadlineLogAction; summary: string } | null {
  const title = a.rule.title
  const dateMoved = b.dueDate !== a.dueDate
  if (b.status !== a.status) {
    if (a.status === 'done') return { action: 'marked-done', summary: `${title} (due ${a.dueDate})` }
    if (a.status === 'overridden') {
      return {
        action: 'overridden',
        summary: dateMoved ? `${title}: ${moved(b.dueDate, a.dueDate)} (set by hand)` : `${title}: due date ${a.dueDate} kept by hand`
      }
    }
    return { action: 'reopened', summary: dateMoved ? `${title}: ${moved(b.dueDate, a.dueDate)}` : `${title}: due ${a.dueDate}` }
  }
  if (dateMoved) {
    const extension = a.extendedTo !== undefined && a.extendedTo !== b.extendedTo ? EXTENSION_REASON : undefined
    const dropped = a.extendedTo === undefined && b.extendedTo !== undefined ? 'extension removed' : undefined
    const why = [extension ?? dropped, reason].filter((s) => s !== undefined && s !== '').join('; ')
    return { action: 'changed', summary: withReason(`${title}: ${moved(b.dueDate, a.dueDate)}`, why || undefined) }
  }
  if (b.computedDate !== a.computedDate) {
    // The date that counts held (an override or an extension), but the rule now gives another one.
    return {
      action: 'changed',
      summary: withReason(`${title}: computed date ${b.computedDate} → ${a.computedDate}; due date ${a.dueDate} unchanged`, reason)
    }
  }
  return null
}

/**
 * Log entries for what changed between two computations of the deadlines: added, moved, marked
 * done, overridden, reopened and removed deadlines. Unchanged deadlines give nothing. Entries come
 * in due-date order, removals last.
 */
export function diffDeadlines(
  before: ReadonlyArray<LoggableDeadline>,
  after: ReadonlyArray<LoggableDeadline>,
  actor: string,
  at: Date | string,
  options: DiffOptions = {}
): DeadlineLogEntry[] {
  const previous = new Map(before.map((d) => [d.key, d]))
  const current = new Set(after.map((d) => d.key))
  const entries: DeadlineLogEntry[] = []
  const push = (d: LoggableDeadline, action: DeadlineLogAction, summary: string) => {
    const fields = { action, summary, deadlineKey: d.key, ...(d.matterId === undefined ? {} : { matterId: d.matterId }) }
    entries.push(createLogEntry(fields, actor, at, options))
  }

  for (const a of [...after].sort(byDueDate)) {
    const b = previous.get(a.key)
    if (!b) {
      const state = a.status === 'done' ? ', already done' : a.status === 'overridden' ? ', date set by hand' : ''
      push(a, 'added', `${a.rule.title}: due ${a.dueDate} (${a.rule.citation}${state})`)
      continue
    }
    const change = describeChange(b, a, options.reason)
    if (change) push(a, change.action, change.summary)
  }
  for (const b of [...before].sort(byDueDate)) {
    if (!current.has(b.key)) push(b, 'removed', `${b.rule.title}: was due ${b.dueDate} (${b.rule.citation})`)
  }
  return entries
}

/** The entries made on `isoDay` in `timeZone` (the runtime's own zone when omitted), oldest first. */
export function entriesForDay(
  entries: ReadonlyArray<DeadlineLogEntry>,
  isoDay: string,
  options: { timeZone?: string } = {}
): DeadlineLogEntry[] {
  return entries
    .filter((e) => localDayAndTime(new Date(e.at), options.timeZone).day === isoDay)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
}

export const ACTION_LABEL: Record<DeadlineLogAction, string> = {
  computed: 'Computed',
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  'marked-done': 'Marked done',
  overridden: 'Date set by hand',
  reopened: 'Reopened',
  'rule-added': 'Rule added',
  'rule-changed': 'Rule changed',
  'pack-forked': 'Rule pack forked'
}

export interface DayLogRow {
  /** HH:mm, local to the log's time zone. */
  time: string
  actor: string
  /** The matter's reference ("Matter RN-TR-01"), "—" when the entry concerns no matter. */
  matter: string
  action: DeadlineLogAction
  /** "Changed: CCF decision…: due date 2027-02-28 → 2027-05-15 (extension, Statute Art. 40(3))". */
  what: string
}

/** A printable page: the UI shows it as a table and the PDF layer can render it as one. */
export interface DayLogDocument {
  /** "Deadline log — 23 November 2026". */
  title: string
  day: string
  columns: readonly ['Time', 'By', 'Matter', 'What']
  rows: DayLogRow[]
  /** "3 entries." or "No deadlines were entered or changed on this day." */
  summary: string
}

export interface RenderDayLogOptions {
  /** The matter's reference for the page; never the client's name. undefined for an unknown id. */
  matterReference: (matterId: string) => string | undefined
  timeZone?: string
}

export const DAY_LOG_COLUMNS = ['Time', 'By', 'Matter', 'What'] as const
export const NO_MATTER = '—'
export const UNKNOWN_MATTER = 'Unknown matter'

export function renderDayLog(entries: ReadonlyArray<DeadlineLogEntry>, day: string, options: RenderDayLogOptions): DayLogDocument {
  const rows = entriesForDay(entries, day, options.timeZone === undefined ? {} : { timeZone: options.timeZone }).map((e) => ({
    time: localDayAndTime(new Date(e.at), options.timeZone).time,
    actor: e.actor,
    matter: e.matterId === undefined ? NO_MATTER : (options.matterReference(e.matterId) ?? UNKNOWN_MATTER),
    action: e.action,
    what: `${ACTION_LABEL[e.action]}: ${e.summary}`
  }))
  return {
    title: `Deadline log — ${formatLongDay(day)}`,
    day,
    columns: DAY_LOG_COLUMNS,
    rows,
    summary: rows.length === 0 ? 'No deadlines were entered or changed on this day.' : rows.length === 1 ? '1 entry.' : `${rows.length} entries.`
  }
}
