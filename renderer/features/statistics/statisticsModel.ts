// The caseload as the statistics page sees it, and the report's words in the UI language. Labels
// are read from the catalogue on every call, so a language switch changes the next preview.
import { matterOutcomeFacts, type MatterOutcomeFacts } from '@shared/practice/matterOutcome'
import { caseloadStatistics, type CaseloadStatistics, type ReportLabels } from '@shared/statistics'
import type { Dossier } from '@shared/domain'
import { countryName } from '../../src/ui/countries'
import { localeDirection, uiLocale } from '../../i18n/uiLocale'
import { formatMonth } from '../../src/locale'
import { statisticsMessages as m } from './messages'

export function caseloadFacts(dossiers: readonly Dossier[]): MatterOutcomeFacts[] {
  return dossiers.flatMap((d) => d.matters.map((matter) => matterOutcomeFacts(matter, d.events)))
}

export function caseloadOf(dossiers: readonly Dossier[]): CaseloadStatistics {
  return caseloadStatistics(caseloadFacts(dossiers))
}

/** This month as yyyy-mm, in the machine's own calendar (the month the lawyer prepares the report in). */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
}

/** "Türkiye (TR)": the name in the UI language, and the code that reads the same in every language. */
export function countryLabel(code: string): string {
  return `${countryName(code)} (${code})`
}

export function reportLabels(): ReportLabels {
  const r = m.report
  return {
    title: r.title,
    prepared: (month) => m.reportPrepared(formatMonth(month)),
    columns: { table: r.columnTable, category: r.columnCategory, subcategory: r.columnSubcategory, count: r.columnCount },
    summary: r.summary,
    preparedMonth: r.preparedMonth,
    matters: r.matters,
    requests: r.requests,
    tables: { ...r.tables },
    country: countryLabel,
    kinds: { ...m.kinds },
    outcomes: { ...m.outcomes },
    requestTypes: { ...m.requestTypes },
    timedRequestTypes: { ...m.timedRequestTypes },
    timings: { ...m.timings },
    underFive: '<5',
    withheld: r.withheld,
    notesHeading: r.notesHeading,
    notes: [r.notes.suppression, r.notes.months, r.notes.scope, r.notes.anonymity]
  }
}

export function reportLanguage(): { language: string; direction: 'ltr' | 'rtl' } {
  const locale = uiLocale()
  return { language: locale, direction: localeDirection(locale) }
}

/** The middle value of sorted whole months, or undefined when nothing was decided. */
export function medianOf(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2
}
