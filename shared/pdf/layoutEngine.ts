// A validated DocumentModel → pages of draw items plus the outline. Pure layout: it measures with
// the FontSet's fonts but never touches pdf-lib, so pagination is fixed (and testable) before
// drawing, and the footer knows the page count.
import type { RunDirection } from './fontkitAdapter'
import type { Block, DocumentModel } from './documentModel'
import { PageFlow, type PageLayout } from './pageFlow'
import type { LaidText, TextLayout } from './paragraphLayout'
import {
  BODY, BODY_BOLD, CONTENT_WIDTH, FOOTER, FOOTER_BASELINE, HEADING, LIST_INDENT, LIST_ITEM_SPACING, MARGIN,
  PARAGRAPH_SPACING, SIGNATURE_LINE_WIDTH, SIGNATURE_SPACE, TABLE, TABLE_HEADER
} from './pageStyle'
import { layoutGrid } from './tableLayout'
import type { ParagraphDirection } from './textRuns'

export interface OutlineEntry {
  readonly title: string
  readonly level: 1 | 2 | 3
  readonly pageIndex: number
  /** y (PDF user space) of the heading's top, where the bookmark jumps to. */
  readonly top: number
}

export interface DocumentLayout {
  readonly pages: readonly PageLayout[]
  readonly outline: readonly OutlineEntry[]
}

type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>

class DocumentLayouter {
  readonly flow = new PageFlow()
  readonly outline: OutlineEntry[] = []

  constructor(
    private readonly text: TextLayout,
    private readonly pageDirection: RunDirection
  ) {}

  private directionOf(block: { direction?: ParagraphDirection | undefined }): ParagraphDirection {
    return block.direction ?? this.pageDirection
  }

  /** Column order, marker side, signature side: the block's own direction, else the page's. */
  private sideOf(block: { direction?: ParagraphDirection | undefined }, laid?: LaidText): RunDirection {
    const direction = this.directionOf(block)
    return direction === 'auto' ? (laid?.direction ?? this.pageDirection) : direction
  }

  block(block: Block): void {
    switch (block.type) {
      case 'heading':
        return this.heading(block)
      case 'paragraph':
        return this.paragraph(block)
      case 'list':
        return this.list(block)
      case 'table':
        return this.table(block)
      case 'keyValue':
        return this.keyValue(block)
      case 'signature':
        return this.signature(block)
      case 'pageBreak':
        if (!this.flow.atTop) this.flow.newPage()
        return
      case 'spacer':
        return this.flow.space(block.height)
    }
  }

  private heading(block: BlockOf<'heading'>): void {
    const { style, spaceBefore, spaceAfter } = HEADING[block.level]
    const laid = this.text.layout(block.text, { width: CONTENT_WIDTH, style, direction: this.directionOf(block), align: 'start' })
    this.flow.space(spaceBefore)
    // Keep with next: a heading never ends a page; it brings two body lines' room with it.
    this.flow.ensure(laid.height + spaceAfter + 2 * BODY.size * BODY.lineHeight)
    if (block.bookmark) this.outline.push({ title: block.text.replace(/\s+/g, ' ').trim(), level: block.level, pageIndex: this.flow.pageIndex, top: this.flow.cursor })
    this.flow.placeLines(laid.lines, MARGIN.left, style.size)
    this.flow.space(spaceAfter)
  }

  private paragraph(block: BlockOf<'paragraph'>): void {
    const laid = this.text.layout(block.text, { width: CONTENT_WIDTH, style: BODY, direction: this.directionOf(block), align: block.align })
    this.flow.placeLines(laid.lines, MARGIN.left, BODY.size)
    this.flow.space(PARAGRAPH_SPACING)
  }

  private list(block: BlockOf<'list'>): void {
    const direction = this.directionOf(block)
    block.items.forEach((item, i) => {
      const laid = this.text.layout(item, { width: CONTENT_WIDTH - LIST_INDENT, style: BODY, direction, align: 'start' })
      const side = this.sideOf(block, laid)
      const marker = this.text.layout(block.ordered ? `${i + 1}.` : '•', { width: LIST_INDENT - 4, style: BODY, direction: side, align: 'start' })
      const textLeft = side === 'ltr' ? MARGIN.left + LIST_INDENT : MARGIN.left
      const markerLeft = side === 'ltr' ? MARGIN.left : MARGIN.left + CONTENT_WIDTH - LIST_INDENT + 4
      const first = laid.lines[0]
      const second = laid.lines[1]
      if (first) this.flow.ensure(first.height + (second?.height ?? 0))
      const markerLine = marker.lines[0]
      // The marker sits on the item's first baseline.
      if (markerLine && first) this.flow.drawLine(markerLine, markerLeft, this.flow.cursor - first.baseline + markerLine.baseline, BODY.size)
      this.flow.placeLines(laid.lines, textLeft, BODY.size)
      this.flow.space(LIST_ITEM_SPACING)
    })
    this.flow.space(PARAGRAPH_SPACING - LIST_ITEM_SPACING)
  }

  private table(block: BlockOf<'table'>): void {
    layoutGrid(this.flow, this.text, {
      widths: block.columns.map((column) => column.width),
      header: block.columns.map((column) => column.header),
      rows: block.rows,
      // Cells hold names and addresses in any script: each reads in its own direction.
      direction: block.direction ?? 'auto',
      columnOrder: this.sideOf(block),
      style: () => TABLE,
      headerStyle: TABLE_HEADER,
      boxed: true
    })
    this.flow.space(PARAGRAPH_SPACING + 4)
  }

  private keyValue(block: BlockOf<'keyValue'>): void {
    layoutGrid(this.flow, this.text, {
      widths: [0.36, 0.64],
      rows: block.rows.map((row) => [row.label, row.value]),
      direction: block.direction ?? 'auto',
      columnOrder: this.sideOf(block),
      style: (column) => (column === 0 ? BODY_BOLD : BODY),
      headerStyle: BODY_BOLD,
      boxed: false
    })
    this.flow.space(PARAGRAPH_SPACING + 4)
  }

  private signature(block: BlockOf<'signature'>): void {
    const direction = this.directionOf(block)
    const laid = block.lines.map((line) => this.text.layout(line, { width: SIGNATURE_LINE_WIDTH + 120, style: BODY, direction, align: 'start' }))
    const side = this.sideOf(block, laid[0])
    // The whole block stays on one page: a signature line must not be parted from the name.
    this.flow.ensure(SIGNATURE_SPACE + 4 + laid.reduce((sum, text) => sum + text.height, 0))
    this.flow.space(SIGNATURE_SPACE)
    const left = side === 'ltr' ? MARGIN.left : MARGIN.left + CONTENT_WIDTH - SIGNATURE_LINE_WIDTH
    this.flow.rule(left, this.flow.cursor, left + SIGNATURE_LINE_WIDTH, this.flow.cursor, 0.7, 0)
    this.flow.cursor -= 4
    const textLeft = side === 'ltr' ? MARGIN.left : MARGIN.left + CONTENT_WIDTH - (SIGNATURE_LINE_WIDTH + 120)
    for (const text of laid) this.flow.placeLines(text.lines, textLeft, BODY.size)
    this.flow.space(PARAGRAPH_SPACING)
  }

  /** "x / y", centred; digits and a slash read the same in either page direction. */
  footers(): void {
    const total = this.flow.pages.length
    this.flow.pages.forEach((page, i) => {
      const laid = this.text.layout(`${i + 1} / ${total}`, { width: CONTENT_WIDTH, style: FOOTER, direction: 'ltr', align: 'center' })
      for (const fragment of laid.lines[0]?.fragments ?? [])
        page.items.push({ kind: 'text', x: MARGIN.left + fragment.x, baseline: FOOTER_BASELINE, size: FOOTER.size, fragment })
    })
  }
}

export function layoutDocument(model: DocumentModel, text: TextLayout): DocumentLayout {
  const layouter = new DocumentLayouter(text, model.direction)
  for (const block of model.blocks) layouter.block(block)
  layouter.footers()
  return { pages: layouter.flow.pages, outline: layouter.outline }
}
