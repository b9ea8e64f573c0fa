// The anonymised outcome report: the only form in which caseload statistics leave the app. It holds
// codes and suppressed counts only — no names, no record ids, no case or file numbers, and no date
// but the month it was prepared (yyyy-mm). The CSV and PDF writers both render this one model, and
// the preview shows their output, so what the lawyer reviews is exactly what is saved.
import type { CaseloadStatistics, DecisionTiming, TimedRequestType } from './caseloadStatistics'
import { CCF_REQUEST_TYPES, DATA_ITEM_KINDS, DECISION_TIMINGS, MATTER_OUTCOMES, TIMED_REQUEST_TYPES } from './caseloadStatistics'
import { primaryCell, suppressTable, type ReportCell } from './smallCountSuppression'

export type ReportTableId = 'countries' | 'kinds' | 'outcomes' | 'requestTypes' | 'timing'

export interface ReportRow {
  /** A country code, data-item kind, outcome or request type; labels come from the writer's labels. */
  key: string
  cells: ReportCell[]
}

export interface ReportTable {
  id: ReportTableId
  /** Column keys: 'count' for one-column tables, decision timings for the timing table. */
  columns: string[]
  rows: ReportRow[]
}

export interface AnonymisedReport {
  /** yyyy-mm: the month the report was prepared; no finer date appears anywhere. */
  preparedMonth: string
  matters: ReportCell
  requests: ReportCell
  tables: ReportTable[]
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

function oneColumn(id: ReportTableId, keys: readonly string[], counts: readonly number[], totalPublished: boolean): ReportTable {
  const cells = suppressTable(counts, totalPublished)
  return { id, columns: ['count'], rows: keys.map((key, i) => ({ key, cells: [cells[i]!] })) }
}

/**
 * Each timing row adds up to that request type's count in the request-type table, so each row is
 * suppressed against that count when it is published (5 or more).
 */
function timingTable(stats: CaseloadStatistics): ReportTable {
  const rows = TIMED_REQUEST_TYPES.map((type: TimedRequestType) => {
    const counts = DECISION_TIMINGS.map((t: DecisionTiming) => stats.timing[type][t])
    return { key: type, cells: suppressTable(counts, primaryCell(stats.byRequestType[type]).kind === 'count') }
  })
  return { id: 'timing', columns: [...DECISION_TIMINGS], rows }
}

/** `preparedMonth` is yyyy-mm; a full date is refused so that none can slip into the report. */
export function anonymisedReport(stats: CaseloadStatistics, preparedMonth: string): AnonymisedReport {
  if (!MONTH.test(preparedMonth)) throw new RangeError(`The report month must be yyyy-mm (got "${preparedMonth}"); a report carries no finer date.`)
  const matters = primaryCell(stats.matters)
  const requests = primaryCell(stats.requests)
  const mattersPublished = matters.kind === 'count'
  // Countries are listed only where the caseload has a matter: an empty country says nothing.
  // Order by code, not by count, so the order itself does not rank the suppressed cells.
  const countries = [...stats.byCountry].sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
  return {
    preparedMonth,
    matters,
    requests,
    tables: [
      oneColumn('countries', countries.map((c) => c.country), countries.map((c) => c.count), mattersPublished),
      oneColumn('kinds', DATA_ITEM_KINDS, DATA_ITEM_KINDS.map((k) => stats.byKind[k]), mattersPublished),
      oneColumn('outcomes', MATTER_OUTCOMES, MATTER_OUTCOMES.map((o) => stats.byOutcome[o]), mattersPublished),
      oneColumn('requestTypes', CCF_REQUEST_TYPES, CCF_REQUEST_TYPES.map((t) => stats.byRequestType[t]), requests.kind === 'count'),
      timingTable(stats)
    ]
  }
}
