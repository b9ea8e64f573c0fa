// Rows of measured height flowed onto A4 pages, for the bundle's own pages (index, manifest annex).
// A page holds a header (taller on the first page), then rows until the bottom margin; a row that
// must stay with the next one (a section heading) moves to the next page with it.
import type { PDFDocument, PDFPage } from 'pdf-lib'
import { MARGIN, PAGE } from '../pageStyle'

export interface FlowRow {
  height: number
  /** Space above the row, dropped at the top of a page. */
  spaceBefore: number
  keepWithNext: boolean
  draw(page: PDFPage, top: number): Promise<void>
}

export interface RowPage {
  rows: FlowRow[]
}

/**
 * Splits rows into pages: `firstRoom` points for rows on the first page, `room` on the others.
 * A row taller than a whole page still gets a page of its own (it runs into the margin).
 */
export function flowRows(rows: readonly FlowRow[], firstRoom: number, room: number): RowPage[] {
  const pages: RowPage[] = [{ rows: [] }]
  let left = firstRoom
  rows.forEach((row, i) => {
    const current = pages[pages.length - 1]!
    const space = current.rows.length === 0 ? 0 : row.spaceBefore
    const next = rows[i + 1]
    const needed = space + row.height + (row.keepWithNext && next ? next.spaceBefore + next.height : 0)
    if (needed > left && current.rows.length > 0) {
      pages.push({ rows: [row] })
      left = room - row.height
    } else {
      current.rows.push(row)
      left -= space + row.height
    }
  })
  return pages
}

export const CONTENT_TOP = PAGE.height - MARGIN.top
export const CONTENT_BOTTOM = MARGIN.bottom

/**
 * Creates the pages (inserted from `insertAt`, or appended when undefined), lets `header` draw each
 * page's header and say where rows start, then draws the rows. Returns the pages in order.
 */
export async function drawRowPages(
  doc: PDFDocument,
  pages: readonly RowPage[],
  header: (page: PDFPage, pageIndex: number) => Promise<number>,
  insertAt?: number
): Promise<PDFPage[]> {
  const out: PDFPage[] = []
  for (const [i, rowPage] of pages.entries()) {
    const page = insertAt === undefined ? doc.addPage([PAGE.width, PAGE.height]) : doc.insertPage(insertAt + i, [PAGE.width, PAGE.height])
    out.push(page)
    let top = await header(page, i)
    for (const [j, row] of rowPage.rows.entries()) {
      if (j > 0) top -= row.spaceBefore
      await row.draw(page, top)
      top -= row.height
    }
  }
  return out
}
