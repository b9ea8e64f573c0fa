// The page being filled: a cursor moving down from the top margin, draw items in PDF user space
// (origin bottom-left, y up) and a new page whenever something does not fit. Layout is finished
// before anything is drawn, so page count is known and "x / y" needs no placeholder.
import type { Fragment, LaidLine } from './paragraphLayout'
import { MARGIN, PAGE } from './pageStyle'

export type DrawItem =
  | { readonly kind: 'text'; readonly x: number; readonly baseline: number; readonly size: number; readonly fragment: Fragment }
  | { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly thickness: number; readonly gray: number }
  | { readonly kind: 'fill'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly gray: number }

export interface PageLayout {
  readonly items: DrawItem[]
}

export class PageFlow {
  readonly pages: PageLayout[] = [{ items: [] }]
  /** y of the top of the next thing placed. */
  cursor: number = PAGE.height - MARGIN.top
  readonly top = PAGE.height - MARGIN.top
  readonly bottom = MARGIN.bottom

  get page(): PageLayout {
    return this.pages[this.pages.length - 1]!
  }

  get pageIndex(): number {
    return this.pages.length - 1
  }

  get remaining(): number {
    return this.cursor - this.bottom
  }

  /** Nothing placed yet on this page: breaking again would only leave a blank page. */
  get atTop(): boolean {
    return this.cursor >= this.top
  }

  get bodyHeight(): number {
    return this.top - this.bottom
  }

  newPage(): void {
    this.pages.push({ items: [] })
    this.cursor = this.top
  }

  /** Breaks the page unless `height` fits or the page is still empty. */
  ensure(height: number): void {
    if (height > this.remaining && !this.atTop) this.newPage()
  }

  /** Vertical space that is dropped at a page top rather than pushed onto the next page. */
  space(height: number): void {
    if (this.atTop) return
    if (height >= this.remaining) this.newPage()
    else this.cursor -= height
  }

  /** Draws one laid-out line with its top at `top`, its text box starting at `left`. */
  drawLine(line: LaidLine, left: number, top: number, size: number): void {
    const baseline = top - line.baseline
    for (const fragment of line.fragments) {
      this.page.items.push({ kind: 'text', x: left + fragment.x, baseline, size, fragment })
      // Synthesised emphasis for a role without a bold font: an underline, never smeared glyphs.
      if (fragment.underline && fragment.text.trim().length > 0) {
        const y = baseline - size * 0.14
        this.rule(left + fragment.x, y, left + fragment.x + fragment.width, y, Math.max(0.5, size * 0.05), 0)
      }
    }
  }

  /**
   * Places lines top to bottom at `left`, breaking pages between lines. Keeps a paragraph's first
   * two lines together (no single orphaned line at a page foot).
   */
  placeLines(lines: readonly LaidLine[], left: number, size: number): void {
    const first = lines[0]
    const second = lines[1]
    if (first && second) this.ensure(first.height + second.height)
    for (const line of lines) {
      this.ensure(line.height)
      this.drawLine(line, left, this.cursor, size)
      this.cursor -= line.height
    }
  }

  rule(x1: number, y1: number, x2: number, y2: number, thickness: number, gray: number): void {
    this.page.items.push({ kind: 'line', x1, y1, x2, y2, thickness, gray })
  }

  fill(x: number, y: number, width: number, height: number, gray: number): void {
    this.page.items.push({ kind: 'fill', x, y, width, height, gray })
  }
}
