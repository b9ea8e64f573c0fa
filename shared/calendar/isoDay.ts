// Day helpers for the calendar export, reminders and the deadline log. The yyyy-mm-dd arithmetic is
// the deadline engine's own (one implementation, so every date agrees); this module adds the
// moment → local-day conversion that only these consumers need.
export { addDays as addDaysIso, daysBetween as daysBetweenIso, formatDayLong as formatLongDay } from '../deadlines/isoDates'

/**
 * The calendar day and wall-clock time of `moment` in `timeZone` (an IANA name; the runtime's own
 * zone when omitted).
 */
export function localDayAndTime(moment: Date, timeZone?: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(moment)
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00'
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` }
}
