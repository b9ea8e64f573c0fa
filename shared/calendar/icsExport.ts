// iCalendar (RFC 5545) export of deadlines, for the lawyer's own calendar program.
//
// A calendar file leaves the vault in plain text and lands in calendar programs that sync to
// servers, so by default it says which matter a date belongs to (the matter reference) but never
// whose matter it is: client names appear only when the lawyer opts in. Rule titles, citations
// and the engine's explanations are about the law, not the client.
//
// What is exported: open and overridden deadlines (overridden = a live deadline whose date the
// lawyer set by hand). Done deadlines are left out rather than exported as STATUS:CANCELLED,
// because a cancelled event still shows in many calendar views and would read as "nothing due".
// Re-importing after marking a deadline done therefore leaves the old event in place; each event
// has a stable UID so a calendar that updates by UID replaces rather than duplicates it.
//
// The text layer (escaping, CRLF, folding at 75 octets without splitting a UTF-8 sequence) is
// ical-generator's; it has no runtime dependencies and no Node imports, so shared/ stays pure.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import ical, { ICalAlarmType, ICalEventClass, ICalEventTransparency } from 'ical-generator'
import { sanitizeFileName } from '../ipc/fileNames'
import type { DeadlineRule } from '../rules/ruleSchema'
import { addDaysIso, daysBetweenIso, localDayAndTime } from './isoDay'

/** The fields of the engine's ComputedDeadline that an export reads. */
export interface ExportableDeadline {
  key: string
  matterId?: string
  rule: Pick<DeadlineRule, 'title' | 'citation' | 'certainty' | 'obligor' | 'reminderLeadDays'> & { note?: string }
  computedDate: string
  dueDate: string
  status: 'open' | 'done' | 'overridden'
  extendedTo?: string
  explanation: string
}

export interface CalendarMatter {
  id: string
  /** What the lawyer calls the matter without naming the client, e.g. "Matter RN-TR-01". */
  reference: string
  clientName?: string
}

export interface BuildDeadlineCalendarOptions {
  deadlines: ReadonlyArray<ExportableDeadline>
  matters: ReadonlyArray<CalendarMatter>
  /** Opt-in: put the client's name in event titles and alarm texts. Off by default in the UI. */
  includeClientNames: boolean
  /** DTSTAMP of every event; also decides which alarms are already in the past. */
  now: Date
  /** The whole PRODID value, e.g. "-//Firm//Product//EN"; defaults to DEFAULT_PROD_ID. */
  prodId?: string
  /** IANA zone used to decide "today" from `now` (the runtime's own zone when omitted). */
  timeZone?: string
}

export const DEFAULT_PROD_ID = '-//Redress//Redress deadlines//EN'
export const CALENDAR_NAME = 'Redress deadlines'
export const UID_DOMAIN = 'redress.local'
/** Alarm text when client names are not opted in: says what it is, not whose it is. */
export const GENERIC_ALARM_TEXT = 'Redress deadline'

export const OBLIGOR_TEXT: Record<DeadlineRule['obligor'], string> = {
  us: 'Owed by us.',
  ccf: 'Owed by the CCF.',
  'general-secretariat': 'Owed by the INTERPOL General Secretariat.',
  'requesting-state': 'Owed by the requesting state.',
  court: 'Owed by the court.'
}

export const CERTAINTY_TEXT: Record<DeadlineRule['certainty'], string> = {
  statutory: 'Certainty: statutory time limit.',
  practice: 'Certainty: CCF practice, not a statutory time limit.',
  unconfirmed: 'UNCONFIRMED rule: check the source before relying on this date.'
}

/** Stable across exports and machines; reveals nothing, not even the rule or event ids. */
export function deadlineUid(key: string): string {
  return `${bytesToHex(sha256(utf8ToBytes(key))).slice(0, 32)}@${UID_DOMAIN}`
}

export function deadlineSummary(deadline: ExportableDeadline, matter: CalendarMatter | undefined, includeClientNames: boolean): string {
  let summary = `Due: ${deadline.rule.title}`
  if (matter) summary += ` — ${matter.reference}`
  const name = includeClientNames ? matter?.clientName?.trim() : undefined
  if (name) summary += ` (${name})`
  return summary
}

export function deadlineDescription(deadline: ExportableDeadline): string {
  const lines = [deadline.explanation.trim()]
  lines.push(`Rule: ${deadline.rule.citation}.`)
  lines.push(CERTAINTY_TEXT[deadline.rule.certainty])
  lines.push(OBLIGOR_TEXT[deadline.rule.obligor])
  if (deadline.status === 'overridden') lines.push(`Date set by hand (computed date: ${deadline.computedDate}).`)
  if (deadline.extendedTo) lines.push(`Extended to ${deadline.extendedTo}.`)
  const note = deadline.rule.note?.trim()
  if (note) lines.push(`Note: ${note}`)
  return lines.filter((line) => line !== '').join('\n')
}

/** Lead times as whole days, largest first, without repeats. */
function leadDays(rule: ExportableDeadline['rule']): number[] {
  return [...new Set(rule.reminderLeadDays.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => b - a)
}

/**
 * One all-day VEVENT per open or overridden deadline, with one VALARM per lead time of its rule.
 * Alarms whose day is already past at `now` are left out, so importing a calendar with old
 * deadlines does not fire a burst of missed alarms.
 */
export function buildDeadlineCalendar(options: BuildDeadlineCalendarOptions): string {
  const { deadlines, includeClientNames, now } = options
  const matters = new Map(options.matters.map((m) => [m.id, m]))
  const today = localDayAndTime(now, options.timeZone).day

  // ical-generator writes "PRODID:-" + its value; ours is the whole value, leading "-" included.
  const prodId = (options.prodId ?? DEFAULT_PROD_ID).replace(/^-/, '')
  const calendar = ical({ prodId, name: CALENDAR_NAME })

  const exported = deadlines
    .filter((d) => d.status === 'open' || d.status === 'overridden')
    .slice()
    .sort((a, b) => (a.dueDate === b.dueDate ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.dueDate < b.dueDate ? -1 : 1))

  for (const deadline of exported) {
    const matter = deadline.matterId === undefined ? undefined : matters.get(deadline.matterId)
    const summary = deadlineSummary(deadline, matter, includeClientNames)
    const event = calendar.createEvent({
      id: deadlineUid(deadline.key),
      stamp: now,
      start: deadline.dueDate,
      end: addDaysIso(deadline.dueDate, 1),
      allDay: true,
      summary,
      description: deadlineDescription(deadline),
      // Shared calendars show a private event as "busy" only; a deadline blocks no time.
      class: ICalEventClass.PRIVATE,
      transparency: ICalEventTransparency.TRANSPARENT
    })
    const alarmText = includeClientNames ? `${GENERIC_ALARM_TEXT}: ${summary}` : GENERIC_ALARM_TEXT
    for (const lead of leadDays(deadline.rule)) {
      if (daysBetweenIso(today, addDaysIso(deadline.dueDate, -lead)) < 0) continue
      event.createAlarm({ type: ICalAlarmType.display, triggerBefore: lead * 86_400, description: alarmText })
    }
  }

  const text = calendar.toString()
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}

export type CalendarScope = { kind: 'all' } | { kind: 'matter'; reference: string }

/** "Redress deadlines - all matters.ics" or "Redress deadlines - Matter RN-TR-01.ics"; never a client name. */
export function calendarFileName(scope: CalendarScope): string {
  const what = scope.kind === 'all' ? 'all matters' : scope.reference.trim() || 'matter'
  return sanitizeFileName(`Redress deadlines - ${what}.ics`, 'Redress deadlines.ics')
}
