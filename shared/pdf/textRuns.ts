// Text → runs that each have one direction and one font. fontkit shapes a run but knows nothing
// of bidi: handed `المادة 12 من القانون ABC رقم 2024/7` whole, it reverses the digits and draws
// the Latin with an Arabic font that has none (feasibility §4). So the Unicode Bidirectional
// Algorithm (bidi-js) resolves embedding levels, the line's runs are split wherever the level or
// the covering font changes, and rule L2 puts them in visual order. Each run keeps its characters
// in logical order: fontkit reverses a right-to-left run itself (after shaping, which needs
// logical order to pick Arabic joining forms).
import bidiFactory from 'bidi-js'
import type { RunDirection } from './fontkitAdapter'
import type { FontRole } from './fontSet'

const bidi = bidiFactory()

export type ParagraphDirection = 'ltr' | 'rtl' | 'auto'

/** What run splitting needs to know about fonts; FontSet implements it. */
export interface GlyphCoverage {
  /** Roles in priority order for characters more than one font covers. */
  readonly roles: readonly FontRole[]
  covers(role: FontRole, codePoint: number): boolean
}

/** One paragraph (no line or paragraph separators inside) with its resolved embedding levels. */
export interface BidiParagraph {
  readonly text: string
  /** Per UTF-16 code unit; odd = right to left. */
  readonly levels: Uint8Array
  readonly baseLevel: number
  readonly direction: RunDirection
}

export interface TextRun {
  /** UTF-16 offsets of the run in the paragraph text. */
  readonly start: number
  readonly end: number
  /** The characters in logical order; in a right-to-left run, brackets are mirrored ('(' → ')'). */
  readonly text: string
  readonly level: number
  readonly direction: RunDirection
  readonly role: FontRole
}

/** Resolves embedding levels; `auto` takes the first strong character's direction (rule P2). */
export function resolveBidi(text: string, direction: ParagraphDirection = 'auto'): BidiParagraph {
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, direction)
  const baseLevel = paragraphs[0]?.level ?? (direction === 'rtl' ? 1 : 0)
  return { text, levels, baseLevel, direction: baseLevel % 2 === 1 ? 'rtl' : 'ltr' }
}

type CharClass = 'strong' | 'neutral' | 'attached'

function classify(char: string): CharClass {
  const type = bidi.getBidiCharTypeName(char)
  if (type === 'L' || type === 'R' || type === 'AL') return 'strong'
  // Combining marks and joiners must stay in their base letter's font, or shaping breaks.
  if (type === 'NSM' || type === 'BN') return 'attached'
  return 'neutral'
}

interface Slot {
  start: number
  end: number
  codePoint: number
  level: number
  cls: CharClass
  role: FontRole | undefined
}

function firstCovering(coverage: GlyphCoverage, codePoint: number): FontRole | undefined {
  return coverage.roles.find((role) => coverage.covers(role, codePoint))
}

/**
 * Picks each character's font: a letter takes the first font that has it; punctuation, spaces and
 * digits take the font of the letters beside them (same level) when that font has them, so an
 * Arabic phrase stays one shaped run; what no font covers falls to the first role (tofu).
 */
function assignRoles(slots: Slot[], coverage: GlyphCoverage): void {
  const fallback = coverage.roles[0] ?? 'latin'
  for (const slot of slots) if (slot.cls === 'strong') slot.role = firstCovering(coverage, slot.codePoint) ?? fallback
  const neighbour = (from: number, step: 1 | -1, level: number): FontRole | undefined => {
    for (let i = from; i >= 0 && i < slots.length && slots[i]!.level === level; i += step)
      if (slots[i]!.cls === 'strong') return slots[i]!.role
    return undefined
  }
  slots.forEach((slot, i) => {
    if (slot.cls !== 'neutral') return
    const candidates = [neighbour(i - 1, -1, slot.level), neighbour(i + 1, 1, slot.level)]
    slot.role = candidates.find((role) => role !== undefined && coverage.covers(role, slot.codePoint)) ??
      firstCovering(coverage, slot.codePoint) ?? fallback
  })
  slots.forEach((slot, i) => {
    if (slot.cls === 'attached') slot.role = slots[i - 1]?.role ?? firstCovering(coverage, slot.codePoint) ?? fallback
  })
}

function mirrored(text: string): string {
  let out = ''
  for (const char of text) out += bidi.getMirroredCharacter(char) ?? char
  return out
}

const isWhitespace = (char: string): boolean => {
  const type = bidi.getBidiCharTypeName(char)
  return type === 'WS' || type === 'S' || type === 'B'
}

/**
 * The runs of paragraph[start, end) in logical order. Trailing whitespace takes the paragraph
 * level (rule L1), so a line ending in a space does not grow a stray run at the wrong side.
 */
export function logicalRuns(paragraph: BidiParagraph, coverage: GlyphCoverage, start = 0, end = paragraph.text.length): TextRun[] {
  const { text, levels, baseLevel } = paragraph
  const slots: Slot[] = []
  for (let i = start; i < end; ) {
    const codePoint = text.codePointAt(i)!
    const width = codePoint > 0xffff ? 2 : 1
    const char = text.slice(i, i + width)
    slots.push({ start: i, end: i + width, codePoint, level: levels[i] ?? baseLevel, cls: classify(char), role: undefined })
    i += width
  }
  for (let i = slots.length - 1; i >= 0 && isWhitespace(String.fromCodePoint(slots[i]!.codePoint)); i--) slots[i]!.level = baseLevel
  assignRoles(slots, coverage)

  const runs: TextRun[] = []
  let first = 0
  for (let i = 1; i <= slots.length; i++) {
    const a = slots[first]!
    const b = slots[i]
    if (b && b.level === a.level && b.role === a.role) continue
    const runEnd = slots[i - 1]!.end
    const direction: RunDirection = a.level % 2 === 1 ? 'rtl' : 'ltr'
    const raw = text.slice(a.start, runEnd)
    runs.push({ start: a.start, end: runEnd, text: direction === 'rtl' ? mirrored(raw) : raw, level: a.level, direction, role: a.role! })
    first = i
  }
  return runs
}

/**
 * Rule L2 over whole runs: from the highest level down to the lowest odd level, reverse every
 * maximal sequence of runs at that level or higher. Each run's own glyph order follows its level
 * parity, which the shaper applies (see fontkitAdapter's directed layout).
 */
export function visualOrder<T extends { readonly level: number }>(runs: readonly T[]): T[] {
  const out = [...runs]
  if (out.length === 0) return out
  const levels = out.map((run) => run.level)
  const highest = Math.max(...levels)
  const lowestOdd = Math.min(...levels) | 1
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if (out[i]!.level < level) {
        i++
        continue
      }
      let j = i
      while (j < out.length && out[j]!.level >= level) j++
      const reversed = out.slice(i, j).reverse()
      out.splice(i, j - i, ...reversed)
      i = j
    }
  }
  return out
}

/** One line of text as runs in visual (left-to-right drawing) order. No '\n' inside: split first. */
export function textRuns(text: string, coverage: GlyphCoverage, direction: ParagraphDirection = 'auto'): TextRun[] {
  return visualOrder(logicalRuns(resolveBidi(text, direction), coverage))
}
