// A tiny stand-in for the CJK role when a document has nothing the CJK font alone could draw.
//
// Why it exists: FontSet.fromBytes needs all three roles, and it probes each role's font for a
// character of that script (U+4E2D 中 for CJK), so a wrong file is caught at load. Handing it the
// Latin bytes for the CJK role — the obvious shortcut — therefore throws ("lacks U+4E2D"). The
// real Noto Sans Hans file is 8.4 MB and takes a noticeable time to fetch and parse, which a daily
// log in Latin and Cyrillic should not pay for.
//
// So when the drawn text needs no CJK font (fontAssets.needsCjkFont), the CJK role gets this font:
// a valid TrueType file built here, ~600 bytes, whose only mapped character is U+4E2D (an empty
// glyph). It never reaches a PDF: a document that contains U+4E2D, or any other character the
// Latin and Arabic fonts lack, loads the real CJK font instead, so no run is ever assigned to this
// role (text runs pick fonts by coverage, and this font covers nothing else).

const UNITS_PER_EM = 1000
const POSTSCRIPT_NAME = 'RedressCJKPlaceholder'
const PROBE_CODE_POINT = 0x4e2d

class Writer {
  private readonly bytes: number[] = []
  u8(v: number) {
    this.bytes.push(v & 0xff)
    return this
  }
  u16(v: number) {
    return this.u8(v >> 8).u8(v)
  }
  i16(v: number) {
    return this.u16(v & 0xffff)
  }
  u32(v: number) {
    return this.u16((v >>> 16) & 0xffff).u16(v & 0xffff)
  }
  zeros(n: number) {
    for (let i = 0; i < n; i++) this.u8(0)
    return this
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes)
  }
}

function utf16be(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff)
  return out
}

/** Sum of big-endian uint32 words, the table padded with zeros to a multiple of 4. */
function checksum(data: Uint8Array): number {
  let sum = 0
  for (let i = 0; i < data.length; i += 4)
    sum = (sum + (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>> 0
  return sum
}

function tables(): Record<string, Uint8Array> {
  const numGlyphs = 2 // .notdef and the empty glyph for U+4E2D

  // cmap: one Windows Unicode BMP subtable (format 4), segments [U+4E2D] and the final 0xFFFF.
  const cmap = new Writer()
    .u16(0).u16(1) // version, number of subtables
    .u16(3).u16(1).u32(12) // platform Windows, encoding Unicode BMP, offset
    .u16(4).u16(32).u16(0) // format, length, language
    .u16(4).u16(4).u16(1).u16(0) // segCountX2, searchRange, entrySelector, rangeShift
    .u16(PROBE_CODE_POINT).u16(0xffff) // endCode
    .u16(0) // reservedPad
    .u16(PROBE_CODE_POINT).u16(0xffff) // startCode
    .u16((1 - PROBE_CODE_POINT) & 0xffff).u16(1) // idDelta: U+4E2D → glyph 1; 0xFFFF → glyph 0
    .u16(0).u16(0) // idRangeOffset
    .done()

  const head = new Writer()
    .u32(0x00010000).u32(0x00010000) // version, fontRevision
    .u32(0) // checkSumAdjustment, set once the whole file is known
    .u32(0x5f0f3cf5).u16(0b1011) // magic, flags
    .u16(UNITS_PER_EM)
    .zeros(16) // created, modified
    .i16(0).i16(0).i16(0).i16(0) // bounding box: the glyphs are empty
    .u16(0).u16(8).i16(2) // macStyle, lowestRecPPEM, fontDirectionHint
    .i16(0).i16(0) // indexToLocFormat (short offsets), glyphDataFormat
    .done()

  // Noto Sans CJK's vertical metrics, so even a measured line would look ordinary.
  const hhea = new Writer()
    .u32(0x00010000)
    .i16(880).i16(-120).i16(0) // ascender, descender, lineGap
    .u16(UNITS_PER_EM).i16(0).i16(0).i16(0) // advanceWidthMax, min bearings, xMaxExtent
    .i16(1).i16(0).i16(0) // caret slope rise, run, offset
    .zeros(8).i16(0) // reserved, metricDataFormat
    .u16(numGlyphs) // numberOfHMetrics
    .done()

  const maxp = new Writer().u32(0x00010000).u16(numGlyphs).zeros(4 * 2).u16(2).zeros(8 * 2).done() // version 1.0: 32 bytes, maxZones 2
  const hmtx = new Writer().u16(UNITS_PER_EM / 2).i16(0).u16(UNITS_PER_EM).i16(0).done()
  const loca = new Writer().zeros((numGlyphs + 1) * 2).done() // every glyph empty: glyf holds nothing
  const glyf = new Uint8Array(0)

  const names: Array<[number, string]> = [
    [1, 'Redress CJK Placeholder'],
    [2, 'Regular'],
    [4, 'Redress CJK Placeholder'],
    [6, POSTSCRIPT_NAME]
  ]
  const name = new Writer().u16(0).u16(names.length).u16(6 + 12 * names.length)
  let offset = 0
  for (const [id, text] of names) {
    name.u16(3).u16(1).u16(0x0409).u16(id).u16(text.length * 2).u16(offset)
    offset += text.length * 2
  }
  for (const [, text] of names) for (const b of utf16be(text)) name.u8(b)

  // Version 3: no glyph names.
  const post = new Writer().u32(0x00030000).u32(0).i16(-100).i16(50).zeros(5 * 4).done()

  return { cmap, glyf, head, hhea, hmtx, loca, maxp, name: name.done(), post }
}

function build(): Uint8Array {
  const byTag = tables()
  const tags = Object.keys(byTag).sort()
  const entrySelector = Math.floor(Math.log2(tags.length))
  const searchRange = 16 * 2 ** entrySelector
  const header = new Writer().u32(0x00010000).u16(tags.length).u16(searchRange).u16(entrySelector).u16(tags.length * 16 - searchRange)

  let offset = 12 + 16 * tags.length
  const placed = tags.map((tag) => {
    const data = byTag[tag]!
    const at = offset
    offset += Math.ceil(data.length / 4) * 4
    return { tag, data, at }
  })
  for (const { tag, data, at } of placed) {
    for (const c of tag) header.u8(c.charCodeAt(0))
    header.u32(checksum(data)).u32(at).u32(data.length)
  }

  const file = new Uint8Array(offset)
  file.set(header.done(), 0)
  for (const { data, at } of placed) file.set(data, at)
  const headAt = placed.find((p) => p.tag === 'head')!.at
  new DataView(file.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0)
  return file
}

let cached: Uint8Array | undefined

/** The placeholder font's bytes, built once (the same bytes object each call). */
export function cjkPlaceholderFont(): Uint8Array {
  cached ??= build()
  return cached
}

export const CJK_PLACEHOLDER_POSTSCRIPT_NAME = POSTSCRIPT_NAME
