// Upstream fontkit 2 registered with pdf-lib. pdf-lib ships for the stale @pdf-lib/fontkit fork,
// whose subsetter silently corrupts TrueType `loca` tables and CID-keyed CFF fonts (feasibility
// §4). fontkit 2 subsets correctly but has a different surface, so this module bridges two gaps:
//  1. pdf-lib calls `subset.encodeStream().on('data'|'end'|'error')`; fontkit 2 only has `encode()`.
//  2. pdf-lib calls `font.layout(text, features)` and lets fontkit guess the direction from the
//     script. That guess is wrong for bidi runs (Arabic-Indic digits are Arabic script but read
//     left to right), so the caller prefixes a run with LRM/RLM (see `directedText`) and the
//     wrapped `layout` strips the mark and passes the direction explicitly. The mark never
//     reaches fontkit, so no glyph and no stray character lands in the PDF's text layer.
import * as fontkit from 'fontkit'
import type { Font, GlyphRun, Subset } from 'fontkit'

export type RunDirection = 'ltr' | 'rtl'

const LRM = '\u200E'
const RLM = '\u200F'

/** The string to hand pdf-lib (drawText / widthOfTextAtSize) so the run is shaped in `direction`. */
export function directedText(text: string, direction: RunDirection): string {
  return (direction === 'rtl' ? RLM : LRM) + text
}

/** Shapes `text` (logical order) in the given direction; glyphs come back in visual order. */
export function shapeRun(font: Font, text: string, direction: RunDirection): GlyphRun {
  return layoutOf(font)(text, undefined, undefined, undefined, direction)
}

/**
 * Shaped runs memoised for one document: a word is shaped once, then measured, drawn, and
 * handed to pdf-lib's subsetter from the same result. Shaping is most of a render's cost.
 */
export class ShapingCache {
  private readonly runs = new Map<Font, Map<string, GlyphRun>>()

  shape(font: Font, text: string, direction: RunDirection): GlyphRun {
    let byText = this.runs.get(font)
    if (!byText) this.runs.set(font, (byText = new Map()))
    const key = runKey(text, direction)
    let run = byText.get(key)
    if (!run) byText.set(key, (run = shapeRun(font, text, direction)))
    // pdf-lib's encodeText of directedText(text) right after this gets the same run back.
    lastRun.set(font, { key, run })
    return run
  }
}

type Layout = Font['layout']
const originalLayout = new WeakMap<Font, Layout>()
const layoutOf = (font: Font): Layout => originalLayout.get(font) ?? font.layout.bind(font)
const lastRun = new WeakMap<Font, { key: string; run: GlyphRun }>()
const runKey = (text: string, direction: RunDirection | string | undefined) => `${direction ?? ''}\u0000${text}`

// pdf-lib only needs `on(event, handler)` chaining and the three events, emitted asynchronously
// (it attaches the handlers after encodeStream() returns).
interface EncodeStream {
  on(event: 'data' | 'end' | 'error', handler: (arg?: unknown) => void): EncodeStream
}

function withEncodeStream(subset: Subset): Subset & { encodeStream(): EncodeStream } {
  const handlers: Partial<Record<'data' | 'end' | 'error', (arg?: unknown) => void>> = {}
  const stream: EncodeStream = {
    on(event, handler) {
      handlers[event] = handler
      return stream
    }
  }
  return Object.assign(subset, {
    encodeStream(): EncodeStream {
      queueMicrotask(() => {
        let bytes: Uint8Array
        try {
          bytes = subset.encode()
        } catch (error) {
          handlers.error?.(error)
          return
        }
        handlers.data?.(bytes)
        handlers.end?.()
      })
      return stream
    }
  })
}

function adapt(font: Font): Font {
  const createSubset = font.createSubset.bind(font)
  const layout = font.layout.bind(font)
  font.createSubset = () => withEncodeStream(createSubset())
  // fontkit reverses right-to-left runs only inside its OpenType/AAT engines; a font without
  // GSUB, GPOS or morx would come back in logical order.
  const tables = font as unknown as Record<string, unknown>
  const reversesItself = Boolean(tables.GSUB ?? tables.GPOS ?? tables.morx)
  // The renderer shapes a run for its positions and pdf-lib then shapes the same run again to
  // pick subset glyphs: the last run is remembered so the second shaping is free.
  const directed: Layout = (text, features, script, language, direction) => {
    const plain = features === undefined && script === undefined && language === undefined
    const key = runKey(text, direction)
    const last = lastRun.get(font)
    if (plain && last?.key === key) return last.run
    const run = layout(text, features, script, language, direction)
    if (direction === 'rtl' && !reversesItself) {
      run.glyphs.reverse()
      run.positions.reverse()
    }
    if (plain) lastRun.set(font, { key, run })
    return run
  }
  originalLayout.set(font, directed)
  font.createSubset = () => withEncodeStream(createSubset())
  font.layout = ((text: string, features?: string[] | Record<string, boolean>) => {
    const mark = text.charAt(0)
    if (mark === RLM || mark === LRM)
      return directed(text.slice(1), features, undefined, undefined, mark === RLM ? 'rtl' : 'ltr')
    return layout(text, features)
  }) as Layout
  return font
}

// Parsing an 8 MB CJK font costs ~15 ms; the same bytes object yields the same parsed font, so a
// FontSet built once serves many documents. Sharing is safe: fontkit's layout is synchronous and
// every pdf-lib embedding gets its own Subset.
const parsed = new WeakMap<Uint8Array, Font>()

/** Parses font bytes (TTF or OTF, not TTC/WOFF) with fontkit 2, adapted for pdf-lib. */
export function openFont(bytes: Uint8Array): Font {
  const cached = parsed.get(bytes)
  if (cached) return cached
  // fontkit's typings ask for a Node Buffer, but its browser and node builds read any Uint8Array.
  const created = fontkit.create(bytes as Parameters<typeof fontkit.create>[0])
  if (!('layout' in created)) throw new Error('A font collection (TTC) was given where a single font is expected')
  const font = adapt(created)
  parsed.set(bytes, font)
  return font
}

/** The object `PDFDocument.registerFontkit` takes. */
export const fontkitForPdfLib = {
  create: (bytes: Uint8Array): Font => openFont(bytes)
}
