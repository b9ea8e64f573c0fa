// Generated exhibits for tests and benchmarks (Node only): PDFs with and without a text layer,
// encrypted and truncated PDFs, PNGs, and JPEGs carrying an EXIF orientation. Generated rather
// than checked in so every byte of a fixture is explained by the code that made it.
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { PDFDocument, StandardFonts, degrees, rgb } from 'pdf-lib'

export const A4: [number, number] = [595.28, 841.89]

export interface SamplePdfOptions {
  pages?: number
  /** Printed at the top of every page: "<label> — page i of n". */
  label?: string
  /** Prints the document's own "Page i" at the bottom right, where a careless stamp would cover it. */
  ownPageNumbers?: boolean
  rotate?: 0 | 90 | 180 | 270
  size?: [number, number]
  /** false: no fonts at all, only drawn shapes (what a scan without OCR looks like to a parser). */
  textLayer?: boolean
  title?: string
  creationDate?: Date
}

export async function samplePdf(options: SamplePdfOptions = {}): Promise<Uint8Array> {
  const { pages = 1, label = 'Sample exhibit', ownPageNumbers = false, rotate = 0, size = A4, textLayer = true } = options
  const doc = await PDFDocument.create({ updateMetadata: false })
  if (options.title) doc.setTitle(options.title)
  if (options.creationDate) doc.setCreationDate(options.creationDate)
  const font = textLayer ? await doc.embedFont(StandardFonts.Helvetica) : undefined
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage(size)
    page.drawRectangle({ x: 40, y: size[1] - 120, width: size[0] - 80, height: 60, color: rgb(0.85, 0.88, 0.95) })
    if (font) {
      page.drawText(`${label} — page ${i} of ${pages}`, { x: 50, y: size[1] - 100, size: 14, font })
      page.drawText('Lorem ipsum dolor sit amet, consectetur adipiscing elit.', { x: 50, y: size[1] - 160, size: 11, font })
      if (ownPageNumbers) page.drawText(`Page ${i}`, { x: size[0] - 90, y: 24, size: 11, font })
    }
    if (rotate !== 0) page.setRotation(degrees(rotate))
  }
  return doc.save()
}

/** Pages holding only an image: no /Font anywhere, as a scanner without OCR produces. */
export async function imageOnlyPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  const image = await doc.embedPng(samplePng(400, 560))
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage(A4)
    page.drawImage(image, { x: 50, y: 50, width: A4[0] - 100, height: A4[1] - 100 })
  }
  return doc.save()
}

/** A password-protected PDF (AES-256), made with the qpdf CLI as a lawyer's client might send it. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'redress-encrypted-'))
  try {
    writeFileSync(join(dir, 'plain.pdf'), await samplePdf({ pages: 2, label: 'Protected' }))
    execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', join(dir, 'plain.pdf'), join(dir, 'locked.pdf')])
    return new Uint8Array(readFileSync(join(dir, 'locked.pdf')))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The first part of a file, as an interrupted download or copy leaves it. */
export function truncatedPdf(bytes: Uint8Array, keepFraction = 0.5): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keepFraction))
}

/** An RGB PNG with a dark top-left quadrant, so orientation is visible when rendered. */
export function samplePng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height })
  paintQuadrant(png.data, width, height)
  return new Uint8Array(PNG.sync.write(png))
}

/**
 * A baseline JPEG with the same dark top-left quadrant (in stored pixel order) and, when
 * orientation is given, an EXIF APP1 segment with tag 0x0112 saying how a viewer must turn it.
 */
export function sampleJpeg(width: number, height: number, orientation?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8): Uint8Array {
  const data = Buffer.alloc(width * height * 4)
  paintQuadrant(data, width, height)
  const encoded = new Uint8Array(jpeg.encode({ data, width, height }, 80).data)
  if (orientation === undefined) return encoded
  const app1 = exifOrientationSegment(orientation)
  // SOI (FF D8) first, then our APP1, then the rest of the encoder's output.
  const out = new Uint8Array(encoded.length + app1.length)
  out.set(encoded.subarray(0, 2), 0)
  out.set(app1, 2)
  out.set(encoded.subarray(2), 2 + app1.length)
  return out
}

/** Deterministic pseudo-random bytes (a linear congruential sequence): incompressible, and the same on every run. */
export function patternBytes(size: number, seed = 5): Uint8Array {
  const out = new Uint8Array(size)
  let x = seed
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

/** The reference hash the app's own hashes are compared against. */
export function sha256File(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function paintQuadrant(rgba: Uint8Array | Buffer, width: number, height: number): void {
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dark = x < width / 2 && y < height / 2
      const o = (y * width + x) * 4
      rgba[o] = dark ? 20 : 235
      rgba[o + 1] = dark ? 20 : 235
      rgba[o + 2] = dark ? 60 : 225
      rgba[o + 3] = 255
    }
  }
}

function exifOrientationSegment(orientation: number): Uint8Array {
  // "Exif\0\0", little-endian TIFF header, one IFD entry: Orientation (0x0112), SHORT, count 1.
  const tiff = [
    0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00,
    0x01, 0x00,
    0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, orientation, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00
  ]
  const payload = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff]
  const length = payload.length + 2
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...payload])
}
