// Whether two names may belong to the same person, how strongly, and why.
//
// The rule, word by word (words in any order):
// - every word of the shorter name must correspond to a word of the longer one, so a missing
//   middle name or patronymic is tolerated but a different given name is not: "Ahmet Yıldırım" and
//   "Gülşen Yıldırım" share only a common surname and are not reported;
// - at least one word must be the same word (same spelling, another script, or another
//   romanisation), or else every word a near-spelling of at least five letters ("Łukasz
//   Wiśniewski" ~ "Лукаш Вишневски"), reported as possible; initials alone are never enough;
// - "strong" allows one near-spelling (Mohammed ~ Muhammad) or one extra word, never an initial or
//   a consonant-only match of Arabic script;
// - a name of one word ("Yıldırım") is reported against longer names as "possible" only: it may be
//   a mononym or a name still being typed, and the lawyer decides.
import { compareWords, wordLength, WORD_RANK, type FoldedName, type NameWord, type WordLevel } from './nameWords'

export type MatchStrength = 'exact' | 'strong' | 'possible'

/** Why two names were matched, in the order the UI lists them. */
export type NameReason =
  | 'same-spelling'
  | 'other-script'
  | 'other-romanisation'
  | 'similar-spelling'
  | 'consonants-only'
  | 'initial'
  | 'word-order'
  | 'missing-name'
  | 'one-word'

export interface NameMatch {
  readonly strength: MatchStrength
  readonly reasons: readonly NameReason[]
  /** Higher is closer; orders matches of the same strength. */
  readonly score: number
}

const STRENGTH_RANK: Record<MatchStrength, number> = { exact: 3, strong: 2, possible: 1 }
const REASON_ORDER: readonly NameReason[] = [
  'same-spelling', 'other-script', 'other-romanisation', 'similar-spelling', 'consonants-only',
  'initial', 'word-order', 'missing-name', 'one-word'
]
const SAME_WORD_RANK = WORD_RANK.transliterated
// A name of near-spellings only is reported when its words are this long: Anna/Hanna Schmidt/Schmitt is not.
const MIN_NEAR_ONLY = 5

interface Pairing {
  readonly levels: readonly WordLevel[]
  readonly crossScript: boolean
  readonly reordered: boolean
  /** Letters in the shortest paired word. */
  readonly shortest: number
}

/**
 * Pairs words best-first; each word is used once. Names have a handful of words, so greedy
 * suffices. Undefined when too few words correspond for the rule ever to accept the names.
 */
function pairWords(a: readonly NameWord[], b: readonly NameWord[]): Pairing | undefined {
  const candidates: Array<{ i: number; j: number; level: WordLevel; rank: number }> = []
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const level = compareWords(a[i]!, b[j]!)
      if (level) candidates.push({ i, j, level, rank: WORD_RANK[level] })
    }
  }
  // Most stored names share no word with the typed one: stop before sorting anything.
  if (candidates.length < Math.min(a.length, b.length)) return undefined
  // Ties go to words in the same position, so "word order" is only reported when it is true.
  candidates.sort((x, y) => y.rank - x.rank || Math.abs(x.i - x.j) - Math.abs(y.i - y.j))
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const pairs: Array<{ i: number; j: number; level: WordLevel }> = []
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue
    usedA.add(c.i)
    usedB.add(c.j)
    pairs.push(c)
  }
  pairs.sort((x, y) => x.i - y.i)
  const reordered = pairs.some((p, k) => k > 0 && p.j < (pairs[k - 1]?.j ?? 0))
  const crossScript = pairs.some((p) => a[p.i]?.script !== b[p.j]?.script)
  const shortest = Math.min(...pairs.flatMap((p) => [a[p.i], b[p.j]]).map((w) => (w ? wordLength(w) : 0)))
  return { levels: pairs.map((p) => p.level), crossScript, reordered, shortest }
}

function judge(pairing: Pairing | undefined, countA: number, countB: number): NameMatch | undefined {
  if (!pairing) return undefined
  const { levels } = pairing
  const shorter = Math.min(countA, countB)
  const extra = Math.max(countA, countB) - levels.length
  if (shorter === 0 || levels.length < shorter) return undefined
  const sameWord = levels.some((l) => WORD_RANK[l] >= SAME_WORD_RANK)
  const allNear = shorter >= 2 && levels.every((l) => l === 'similar') && pairing.shortest >= MIN_NEAR_ONLY
  if (!sameWord && !allNear) return undefined

  const weak = levels.filter((l) => WORD_RANK[l] < SAME_WORD_RANK).length
  const oneWord = shorter === 1 && extra > 0
  let strength: MatchStrength = 'possible'
  if (!oneWord && levels.every((l) => l === 'identical') && extra === 0) strength = 'exact'
  else if (sameWord && !oneWord && ((weak === 0 && extra <= 1) || (weak === 1 && extra === 0 && levels.includes('similar')))) {
    strength = 'strong'
  }

  const reasons = new Set<NameReason>()
  if (levels.every((l) => l === 'identical') && !pairing.crossScript) reasons.add('same-spelling')
  if (pairing.crossScript) reasons.add('other-script')
  if (levels.includes('romanised')) reasons.add('other-romanisation')
  if (levels.includes('similar')) reasons.add('similar-spelling')
  if (levels.includes('consonants')) reasons.add('consonants-only')
  if (levels.includes('initial')) reasons.add('initial')
  if (pairing.reordered) reasons.add('word-order')
  if (extra > 0) reasons.add(oneWord ? 'one-word' : 'missing-name')

  const score = STRENGTH_RANK[strength] * 1000 + levels.reduce((s, l) => s + WORD_RANK[l], 0) * 10 - extra
  return { strength, reasons: REASON_ORDER.filter((r) => reasons.has(r)), score }
}

function better(a: NameMatch | undefined, b: NameMatch | undefined): NameMatch | undefined {
  if (!a) return b
  if (!b) return a
  return b.score > a.score ? b : a
}

/** Compares two folded names (see `foldName`); undefined when they are not the same person's name. */
export function matchFoldedNames(a: FoldedName, b: FoldedName): NameMatch | undefined {
  let best: NameMatch | undefined
  for (const va of a.variants) {
    for (const vb of b.variants) best = better(best, judge(pairWords(va, vb), va.length, vb.length))
  }
  // A one-word name against a name run together: only the same word counts, never a near-spelling,
  // or "Ali Khan" and "Ala Khan" would meet as "alikhan" ~ "alakhan".
  const runTogether = (single: FoldedName, several: FoldedName) => {
    const word = single.variants[0]?.[0]
    if (single.wordCount !== 1 || !word) return
    for (const joined of several.runTogether()) {
      const pairing = pairWords([word], [joined])
      if (pairing?.levels.every((l) => WORD_RANK[l] >= SAME_WORD_RANK)) best = better(best, judge(pairing, 1, 1))
    }
  }
  runTogether(a, b)
  runTogether(b, a)
  return best
}

export function strengthRank(strength: MatchStrength): number {
  return STRENGTH_RANK[strength]
}
