// One name's words, folded by the dossier search's own functions (shared/search/nameFolding), and
// how two words compare. Transliteration lives there; this module only decides what counts as the
// same word for a conflict check, where a missed match costs more than a false alarm.
import { foldChunks, foldWord, type FoldedWord } from '../search/nameFolding'
import { editDistance } from './editDistance'

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'other'

export interface NameWord {
  readonly folded: FoldedWord
  /** Script the word was written in: a match across scripts is reported as such. */
  readonly script: Script
  /** ASCII keys (transliteration and loose keys) for the spelling-distance test. */
  readonly ascii: readonly string[]
  /** Loose key with every vowel run as "a": Mohammed ~ Muhammad, Yusuf ~ Yousef. */
  readonly vowelPattern: string | undefined
}

/** The ways one word of a name can correspond to a word of another, best first. */
export type WordLevel = 'identical' | 'transliterated' | 'romanised' | 'similar' | 'consonants' | 'initial'

export const WORD_RANK: Record<WordLevel, number> = {
  identical: 5,
  transliterated: 4,
  romanised: 4,
  similar: 2,
  consonants: 2,
  initial: 1
}

/** A name as token lists: its words, and hyphenated words joined ("Abdul-Karim" ~ "Abdulkarim"). */
export interface FoldedName {
  readonly variants: ReadonlyArray<readonly NameWord[]>
  /** All words run together, in both orders: a Chinese name in characters has no spaces ("王伟" ~ "Wang Wei"). */
  runTogether(): readonly NameWord[]
  readonly wordCount: number
}

const SCRIPTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['han', /\p{Script=Han}/u]
]
const ASCII_KEY = /^[a-z0-9]+$/
const HAN = /\p{Script=Han}/u
const NOT_LETTER = /[^\p{L}\p{N}\p{M}]/gu
const VOWEL_RUN = /[aeiou]+/g
// Names longer than this are cut: greedy matching below is quadratic, and no real name needs more.
const MAX_WORDS = 8

function scriptOf(folded: FoldedWord): Script {
  const native = folded.exact[0] ?? ''
  for (const [script, pattern] of SCRIPTS) if (pattern.test(native)) return script
  return 'other'
}

/**
 * Folds a word with the search index's keys, except that a Chinese run is folded as typed (in
 * index mode it also yields each suffix, so "王伟" would match a bare "Wei").
 */
export function foldNameWord(word: string): FoldedWord {
  return foldWord(word, HAN.test(word) ? 'query' : 'index')
}

// Keyed by the folded word, which the conflict check caches per word: repeated given names and
// surnames then share one NameWord. A WeakMap forgets them together with that cache.
const nameWords = new WeakMap<FoldedWord, NameWord>()

function nameWord(folded: FoldedWord): NameWord {
  let word = nameWords.get(folded)
  if (!word) {
    word = makeNameWord(folded)
    nameWords.set(folded, word)
  }
  return word
}

function makeNameWord(folded: FoldedWord): NameWord {
  const ascii = [...new Set([...folded.exact.filter((k) => ASCII_KEY.test(k)), ...folded.loose])]
  const loose = folded.loose[0]
  const skeleton = loose?.replace(/[aeiou]/g, '') ?? ''
  // Two consonants are too few: Omar and Amir share a pattern.
  const vowelPattern = loose && skeleton.length >= 3 ? loose.replace(VOWEL_RUN, 'a') : undefined
  return { folded, script: scriptOf(folded), ascii, vowelPattern }
}

export function foldName(text: string, fold: (word: string) => FoldedWord = foldNameWord): FoldedName {
  const chunks = foldChunks(text, 'index', (w) => fold(w)).slice(0, MAX_WORDS)
  const parts = chunks.flatMap((c) => c.parts).slice(0, MAX_WORDS).map(nameWord)
  const variants: NameWord[][] = [parts]
  if (chunks.some((c) => c.joined)) variants.push(chunks.map((c) => nameWord(c.joined ?? c.parts[0]!)))
  // Letters only, as foldWord expects ("G." → "G").
  const words = text.split(/\s+/u).map((w) => w.replace(NOT_LETTER, '')).filter((w) => w.length > 0)
  // Folded on first use only: it is needed against one-word names, which are rare.
  let joined: readonly NameWord[] | undefined
  const runTogether = () =>
    (joined ??= words.length > 1 ? [words.join(''), [...words].reverse().join('')].map((w) => nameWord(fold(w))) : [])
  return { variants, runTogether, wordCount: parts.length }
}

function shareKey(a: readonly string[], b: readonly string[]): boolean {
  return a.some((k) => b.includes(k))
}

/** Arabic script writes long vowels only: its Latin reading must fit inside the other spelling. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0
  for (const ch of long) if (ch === short[i]) i++
  return i === short.length
}

/** Edits tolerated between two spellings: none under 4 letters (Ali ≠ Ala), then 1, then 2 from 8. */
export function toleratedEdits(length: number): number {
  if (length < 4) return 0
  return length < 8 ? 1 : 2
}

/** Fewest letters among the word's ASCII keys: the length a near-spelling is judged by. */
export function wordLength(word: NameWord): number {
  return Math.min(...word.ascii.map((k) => k.length))
}

function similarSpelling(a: NameWord, b: NameWord): boolean {
  if (a.folded.arabic && b.folded.arabic) {
    // Arabic script leaves short vowels out: four letters (احمد, حامد) already make a whole name,
    // and one edit turns Ahmad into Hamid. Compare the letters as written, and only from five.
    const [x = '', y = ''] = [a.folded.exact[0], b.folded.exact[0]]
    const limit = Math.min([...x].length, [...y].length) < 5 ? 0 : 1
    return limit > 0 && editDistance(x, y, limit) <= limit
  }
  if (a.vowelPattern !== undefined && a.vowelPattern === b.vowelPattern) return true
  for (const x of a.ascii) {
    for (const y of b.ascii) {
      const limit = toleratedEdits(Math.min(x.length, y.length))
      if (limit > 0 && editDistance(x, y, limit) <= limit) return true
    }
  }
  return false
}

function isInitialOf(initial: NameWord, word: NameWord): boolean {
  const letter = initial.ascii[0]
  return letter?.length === 1 && word.ascii.some((k) => k.length > 1 && k.startsWith(letter))
}

/** How word `a` corresponds to word `b`, or undefined when they are different words. */
export function compareWords(a: NameWord, b: NameWord): WordLevel | undefined {
  const sameScript = a.script === b.script
  if (shareKey(a.folded.exact, b.folded.exact)) return sameScript ? 'identical' : 'transliterated'
  if (shareKey(a.folded.loose, b.folded.loose)) return sameScript ? 'romanised' : 'transliterated'
  if (a.folded.arabic !== b.folded.arabic && a.folded.skeleton && a.folded.skeleton === b.folded.skeleton) {
    const [arabic, other] = a.folded.arabic ? [a, b] : [b, a]
    const reading = arabic.folded.loose[0] ?? ''
    return other.folded.loose.some((k) => isSubsequence(reading, k)) ? 'transliterated' : 'consonants'
  }
  if (similarSpelling(a, b)) return 'similar'
  if (isInitialOf(a, b) || isInitialOf(b, a)) return 'initial'
  return undefined
}
