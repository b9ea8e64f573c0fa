// A report's date as recorded: a day (yyyy-mm-dd) or only a month (yyyy-mm), in the UI language.
import { formatDay, formatMonth } from '../../src/locale'

export function formatReportDate(date: string): string {
  return date.length === 7 ? formatMonth(date) : formatDay(date)
}
