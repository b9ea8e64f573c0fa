// Pre-flight of a JPEG or PNG exhibit: its pixel size, the EXIF orientation a viewer must apply,
// and whether it is complete and large enough to read once placed on an A4 page.
import { imageSize } from 'image-size'
import type { PreflightFinding } from './exhibitRecord'

/** EXIF Orientation (tag 0x0112): 1 is upright; 5–8 are turned a quarter, so width and height swap. */
export type ExifOrientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8

export interface ImageInspection {
  /** Stored pixel size, before orientation is applied; null when unreadable. */
  width: number | null
  height: number | null
  orientation: ExifOrientation
  findings: PreflightFinding[]
}

/**
 * Below this an image fitted to A4 (210 × 297 mm, ≈ 8.3 × 11.7 in) comes out at about 60 dpi:
 * 500 / 8.3 ≈ 60 and 700 / 11.7 ≈ 60. Typed text on a photographed or scanned page needs roughly
 * 150 dpi to print legibly; at 60 dpi small print is a blur, when printed or zoomed alike.
 */
export const MIN_SHORT_SIDE_PX = 500
export const MIN_LONG_SIDE_PX = 700

export const imageMessages = {
  unreadable:
    'This image cannot be read: it is damaged or incomplete, or not really a JPEG or PNG. Open it and save it again, or get a fresh copy from the source, then add it again.',
  tooSmall: (width: number, height: number) =>
    `This image is only ${width} × ${height} pixels: on an A4 page its text will be hard to read. Use a larger scan or photo (at least ${MIN_SHORT_SIDE_PX} × ${MIN_LONG_SIDE_PX} pixels; 150 dpi or more is better) if you have one. It can still be bundled as it is.`
} as const

export function inspectImage(bytes: Uint8Array, kind: 'jpeg' | 'png'): ImageInspection {
  const unreadable: ImageInspection = {
    width: null,
    height: null,
    orientation: 1,
    findings: [{ code: 'unreadable-image', severity: 'error', message: imageMessages.unreadable }]
  }
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(bytes)
  } catch {
    return unreadable
  }
  const expectedType = kind === 'jpeg' ? 'jpg' : 'png'
  if (size.type !== expectedType || !(size.width > 0) || !(size.height > 0)) return unreadable
  // image-size reads only the header; the bundle builder needs the whole image.
  if (!(kind === 'jpeg' ? jpegIsComplete(bytes) : pngIsComplete(bytes))) return unreadable

  const orientation = exifOrientation(size.orientation)
  const findings: PreflightFinding[] = []
  const shortSide = Math.min(size.width, size.height)
  const longSide = Math.max(size.width, size.height)
  if (shortSide < MIN_SHORT_SIDE_PX || longSide < MIN_LONG_SIDE_PX) {
    const upright = orientedSize(size.width, size.height, orientation)
    findings.push({ code: 'image-too-small', severity: 'warning', message: imageMessages.tooSmall(upright.width, upright.height) })
  }
  return { width: size.width, height: size.height, orientation, findings }
}

/** The size as a viewer shows it: orientations 5–8 turn the image a quarter, swapping width and height. */
export function orientedSize(width: number, height: number, orientation: number): { width: number; height: number } {
  return orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height }
}

function exifOrientation(value: number | undefined): ExifOrientation {
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 8 ? (value as ExifOrientation) : 1
}

/**
 * A complete JPEG has an End Of Image marker (FF D9) after its last Start Of Scan (FF DA). Inside
 * scan data every FF byte is followed by 00 or a restart marker, so FF D9 there can only be EOI;
 * an embedded EXIF thumbnail's own EOI comes before the main image's scans and does not count.
 */
function jpegIsComplete(bytes: Uint8Array): boolean {
  let lastScan = -1
  let lastEnd = -1
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0xff) continue
    const marker = bytes[i + 1]
    if (marker === 0xda) lastScan = i
    else if (marker === 0xd9) lastEnd = i
  }
  return lastScan >= 0 && lastEnd > lastScan
}

/** A complete PNG ends with its IEND chunk; allow a little trailing padding some tools add. */
function pngIsComplete(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024))
  for (let i = tail.length - 4; i >= 0; i--) {
    if (tail[i] === 0x49 && tail[i + 1] === 0x45 && tail[i + 2] === 0x4e && tail[i + 3] === 0x44) return true
  }
  return false
}
