// Tables (exhibit lists, grounds matrices) and label/value grids (cover pages, portal sheets).
// Cells wrap; a row moves whole to the next page when it fits there, and only a row taller than
// a page is cut between lines. The header row is repeated at the top of every page the table
// continues on. In a right-to-left table the first column is the rightmost.
import type { RunDirection } from './fontkitAdapter'
import type { PageFlow } from './pageFlow'
import type { LaidLine, TextLayout, TextStyle } from './paragraphLayout'
import { CELL_PADDING, CONTENT_WIDTH, HEADER_FILL_GRAY, MARGIN, RULE_GRAY } from './pageStyle'
import type { ParagraphDirection } from './textRuns'

export interface GridSpec {
  /** Fractions of the text width, adding up to 1. */
  readonly widths: readonly number[]
  /** Repeated on each page; omitted for label/value grids. */
  readonly header?: readonly string[]
  readonly rows: readonly (readonly string[])[]
  /** Base direction of each cell's text ('auto': its first letter), aligned to `columnOrder`'s start. */
  readonly direction: ParagraphDirection
  /** Column order: 'rtl' puts the first column on the right. */
  readonly columnOrder: RunDirection
  readonly style: (column: number) => TextStyle
  readonly headerStyle: TextStyle
  /** Vertical rules between columns and a shaded header (tables); label/value grids only rule rows. */
  readonly boxed: boolean
}

type Row = LaidLine[][]

const rowHeight = (row: Row) => Math.max(0, ...row.map((lines) => lines.reduce((sum, line) => sum + line.height, 0))) + 2 * CELL_PADDING

export function layoutGrid(flow: PageFlow, text: TextLayout, spec: GridSpec): void {
  const widths = spec.widths.map((fraction) => fraction * CONTENT_WIDTH)
  // Left edge of each column, mirrored for right-to-left order.
  const lefts = widths.map((_, i) => {
    const before = widths.slice(0, i).reduce((a, b) => a + b, 0)
    return spec.columnOrder === 'ltr' ? MARGIN.left + before : MARGIN.left + CONTENT_WIDTH - before - widths[i]!
  })
  const lay = (cells: readonly string[], style: (column: number) => TextStyle): Row =>
    cells.map((cell, i) => [...text.layout(cell, { width: widths[i]! - 2 * CELL_PADDING, style: style(i), direction: spec.direction, align: 'start', alignSide: spec.columnOrder }).lines])

  const header = spec.header ? lay(spec.header, () => spec.headerStyle) : undefined
  const headerHeight = header ? rowHeight(header) : 0

  const drawRow = (row: Row, isHeader: boolean): void => {
    const height = rowHeight(row)
    const top = flow.cursor
    if (isHeader && spec.boxed) flow.fill(MARGIN.left, top - height, CONTENT_WIDTH, height, HEADER_FILL_GRAY)
    row.forEach((lines, i) => {
      let y = top - CELL_PADDING
      const size = isHeader ? spec.headerStyle.size : spec.style(i).size
      for (const line of lines) {
        flow.drawLine(line, lefts[i]! + CELL_PADDING, y, size)
        y -= line.height
      }
    })
    const right = MARGIN.left + CONTENT_WIDTH
    const weight = isHeader ? 0.8 : 0.5
    flow.rule(MARGIN.left, top, right, top, weight, RULE_GRAY)
    flow.rule(MARGIN.left, top - height, right, top - height, weight, RULE_GRAY)
    if (spec.boxed) {
      for (const left of lefts) flow.rule(left, top, left, top - height, 0.5, RULE_GRAY)
      flow.rule(right, top, right, top - height, 0.5, RULE_GRAY)
    }
    flow.cursor = top - height
  }

  const startPage = (): void => {
    flow.newPage()
    if (header) drawRow(header, true)
  }

  const rows = spec.rows.map((cells) => lay(cells, spec.style))
  // The header never stands alone at a page foot: it needs its whole first row below it when that
  // row fits on a page (otherwise the row loop would move the row and leave the header behind),
  // or at least one line of a row taller than a page.
  const firstRow = rows[0]
  const firstLine = firstRow ? (firstRow.flat()[0]?.height ?? 0) + 2 * CELL_PADDING : 0
  const firstNeed = !firstRow ? 0 : rowHeight(firstRow) <= flow.bodyHeight - headerHeight ? rowHeight(firstRow) : firstLine
  flow.ensure(headerHeight + firstNeed)
  if (header) drawRow(header, true)

  for (let row of rows) {
    const fresh = flow.bodyHeight - headerHeight
    if (rowHeight(row) > flow.remaining && rowHeight(row) <= fresh) startPage()
    // A row taller than a whole page: fill this page line by line, continue on the next.
    while (rowHeight(row) > flow.remaining) {
      // On a page holding only the header, at least one line goes, so this always progresses.
      const [now, later] = splitRow(row, flow.remaining - 2 * CELL_PADDING, flow.remaining >= fresh - 0.01)
      if (now.some((lines) => lines.length > 0)) drawRow(now, false)
      row = later
      startPage()
    }
    drawRow(row, false)
  }
}

/** Cuts every cell after the lines that fit in `available` points. */
function splitRow(row: Row, available: number, atLeastOne: boolean): [Row, Row] {
  const now: Row = []
  const later: Row = []
  for (const lines of row) {
    let used = 0
    let n = 0
    while (n < lines.length && (used + lines[n]!.height <= available || (atLeastOne && n === 0))) used += lines[n++]!.height
    now.push(lines.slice(0, n))
    later.push(lines.slice(n))
  }
  return [now, later]
}
