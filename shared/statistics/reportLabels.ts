// The words a report is written in. The renderer fills them from the UI catalogue (so the report
// is in the lawyer's language); the writers only place them. Counts stay in ASCII digits in every
// language so the CSV stays machine-readable and the PDF says the same as the CSV.
import type { DataItemKind } from '../domain/matter'
import type { CcfRequestType } from '../domain/timeline'
import type { MatterOutcome } from '../practice/matterOutcome'
import type { ReportTableId } from './anonymisedReport'
import type { DecisionTiming, TimedRequestType } from './caseloadStatistics'
import type { ReportCell } from './smallCountSuppression'

export interface ReportLabels {
  title: string
  /** "Prepared in November 2026"; given the yyyy-mm month. */
  prepared: (month: string) => string
  /** CSV header and summary rows. */
  columns: { table: string; category: string; subcategory: string; count: string }
  summary: string
  preparedMonth: string
  matters: string
  requests: string
  tables: Record<ReportTableId, string>
  /** The country's name for its ISO code, e.g. "Türkiye (TR)". */
  country: (code: string) => string
  kinds: Record<DataItemKind, string>
  outcomes: Record<MatterOutcome, string>
  requestTypes: Record<CcfRequestType, string>
  /** Timing table rows, naming the limit: "Access (STAT Art. 40(1), 4 months)". */
  timedRequestTypes: Record<TimedRequestType, string>
  timings: Record<DecisionTiming, string>
  /** Shown for a count under 5. */
  underFive: string
  /** Shown for a count withheld by secondary suppression. */
  withheld: string
  notesHeading: string
  /** How to read the report: suppression, how months are counted, what is unconfirmed. */
  notes: string[]
}

export function cellText(cell: ReportCell, labels: Pick<ReportLabels, 'underFive' | 'withheld'>): string {
  if (cell.kind === 'count') return String(cell.value)
  return cell.kind === 'under-five' ? labels.underFive : labels.withheld
}

/** A row key's label within its table. */
export function rowLabel(table: ReportTableId, key: string, labels: ReportLabels): string {
  switch (table) {
    case 'countries':
      return labels.country(key)
    case 'kinds':
      return labels.kinds[key as DataItemKind]
    case 'outcomes':
      return labels.outcomes[key as MatterOutcome]
    case 'requestTypes':
      return labels.requestTypes[key as CcfRequestType]
    case 'timing':
      return labels.timedRequestTypes[key as TimedRequestType]
  }
}

/** A column key's label: the count column has none of its own; timing columns are timings. */
export function columnLabel(column: string, labels: ReportLabels): string {
  return column === 'count' ? labels.columns.count : labels.timings[column as DecisionTiming]
}
