// Fonts for whatever draws text in a worker (documents, evidence bundles): each file fetched once,
// parsed into a FontSet once, and the 8.4 MB CJK font only for text the Latin and Arabic fonts
// cannot cover (its role is held by a tiny placeholder otherwise; see cjkPlaceholderFont.ts).
import { FontSet, type FontSetBytes } from '@shared/pdf'
import { cjkPlaceholderFont } from './cjkPlaceholderFont'
import type { FontFile, FontLoader } from './fontAssets'

// Not drawn as glyphs: controls, format characters (joiners, bidi marks), line/paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

/**
 * Whether some drawn character is in neither the Latin nor the Arabic font, so the document needs
 * the real CJK font: Han, Kana and Hangul, but also CJK punctuation and full-width forms without a
 * single ideograph. Decided by the fonts' coverage, as FontSet assigns fonts, not by script
 * ranges: whatever the CJK font would be asked to draw makes it load. (A character no font has,
 * an emoji say, loads it too; it is tofu either way, and the rare case only costs time.)
 */
export function needsCjkFont(fonts: FontSet, text: string): boolean {
  for (const char of text) {
    if (INVISIBLE.test(char)) continue
    const codePoint = char.codePointAt(0)!
    if (!fonts.covers('latin', codePoint) && !fonts.covers('arabic', codePoint)) return true
  }
  return false
}

export interface FontSetCache {
  /** The FontSet for drawing `text`: with the real CJK font only when the text needs it. */
  fontsFor(text: string): Promise<FontSet>
}

export function createFontSetCache(loadFont: FontLoader): FontSetCache {
  const files = new Map<FontFile, Promise<Uint8Array>>()
  const load = (file: FontFile): Promise<Uint8Array> => {
    let bytes = files.get(file)
    if (!bytes) {
      bytes = loadFont(file)
      files.set(file, bytes)
      // A failed fetch is tried again next time, not remembered.
      bytes.catch(() => files.delete(file))
    }
    return bytes
  }

  // Fonts are parsed once per cache: without the CJK font (placeholder in its role), and with it.
  let withoutCjk: Promise<FontSet> | undefined
  let withCjk: Promise<FontSet> | undefined

  const baseBytes = async (): Promise<Omit<FontSetBytes, 'cjk'>> => {
    const [latinRegular, latinBold, arabicRegular, arabicBold] = await Promise.all([
      load('latinRegular'),
      load('latinBold'),
      load('arabicRegular'),
      load('arabicBold')
    ])
    return { latin: { regular: latinRegular, bold: latinBold }, arabic: { regular: arabicRegular, bold: arabicBold } }
  }

  const remembered = (make: () => Promise<FontSet>, forget: () => void): Promise<FontSet> => {
    const fonts = make()
    fonts.catch(forget)
    return fonts
  }

  return {
    async fontsFor(text) {
      withoutCjk ??= remembered(
        async () => FontSet.fromBytes({ ...(await baseBytes()), cjk: { regular: cjkPlaceholderFont() } }),
        () => (withoutCjk = undefined)
      )
      const base = await withoutCjk
      if (!needsCjkFont(base, text)) return base
      withCjk ??= remembered(
        async () => {
          // CJK bold is another 8.6 MB: CJK emphasis is synthesised (underlined) instead.
          const [bytes, cjk] = await Promise.all([baseBytes(), load('cjkRegular')])
          return FontSet.fromBytes({ ...bytes, cjk: { regular: cjk } })
        },
        () => (withCjk = undefined)
      )
      return withCjk
    }
  }
}
