// Dates, numbers and names in the UI language, through Intl (never hand-made formats).
// The language itself lives in renderer/i18n/uiLocale.ts.
import { uiLocale } from '../i18n/uiLocale'

export { applyDocumentLocale, uiLocale } from '../i18n/uiLocale'

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

/** English dates in the international day-month-year order ("3 Nov 2025"), as filings to the CCF in Lyon write them. */
function intlLocale(): string {
  const locale = uiLocale()
  return locale === 'en' ? 'en-GB' : locale
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${intlLocale()}${JSON.stringify(options)}`
  let f = cache.get(key) as Intl.DateTimeFormat | undefined
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale(), options)))
  return f
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${intlLocale()}${JSON.stringify(options)}`
  let f = cache.get(key) as Intl.NumberFormat | undefined
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(), options)))
  return f
}

/** A moment (ISO timestamp) with date and time, e.g. "23 Nov 2026, 17:40" / "٢٣ نوفمبر ٢٠٢٦ …". */
export function formatTimestamp(iso: string, style: 'medium' | 'long' = 'medium'): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return dateFormat({ dateStyle: style, timeStyle: 'short' }).format(d)
}

/** A calendar day stored as yyyy-mm-dd, read as that day wherever the machine is (UTC). */
export function formatDay(isoDay: string, style: 'medium' | 'long' = 'medium'): string {
  const d = new Date(`${isoDay}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay) || Number.isNaN(d.getTime())) return isoDay
  return dateFormat({ dateStyle: style, timeZone: 'UTC' }).format(d)
}

/** A month stored as yyyy-mm ("November 2026"). */
export function formatMonth(isoMonth: string): string {
  const d = new Date(`${isoMonth}-01T00:00:00Z`)
  if (!/^\d{4}-\d{2}$/.test(isoMonth) || Number.isNaN(d.getTime())) return isoMonth
  return dateFormat({ year: 'numeric', month: 'long', timeZone: 'UTC' }).format(d)
}

export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(options).format(n)
}

/** File sizes in the UI language's digits and unit names ("2.5 MB", "2,5 Mo"). */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return numberFormat({ style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)
}
