// The anonymised report as CSV: RFC 4180 (comma-separated, CRLF line ends, fields with a comma,
// quote or line break in double quotes, quotes doubled), UTF-8 with a byte-order mark so that
// spreadsheet programs read Arabic and Cyrillic labels correctly. One row per published cell:
// table, category, subcategory (the timing column, if any), count.
import type { AnonymisedReport } from './anonymisedReport'
import { cellText, columnLabel, rowLabel, type ReportLabels } from './reportLabels'

const BOM = '\uFEFF'

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** The CSV's rows as fields, for the preview and for the writer. */
export function reportCsvRows(report: AnonymisedReport, labels: ReportLabels): string[][] {
  const rows: string[][] = [[labels.columns.table, labels.columns.category, labels.columns.subcategory, labels.columns.count]]
  rows.push([labels.summary, labels.preparedMonth, '', report.preparedMonth])
  rows.push([labels.summary, labels.matters, '', cellText(report.matters, labels)])
  rows.push([labels.summary, labels.requests, '', cellText(report.requests, labels)])
  for (const table of report.tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, i) => {
        const column = table.columns[i]!
        rows.push([labels.tables[table.id], rowLabel(table.id, row.key, labels), column === 'count' ? '' : columnLabel(column, labels), cellText(cell, labels)])
      })
    }
  }
  return rows
}

/** The CSV text exactly as saved, without the byte-order mark. */
export function reportCsvText(report: AnonymisedReport, labels: ReportLabels): string {
  return reportCsvRows(report, labels)
    .map((row) => row.map(field).join(','))
    .join('\r\n')
    .concat('\r\n')
}

/** The bytes that are saved: UTF-8 with a byte-order mark. */
export function reportCsvBytes(report: AnonymisedReport, labels: ReportLabels): Uint8Array {
  return new TextEncoder().encode(BOM + reportCsvText(report, labels))
}
