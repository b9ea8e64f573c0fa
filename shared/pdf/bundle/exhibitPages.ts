// One exhibit → pages appended to the bundle. A PDF's pages are copied as they are (never
// re-rendered); a JPEG or PNG goes on one A4 page, turned as its EXIF orientation says and fitted
// within the margins. An exhibit that cannot be used comes back as a message, with nothing added
// to the bundle, so one bad file never stops the others.
import {
  ParseSpeeds, PDFDocument, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, type PDFPage, type PDFRef
} from 'pdf-lib'
import { pdfHeaderOffset } from '../../exhibits/fileKind'
import { imageMessages, inspectImage, orientedSize, type ExifOrientation } from '../../exhibits/imageInspection'
import { pdfMessages } from '../../exhibits/pdfInspection'
import { PAGE } from '../pageStyle'
import { movePages } from './pageMover'
import { embedPngDirect } from './pngImage'

export interface ExhibitSource {
  kind: 'pdf' | 'jpeg' | 'png'
  bytes: Uint8Array
  /** As recorded at intake, with the SHA-256 the manifest will state. */
  sizeBytes: number
}

export type Placement = { ok: true; pages: PDFPage[] } | { ok: false; message: string }

/** Room around a placed image, so nothing of it sits under a binding or the stamp band. */
const IMAGE_MARGIN = 36
const EOF_WINDOW = 2048

export async function placeExhibit(bundle: PDFDocument, source: ExhibitSource): Promise<Placement> {
  // The bytes must be the file the manifest describes (the vault checks the SHA-256 when reading).
  if (source.bytes.length !== source.sizeBytes)
    return {
      ok: false,
      message: `The file read back (${source.bytes.length} bytes) is not the size recorded when it was added (${source.sizeBytes} bytes), so the manifest could not vouch for it. Run "Verify" on the exhibits and add the original again if it was damaged.`
    }
  if (source.bytes.length === 0) return { ok: false, message: pdfMessages.empty }
  return source.kind === 'pdf' ? placePdf(bundle, source.bytes) : placeImage(bundle, source.bytes, source.kind)
}

function endsWithEofMarker(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW))
  for (let i = tail.length - 5; i >= 0; i--) {
    // "%%EOF"
    if (tail[i] === 0x25 && tail[i + 1] === 0x25 && tail[i + 2] === 0x45 && tail[i + 3] === 0x4f && tail[i + 4] === 0x46) return true
  }
  return false
}

async function placePdf(bundle: PDFDocument, bytes: Uint8Array): Promise<Placement> {
  if (pdfHeaderOffset(bytes) === null) return { ok: false, message: pdfMessages.corrupt }
  // pdf-lib parses objects in file order and ignores a missing cross-reference table, so a file
  // cut short after its last page still "loads"; the missing %%EOF at its end gives it away.
  if (!endsWithEofMarker(bytes)) return { ok: false, message: pdfMessages.truncated }
  let source: PDFDocument
  try {
    source = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
  } catch (error) {
    // EncryptedPDFError is an ES5 subclass of Error: instanceof does not work on it.
    if (error instanceof Error && /is encrypted/i.test(error.message)) return { ok: false, message: pdfMessages.encrypted }
    return { ok: false, message: pdfMessages.corrupt }
  }
  if (source.isEncrypted) return { ok: false, message: pdfMessages.encrypted }
  let pages: PDFPage[]
  try {
    const count = source.getPageCount()
    if (count === 0) return { ok: false, message: pdfMessages.noPages }
    // The whole document at once: fonts and images its pages share are copied once.
    pages = movePages(source, bundle)
  } catch {
    return { ok: false, message: pdfMessages.corrupt }
  }
  for (const page of pages) bundle.addPage(page)
  return { ok: true, pages }
}

/**
 * Image space → page space for an image drawn upright in the box (x, y, w, h). The stored pixels
 * are turned per EXIF Orientation (tag 0x0112): 1 as stored, 2 mirrored, 3 turned 180°, 4 flipped,
 * 5 transposed, 6 turned 90° clockwise, 7 transversed, 8 turned 90° anticlockwise.
 */
export function orientedImageMatrix(orientation: ExifOrientation, x: number, y: number, w: number, h: number): [number, number, number, number, number, number] {
  switch (orientation) {
    case 1:
      return [w, 0, 0, h, x, y]
    case 2:
      return [-w, 0, 0, h, x + w, y]
    case 3:
      return [-w, 0, 0, -h, x + w, y + h]
    case 4:
      return [w, 0, 0, -h, x, y + h]
    case 5:
      return [0, -h, -w, 0, x + w, y + h]
    case 6:
      return [0, -h, w, 0, x, y + h]
    case 7:
      return [0, h, w, 0, x, y]
    case 8:
      return [0, h, -w, 0, x + w, y]
  }
}

async function placeImage(bundle: PDFDocument, bytes: Uint8Array, kind: 'jpeg' | 'png'): Promise<Placement> {
  const inspection = inspectImage(bytes, kind)
  if (inspection.width === null || inspection.height === null) return { ok: false, message: imageMessages.unreadable }
  let image: PDFRef
  try {
    image = (kind === 'png' ? embedPngDirect(bundle, bytes)?.ref : undefined) ?? (kind === 'jpeg' ? await bundle.embedJpg(bytes) : await bundle.embedPng(bytes)).ref
  } catch {
    return { ok: false, message: imageMessages.unreadable }
  }
  const upright = orientedSize(inspection.width, inspection.height, inspection.orientation)
  const landscape = upright.width > upright.height
  const [pageWidth, pageHeight] = landscape ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height]
  const scale = Math.min((pageWidth - 2 * IMAGE_MARGIN) / upright.width, (pageHeight - 2 * IMAGE_MARGIN) / upright.height)
  const w = upright.width * scale
  const h = upright.height * scale
  const x = (pageWidth - w) / 2
  const y = (pageHeight - h) / 2
  const page = bundle.addPage([pageWidth, pageHeight])
  const name = page.node.newXObject('Image', image)
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...orientedImageMatrix(inspection.orientation, x, y, w, h)), drawObject(name), popGraphicsState())
  return { ok: true, pages: [page] }
}
