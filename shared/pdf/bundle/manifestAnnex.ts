// The integrity manifest annex: per exhibit its label, original file name, size in bytes, SHA-256
// as taken at intake (all 64 hex digits, monospaced so it can be read back and compared) and where
// it sits in the bundle. Exhibits left out are listed too, with the reason, so the annex accounts
// for every file the lawyer chose. The same facts go into manifest.json.
import { StandardFonts, grayscale, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib'
import { CONTENT_WIDTH, MARGIN } from '../pageStyle'
import type { TextStyle } from '../paragraphLayout'
import { drawColumnHeads, type BundleText } from './bundleText'
import { CONTENT_BOTTOM, CONTENT_TOP, drawRowPages, flowRows, type FlowRow } from './pagedRows'

export interface AnnexEntry {
  label: string
  fileName: string
  sizeBytes: number
  sha256: string
  /** "37–46", "Vol. 2 p. 37–46"; null when the exhibit was left out. */
  pagesText: string | null
  /** Why it was left out; null when it is in the bundle. */
  skippedReason: string | null
}

const HEADING: TextStyle = { size: 13, weight: 'bold', lineHeight: 1.3 }
const INTRO: TextStyle = { size: 9.5, weight: 'regular', lineHeight: 1.4 }
const CELL: TextStyle = { size: 9.5, weight: 'regular', lineHeight: 1.3 }
const CELL_BOLD: TextStyle = { ...CELL, weight: 'bold' }
const NOTE: TextStyle = { size: 8.5, weight: 'regular', lineHeight: 1.3 }
const HASH_SIZE = 7.6

const GAP = 8
const COLUMNS = { label: 44, size: 92, pages: 92 }
const NAME_WIDTH = CONTENT_WIDTH - COLUMNS.label - COLUMNS.size - COLUMNS.pages - 3 * GAP
const DETAIL_WIDTH = CONTENT_WIDTH - COLUMNS.label - GAP
const X = {
  label: MARGIN.left,
  name: MARGIN.left + COLUMNS.label + GAP,
  size: MARGIN.left + COLUMNS.label + GAP + NAME_WIDTH + GAP,
  pages: MARGIN.left + CONTENT_WIDTH - COLUMNS.pages
}

const INTRO_TEXT =
  'SHA-256 of each exhibit’s original file, taken when it was added and never changed since. The originals are kept unaltered: to check a copy, compute its SHA-256 (for example with sha256sum) and compare it with the value below. The same list is in manifest.json.'

/** "1234567" → "1,234,567 bytes". */
export function formatBytes(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? 'byte' : 'bytes'}`
}

/** Appends the annex pages to `doc` and returns them. */
export async function drawManifestAnnex(doc: PDFDocument, text: BundleText, entries: readonly AnnexEntry[]): Promise<PDFPage[]> {
  const courier = await doc.embedStandardFont(StandardFonts.Courier)
  const rows = entries.map((entry) => annexRow(text, courier, entry))

  const headingFirst = text.lay({ text: 'Integrity manifest', width: CONTENT_WIDTH, style: HEADING })
  const headingNext = text.lay({ text: 'Integrity manifest (continued)', width: CONTENT_WIDTH, style: HEADING })
  const intro = text.lay({ text: INTRO_TEXT, width: CONTENT_WIDTH, style: INTRO, align: 'justify' })
  const heads = {
    label: text.lay({ text: 'No.', width: COLUMNS.label, style: CELL_BOLD }),
    name: text.lay({ text: 'Original file', width: NAME_WIDTH, style: CELL_BOLD }),
    size: text.lay({ text: 'Size', width: COLUMNS.size, style: CELL_BOLD, align: 'end' }),
    pages: text.lay({ text: 'Bundle pages', width: COLUMNS.pages, style: CELL_BOLD, align: 'end' })
  }
  const headsHeight = heads.name.height + 6
  const firstHeader = headingFirst.height + 6 + intro.height + 10 + headsHeight
  const nextHeader = headingNext.height + 6 + headsHeight

  const drawHeader = async (page: PDFPage, pageIndex: number): Promise<number> => {
    let top = CONTENT_TOP
    top -= (await text.draw(page, pageIndex === 0 ? headingFirst : headingNext, MARGIN.left, top, HEADING.size)) + 6
    if (pageIndex === 0) top -= (await text.draw(page, intro, MARGIN.left, top, INTRO.size)) + 10
    const columns = [
      { laid: heads.label, x: X.label },
      { laid: heads.name, x: X.name },
      { laid: heads.size, x: X.size },
      { laid: heads.pages, x: X.pages }
    ]
    return drawColumnHeads(text, page, columns, top, CELL.size)
  }

  const room = CONTENT_TOP - CONTENT_BOTTOM
  return drawRowPages(doc, flowRows(rows, room - firstHeader, room - nextHeader), drawHeader)
}

function annexRow(text: BundleText, courier: PDFFont, entry: AnnexEntry): FlowRow {
  const label = text.lay({ text: entry.label, width: COLUMNS.label, style: CELL_BOLD })
  const name = text.lay({ text: entry.fileName, width: NAME_WIDTH, style: CELL })
  const size = text.lay({ text: formatBytes(entry.sizeBytes), width: COLUMNS.size, style: CELL, align: 'end' })
  const pages = text.lay({ text: entry.pagesText ?? '—', width: COLUMNS.pages, style: CELL, align: 'end' })
  const reason = entry.skippedReason === null ? undefined : text.lay({ text: `Not included: ${entry.skippedReason}`, width: DETAIL_WIDTH, style: NOTE })
  const firstLine = Math.max(label.height, name.height, size.height, pages.height)
  const hashLine = HASH_SIZE * 1.6
  const height = firstLine + hashLine + (reason ? reason.height : 0)
  return {
    height,
    spaceBefore: 6,
    keepWithNext: false,
    draw: async (page, top) => {
      await text.draw(page, label, X.label, top, CELL.size)
      await text.draw(page, name, X.name, top, CELL.size)
      await text.draw(page, size, X.size, top, CELL.size)
      await text.draw(page, pages, X.pages, top, CELL.size)
      page.drawText(`SHA-256 ${entry.sha256}`, { x: X.name, y: top - firstLine - HASH_SIZE * 1.15, size: HASH_SIZE, font: courier, color: grayscale(0.1) })
      if (reason) await text.draw(page, reason, X.name, top - firstLine - hashLine, NOTE.size)
    }
  }
}
