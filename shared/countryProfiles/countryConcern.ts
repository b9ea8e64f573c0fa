// A public concern about a requesting country that the lawyer has read and recorded: which report,
// who published it, when, where it is, and what it says. Context beside a matter, never a verdict
// on it. The link is kept as text and never fetched: the app works offline.
import { z } from 'zod'
import { CountryCode, NonEmptyText, RecordId, Timestamp } from '../domain/primitives'

export const REPORT_DATE_MESSAGE = 'Use the form yyyy-mm-dd or yyyy-mm, e.g. 2024-05-16 or 2024-05.'
export const REPORT_DATE_MISSING_MESSAGE = 'The report date is required (yyyy-mm-dd, or yyyy-mm when only the month is known).'
export const REPORT_DATE_IMPOSSIBLE_MESSAGE = 'This date does not exist in the calendar.'
export const LINK_MESSAGE = 'The link must be a full web address starting with https://, e.g. https://www.example.org/report. Copy it from the address bar of the report.'
export const LINK_MISSING_MESSAGE = 'The link is required: the https:// address where the report can be read.'

/** yyyy-mm-dd that names a real day, or yyyy-mm that names a real month (reports are often dated by month only). */
function isRealDate(s: string): boolean {
  const y = Number(s.slice(0, 4))
  const m = Number(s.slice(5, 7))
  if (y < 1900 || m < 1 || m > 12) return false
  if (s.length === 7) return true
  const d = Number(s.slice(8, 10))
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

export const ReportDate = z
  .string()
  .trim()
  .min(1, { message: REPORT_DATE_MISSING_MESSAGE, abort: true })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: REPORT_DATE_MESSAGE, abort: true })
  .refine(isRealDate, { message: REPORT_DATE_IMPOSSIBLE_MESSAGE })
export type ReportDate = z.infer<typeof ReportDate>

/**
 * An https address with a real host name (a dot in it, no spaces, no user name or password).
 * Plain http is refused: the lawyer records where the report can be checked, and an address that
 * can be altered in transit is not a source to cite. Unicode host names are accepted as typed.
 */
function isHttpsLink(s: string): boolean {
  if (/\s/.test(s)) return false
  let url: URL
  try {
    url = new URL(s)
  } catch {
    return false
  }
  const host = url.hostname
  return url.protocol === 'https:' && url.username === '' && url.password === '' && /^[^.]+(\.[^.]+)+$/.test(host) && !/^[\d.]+$/.test(host)
}

export const ReportLink = z
  .string()
  .trim()
  .min(1, { message: LINK_MISSING_MESSAGE, abort: true })
  .max(2000, { message: 'The link must be at most 2000 characters.', abort: true })
  .refine(isHttpsLink, { message: LINK_MESSAGE })

export const CountryConcern = z
  .object({
    id: RecordId,
    country: CountryCode,
    reportTitle: NonEmptyText('Report title', 300),
    /** The organisation or person who published it (e.g. "UN Human Rights Committee", "Amnesty International"). */
    publisher: NonEmptyText('Publisher or author', 200),
    date: ReportDate,
    link: ReportLink,
    /** The lawyer's own summary of what the report says about the country. */
    whatItSays: NonEmptyText('What it says', 5000),
    createdAt: Timestamp,
    updatedAt: Timestamp
  })
  .strict()
export type CountryConcern = z.infer<typeof CountryConcern>
export type CountryConcernInput = z.input<typeof CountryConcern>

/** A country's concerns, newest report first (a month-only date sorts after the days of that month). */
export function concernsFor(country: string, concerns: readonly CountryConcern[]): CountryConcern[] {
  return concerns.filter((c) => c.country === country).sort((a, b) => (a.date === b.date ? a.reportTitle.localeCompare(b.reportTitle) : a.date < b.date ? 1 : -1))
}
