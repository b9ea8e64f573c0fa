#!/usr/bin/env node
// Draws the app icon (a shield with a keyhole) as resources/icon.svg and a 512x512
// resources/icon.png, with no image library: shapes are tested per sub-pixel and the PNG is
// written by hand (zlib + CRC32). Run: node electron/scripts/make-icon.mjs
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

function rasterize() {
  const SS = 4 // 4x4 supersampling for smooth edges
  const rows = []
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4) // filter byte 0 (None) + RGBA pixels
    for (let px = 0; px < SIZE; px++) {
      const acc = [0, 0, 0, 0]
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const [r, g, b, a] = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
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

function png(pixels) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
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

writeFileSync(join(out, 'icon.svg'), svg)
writeFileSync(join(out, 'icon.png'), png(rasterize()))
console.log(`wrote ${join(out, 'icon.svg')} and ${join(out, 'icon.png')} (${SIZE}x${SIZE})`)
