// Folding of names (and other short texts) into search tokens. Both the index and the query go
// through the same functions, so a spelling only has to fold to the same key on both sides.
import anyAscii from 'any-ascii'
import { arabicToLatin, isArabicScript, mergeArabicVariants } from './arabicScript'

/** The keys one word produces, from strictest to loosest. */
export interface FoldedWord {
  /** Script-preserving fold and ASCII transliteration: same spelling, any case or accents. */
  readonly exact: readonly string[]
  /** Romanisation-variant keys (zh/j, kh/h, q/k, y/i, doubled letters, …); empty for numbers. */
  readonly loose: readonly string[]
  /** Consonant skeleton: bridges unvocalised Arabic script and Latin spellings. */
  readonly skeleton: string | undefined
  /** Written in Arabic script (its skeleton is matched against non-Arabic names, and vice versa). */
  readonly arabic: boolean
  /** Chinese characters: no spaces between words, so the query always matches as a prefix. */
  readonly han: boolean
}

/** A whitespace-separated chunk: its parts (split at punctuation) and, if several, the parts joined. */
export interface FoldedChunk {
  readonly parts: readonly FoldedWord[]
  readonly joined: FoldedWord | undefined
}

export type FoldMode = 'index' | 'query'
export type WordFolder = (word: string, mode?: FoldMode) => FoldedWord

const HAN = /\p{Script=Han}/u
// Han runs are split from other letters: Chinese names arrive without spaces ("阿卜杜热合曼·卡德尔").
const PART = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu
// Only generic diacritics and Arabic/Hebrew vowel points: Indic vowel signs are marks too but carry meaning.
const STRIPPABLE_MARKS = /\p{Script=Inherited}|(?=[\p{Script=Arabic}\p{Script=Hebrew}])\p{Mn}/gu
const HAN_SUFFIX_CAP = 16
const ASCII_WORD = /^[A-Za-z0-9]+$/

/** NFKC and lower case that gives the same result in every locale; Turkish İ/I/ı all fold to i. */
function lower(text: string): string {
  return text.normalize('NFKC').replace(/[İI]/g, 'i').replace(/ı/g, 'i').toLowerCase()
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(STRIPPABLE_MARKS, '').normalize('NFC')
}

function asciiKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '')
}

// Latin letters whose usual ASCII stand-in is a digraph (Şahin ~ Shahin, Ščerbakov ~ Shcherbakov).
const DIGRAPH_LETTERS: Record<string, string> = { 'ş': 'sh', 'š': 'sh', 'ž': 'zh', 'č': 'ch', 'ç': 'ch' }
const DIGRAPH_SOURCE = /[şšžčç]/
const DIGRAPH_SOURCE_ALL = /[şšžčç]/g

/** Rules applied in order; each collapses spellings that transliteration schemes disagree on. */
const LOOSE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch|shh/g, 'sh'], // Щ: Shcherbakov, Scherbakov, Shherbakov
  [/tch/g, 'ch'], // French: Klimovitch
  [/dzh|dj|zh/g, 'j'], // Ж/Ҷ: Zhaksylykov, Jaqsylyqov (Kazakh Latin), Djuraev
  [/kh/g, 'h'], // Х/Ҳ: Rakhimova, Rahimova
  [/gh/g, 'g'], // Ғ: Ghafurov, Gafurov
  [/ph/g, 'f'],
  [/ck|q/g, 'k'], // Қ: Zhaqsylyqov, Zhaksylykov
  [/w/g, 'v'], // German/Polish w for в
  [/y/g, 'i'], // Ы/Й/І: Zhaksylykov, Zhaksilikov, Dmitriy
  [/ou/g, 'u'], // French: Abdourahim
  [/(.)\1+/g, '$1'], // Haddad, Hadad
  [/i(?=[aeou])/g, ''] // Е/Ё/Ю/Я: Yerlan, Erlan, Iuliia, Yulia
]

export function looseKey(ascii: string): string {
  let key = ascii
  for (const [pattern, replacement] of LOOSE_RULES) key = key.replace(pattern, replacement)
  return key
}

/** Consonants only: Arabic script usually leaves short vowels unwritten (حداد "hdad" ~ Haddad). */
export function skeletonKey(loose: string): string {
  return loose.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1')
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v.length > 0)
}

function foldHan(run: string, mode: FoldMode): FoldedWord {
  const chars = [...run]
  const syllables = chars.map((ch) => asciiKey(anyAscii(ch)))
  const exact = [run, syllables.join('')]
  // Every substring of a run is a prefix of one of its suffixes, so prefix search finds given names.
  if (mode === 'index') {
    for (let i = 1; i < Math.min(chars.length, HAN_SUFFIX_CAP); i++) {
      exact.push(chars.slice(i).join(''), syllables.slice(i).join(''))
    }
    exact.push(syllables[0] ?? '')
  }
  return { exact: unique(exact), loose: [], skeleton: undefined, arabic: false, han: true }
}

/** Folds one word (letters, digits and marks only; see `foldChunks`). */
export function foldWord(word: string, mode: FoldMode = 'index'): FoldedWord {
  // Fast path for plain ASCII (case numbers, most Latin names): nothing to normalise or transliterate.
  if (ASCII_WORD.test(word)) return withLooseKeys(word.toLowerCase(), [word.toLowerCase()], false, mode)
  const lowered = lower(word)
  if (HAN.test(lowered)) return foldHan(lowered, mode)
  const [native, ascii, arabic] = nativeAndAscii(lowered)
  return withLooseKeys(ascii, unique([native, ascii]), arabic, mode, lowered)
}

/** Only the exact keys of a word (no loose keys or skeleton): cheaper, for country names. */
export function foldWordExact(word: string): FoldedWord {
  if (ASCII_WORD.test(word)) return { exact: [word.toLowerCase()], loose: [], skeleton: undefined, arabic: false, han: false }
  const lowered = lower(word)
  if (HAN.test(lowered)) return foldHan(lowered, 'query')
  const [native, ascii, arabic] = nativeAndAscii(lowered)
  return { exact: unique([native, ascii]), loose: [], skeleton: undefined, arabic, han: false }
}

function nativeAndAscii(lowered: string): [native: string, ascii: string, arabic: boolean] {
  const arabic = isArabicScript(lowered)
  const native = arabic ? mergeArabicVariants(stripMarks(lowered)) : stripMarks(lowered)
  return [native, asciiKey(arabic ? arabicToLatin(lowered) : anyAscii(lowered)), arabic]
}

/** Completes a word's exact keys with loose keys and skeleton; `lowered` is the untransliterated word. */
function withLooseKeys(ascii: string, exact: string[], arabic: boolean, mode: FoldMode, lowered = ascii): FoldedWord {
  if (ascii.length === 0 || /\d/.test(ascii)) return { exact, loose: [], skeleton: undefined, arabic, han: false }

  const loose = [looseKey(ascii)]
  if (!arabic && DIGRAPH_SOURCE.test(lowered)) {
    loose.push(looseKey(asciiKey(anyAscii(lowered.replace(DIGRAPH_SOURCE_ALL, (ch) => DIGRAPH_LETTERS[ch] ?? ch)))))
  }
  const skeleton = skeletonKey(loose[0] ?? '')
  // Short query words would give one- or two-letter skeletons that match almost anything.
  const skeletonUsable = skeleton.length >= 2 && (mode === 'index' || ascii.length >= 4)
  return { exact, loose: unique(loose), skeleton: skeletonUsable ? skeleton : undefined, arabic, han: false }
}

/**
 * A memoised `foldWord`. Offence, NCB and common name words repeat across thousands of dossiers.
 * Make one per index rather than one per module, so that client names are forgotten together with
 * the index when the vault locks.
 */
export function createWordFolder(maxEntries = 50_000): WordFolder {
  const cache = new Map<string, FoldedWord>()
  return (word, mode = 'index') => {
    const key = mode === 'index' ? word : `\u0000${word}`
    let folded = cache.get(key)
    if (!folded) {
      if (cache.size >= maxEntries) cache.clear()
      folded = foldWord(word, mode)
      cache.set(key, folded)
    }
    return folded
  }
}

/**
 * Splits text at whitespace into chunks and each chunk at punctuation into parts. A chunk with
 * several parts also yields the parts joined, so "2017/118", "2017-118" and "2017118" meet, as do
 * "Abdul-Karim" and "Abdulkarim".
 */
export function foldChunks(text: string, mode: FoldMode = 'index', fold: WordFolder = foldWord): FoldedChunk[] {
  const chunks: FoldedChunk[] = []
  for (const chunk of text.split(/\s+/u)) {
    const raw = chunk.match(PART)
    if (!raw) continue
    // A part can fold to nothing (a stray combining mark); it must not make the whole query fail.
    const parts = raw.map((p) => fold(p, mode)).filter((w) => w.exact.length > 0)
    if (parts.length === 0) continue
    // The joined form needs no Han suffixes of its own: the parts already supply them.
    const joined = parts.length > 1 ? fold(raw.join(''), 'query') : undefined
    chunks.push({ parts, joined })
  }
  return chunks
}

/** Every word a chunk contributes to an index: its parts and, if split, the joined form. */
export function chunkWords(chunk: FoldedChunk): FoldedWord[] {
  return chunk.joined ? [...chunk.parts, chunk.joined] : [...chunk.parts]
}

/**
 * Normalises text to search tokens: NFKC, locale-independent lower case (Turkish ı/İ → i),
 * diacritics stripped, each word kept in its own script and also transliterated to ASCII, plus
 * loose keys that absorb romanisation differences. "Yıldırım" → ["yildirim", "ildirim"];
 * "Жақсылықов" → ["жақсылықов", "zhaqsylyqov", "jaksilikov"].
 */
export function foldForSearch(text: string): string[] {
  const tokens = foldChunks(text, 'index')
    .flatMap(chunkWords)
    .flatMap((w) => [...w.exact, ...w.loose])
  return unique(tokens)
}
