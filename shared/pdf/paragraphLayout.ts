// One block of text → wrapped lines of positioned fragments (runs), measured with the fonts that
// will draw them: a run's width is the sum of its shaped advances (kerning included), exactly what
// shapedText draws, so measured = drawn.
import { ShapingCache, type RunDirection } from './fontkitAdapter'
import type { FontRole, FontSet, FontWeight } from './fontSet'
import { logicalRuns, resolveBidi, visualOrder, type BidiParagraph, type ParagraphDirection, type TextRun } from './textRuns'
import { breakOpportunities, isBreakingSpace } from './lineBreaks'
import { shapedWidth } from './shapedText'

export interface TextStyle {
  size: number
  weight: FontWeight
  /** Minimum line height as a multiple of the size; lines grow for tall scripts (Naskh). */
  lineHeight: number
}

export type TextAlign = 'start' | 'end' | 'center' | 'justify'

export interface Fragment {
  /** From the left edge of the text box. */
  readonly x: number
  readonly width: number
  /** Logical order; the shaper reverses a right-to-left fragment. */
  readonly text: string
  readonly role: FontRole
  readonly weight: FontWeight
  readonly direction: RunDirection
  /** Bold asked for but the role has no bold font. */
  readonly underline: boolean
}

export interface LaidLine {
  readonly width: number
  readonly height: number
  /** From the top of the line box down to the baseline. */
  readonly baseline: number
  readonly fragments: readonly Fragment[]
}

export interface LaidText {
  readonly lines: readonly LaidLine[]
  readonly height: number
  /** The resolved base direction of the (first) paragraph: decides start/end alignment. */
  readonly direction: RunDirection
}

export interface TextBox {
  width: number
  style: TextStyle
  direction: ParagraphDirection
  align: TextAlign
  /**
   * The side 'start' aligns to. Default: the paragraph's own resolved direction. Table cells set
   * it to the table's side so an Arabic address in an English table reads right to left but
   * still lines up with its column.
   */
  alignSide?: RunDirection
}

export class TextLayout {
  private readonly widths = new Map<string, number>()
  /** Shared with the drawing pass, so each run is shaped once per document. */
  readonly shaping = new ShapingCache()

  constructor(readonly fonts: FontSet) {}

  /** Width in points of a run's text in one font at text size `size` (the role's scale applied); memoised per 1 pt. */
  runWidth(role: FontRole, weight: FontWeight, direction: RunDirection, text: string, size: number): number {
    const key = `${role}${weight}${direction}\u0000${text}`
    let perPoint = this.widths.get(key)
    if (perPoint === undefined) {
      const face = this.fonts.face(role, weight)
      perPoint = shapedWidth(this.shaping, face.font, text, direction, face.scale)
      this.widths.set(key, perPoint)
    }
    return perPoint * size
  }

  /** Lays out text ('\n' starts a new paragraph) in a box of the given width. */
  layout(text: string, box: TextBox): LaidText {
    const lines: LaidLine[] = []
    let direction: RunDirection | undefined
    for (const part of text.replace(/\t/g, ' ').split(/\r\n|\r|\n/)) {
      const paragraph = resolveBidi(part, box.direction)
      direction ??= paragraph.direction
      lines.push(...this.paragraphLines(paragraph, box))
    }
    return { lines, height: lines.reduce((sum, line) => sum + line.height, 0), direction: direction ?? 'ltr' }
  }

  private rangeWidth(runs: readonly TextRun[], start: number, end: number, style: TextStyle): number {
    let width = 0
    for (const run of runs) {
      if (run.end <= start || run.start >= end) continue
      const text = run.text.slice(Math.max(start, run.start) - run.start, Math.min(end, run.end) - run.start)
      width += this.runWidth(run.role, style.weight, run.direction, text, style.size)
    }
    return width
  }

  private paragraphLines(paragraph: BidiParagraph, box: TextBox): LaidLine[] {
    const { text } = paragraph
    const runs = logicalRuns(paragraph, this.fonts)
    const metrics = this.lineMetrics(runs, box.style)
    if (text.length === 0) return [this.line([], box, paragraph, false, metrics)]
    const ranges = this.wrap(runs, text, box)
    return ranges.map(([start, end], i) => {
      let trimmed = end
      while (trimmed > start && isBreakingSpace(text.charCodeAt(trimmed - 1))) trimmed--
      return this.line(visualOrder(clip(runs, start, trimmed)), box, paragraph, i < ranges.length - 1, metrics)
    })
  }

  /**
   * One line height for the whole paragraph, from the tallest font it uses (Naskh needs more room
   * than Noto Sans): lines of one paragraph stay evenly spaced even if only one holds Arabic.
   */
  private lineMetrics(runs: readonly TextRun[], style: TextStyle): { height: number; baseline: number } {
    const roles = runs.length > 0 ? [...new Set(runs.map((run) => run.role))] : (['latin'] as const)
    const faces = roles.map((role) => this.fonts.face(role, style.weight))
    const ascent = Math.max(...faces.map((f) => f.ascent)) * style.size
    const descent = Math.max(...faces.map((f) => f.descent)) * style.size
    const height = Math.max(style.size * style.lineHeight, ascent + descent)
    return { height, baseline: (height - ascent - descent) / 2 + ascent }
  }

  /**
   * Greedy filling between break opportunities. Words are measured one at a time (memoised) and
   * summed: advances add up because shaping never crosses a space or a run boundary. A word
   * longer than the line is cut between characters.
   */
  private wrap(runs: readonly TextRun[], text: string, box: TextBox): Array<[number, number]> {
    const width = (a: number, b: number) => this.rangeWidth(runs, a, b, box.style)
    const breaks = breakOpportunities(text)
    const ranges: Array<[number, number]> = []
    let lineStart = 0
    let lineWidth = 0
    for (let k = 0; k < breaks.length - 1; k++) {
      const atomStart = breaks[k]!
      const atomEnd = breaks[k + 1]!
      let contentEnd = atomEnd
      while (contentEnd > atomStart && isBreakingSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
      const contentWidth = width(atomStart, contentEnd)
      if (atomStart > lineStart && lineWidth + contentWidth > box.width) {
        ranges.push([lineStart, atomStart])
        lineStart = atomStart
        lineWidth = 0
      }
      if (lineWidth + contentWidth > box.width) {
        // Alone on its line and still too wide: cut where the width runs out (rare: long URLs).
        while (width(lineStart, contentEnd) > box.width) {
          let cut = lineStart
          for (let i = lineStart + 1; i < contentEnd; i++) {
            if (!isCharacterBoundary(text, i)) continue
            if (cut > lineStart && width(lineStart, i) > box.width) break
            cut = i
          }
          if (cut === lineStart) break
          ranges.push([lineStart, cut])
          lineStart = cut
        }
        lineWidth = width(lineStart, contentEnd)
      } else lineWidth += contentWidth
      lineWidth += width(contentEnd, atomEnd)
    }
    ranges.push([lineStart, text.length])
    return ranges
  }

  private line(runs: readonly TextRun[], box: TextBox, paragraph: BidiParagraph, wrapsOnward: boolean, metrics: { height: number; baseline: number }): LaidLine {
    const { style } = box
    const fonts = this.fonts
    const { height, baseline } = metrics

    // Justified lines are drawn word by word so the extra space can go between words (PDF word
    // spacing, Tw, does not apply to the two-byte codes of embedded CID fonts).
    const spaces = runs.reduce((n, run) => n + countSpaces(run.text), 0)
    const justify = box.align === 'justify' && wrapsOnward && spaces > 0
    const pieces = runs.flatMap((run) => {
      const texts = justify ? splitAfterSpaces(run.text) : [run.text]
      // Within a right-to-left run, later words sit further left.
      if (run.direction === 'rtl') texts.reverse()
      return texts.map((text) => ({ run, text, width: this.runWidth(run.role, style.weight, run.direction, text, style.size) }))
    })
    const contentWidth = pieces.reduce((sum, piece) => sum + piece.width, 0)
    const slack = box.width - contentWidth
    const extraPerSpace = justify && slack > 0 ? slack / spaces : 0
    const align = box.align === 'justify' ? 'start' : box.align
    const startSide = box.alignSide ?? paragraph.direction
    let x = justify || align === 'center' ? (justify ? 0 : slack / 2) : (align === 'start') === (startSide === 'ltr') ? 0 : slack

    const fragments: Fragment[] = []
    for (const { run, text, width } of pieces) {
      const gap = extraPerSpace * countSpaces(text)
      // A right-to-left piece's trailing spaces are drawn on its left: the gap goes before it.
      if (run.direction === 'rtl') x += gap
      const underline = fonts.face(run.role, style.weight).syntheticBold
      fragments.push({ x, width, text, role: run.role, weight: style.weight, direction: run.direction, underline })
      x += width
      if (run.direction === 'ltr') x += gap
    }
    return { width: contentWidth + (justify ? Math.max(0, slack) : 0), height, baseline, fragments }
  }
}

function clip(runs: readonly TextRun[], start: number, end: number): TextRun[] {
  const out: TextRun[] = []
  for (const run of runs) {
    if (run.end <= start || run.start >= end) continue
    const a = Math.max(start, run.start)
    const b = Math.min(end, run.end)
    out.push({ ...run, start: a, end: b, text: run.text.slice(a - run.start, b - run.start) })
  }
  return out
}

function countSpaces(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) n++
  return n
}

function splitAfterSpaces(text: string): string[] {
  return text.match(/[^ ]* *|[^ ]+/g)?.filter((piece) => piece.length > 0) ?? [text]
}

/** Not inside a surrogate pair and not before a combining mark or joiner. */
function isCharacterBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code >= 0xdc00 && code <= 0xdfff) return false
  return !/[\p{M}\u200C\u200D]/u.test(text.charAt(i))
}
