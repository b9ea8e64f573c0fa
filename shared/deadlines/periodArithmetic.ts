// Adding a legal period to a day. Calendar months and years follow the "corresponding day" rule
// and clamp to the end of a shorter month: 31 May + 9 months = 28 Feb (29 Feb in a leap year);
// 29 Feb 2024 + 1 year = 28 Feb 2025. That is how the CCF Statute's "4 months" and "9 months"
// (Art. 40) read, and how date-fns' addMonths behaves.
//
// date-fns works on Date objects in the machine's own time zone. Each day is turned into a Date at
// local noon and read back with local getters, so the arithmetic never crosses midnight whatever
// the zone or daylight-saving change: the strings in and out are plain yyyy-mm-dd.
import { addMonths, addYears } from 'date-fns'
import type { Period, RollRule } from '../rules/ruleSchema'
import { addDays, parseIsoDay, toIsoDay } from './isoDates'
import type { WorkingCalendar } from './workingCalendar'

export type Direction = 'after' | 'before'

function atLocalNoon(isoDay: string): Date {
  const { year, month, day } = parseIsoDay(isoDay)
  const d = new Date(2000, 0, 1, 12)
  d.setFullYear(year, month - 1, day) // setFullYear, unlike the constructor, keeps years below 100 as they are
  return d
}

function fromLocalDate(d: Date): string {
  return toIsoDay({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() })
}

/**
 * Moves `count` working days forward (or back), skipping weekends and the calendar's public
 * holidays. Counting starts the day after (before) `isoDay`, which itself never counts.
 */
function addWorkingDays(isoDay: string, count: number, step: 1 | -1, calendar: WorkingCalendar): string {
  let day = isoDay
  let left = count
  while (left > 0) {
    day = addDays(day, step)
    if (calendar.isWorkingDay(day)) left -= 1
  }
  return day
}

/**
 * The day `period` after (or before) `isoDay`. The calendar is only consulted for business days;
 * rolling a result that lands on a non-working day is a separate step (rollToWorkingDay), because
 * whether it applies is a property of the rule, not of the arithmetic.
 */
export function addPeriod(isoDay: string, period: Period, direction: Direction, calendar: WorkingCalendar): string {
  parseIsoDay(isoDay)
  const sign = direction === 'after' ? 1 : -1
  const n = period.amount
  switch (period.unit) {
    case 'days':
      return addDays(isoDay, sign * n)
    case 'weeks':
      return addDays(isoDay, sign * 7 * n)
    case 'business-days':
      return addWorkingDays(isoDay, n, sign, calendar)
    case 'months':
      return fromLocalDate(addMonths(atLocalNoon(isoDay), sign * n))
    case 'years':
      return fromLocalDate(addYears(atLocalNoon(isoDay), sign * n))
  }
}

/**
 * When a deadline falls on a weekend or public holiday: 'forward' to the next working day,
 * 'backward' to the previous one, 'none' leaves it where it is (the safe reading when a text
 * does not say that time is extended).
 */
export function rollToWorkingDay(isoDay: string, roll: RollRule, calendar: WorkingCalendar): string {
  parseIsoDay(isoDay)
  if (roll === 'none') return isoDay
  const step = roll === 'forward' ? 1 : -1
  let day = isoDay
  // A year has no run of 30 non-working days anywhere; the bound only guards against a broken calendar.
  for (let i = 0; i < 30 && !calendar.isWorkingDay(day); i++) day = addDays(day, step)
  return day
}
