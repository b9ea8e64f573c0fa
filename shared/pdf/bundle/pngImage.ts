// A PNG without transparency goes into the PDF as it is: its IDAT data is already a zlib stream
// with PNG row filters, which PDF's FlateDecode reads directly with /Predictor 15 (PDF 32000-1
// §7.4.4.4). No decoding and re-compressing (pdf-lib's embedPng does both): a scanned page as PNG
// costs a copy, not a second of deflate. PNGs with alpha, tRNS or interlacing return null and are
// embedded by pdf-lib, which splits out the soft mask.
import { PDFName, PDFHexString, type PDFDocument, type PDFRef } from 'pdf-lib'

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

interface PngChunks {
  width: number
  height: number
  bitDepth: number
  colorType: number
  interlace: number
  palette: Uint8Array | null
  transparency: boolean
  data: Uint8Array
}

function readChunks(bytes: Uint8Array): PngChunks | null {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let header: Omit<PngChunks, 'palette' | 'transparency' | 'data'> | null = null
  let palette: Uint8Array | null = null
  let transparency = false
  const parts: Uint8Array[] = []
  let total = 0
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!)
    const start = at + 8
    if (start + length + 4 > bytes.length) return null
    const data = bytes.subarray(start, start + length)
    if (type === 'IHDR') {
      if (length < 13) return null
      header = { width: view.getUint32(start), height: view.getUint32(start + 4), bitDepth: data[8]!, colorType: data[9]!, interlace: data[12]! }
    } else if (type === 'PLTE') palette = data
    else if (type === 'tRNS') transparency = true
    else if (type === 'IDAT') {
      parts.push(data)
      total += length
    } else if (type === 'IEND') break
    at = start + length + 4
  }
  if (!header || parts.length === 0) return null
  const data = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    data.set(part, offset)
    offset += part.length
  }
  return { ...header, palette, transparency, data }
}

/** Registers the PNG as an image XObject without re-encoding it, or returns null when it needs decoding. */
export function embedPngDirect(doc: PDFDocument, bytes: Uint8Array): { ref: PDFRef; width: number; height: number } | null {
  const png = readChunks(bytes)
  if (!png || png.interlace !== 0 || png.transparency || png.bitDepth > 8 || png.width === 0 || png.height === 0) return null
  let colors: number
  let colorSpace: string | Array<PDFName | PDFHexString | number>
  switch (png.colorType) {
    case 0:
      colors = 1
      colorSpace = 'DeviceGray'
      break
    case 2:
      colors = 3
      colorSpace = 'DeviceRGB'
      break
    case 3: {
      if (!png.palette || png.palette.length % 3 !== 0) return null
      colors = 1
      let hex = ''
      for (const b of png.palette) hex += b.toString(16).padStart(2, '0')
      colorSpace = [PDFName.of('Indexed'), PDFName.of('DeviceRGB'), png.palette.length / 3 - 1, PDFHexString.of(hex)]
      break
    }
    default:
      // 4 and 6 carry an alpha channel: the soft mask needs the pixels decoded.
      return null
  }
  const context = doc.context
  const stream = context.stream(png.data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: png.width,
    Height: png.height,
    BitsPerComponent: png.bitDepth,
    ColorSpace: colorSpace,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: png.bitDepth, Columns: png.width }
  })
  return { ref: context.register(stream), width: png.width, height: png.height }
}
