// The bundle stamp ("Bundle p. 37 — Exhibit 5") on every page. It must never hide the document's
// own numbering, which usually sits in the bottom margin, so the page is made taller instead: a
// band is added below the visible page (the bottom as the page is viewed, whatever its /Rotate),
// tinted and ruled so it reads as the bundle's, not the document's. The page's own content is not
// moved or changed; it is wrapped in q … Q so a stream that leaves the graphics state altered
// cannot distort the stamp, and clipped to what was visible before, so nothing hidden by the
// original CropBox reappears in the band.
import {
  PDFArray, PDFName, PDFNumber, beginText, clip as clipPath, closePath, concatTransformationMatrix, endPath, endText, fill,
  lineTo, moveTo, popGraphicsState, pushGraphicsState, rectangle, setFillingRgbColor, setFontAndSize, setLineWidth,
  setStrokingRgbColor, setTextMatrix, showText, stroke, type PDFContext, type PDFFont, type PDFOperator, type PDFPage
} from 'pdf-lib'

/** Height of the added band, in points. */
export const STAMP_BAND = 22
const STAMP_SIZE = 8.5
const SIDE_MARGIN = 14
const TINT = [0.89, 0.92, 0.97] as const
const RULE = [0.35, 0.45, 0.65] as const

export interface StampText {
  /** Right-aligned, bold: "Bundle p. 37 — Exhibit 5". */
  main: string
  /** Left-aligned, optional: "Volume 2 of 3". */
  aside?: string
}

interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

type BoxName = 'MediaBox' | 'CropBox' | 'BleedBox' | 'TrimBox'

function readBox(page: PDFPage, name: BoxName): Box | undefined {
  const raw = page.node.lookupMaybe(PDFName.of(name), PDFArray)
  if (!raw || raw.size() !== 4) return undefined
  const n = [0, 1, 2, 3].map((i) => raw.lookupMaybe(i, PDFNumber)?.asNumber())
  if (n.some((v) => v === undefined || !Number.isFinite(v))) return undefined
  const [a, b, c, d] = n as number[]
  return { x0: Math.min(a!, c!), y0: Math.min(b!, d!), x1: Math.max(a!, c!), y1: Math.max(b!, d!) }
}

function writeBox(context: PDFContext, page: PDFPage, name: BoxName, box: Box): void {
  page.node.set(PDFName.of(name), context.obj([box.x0, box.y0, box.x1, box.y1]))
}

/** /Rotate as 0, 90, 180 or 270 (it may be negative or a multiple of 360 in the wild). */
export function pageRotation(page: PDFPage): 0 | 90 | 180 | 270 {
  const angle = page.getRotation().angle
  const normal = (((Math.round(angle / 90) * 90) % 360) + 360) % 360
  return normal as 0 | 90 | 180 | 270
}

/** Moves the box edge that is the visual bottom outward by `by` points. */
function grow(box: Box, rotation: 0 | 90 | 180 | 270, by: number): Box {
  switch (rotation) {
    case 0:
      return { ...box, y0: box.y0 - by }
    case 90:
      return { ...box, x1: box.x1 + by }
    case 180:
      return { ...box, y1: box.y1 + by }
    case 270:
      return { ...box, x0: box.x0 - by }
  }
}

/**
 * The matrix from "viewed" coordinates (origin at the visual bottom-left, x to the right, y up) to
 * the page's own unrotated space. /Rotate turns the page clockwise for display: at 90 the page's
 * right edge is seen as the bottom, at 180 its top, at 270 its left.
 */
function viewedToPage(box: Box, rotation: 0 | 90 | 180 | 270): [number, number, number, number, number, number] {
  switch (rotation) {
    case 0:
      return [1, 0, 0, 1, box.x0, box.y0]
    case 90:
      return [0, 1, -1, 0, box.x1, box.y0]
    case 180:
      return [-1, 0, 0, -1, box.x1, box.y1]
    case 270:
      return [0, -1, 1, 0, box.x0, box.y1]
  }
}

export interface StampFonts {
  /** Helvetica-Bold (standard, WinAnsi: has the em dash). */
  bold: PDFFont
  regular: PDFFont
}

/**
 * Grows the page by the band at its visual bottom and draws the stamp there. Returns the visible
 * box after growing, in the page's unrotated space (its top edge is where a link should land).
 */
export function stampPage(page: PDFPage, text: StampText, fonts: StampFonts): { top: number } {
  const context = page.doc.context
  const rotation = pageRotation(page)
  const media = readBox(page, 'MediaBox') ?? { x0: 0, y0: 0, x1: 612, y1: 792 }
  // What a viewer shows is the CropBox (clipped to the MediaBox); the band goes below that.
  const crop = readBox(page, 'CropBox')
  const visible = crop
    ? { x0: Math.max(crop.x0, media.x0), y0: Math.max(crop.y0, media.y0), x1: Math.min(crop.x1, media.x1), y1: Math.min(crop.y1, media.y1) }
    : media
  const grown = grow(visible, rotation, STAMP_BAND)
  writeBox(context, page, 'MediaBox', {
    x0: Math.min(media.x0, grown.x0), y0: Math.min(media.y0, grown.y0), x1: Math.max(media.x1, grown.x1), y1: Math.max(media.y1, grown.y1)
  })
  if (crop) writeBox(context, page, 'CropBox', grown)
  for (const name of ['BleedBox', 'TrimBox'] as const) {
    const box = readBox(page, name)
    if (box) writeBox(context, page, name, grow(box, rotation, STAMP_BAND + distanceToVisibleBottom(box, visible, rotation)))
  }

  page.node.normalize()
  const viewedWidth = rotation === 0 || rotation === 180 ? grown.x1 - grown.x0 : grown.y1 - grown.y0
  const boldKey = page.node.newFontDictionary(fonts.bold.name, fonts.bold.ref)
  const mainWidth = fonts.bold.widthOfTextAtSize(text.main, STAMP_SIZE)
  const baseline = (STAMP_BAND - STAMP_SIZE * 0.72) / 2
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    concatTransformationMatrix(...viewedToPage(grown, rotation)),
    setFillingRgbColor(...TINT),
    rectangle(0, 0, viewedWidth, STAMP_BAND),
    fill(),
    setStrokingRgbColor(...RULE),
    setLineWidth(0.6),
    moveTo(0, STAMP_BAND - 0.3),
    lineTo(viewedWidth, STAMP_BAND - 0.3),
    closePath(),
    stroke(),
    setFillingRgbColor(0.1, 0.15, 0.3),
    beginText(),
    setFontAndSize(boldKey, STAMP_SIZE),
    setTextMatrix(1, 0, 0, 1, Math.max(SIDE_MARGIN, viewedWidth - SIDE_MARGIN - mainWidth), baseline),
    showText(fonts.bold.encodeText(text.main)),
    endText()
  ]
  if (text.aside) {
    const regularKey = page.node.newFontDictionary(fonts.regular.name, fonts.regular.ref)
    ops.push(beginText(), setFontAndSize(regularKey, STAMP_SIZE), setTextMatrix(1, 0, 0, 1, SIDE_MARGIN, baseline), showText(fonts.regular.encodeText(text.aside)), endText())
  }
  ops.push(popGraphicsState())

  // normalize() (pdf-lib) has wrapped the page's own streams in q … Q. Around that, a clip to
  // what was visible before: content outside the old CropBox must not surface in the band.
  const clip = context.contentStream([pushGraphicsState(), rectangle(visible.x0, visible.y0, visible.x1 - visible.x0, visible.y1 - visible.y0), clipPath(), endPath()])
  const after = context.contentStream([popGraphicsState(), ...ops])
  page.node.wrapContentStreams(context.register(clip), context.register(after))
  return { top: viewedTopEdge(grown, rotation) }
}

function distanceToVisibleBottom(box: Box, visible: Box, rotation: 0 | 90 | 180 | 270): number {
  switch (rotation) {
    case 0:
      return Math.max(0, box.y0 - visible.y0)
    case 90:
      return Math.max(0, visible.x1 - box.x1)
    case 180:
      return Math.max(0, visible.y1 - box.y1)
    case 270:
      return Math.max(0, box.x0 - visible.x0)
  }
}

/** The y a /XYZ destination should use: the page's top in unrotated space. */
function viewedTopEdge(box: Box, rotation: 0 | 90 | 180 | 270): number {
  return rotation === 180 ? box.y0 : box.y1
}
