// The index at the front of the bundle: title and reference, then per section a heading and per
// exhibit a row — label, title (and note), document date, bundle page. Each row of an exhibit in
// this volume is a link onto its first page; rows of exhibits in other volumes are plain text.
import { type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib'
import { CONTENT_WIDTH, MARGIN } from '../pageStyle'
import type { TextStyle } from '../paragraphLayout'
import { drawColumnHeads, type BundleText } from './bundleText'
import { CONTENT_BOTTOM, CONTENT_TOP, drawRowPages, flowRows, type FlowRow } from './pagedRows'

export interface IndexSection {
  title: string
  rows: IndexExhibitRow[]
}

export interface IndexExhibitRow {
  exhibitId: string
  label: string
  title: string
  note: string
  documentDate: string | null
  /** "37", or "Vol. 2 p. 37" when the bundle has volumes. */
  pageText: string
}

export interface IndexHeader {
  title: string
  reference: string
  /** "Volume 2 of 3", or '' for a single volume. */
  volumeLine: string
}

/** A row's clickable area on an index page, for its link. */
export interface IndexHotspot {
  exhibitId: string
  page: PDFPage
  rect: [number, number, number, number]
}

const TITLE: TextStyle = { size: 16, weight: 'bold', lineHeight: 1.25 }
const SUBTITLE: TextStyle = { size: 10.5, weight: 'regular', lineHeight: 1.4 }
const HEADING: TextStyle = { size: 13, weight: 'bold', lineHeight: 1.3 }
const SECTION: TextStyle = { size: 10.5, weight: 'bold', lineHeight: 1.35 }
const CELL: TextStyle = { size: 9.5, weight: 'regular', lineHeight: 1.3 }
const CELL_BOLD: TextStyle = { ...CELL, weight: 'bold' }
const NOTE: TextStyle = { size: 8.5, weight: 'regular', lineHeight: 1.3 }

const GAP = 8
const COLUMNS = { label: 44, date: 64, page: 80 }
const TITLE_WIDTH = CONTENT_WIDTH - COLUMNS.label - COLUMNS.date - COLUMNS.page - 3 * GAP
const X = {
  label: MARGIN.left,
  title: MARGIN.left + COLUMNS.label + GAP,
  date: MARGIN.left + COLUMNS.label + GAP + TITLE_WIDTH + GAP,
  page: MARGIN.left + CONTENT_WIDTH - COLUMNS.page
}
const ROW_SPACE = 5

/**
 * Lays out and draws the index, inserting its pages at the front of `doc`. Returns the pages and
 * one hotspot per exhibit row; the caller adds the links once it knows where exhibits landed.
 */
export async function drawIndex(doc: PDFDocument, text: BundleText, header: IndexHeader, sections: readonly IndexSection[]): Promise<{ pages: PDFPage[]; hotspots: IndexHotspot[] }> {
  const hotspots: IndexHotspot[] = []
  const rows: FlowRow[] = []
  for (const section of sections) {
    const heading = text.lay({ text: section.title, width: CONTENT_WIDTH, style: SECTION })
    rows.push({ height: heading.height + 3, spaceBefore: 10, keepWithNext: section.rows.length > 0, draw: async (page, top) => void (await text.draw(page, heading, MARGIN.left, top, SECTION.size)) })
    for (const row of section.rows) rows.push(exhibitRow(text, row, hotspots))
  }

  const title = text.lay({ text: header.title, width: CONTENT_WIDTH, style: TITLE })
  // A title that already names the reference (the default "Evidence bundle — RN-…") is not followed by it again.
  const subtitle = text.lay({ text: [header.title.includes(header.reference) ? '' : header.reference, header.volumeLine].filter((s) => s !== '').join('\n'), width: CONTENT_WIDTH, style: SUBTITLE })
  const headingFirst = text.lay({ text: 'Index', width: CONTENT_WIDTH, style: HEADING })
  const headingNext = text.lay({ text: 'Index (continued)', width: CONTENT_WIDTH, style: HEADING })
  const columnHeads = {
    label: text.lay({ text: 'No.', width: COLUMNS.label, style: CELL_BOLD }),
    title: text.lay({ text: 'Document', width: TITLE_WIDTH, style: CELL_BOLD }),
    date: text.lay({ text: 'Date', width: COLUMNS.date, style: CELL_BOLD }),
    page: text.lay({ text: 'Bundle page', width: COLUMNS.page, style: CELL_BOLD, align: 'end' })
  }
  const columnsHeight = columnHeads.title.height + 6
  const firstHeaderHeight = title.height + 4 + subtitle.height + 14 + headingFirst.height + 6 + columnsHeight
  const nextHeaderHeight = headingNext.height + 6 + columnsHeight

  const drawHeader = async (page: PDFPage, pageIndex: number): Promise<number> => {
    let top = CONTENT_TOP
    if (pageIndex === 0) {
      top -= (await text.draw(page, title, MARGIN.left, top, TITLE.size)) + 4
      if (subtitle.lines.length > 0 && subtitle.height > 0) top -= await text.draw(page, subtitle, MARGIN.left, top, SUBTITLE.size)
      top -= 14
    }
    top -= (await text.draw(page, pageIndex === 0 ? headingFirst : headingNext, MARGIN.left, top, HEADING.size)) + 6
    const heads = [
      { laid: columnHeads.label, x: X.label },
      { laid: columnHeads.title, x: X.title },
      { laid: columnHeads.date, x: X.date },
      { laid: columnHeads.page, x: X.page }
    ]
    return drawColumnHeads(text, page, heads, top, CELL.size)
  }

  const room = CONTENT_TOP - CONTENT_BOTTOM
  const flowed = flowRows(rows, room - firstHeaderHeight, room - nextHeaderHeight)
  const pages = await drawRowPages(doc, flowed, drawHeader, 0)
  return { pages, hotspots }
}

function exhibitRow(text: BundleText, row: IndexExhibitRow, hotspots: IndexHotspot[]): FlowRow {
  const label = text.lay({ text: row.label, width: COLUMNS.label, style: CELL_BOLD })
  const title = text.lay({ text: row.title, width: TITLE_WIDTH, style: CELL })
  const note = row.note.trim() === '' ? undefined : text.lay({ text: row.note, width: TITLE_WIDTH, style: NOTE })
  const date = text.lay({ text: row.documentDate ?? 'undated', width: COLUMNS.date, style: CELL })
  const page = text.lay({ text: row.pageText, width: COLUMNS.page, style: CELL, align: 'end' })
  const height = Math.max(label.height, title.height + (note ? note.height : 0), date.height, page.height)
  return {
    height,
    spaceBefore: ROW_SPACE,
    keepWithNext: false,
    draw: async (pdfPage, top) => {
      await text.draw(pdfPage, label, X.label, top, CELL.size)
      await text.draw(pdfPage, title, X.title, top, CELL.size)
      if (note) await text.draw(pdfPage, note, X.title, top - title.height, NOTE.size)
      await text.draw(pdfPage, date, X.date, top, CELL.size)
      await text.draw(pdfPage, page, X.page, top, CELL.size)
      hotspots.push({ exhibitId: row.exhibitId, page: pdfPage, rect: [MARGIN.left, top - height, MARGIN.left + CONTENT_WIDTH, top] })
    }
  }
}

/** An internal link (PDF 32000-1 §12.5.6.5) from the hotspot onto the top of a page. */
export function addIndexLink(doc: PDFDocument, hotspot: IndexHotspot, target: PDFRef, top: number): void {
  const context = doc.context
  const annotation = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: hotspot.rect.map((n) => Math.round(n * 100) / 100),
      Border: [0, 0, 0],
      Dest: [target, 'XYZ', null, top, null]
    })
  )
  hotspot.page.node.addAnnot(annotation)
}
