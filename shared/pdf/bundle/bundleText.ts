// Text on the bundle's own pages (index, integrity manifest) with the project's text machinery:
// titles and file names arrive in any script (Turkish, Cyrillic, Arabic, Uyghur, Chinese), so they
// are laid out by TextLayout (bidi, font by coverage, wrapping) and drawn glyph by glyph by
// showShapedRun, exactly as petitions are. Fonts are embedded as subsets on first use.
import { PDFDocument, grayscale, type PDFPage } from 'pdf-lib'
import { fontkitForPdfLib } from '../fontkitAdapter'
import type { FontSet } from '../fontSet'
import { TextLayout, type LaidText, type TextAlign, type TextStyle } from '../paragraphLayout'
import { EmbeddedFonts } from '../renderDocument'
import { PageFonts, showShapedRun } from '../shapedText'
import { CONTENT_WIDTH, MARGIN } from '../pageStyle'

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0]

export interface TextBlockSpec {
  text: string
  width: number
  style: TextStyle
  align?: TextAlign
}

export class BundleText {
  readonly layout: TextLayout
  private readonly embedded: EmbeddedFonts
  private readonly pageFonts = new Map<PDFPage, PageFonts>()

  constructor(
    private readonly doc: PDFDocument,
    fonts: FontSet
  ) {
    doc.registerFontkit(fontkitForPdfLib as unknown as PdfLibFontkit)
    this.layout = new TextLayout(fonts)
    this.embedded = new EmbeddedFonts(doc, true)
  }

  /** Wrapped lines of `text` in a box `width` wide; direction follows the text (an Arabic title reads right to left). */
  lay(spec: TextBlockSpec): LaidText {
    return this.layout.layout(spec.text, { width: spec.width, style: spec.style, direction: 'auto', align: spec.align ?? 'start' })
  }

  /** Draws laid text with its top-left corner at (x, top); returns its height. */
  async draw(page: PDFPage, laid: LaidText, x: number, top: number, size: number): Promise<number> {
    let pageFonts = this.pageFonts.get(page)
    if (!pageFonts) {
      pageFonts = new PageFonts(page)
      this.pageFonts.set(page, pageFonts)
    }
    let lineTop = top
    for (const line of laid.lines) {
      for (const fragment of line.fragments) {
        if (fragment.text.length === 0) continue
        const face = this.layout.fonts.face(fragment.role, fragment.weight)
        const pdfFont = await this.embedded.get(face)
        const baseline = lineTop - line.baseline
        showShapedRun(pageFonts, this.layout.shaping, {
          pdfFont, font: face.font, text: fragment.text, direction: fragment.direction, x: x + fragment.x, baseline, size: size * face.scale
        })
        // A role without a bold file underlines instead of faking bold (see FontSet).
        if (fragment.underline)
          page.drawLine({ start: { x: x + fragment.x, y: baseline - 1.5 }, end: { x: x + fragment.x + fragment.width, y: baseline - 1.5 }, thickness: 0.5, color: grayscale(0) })
      }
      lineTop -= line.height
    }
    return top - lineTop
  }
}

/**
 * The column heads of a bundle table (index, manifest annex) and the rule under them: one place
 * so both tables look alike. Returns the y just below the rule.
 */
export async function drawColumnHeads(text: BundleText, page: PDFPage, heads: ReadonlyArray<{ laid: LaidText; x: number }>, top: number, size: number): Promise<number> {
  for (const head of heads) await text.draw(page, head.laid, head.x, top, size)
  const below = top - Math.max(...heads.map((h) => h.laid.height)) - 3
  page.drawLine({ start: { x: MARGIN.left, y: below }, end: { x: MARGIN.left + CONTENT_WIDTH, y: below }, thickness: 0.6, color: grayscale(0.4) })
  return below - 3
}
