// Arabic-script names (Arabic, Persian, Uyghur). any-ascii follows Arabic conventions, so it drops
// alef and reads Uyghur ى as "a" (ئابدۇرېھىم → "i'bdureham"); this table gives "abdurehim" instead.
import anyAscii from 'any-ascii'

const ARABIC_SCRIPT = /\p{Script=Arabic}/u

export function isArabicScript(word: string): boolean {
  return ARABIC_SCRIPT.test(word)
}

/** One Latin spelling per letter, close to Uyghur Latin (ULY) and common Arabic name spellings. */
const LETTERS: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ئ': '', 'ؤ': 'u',
  'ب': 'b', 'پ': 'p', 'ت': 't', 'ث': 'th', 'ج': 'j', 'چ': 'ch', 'ح': 'h', 'خ': 'kh',
  'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'ژ': 'zh', 'س': 's', 'ش': 'sh', 'ص': 's',
  'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ک': 'k', 'گ': 'g', 'ڭ': 'ng', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ھ': 'h',
  'ة': 'a', 'ۀ': 'h', 'ى': 'i', 'ۇ': 'u', 'ۆ': 'o', 'ۈ': 'u', 'ې': 'e', 'ە': 'e',
  'ۋ': 'w', 'ـ': ''
}
/** Letters that can be either a consonant (w, y) or a long vowel (u, i) in unvocalised Arabic. */
const WAW = 'و'
const YEH = new Set(['ي', 'ی'])
const VOWEL_LETTERS = new Set(['ا', 'أ', 'إ', 'آ', 'ى', 'ۇ', 'ۆ', 'ۈ', 'ې', 'ە', 'ة'])

/**
 * Latin spelling of an Arabic-script word. Waw and yeh are read as consonants at the start of a
 * word or before a vowel letter (Walid, Yusuf), otherwise as long vowels (Mahmud, Karim), which is
 * how these names are usually romanised.
 */
export function arabicToLatin(word: string): string {
  const chars = [...word]
  let out = ''
  chars.forEach((ch, i) => {
    const consonantSlot = i === 0 || VOWEL_LETTERS.has(chars[i + 1] ?? '')
    if (ch === WAW) out += consonantSlot ? 'w' : 'u'
    else if (YEH.has(ch)) out += consonantSlot ? 'y' : 'i'
    else out += LETTERS[ch] ?? anyAscii(ch)
  })
  return out
}

/** Letters merged in the script-preserving fold: spelling variants a typist uses interchangeably. */
const MERGE: Record<string, string> = {
  'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ة': 'ه', 'ھ': 'ه', 'ۀ': 'ه', 'ٱ': 'ا', 'ـ': ''
}
const MERGEABLE = /[ىیکةھۀٱـ]/gu

export function mergeArabicVariants(word: string): string {
  return word.replace(MERGEABLE, (ch) => MERGE[ch] ?? ch)
}
