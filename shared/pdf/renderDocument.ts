// DocumentModel + FontSet → A4 PDF bytes. Validates the model, lays it out (layoutEngine), then
// draws with pdf-lib: one embedded subset font per role and weight actually used, the outline,
// and the metadata. Reproducible: no clock is read here (the caller passes the creation date),
// pdf-lib's font-name suffixes are replaced by fixed subset tags, and object order follows the
// layout, so the same input gives byte-identical output.
import { PDFDocument, grayscale, type PDFFont, type PDFPage } from 'pdf-lib'
import { parseDocumentModel, type DocumentModelInput } from './documentModel'
import { fontkitForPdfLib } from './fontkitAdapter'
import type { FontFace, FontSet } from './fontSet'
import { layoutDocument, type DocumentLayout } from './layoutEngine'
import type { DrawItem } from './pageFlow'
import { TextLayout } from './paragraphLayout'
import { PAGE } from './pageStyle'
import { writeOutline } from './pdfOutline'
import { PageFonts, showShapedRun } from './shapedText'

export interface RenderOptions {
  /** Written as CreationDate and ModDate. */
  readonly creationDate: Date
  /**
   * Embed only the glyphs used (default). `false` embeds whole fonts (the 8 MB CJK font
   * included): for comparison only.
   */
  readonly subsetFonts?: boolean
}

export const PRODUCER = 'Redress'

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0]

/**
 * Embeds fonts on first use, one per font file: a role without a bold file draws "bold" with its
 * regular subset. Subset names carry a six-letter tag ("AAAAAB+NotoSans-Bold"), which is how PDF
 * marks a subset (and how pdffonts reports one); the tag is fixed per file order, not random.
 */
export class EmbeddedFonts {
  private readonly byBytes = new Map<Uint8Array, Promise<PDFFont>>()

  constructor(
    private readonly doc: PDFDocument,
    private readonly subset: boolean
  ) {}

  get(face: FontFace): Promise<PDFFont> {
    let font = this.byBytes.get(face.bytes)
    if (!font) {
      const tag = subsetTag(this.byBytes.size)
      const name = this.subset ? `${tag}+${face.font.postscriptName}` : face.font.postscriptName
      font = this.doc.embedFont(face.bytes, { subset: this.subset, customName: name })
      this.byBytes.set(face.bytes, font)
    }
    return font
  }
}

function subsetTag(index: number): string {
  let tag = ''
  for (let i = 0, n = index; i < 6; i++, n = Math.floor(n / 26)) tag = String.fromCharCode(65 + (n % 26)) + tag
  return tag
}

async function drawItem(fonts: PageFonts, item: DrawItem, embedded: EmbeddedFonts, text: TextLayout): Promise<void> {
  const { page } = fonts
  switch (item.kind) {
    case 'text': {
      const { fragment } = item
      if (fragment.text.length === 0) return
      const face = text.fonts.face(fragment.role, fragment.weight)
      const pdfFont = await embedded.get(face)
      showShapedRun(fonts, text.shaping, { pdfFont, font: face.font, text: fragment.text, direction: fragment.direction, x: item.x, baseline: item.baseline, size: item.size * face.scale })
      return
    }
    case 'line':
      page.drawLine({ start: { x: item.x1, y: item.y1 }, end: { x: item.x2, y: item.y2 }, thickness: item.thickness, color: grayscale(item.gray) })
      return
    case 'fill':
      page.drawRectangle({ x: item.x, y: item.y, width: item.width, height: item.height, color: grayscale(item.gray), borderWidth: 0 })
      return
  }
}

/** Lays the model out without drawing: page count, outline positions, draw items. */
export function layoutModel(model: DocumentModelInput, fontSet: FontSet): DocumentLayout {
  return layoutDocument(parseDocumentModel(model), new TextLayout(fontSet))
}

/**
 * Renders a document model to PDF bytes. The model is validated here whatever its static type (a
 * bad one rejects with a ZodError whose issue paths name the fields). Keep one FontSet for many
 * documents: fonts are parsed once.
 */
export async function renderDocument(model: DocumentModelInput, fontSet: FontSet, options: RenderOptions): Promise<Uint8Array> {
  const valid = parseDocumentModel(model)
  if (!(options.creationDate instanceof Date) || Number.isNaN(options.creationDate.getTime()))
    throw new TypeError('renderDocument: options.creationDate must be a valid Date')
  const text = new TextLayout(fontSet)
  const layout = layoutDocument(valid, text)

  // updateMetadata: false, or pdf-lib stamps its own producer and the current time.
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkitForPdfLib as unknown as PdfLibFontkit)
  const fonts = new EmbeddedFonts(doc, options.subsetFonts ?? true)

  const pages: PDFPage[] = []
  for (const pageLayout of layout.pages) {
    const page = doc.addPage([PAGE.width, PAGE.height])
    pages.push(page)
    const pageFonts = new PageFonts(page)
    for (const item of pageLayout.items) await drawItem(pageFonts, item, fonts, text)
  }
  writeOutline(doc, layout.outline.map((entry) => ({ title: entry.title, level: entry.level, page: pages[entry.pageIndex]!.ref, top: entry.top })))

  doc.setTitle(valid.title, { showInWindowTitleBar: true })
  doc.setLanguage(valid.language)
  if (valid.author) doc.setAuthor(valid.author)
  if (valid.subject) doc.setSubject(valid.subject)
  doc.setProducer(PRODUCER)
  doc.setCreator(PRODUCER)
  doc.setCreationDate(options.creationDate)
  doc.setModificationDate(options.creationDate)

  // objectsPerTick: Infinity — pdf-lib otherwise yields a timer tick every 50 objects; this runs
  // in a worker (app) or a test, where yielding only adds latency.
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity })
}
