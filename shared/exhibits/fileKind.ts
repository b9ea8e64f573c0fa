// What a file really is, decided from its first bytes: a PDF renamed to .jpg is still a PDF, and a
// .pdf that is really a Word file must not reach the bundle builder.
import type { ExhibitFileKind } from './exhibitRecord'

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"
/** Readers accept junk before the header (mail gateways, scanners); Acrobat looks in the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG_SOI = [0xff, 0xd8, 0xff]

export function detectFileKind(bytes: Uint8Array): ExhibitFileKind {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png'
  if (startsWith(bytes, JPEG_SOI)) return 'jpeg'
  if (pdfHeaderOffset(bytes) !== null) return 'pdf'
  return 'other'
}

/** Where "%PDF-" starts within the first 1024 bytes, or null. */
export function pdfHeaderOffset(bytes: Uint8Array): number | null {
  const last = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_WINDOW - PDF_HEADER.length)
  for (let i = 0; i <= last; i++) {
    if (matchesAt(bytes, PDF_HEADER, i)) return i
  }
  return null
}

const MEDIA_TYPES: Record<Exclude<ExhibitFileKind, 'other'>, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png'
}

/** Common attachment types lawyers receive; anything else is stored as opaque bytes. */
const OTHER_BY_EXTENSION: Record<string, string> = {
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  heic: 'image/heic',
  gif: 'image/gif',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  zip: 'application/zip'
}

/** The media type recorded with the file: from the detected kind, or the extension for other files. */
export function mediaTypeOf(kind: ExhibitFileKind, fileName: string): string {
  if (kind !== 'other') return MEDIA_TYPES[kind]
  const dot = fileName.lastIndexOf('.')
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : ''
  return OTHER_BY_EXTENSION[extension] ?? 'application/octet-stream'
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return matchesAt(bytes, signature, 0)
}

function matchesAt(bytes: Uint8Array, signature: readonly number[], offset: number): boolean {
  if (offset + signature.length > bytes.length) return false
  for (let j = 0; j < signature.length; j++) {
    if (bytes[offset + j] !== signature[j]) return false
  }
  return true
}
