// The anonymised report as a PDF document model (rendered by shared/pdf with embedded fonts), and
// the plain text of that model for the preview: the preview is built from the same blocks the PDF
// is drawn from.
import type { BlockInput, DocumentModelInput } from '../pdf'
import type { AnonymisedReport, ReportTable } from './anonymisedReport'
import { cellText, columnLabel, rowLabel, type ReportLabels } from './reportLabels'

export interface ReportPdfOptions {
  /** BCP 47 tag of the labels' language, e.g. "ar". */
  language: string
  direction: 'ltr' | 'rtl'
}

function tableBlock(table: ReportTable, labels: ReportLabels): BlockInput {
  // One-column tables: the label takes most of the line. Timing: request type, then five timings.
  const firstWidth = table.columns.length === 1 ? 0.75 : 0.25
  const otherWidth = (1 - firstWidth) / table.columns.length
  return {
    type: 'table',
    columns: [{ header: labels.columns.category, width: firstWidth }, ...table.columns.map((c) => ({ header: columnLabel(c, labels), width: otherWidth }))],
    rows: table.rows.map((row) => [rowLabel(table.id, row.key, labels), ...row.cells.map((cell) => cellText(cell, labels))])
  }
}

export function reportPdfModel(report: AnonymisedReport, labels: ReportLabels, options: ReportPdfOptions): DocumentModelInput {
  const blocks: BlockInput[] = [
    { type: 'heading', level: 1, text: labels.title, bookmark: true },
    { type: 'paragraph', text: labels.prepared(report.preparedMonth) },
    {
      type: 'keyValue',
      rows: [
        { label: labels.matters, value: cellText(report.matters, labels) },
        { label: labels.requests, value: cellText(report.requests, labels) }
      ]
    }
  ]
  for (const table of report.tables) {
    blocks.push({ type: 'heading', level: 2, text: labels.tables[table.id], bookmark: true }, tableBlock(table, labels))
  }
  if (labels.notes.length > 0) blocks.push({ type: 'heading', level: 2, text: labels.notesHeading, bookmark: true }, { type: 'list', items: labels.notes })
  return { title: labels.title, language: options.language, direction: options.direction, subject: labels.prepared(report.preparedMonth), blocks }
}

/** Every text the PDF model puts on its pages, one line per heading, paragraph, item or table row. */
export function documentText(model: DocumentModelInput): string {
  const lines: string[] = []
  for (const block of model.blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        lines.push(block.text)
        break
      case 'list':
        lines.push(...block.items.map((item) => `• ${item}`))
        break
      case 'table':
        lines.push(block.columns.map((c) => c.header).join(' | '), ...block.rows.map((row) => row.join(' | ')))
        break
      case 'keyValue':
        lines.push(...block.rows.map((r) => `${r.label}: ${r.value}`))
        break
      case 'signature':
        lines.push(...block.lines)
        break
      default:
        break
    }
  }
  return lines.join('\n')
}
