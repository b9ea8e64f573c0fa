// Draws a shaped run with the positions fontkit computed. pdf-lib's drawText shows glyphs at their
// default advances and drops GPOS: Latin loses its kerning and Arabic marks (tanwin in "وفقاً",
// shadda, harakat) fall onto the letters. Here each glyph is placed with a TJ adjustment for its
// x offset and advance, and a text rise (Ts) for its y offset. pdf-lib still does the subsetting:
// its encodeText of the same run yields the subset glyph codes, one per shaped glyph.
import {
  PDFHexString, PDFName, PDFOperator, PDFOperatorNames, beginText, endText, popGraphicsState, pushGraphicsState,
  setFillingGrayscaleColor, setFontAndSize, setTextMatrix, setTextRise, type PDFFont, type PDFPage
} from 'pdf-lib'
import type { Font } from 'fontkit'
import { directedText, type RunDirection, type ShapingCache } from './fontkitAdapter'

/** Font resource names per page: pdf-lib's setFont/drawText add a new resource entry per call. */
export class PageFonts {
  private readonly keys = new Map<PDFFont, PDFName>()

  constructor(readonly page: PDFPage) {}

  key(font: PDFFont): PDFName {
    let key = this.keys.get(font)
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref)
      this.keys.set(font, key)
    }
    return key
  }
}

/** Width in points of a shaped run at `size`: what showShapedRun advances. */
export function shapedWidth(shaping: ShapingCache, font: Font, text: string, direction: RunDirection, size: number): number {
  let advance = 0
  for (const position of shaping.shape(font, text, direction).positions) advance += position.xAdvance
  return (advance / font.unitsPerEm) * size
}

export interface ShapedRunDraw {
  readonly pdfFont: PDFFont
  readonly font: Font
  readonly text: string
  readonly direction: RunDirection
  readonly x: number
  readonly baseline: number
  readonly size: number
}

/** Appends the operators that draw one run (black) to the page. */
export function showShapedRun(fonts: PageFonts, shaping: ShapingCache, run: ShapedRunDraw): void {
  const { font, pdfFont, size } = run
  const { glyphs, positions } = shaping.shape(font, run.text, run.direction)
  const codes = pdfFont.encodeText(directedText(run.text, run.direction)).asString()
  if (codes.length !== glyphs.length * 4) throw new Error('Shaped glyphs and subset codes disagree')
  // TJ numbers are thousandths of the font size, subtracted from the pen position.
  const toTJ = 1000 / font.unitsPerEm
  const context = fonts.page.doc.context

  const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0), beginText(), setFontAndSize(fonts.key(pdfFont), size), setTextMatrix(1, 0, 0, 1, run.x, run.baseline)]
  // Consecutive codes share one hex string and consecutive adjustments add up: a short stream.
  let items: Array<string | number> = []
  let rise = 0
  const push = (item: string | number) => {
    const last = items[items.length - 1]
    if (typeof item === 'number' && typeof last === 'number') items[items.length - 1] = round(last + item)
    else if (typeof item === 'string' && typeof last === 'string') items[items.length - 1] = last + item
    else items.push(item)
  }
  const flush = () => {
    const operands = items.filter((item) => item !== 0).map((item) => (typeof item === 'string' ? PDFHexString.of(item) : item))
    if (operands.length > 0) ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [context.obj(operands)]))
    items = []
  }
  glyphs.forEach((glyph, i) => {
    const position = positions[i]!
    // A mark raised or lowered by GPOS: the rise applies to whole TJ operations.
    const glyphRise = Math.round((position.yOffset / font.unitsPerEm) * size * 1000) / 1000
    if (glyphRise !== rise) {
      flush()
      ops.push(setTextRise(glyphRise))
      rise = glyphRise
    }
    if (position.xOffset !== 0) push(round(-position.xOffset * toTJ))
    push(codes.slice(i * 4, i * 4 + 4))
    // The viewer advances by the glyph's /W width; correct that to GPOS's advance, undoing the offset.
    const correction = position.xAdvance - glyph.advanceWidth - position.xOffset
    if (correction !== 0) push(round(-correction * toTJ))
  })
  flush()
  if (rise !== 0) ops.push(setTextRise(0))
  ops.push(endText(), popGraphicsState())
  fonts.page.pushOperators(...ops)
}

const round = (n: number): number => Math.round(n * 1000) / 1000
