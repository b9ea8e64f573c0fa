// Which reminders are due today, and how to word them for a desktop notification.
//
// A reminder for a lead time n fires once today ≥ due date − n and it has not been shown for that
// lead time of that due date (so a date moved by an extension or a moved trigger reminds again).
// When several lead times have passed unseen (the app was closed for a week), only the nearest
// one is shown: one reminder per deadline, never a pile. When the rule has reminders at all, the
// due day itself always reminds too. An open deadline past its date gives an "overdue" reminder
// once a day.
//
// Notification text leaves the app: it sits in the OS notification centre and on a screen others
// may see or photograph. It names the matter by its reference and the client only on opt-in.
import { z } from 'zod'
import { daysBetweenIso, formatLongDay } from '../calendar/isoDay'
import { IsoDate } from '../domain/primitives'
import { NOTIFY_BODY_MAX, NOTIFY_TITLE_MAX } from '../ipc/contract'
import type { DeadlineRule } from '../rules/ruleSchema'
import { DeadlineKey } from './deadlineState'

/** The fields of the engine's ComputedDeadline that reminders read. */
export interface RemindableDeadline {
  key: string
  matterId?: string
  rule: Pick<DeadlineRule, 'title' | 'obligor' | 'certainty' | 'reminderLeadDays'>
  dueDate: string
  status: 'open' | 'done' | 'overridden'
}

export const OVERDUE = 'overdue' as const

/** A lead time in days, or 'overdue' for the daily reminder after the due date. */
export const ReminderLead = z.union([z.number().int().min(0).max(365), z.literal(OVERDUE)])
export type ReminderLead = z.infer<typeof ReminderLead>

/** One reminder the lawyer has seen (shown as a notification or banner, or dismissed). */
export const ReminderLogEntry = z
  .object({
    key: DeadlineKey,
    leadDays: ReminderLead,
    /** The due date the reminder was about; a moved date makes its reminders fire again. */
    dueDate: IsoDate,
    shownOn: IsoDate
  })
  .strict()
export type ReminderLogEntry = z.infer<typeof ReminderLogEntry>

/** Stored in the vault; bounded so a forgotten log cannot grow for ever (see pruneReminderLog). */
export const ReminderLog = z.array(ReminderLogEntry).max(20_000)
export type ReminderLog = z.infer<typeof ReminderLog>

export type ReminderKind = 'upcoming' | 'due-today' | 'overdue'

export interface Reminder {
  key: string
  matterId?: string
  kind: ReminderKind
  /** What to record in the log once shown. */
  leadDays: ReminderLead
  dueDate: string
  /** Days from today to the due date: 0 on the day, negative when overdue. */
  daysLeft: number
  title: string
  obligor: DeadlineRule['obligor']
  certainty: DeadlineRule['certainty']
}

/** Live deadlines: done ones never remind. Overridden ones remind on the date the lawyer set. */
const isLive = (d: RemindableDeadline) => d.status === 'open' || d.status === 'overridden'

function leadTimes(d: RemindableDeadline): number[] {
  const leads = d.rule.reminderLeadDays.filter((n) => Number.isInteger(n) && n >= 0)
  if (leads.length === 0) return []
  return [...new Set([...leads, 0])].sort((a, b) => a - b)
}

function wasShown(log: ReadonlyArray<ReminderLogEntry>, key: string, lead: ReminderLead, dueDate: string, today: string): boolean {
  return log.some(
    (e) => e.key === key && e.leadDays === lead && (lead === OVERDUE ? e.shownOn === today : e.dueDate === dueDate)
  )
}

/**
 * Urgency: our own deadlines before those owed by others (the CCF, the General Secretariat...),
 * then fewer days left first (the most overdue first), then by title and key for a stable order.
 */
export function compareReminders(a: Reminder, b: Reminder): number {
  const ours = Number(a.obligor !== 'us') - Number(b.obligor !== 'us')
  if (ours !== 0) return ours
  if (a.daysLeft !== b.daysLeft) return a.daysLeft - b.daysLeft
  if (a.title !== b.title) return a.title < b.title ? -1 : 1
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/** The reminders to show today, most urgent first. `today` is the lawyer's local yyyy-mm-dd. */
export function dueReminders(
  deadlines: ReadonlyArray<RemindableDeadline>,
  today: string,
  log: ReadonlyArray<ReminderLogEntry>
): Reminder[] {
  const out: Reminder[] = []
  for (const d of deadlines) {
    if (!isLive(d)) continue
    const daysLeft = daysBetweenIso(today, d.dueDate)
    const base = { key: d.key, dueDate: d.dueDate, daysLeft, title: d.rule.title, obligor: d.rule.obligor, certainty: d.rule.certainty }
    const withMatter = d.matterId === undefined ? base : { ...base, matterId: d.matterId }
    if (daysLeft < 0) {
      if (!wasShown(log, d.key, OVERDUE, d.dueDate, today)) out.push({ ...withMatter, kind: 'overdue', leadDays: OVERDUE })
      continue
    }
    // The nearest lead time that has been reached; larger ones it supersedes are not shown.
    const lead = leadTimes(d).find((n) => n >= daysLeft)
    if (lead === undefined || wasShown(log, d.key, lead, d.dueDate, today)) continue
    out.push({ ...withMatter, kind: daysLeft === 0 ? 'due-today' : 'upcoming', leadDays: lead })
  }
  return out.sort(compareReminders)
}

/** Log entries recording that these reminders were shown (or dismissed) today. */
export function markShown(reminders: ReadonlyArray<Reminder>, today: string): ReminderLogEntry[] {
  return reminders.map((r) => ({ key: r.key, leadDays: r.leadDays, dueDate: r.dueDate, shownOn: today }))
}

/**
 * Drops entries that can no longer suppress anything: deadlines that are gone or done, due dates
 * that moved, and overdue entries from earlier days.
 */
export function pruneReminderLog(
  log: ReadonlyArray<ReminderLogEntry>,
  deadlines: ReadonlyArray<RemindableDeadline>,
  today: string
): ReminderLogEntry[] {
  const live = new Map(deadlines.filter(isLive).map((d) => [d.key, d.dueDate]))
  return log.filter((e) => {
    if (live.get(e.key) !== e.dueDate) return false
    return e.leadDays !== OVERDUE || e.shownOn === today
  })
}

export interface NotificationTextOptions {
  /** Opt-in from settings: put the client's name in the notification. Off by default. */
  includeClientNames: boolean
  clientName?: string
  /** e.g. "Matter RN-TR-01". */
  matterReference: string
}

export interface NotificationText {
  /** At most NOTIFICATION_TITLE_MAX characters (the notify:show contract). */
  title: string
  /** At most NOTIFICATION_BODY_MAX characters. */
  body: string
}

export const NOTIFICATION_TITLE_MAX = NOTIFY_TITLE_MAX
export const NOTIFICATION_BODY_MAX = NOTIFY_BODY_MAX

function when(r: Reminder): string {
  if (r.daysLeft === 0) return 'Deadline today'
  if (r.daysLeft === 1) return 'Deadline tomorrow'
  if (r.daysLeft > 1) return `Deadline in ${r.daysLeft} days`
  const late = -r.daysLeft
  const ago = late === 1 ? '1 day' : `${late} days`
  return r.obligor === 'us' ? `Deadline overdue by ${ago}` : `Deadline passed ${ago} ago`
}

const OWED_BY: Record<DeadlineRule['obligor'], string> = {
  us: 'Owed by us.',
  ccf: 'Owed by the CCF.',
  'general-secretariat': 'Owed by the INTERPOL General Secretariat.',
  'requesting-state': 'Owed by the requesting state.',
  court: 'Owed by the court.'
}

/** At most `max` UTF-16 units (what the contract's zod limits count), never half a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max - 1)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/**
 * Title and body for a desktop notification, e.g. "Deadline in 2 days — Matter RN-TR-01" /
 * "CCF decision on the correction/deletion request: due 28 February 2027." No client name
 * unless opted in; both parts fit the notify:show limits.
 */
export function notificationText(reminder: Reminder, options: NotificationTextOptions): NotificationText {
  const reference = options.matterReference.trim()
  const name = options.includeClientNames ? options.clientName?.trim() : undefined
  let title = when(reminder)
  if (reference) title += ` — ${reference}`
  if (name) title += ` (${name})`

  const due = formatLongDay(reminder.dueDate)
  let body = `${reminder.title}: ${reminder.daysLeft < 0 ? 'was due' : 'due'} ${due}.`
  if (reminder.obligor !== 'us') body += ` ${OWED_BY[reminder.obligor]}`
  if (reminder.daysLeft < 0 && reminder.obligor === 'ccf') body += ' Overdue under the Statute: consider a status enquiry.'
  if (reminder.certainty === 'unconfirmed') body += ' The rule is unconfirmed: check the source.'
  return { title: clip(title, NOTIFICATION_TITLE_MAX), body: clip(body, NOTIFICATION_BODY_MAX) }
}

