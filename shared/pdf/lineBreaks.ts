// Where a line may wrap. A small subset of UAX #14 that covers the scripts Redress prints: after
// spaces (Latin, Cyrillic, Arabic), and between Han/Kana characters, which are written without
// spaces, except before closing or after opening punctuation (no "，" or "）" starting a line).
// No-break space (U+00A0) and narrow no-break space (U+202F) never break.

/** U+0020 and the ideographic space; other spaces (NBSP) glue. */
export function isBreakingSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000
}

function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) || // radicals, CJK punctuation, kana, unified ideographs
    (codePoint >= 0xac00 && codePoint <= 0xd7af) || // Hangul syllables
    (codePoint >= 0xf900 && codePoint <= 0xfaff) || // compatibility ideographs
    (codePoint >= 0xff00 && codePoint <= 0xffef) || // full-width forms
    (codePoint >= 0x20000 && codePoint <= 0x3ffff) // extension planes
  )
}

const CLOSING = new Set([...'，。、；：！？）」』】〉》〕〗〙〛”’・ー…‥々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}%'])
const OPENING = new Set([...'（「『【〈《〔〖〘〚“‘([{'])

/**
 * Offsets where a line may start, ascending, always including 0 and text.length. Consecutive
 * offsets delimit the unbreakable "atoms" the line filler places.
 */
export function breakOpportunities(text: string): number[] {
  const breaks = [0]
  let previous: string | undefined
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!
    const char = String.fromCodePoint(codePoint)
    if (previous !== undefined && i > 0) {
      const previousCode = previous.codePointAt(0)!
      const afterSpace = isBreakingSpace(previousCode) && !isBreakingSpace(codePoint)
      const betweenCjk =
        (isCjk(previousCode) || isCjk(codePoint)) &&
        !isBreakingSpace(codePoint) && !isBreakingSpace(previousCode) &&
        !CLOSING.has(char) && !OPENING.has(previous) &&
        // Latin words next to Han keep their punctuation: "ABC," stays glued.
        !/[\p{M}\u200C\u200D]/u.test(char)
      if (afterSpace || betweenCjk) breaks.push(i)
    }
    previous = char
    i += char.length
  }
  if (breaks[breaks.length - 1] !== text.length) breaks.push(text.length)
  return breaks
}
