// Page geometry and typography for filing documents: A4, generous margins for binding and for
// the CCF's own stamps, 10.5 pt body. One place, so a petition and a portal sheet look alike.
import type { TextStyle } from './paragraphLayout'

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const
export const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 } as const
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
/** Baseline of the "x / y" page number, centred below the text area. */
export const FOOTER_BASELINE = 36

export const BODY: TextStyle = { size: 10.5, weight: 'regular', lineHeight: 1.42 }
export const BODY_BOLD: TextStyle = { ...BODY, weight: 'bold' }
export const FOOTER: TextStyle = { size: 9, weight: 'regular', lineHeight: 1.2 }
export const TABLE: TextStyle = { size: 9.5, weight: 'regular', lineHeight: 1.3 }
export const TABLE_HEADER: TextStyle = { ...TABLE, weight: 'bold' }

export const HEADING: Record<1 | 2 | 3, { style: TextStyle; spaceBefore: number; spaceAfter: number }> = {
  1: { style: { size: 16, weight: 'bold', lineHeight: 1.25 }, spaceBefore: 20, spaceAfter: 8 },
  2: { style: { size: 13, weight: 'bold', lineHeight: 1.3 }, spaceBefore: 16, spaceAfter: 6 },
  3: { style: { size: 11.5, weight: 'bold', lineHeight: 1.3 }, spaceBefore: 12, spaceAfter: 4 }
}

/** After paragraphs, list items, tables. */
export const PARAGRAPH_SPACING = 7
export const LIST_ITEM_SPACING = 3
export const LIST_INDENT = 20
export const CELL_PADDING = 4
export const RULE_GRAY = 0.55
export const HEADER_FILL_GRAY = 0.9
/** Room left above the signature line for the signature itself. */
export const SIGNATURE_SPACE = 42
export const SIGNATURE_LINE_WIDTH = 210
