// The fonts a document may draw with, by role. The caller supplies the bytes so shared/ stays
// pure: Node tests read them from node_modules, the renderer will fetch them as Vite assets.
// Which font draws a character is decided by coverage (hasGlyphForCodePoint), never by guessing
// the language: a Kazakh name is Cyrillic and Latin-font, a Uyghur name is Arabic-font.
import type { Font } from 'fontkit'
import { openFont } from './fontkitAdapter'

/** In priority order: a character several fonts cover (Cyrillic, digits) goes to the first. */
export const FONT_ROLES = ['latin', 'arabic', 'cjk'] as const
export type FontRole = (typeof FONT_ROLES)[number]
export type FontWeight = 'regular' | 'bold'

/** One role's font files. Without `bold`, emphasis is synthesised (underline), never faked. */
export interface RoleFontBytes {
  regular: Uint8Array
  bold?: Uint8Array
}

/**
 * latin: Noto Sans (Latin, Greek, Cyrillic incl. Kazakh); arabic: Noto Naskh Arabic (Arabic,
 * Persian, Uyghur); cjk: Noto Sans Hans (CFF .otf). TTF or OTF only: woff/woff2 and TTC
 * collections break pdf-lib's embedding (feasibility §4).
 */
export type FontSetBytes = Record<FontRole, RoleFontBytes>

export interface FontFace {
  readonly role: FontRole
  readonly weight: FontWeight
  readonly font: Font
  readonly bytes: Uint8Array
  /** Bold was asked for but the role has no bold file: the layout underlines instead. */
  readonly syntheticBold: boolean
  /**
   * Drawn size relative to the text size: Naskh's letters are small on the Latin body (its em
   * holds tall stacked marks), so Arabic runs are set 10% larger to read as the same size.
   */
  readonly scale: number
  /** Per 1 pt of text size, scale included. */
  readonly ascent: number
  readonly descent: number
}

const ROLE_SCALE: Record<FontRole, number> = { latin: 1, arabic: 1.1, cjk: 1 }

// A character every font of that role must have, so a wrong file is caught at load, not as tofu.
const probe: Record<FontRole, number> = { latin: 0x41, arabic: 0x627, cjk: 0x4e2d }

function face(role: FontRole, weight: FontWeight, bytes: Uint8Array, syntheticBold: boolean): FontFace {
  let font: Font
  try {
    font = openFont(bytes)
  } catch (error) {
    throw new Error(`The ${role} ${weight} font could not be read: ${(error as Error).message}`, { cause: error })
  }
  if (!font.hasGlyphForCodePoint(probe[role]))
    throw new Error(`The ${role} ${weight} font (${font.postscriptName}) lacks U+${probe[role].toString(16).toUpperCase()}: wrong file for this role`)
  // hhea ascent/descent, the metrics browsers use for line boxes too.
  const scale = ROLE_SCALE[role]
  return { role, weight, font, bytes, syntheticBold, scale, ascent: (scale * font.ascent) / font.unitsPerEm, descent: (-scale * font.descent) / font.unitsPerEm }
}

export class FontSet {
  readonly roles: readonly FontRole[] = FONT_ROLES
  private readonly faces: Record<FontRole, Record<FontWeight, FontFace>>
  private readonly coverage = new Map<number, number>()

  private constructor(bytes: FontSetBytes) {
    const build = (role: FontRole): Record<FontWeight, FontFace> => {
      const { regular, bold } = bytes[role]
      const regularFace = face(role, 'regular', regular, false)
      return { regular: regularFace, bold: bold ? face(role, 'bold', bold, false) : { ...regularFace, weight: 'bold', syntheticBold: true } }
    }
    this.faces = { latin: build('latin'), arabic: build('arabic'), cjk: build('cjk') }
  }

  /** Parses the fonts once; keep the FontSet to render many documents. Throws on a wrong file. */
  static fromBytes(bytes: FontSetBytes): FontSet {
    return new FontSet(bytes)
  }

  face(role: FontRole, weight: FontWeight): FontFace {
    return this.faces[role][weight]
  }

  /**
   * Characters of `text` no font covers, each once, in order of appearance: they would print as
   * empty boxes. For a pre-flight warning before export; line ends, tabs and invisible format
   * characters (joiners, bidi marks) do not count.
   */
  uncovered(text: string): string[] {
    const missing = new Set<string>()
    for (const char of text) {
      if (/[\p{Cc}\p{Cf}]/u.test(char)) continue
      const codePoint = char.codePointAt(0)!
      if (!FONT_ROLES.some((role) => this.covers(role, codePoint))) missing.add(char)
    }
    return [...missing]
  }

  /** Whether the role's regular font has a glyph for the code point (bold files cover the same). */
  covers(role: FontRole, codePoint: number): boolean {
    // One bit per role, memoised: a 10-page document asks about the same few hundred characters.
    let mask = this.coverage.get(codePoint)
    if (mask === undefined) {
      mask = 0
      FONT_ROLES.forEach((r, i) => {
        if (this.faces[r].regular.font.hasGlyphForCodePoint(codePoint)) mask! |= 1 << i
      })
      this.coverage.set(codePoint, mask)
    }
    return (mask & (1 << FONT_ROLES.indexOf(role))) !== 0
  }
}
