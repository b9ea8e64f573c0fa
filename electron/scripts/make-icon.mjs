#!/usr/bin/env node
// Draws the app icon (a shield with a keyhole) for every OS, with no image library: shapes are
// tested per sub-pixel and the files are written by hand (zlib + CRC32).
//   resources/icon.svg   the source drawing
//   resources/icon.png   1024x1024, Linux (electron-builder derives the hicolor sizes from it)
//   resources/icon.icns  macOS: PNG members from 16 to 1024 (ic04…ic14)
//   resources/icon.ico   Windows: 16, 24, 32, 48, 64 as 32-bit bitmaps, 256 as PNG
// Run: node electron/scripts/make-icon.mjs
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../resources')
const SIZE = 512
const NAVY = [29, 53, 87]
const WHITE = [248, 250, 252]

// Shapes in icon coordinates (shared by the SVG and the raster).
const corner = 100
const shield = { cx: 256, half: 124, top: 116, shoulder: 270, tip: 440 }
const hole = { cx: 256, cy: 250, r: 36, top: 250, bottom: 340, topHalf: 14, bottomHalf: 24 }

function inRoundedSquare(x, y) {
  const dx = Math.max(corner - x, 0, x - (SIZE - corner))
  const dy = Math.max(corner - y, 0, y - (SIZE - corner))
  return dx * dx + dy * dy <= corner * corner
}

function inShield(x, y) {
  if (y < shield.top || y > shield.tip) return false
  if (y <= shield.shoulder) return Math.abs(x - shield.cx) <= shield.half
  // Lower edge is the parabola the SVG's quadratic Bézier draws exactly.
  const t = (y - shield.shoulder) / (shield.tip - shield.shoulder)
  return Math.abs(x - shield.cx) <= shield.half * (1 - t * t)
}

function inKeyhole(x, y) {
  if ((x - hole.cx) ** 2 + (y - hole.cy) ** 2 <= hole.r ** 2) return true
  if (y < hole.top || y > hole.bottom) return false
  const t = (y - hole.top) / (hole.bottom - hole.top)
  return Math.abs(x - hole.cx) <= hole.topHalf + (hole.bottomHalf - hole.topHalf) * t
}

/** RGBA of one sample point: transparent outside the square, navy, white shield, navy keyhole. */
function sample(x, y) {
  if (!inRoundedSquare(x, y)) return [0, 0, 0, 0]
  if (inShield(x, y) && !inKeyhole(x, y)) return [...WHITE, 255]
  return [...NAVY, 255]
}

/** RGBA rows (each with a leading PNG filter byte 0) of the icon drawn at `size` x `size`. */
function rasterize(size) {
  const SS = 4 // 4x4 supersampling for smooth edges
  const scale = SIZE / size
  const rows = []
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4) // filter byte 0 (None) + RGBA pixels
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0]
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const [r, g, b, a] = sample((px + (sx + 0.5) / SS) * scale, (py + (sy + 0.5) / SS) * scale)
          acc[0] += r * a
          acc[1] += g * a
          acc[2] += b * a
          acc[3] += a
        }
      }
      const alpha = acc[3] / (SS * SS)
      const o = 1 + px * 4
      for (let c = 0; c < 3; c++) row[o + c] = acc[3] === 0 ? 0 : Math.round(acc[c] / acc[3])
      row[o + 3] = Math.round(alpha)
    }
    rows.push(row)
  }
  return Buffer.concat(rows)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size, pixels) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`
const { cx, half, top, shoulder, tip } = shield
const left = cx - half
const right = cx + half
const mid = (shoulder + tip) / 2
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <title>Redress</title>
  <rect width="${SIZE}" height="${SIZE}" rx="${corner}" fill="${hex(NAVY)}"/>
  <path d="M${left} ${top} H${right} V${shoulder} Q${right} ${mid} ${cx} ${tip} Q${left} ${mid} ${left} ${shoulder} Z" fill="${hex(WHITE)}"/>
  <circle cx="${hole.cx}" cy="${hole.cy}" r="${hole.r}" fill="${hex(NAVY)}"/>
  <path d="M${hole.cx - hole.topHalf} ${hole.top} H${hole.cx + hole.topHalf} L${hole.cx + hole.bottomHalf} ${hole.bottom} H${hole.cx - hole.bottomHalf} Z" fill="${hex(NAVY)}"/>
</svg>
`

const pngs = new Map()
const pngOf = (size) => {
  if (!pngs.has(size)) pngs.set(size, png(size, rasterize(size)))
  return pngs.get(size)
}

/** Apple icon family: 'icns' + length, then (type, length incl. 8-byte header, PNG) members. */
function icns() {
  const members = [
    ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
    ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]
  ].map(([type, size]) => {
    const data = pngOf(size)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(8 + data.length, 4)
    return Buffer.concat([head, data])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + members.reduce((n, m) => n + m.length, 0), 4)
  return Buffer.concat([head, ...members])
}

/** A 32-bit BGRA bottom-up DIB with an all-zero AND mask (alpha does the masking), as ICO wants. */
function dib(size) {
  const rows = rasterize(size)
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // XOR bitmap + AND mask
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    const src = (size - 1 - y) * (1 + size * 4) + 1
    for (let x = 0; x < size; x++) {
      const o = src + x * 4
      const d = (y * size + x) * 4
      pixels[d] = rows[o + 2]
      pixels[d + 1] = rows[o + 1]
      pixels[d + 2] = rows[o]
      pixels[d + 3] = rows[o + 3]
    }
  }
  const maskRow = Math.ceil(size / 32) * 4
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)])
}

/** Windows icon: ICONDIR, one ICONDIRENTRY per size, then the images (256 as PNG, the rest as DIB). */
function ico() {
  const images = [16, 24, 32, 48, 64, 256].map((size) => ({ size, data: size === 256 ? pngOf(256) : dib(size) }))
  const dir = Buffer.alloc(6 + 16 * images.length)
  dir.writeUInt16LE(0, 0)
  dir.writeUInt16LE(1, 2) // type 1 = icon
  dir.writeUInt16LE(images.length, 4)
  let offset = dir.length
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i
    dir[e] = size === 256 ? 0 : size // 0 means 256
    dir[e + 1] = size === 256 ? 0 : size
    dir.writeUInt16LE(1, e + 4) // colour planes
    dir.writeUInt16LE(32, e + 6) // bits per pixel
    dir.writeUInt32LE(data.length, e + 8)
    dir.writeUInt32LE(offset, e + 12)
    offset += data.length
  })
  return Buffer.concat([dir, ...images.map((image) => image.data)])
}

writeFileSync(join(out, 'icon.svg'), svg)
writeFileSync(join(out, 'icon.png'), pngOf(1024))
writeFileSync(join(out, 'icon.icns'), icns())
writeFileSync(join(out, 'icon.ico'), ico())
console.log(`wrote icon.svg, icon.png (1024x1024), icon.icns and icon.ico in ${out}`)
