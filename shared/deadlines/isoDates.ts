// Calendar days as yyyy-mm-dd strings. A deadline is a day on a filing, never a moment, so every
// day is counted in UTC: no time zone or daylight-saving change can move a date by one.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

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

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

export interface DayParts {
  year: number
  /** 1–12. */
  month: number
  day: number
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Splits yyyy-mm-dd; throws on anything else or on a day that does not exist (2027-02-29).
 * Checked with arithmetic rather than a Date object: a dashboard run parses every deadline's
 * dates several times.
 */
export function parseIsoDay(isoDay: string): DayParts {
  const match = ISO_DAY.exec(isoDay)
  if (!match) throw new RangeError(`Expected a day as yyyy-mm-dd, got "${isoDay}".`)
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month))
    throw new RangeError(`"${isoDay}" is not a day in the calendar.`)
  return parts
}

export function isIsoDay(value: string): boolean {
  try {
    parseIsoDay(value)
    return true
  } catch {
    return false
  }
}

export function toIsoDay(parts: DayParts): string {
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`
}

function dayNumber(isoDay: string): number {
  const { year, month, day } = parseIsoDay(isoDay)
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
}

/** `isoDay` plus `days` calendar days (negative goes back). */
export function addDays(isoDay: string, days: number): string {
  return fromDayNumber(dayNumber(isoDay) + days)
}

/** Calendar days from `from` to `to`: 1 when `to` is the next day, negative when it is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDay: string): number {
  return new Date(dayNumber(isoDay) * MS_PER_DAY).getUTCDay()
}

export function weekdayName(isoDay: string): string {
  return WEEKDAYS[weekdayOf(isoDay)] ?? ''
}

export function isWeekend(isoDay: string): boolean {
  const w = weekdayOf(isoDay)
  return w === 0 || w === 6
}

/** "31 May 2026", "28 Feb 2027": the short form used in deadline explanations. */
export function formatDay(isoDay: string): string {
  const { year, month, day } = parseIsoDay(isoDay)
  return `${day} ${(MONTHS[month - 1] ?? '').slice(0, 3)} ${year}`
}

/** "28 February 2027": the form used in letters. */
export function formatDayLong(isoDay: string): string {
  const { year, month, day } = parseIsoDay(isoDay)
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`
}
