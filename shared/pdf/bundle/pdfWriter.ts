// Serialises a pdf-lib document: the same file layout pdf-lib's own PDFWriter produces (header,
// objects in number order, classic cross-reference table, trailer), but stream contents are copied
// with one TypedArray.set instead of pdf-lib's byte-by-byte loop. A 1,000-page bundle is mostly
// stream bytes (scanned pages, images): this is the larger part of its save time.
import { PDFCrossRefSection, PDFHeader, PDFStream, PDFTrailer, PDFTrailerDict, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib'

const encoder = new TextEncoder()
const OBJ = encoder.encode(' obj\n')
const END_OBJ = encoder.encode('\nendobj\n\n')
const STREAM = encoder.encode('\nstream\n')
const END_STREAM = encoder.encode('\nendstream')

function objectSize(object: PDFObject): number {
  // For a stream, sizeInBytes also brings its /Length (and /Filter) up to date.
  return object.sizeInBytes()
}

function copyObject(object: PDFObject, buffer: Uint8Array, offset: number): number {
  if (!(object instanceof PDFStream)) return object.copyBytesInto(buffer, offset)
  let at = offset + object.dict.copyBytesInto(buffer, offset)
  buffer.set(STREAM, at)
  at += STREAM.length
  const contents = object.getContents()
  buffer.set(contents, at)
  at += contents.length
  buffer.set(END_STREAM, at)
  return at + END_STREAM.length - offset
}

/** The document as PDF bytes (no object streams). Embeds pending fonts and images first, as save() does. */
export async function writePdf(doc: PDFDocument): Promise<Uint8Array> {
  await doc.flush()
  const context = doc.context
  const header = PDFHeader.forVersion(1, 7)
  const objects: Array<[PDFRef, PDFObject]> = context.enumerateIndirectObjects()
  const labels = objects.map(([ref]) => encoder.encode(`${ref.objectNumber} ${ref.generationNumber}`))

  const xref = PDFCrossRefSection.create()
  let size = header.sizeInBytes() + 2
  const sizes = objects.map(([ref, object], i) => {
    xref.addEntry(ref, size)
    const objectBytes = objectSize(object)
    size += labels[i]!.length + OBJ.length + objectBytes + END_OBJ.length
    return objectBytes
  })
  const xrefOffset = size
  size += xref.sizeInBytes() + 1
  const trailerDict = PDFTrailerDict.of(
    context.obj({ Size: context.largestObjectNumber + 1, Root: context.trailerInfo.Root, Encrypt: context.trailerInfo.Encrypt, Info: context.trailerInfo.Info, ID: context.trailerInfo.ID })
  )
  size += trailerDict.sizeInBytes() + 2
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset)
  size += trailer.sizeInBytes()

  const buffer = new Uint8Array(size)
  let offset = header.copyBytesInto(buffer, 0)
  buffer[offset++] = 0x0a
  buffer[offset++] = 0x0a
  objects.forEach(([, object], i) => {
    buffer.set(labels[i]!, offset)
    offset += labels[i]!.length
    buffer.set(OBJ, offset)
    offset += OBJ.length
    const written = copyObject(object, buffer, offset)
    if (written !== sizes[i]) throw new Error(`PDF writer: object ${i} wrote ${written} bytes, expected ${sizes[i]}`)
    offset += written
    buffer.set(END_OBJ, offset)
    offset += END_OBJ.length
  })
  offset += xref.copyBytesInto(buffer, offset)
  buffer[offset++] = 0x0a
  offset += trailerDict.copyBytesInto(buffer, offset)
  buffer[offset++] = 0x0a
  buffer[offset++] = 0x0a
  offset += trailer.copyBytesInto(buffer, offset)
  if (offset !== size) throw new Error(`PDF writer: wrote ${offset} bytes, expected ${size}`)
  return buffer
}
