// Small, pure helpers over yyyy-mm-dd days. Days are counted in UTC so that no time zone or
// daylight-saving change can make a day 23 or 25 hours long; a "day" here is a calendar date,
// never a moment.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

const MS_PER_DAY = 86_400_000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

function dayNumber(isoDay: string): number {
  const match = ISO_DAY.exec(isoDay)
  if (!match) throw new RangeError('Expected a day as yyyy-mm-dd.')
  const [, y, m, d] = match
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / MS_PER_DAY
}

function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
}

/** `isoDay` plus `days` calendar days (negative goes back). */
export function addDaysIso(isoDay: string, days: number): string {
  return fromDayNumber(dayNumber(isoDay) + days)
}

/** Whole calendar days from `from` to `to`: 1 when `to` is the day after `from`, negative when before. */
export function daysBetweenIso(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** "23 November 2026": the unambiguous form used in logs and notifications. */
export function formatLongDay(isoDay: string): string {
  const match = ISO_DAY.exec(isoDay)
  if (!match) throw new RangeError('Expected a day as yyyy-mm-dd.')
  const [, y, m, d] = match
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? '?'} ${y}`
}

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
