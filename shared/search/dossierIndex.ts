// Instant search over dossiers, kept in memory after unlock and updated as dossiers are edited.
// This module decides what each field holds and how typed text is matched and ranked; TermIndex
// stores the terms, nameFolding turns text into terms.
import type { Dossier } from '../domain'
import { countryResolverFor, DEFAULT_COUNTRY_LOCALES, type CountryLocale, type CountryResolver } from './countryTerms'
import { createWordFolder, foldChunks, type FoldedChunk, type FoldedWord } from './nameFolding'
import { TermIndex, type LookupOptions } from './termIndex'

export type MatchKind = 'name' | 'alias' | 'case-number' | 'country' | 'offence'

export interface SearchHit {
  readonly dossierId: string
  /** Relevance; only meaningful for ordering hits of the same query. */
  readonly score: number
  /** Which kinds of data matched, in the order of `MatchKind`, so the UI can say why a row is listed. */
  readonly matched: MatchKind[]
}

export interface DossierIndex {
  /** Best hits first; [] for an empty query. Every word must match; the last one may be incomplete. */
  search(query: string, limit?: number): SearchHit[]
  /** Indexes a new dossier; throws if its id is already indexed (use `replace` after an edit). */
  add(dossier: Dossier): void
  /** Re-indexes a dossier after an edit, or adds it if it is not indexed yet. */
  replace(dossier: Dossier): void
  /** Drops a dossier from the index; does nothing if it is not indexed. */
  remove(dossierId: string): void
  readonly size: number
}

export interface DossierIndexOptions {
  /** Languages whose country names are searchable (i18n-iso-countries `langs/*.json`). */
  readonly countryLocales?: readonly CountryLocale[]
}

const KIND_ORDER: readonly MatchKind[] = ['name', 'alias', 'case-number', 'country', 'offence']

// Names and aliases each get four fields: exact keys, loose keys, and consonant skeletons split by
// the script they came from, so that skeletons only bridge Arabic script and other scripts.
// Boosts: exact spellings outrank romanisation variants, which outrank skeleton guesses.
const FIELD_SPECS = [
  ['name', 'name', 4], ['name~loose', 'name', 2], ['name~skA', 'name', 0.7], ['name~skO', 'name', 0.7],
  ['alias', 'alias', 3], ['alias~loose', 'alias', 1.5], ['alias~skA', 'alias', 0.5], ['alias~skO', 'alias', 0.5],
  ['case', 'case-number', 4], ['country', 'country', 1.5], ['ncb', 'country', 1], ['offence', 'offence', 1]
] as const satisfies ReadonlyArray<readonly [string, MatchKind, number]>
type Field = (typeof FIELD_SPECS)[number][0]

const NAME_GROUPS = {
  name: { exact: 'name', loose: 'name~loose', arabicSkeleton: 'name~skA', otherSkeleton: 'name~skO' },
  alias: { exact: 'alias', loose: 'alias~loose', arabicSkeleton: 'alias~skA', otherSkeleton: 'alias~skO' }
} as const satisfies Record<string, Record<string, Field>>

const BIT = Object.fromEntries(FIELD_SPECS.map(([f], i) => [f, 1 << i])) as Record<Field, number>
const bits = (...fields: Field[]) => fields.reduce((mask, f) => mask | BIT[f], 0)
const EXACT = bits('name', 'alias', 'case', 'country', 'ncb', 'offence')
const LOOSE = bits('name~loose', 'alias~loose')
const ARABIC_SKELETON = bits('name~skA', 'alias~skA')
const OTHER_SKELETON = bits('name~skO', 'alias~skO')

// For every combination of fields a term occurs in: the best boost among them and the kinds matched.
const BEST_BOOST: number[] = []
const KIND_BITS: number[] = []
for (let mask = 0; mask < 1 << FIELD_SPECS.length; mask++) {
  let boost = 0
  let kinds = 0
  FIELD_SPECS.forEach(([, kind, b], i) => {
    if (mask & (1 << i)) {
      boost = Math.max(boost, b)
      kinds |= 1 << KIND_ORDER.indexOf(kind)
    }
  })
  BEST_BOOST.push(boost)
  KIND_BITS.push(kinds)
}

/** Light fuzziness: none for short words (too many neighbours) or numbers (2017/118 ≠ 2017/119). */
function maxEdits(term: string): number {
  if (term.length < 5 || /\d/.test(term)) return 0
  return term.length >= 9 ? 2 : 1
}

interface Match {
  score: number
  kinds: number
}
type Matches = Map<number, Match>

function merge(into: Matches, doc: number, score: number, kinds: number): void {
  const current = into.get(doc)
  if (!current) into.set(doc, { score, kinds })
  else {
    current.score = Math.max(current.score, score)
    current.kinds |= kinds
  }
}

/** Documents matching every one of the lists; scores add up. */
function intersect(lists: Matches[]): Matches {
  const [smallest, ...others] = [...lists].sort((a, b) => a.size - b.size)
  const out: Matches = new Map()
  if (!smallest) return out
  for (const [doc, m] of smallest) {
    let score = m.score
    let kinds = m.kinds
    let everywhere = true
    for (const other of others) {
      const o = other.get(doc)
      if (!o) {
        everywhere = false
        break
      }
      score += o.score
      kinds |= o.kinds
    }
    if (everywhere) out.set(doc, { score, kinds })
  }
  return out
}

export function buildDossierIndex(dossiers: readonly Dossier[], options: DossierIndexOptions = {}): DossierIndex {
  const terms = new TermIndex()
  const shortIds = new Map<string, number>()
  const dossierIds: string[] = []
  const fold = createWordFolder()
  // Built with the first index (~30 ms) rather than on the first keystroke.
  const countries: CountryResolver = countryResolverFor(options.countryLocales ?? DEFAULT_COUNTRY_LOCALES)

  // Plain loops here: flatMap and Sets cost more than the indexing itself before the JIT warms up.
  const eachWord = (text: string, visit: (w: FoldedWord) => void) => {
    for (const chunk of foldChunks(text, 'index', fold)) {
      for (const w of chunk.parts) visit(w)
      if (chunk.joined) visit(chunk.joined)
    }
  }
  const exactTerms = (text: string): readonly string[] => {
    const out: string[] = []
    eachWord(text, (w) => out.push(...w.exact))
    return out
  }
  // Offences and NCBs repeat across many dossiers: fold each distinct text once.
  const repeatedCache = new Map<string, readonly string[]>()
  const repeatedTerms = (text: string): readonly string[] => {
    let cached = repeatedCache.get(text)
    if (!cached) {
      if (repeatedCache.size >= 20_000) repeatedCache.clear()
      cached = exactTerms(text)
      repeatedCache.set(text, cached)
    }
    return cached
  }

  function indexDossier(dossier: Dossier): void {
    const doc = dossierIds.length
    dossierIds.push(dossier.id)
    shortIds.set(dossier.id, doc)
    terms.beginDocument()
    // A term repeated within a dossier only widens its field mask (see TermIndex.addTerm).
    const put = (field: Field, values: readonly string[]) => {
      for (const t of values) terms.addTerm(doc, BIT[field], t)
    }
    const addNames = (text: string, group: 'name' | 'alias') => {
      const f = NAME_GROUPS[group]
      eachWord(text, (w) => {
        put(f.exact, w.exact)
        put(f.loose, w.loose)
        if (w.skeleton) terms.addTerm(doc, BIT[w.arabic ? f.arabicSkeleton : f.otherSkeleton], w.skeleton)
      })
    }
    const { client, matters } = dossier
    addNames(client.legalName, 'name')
    addNames(client.latinName ?? '', 'name')
    for (const alias of client.aliases) addNames(alias, 'alias')
    for (const m of matters) {
      put('case', exactTerms(m.interpolReference))
      put('case', exactTerms(m.warrant.number))
      terms.addTerm(doc, BIT.country, m.requestingCountry.toLowerCase())
      put('ncb', repeatedTerms(m.ncb))
      for (const o of m.offences) put('offence', repeatedTerms(o.description))
    }
    // Passport numbers are searched like case numbers: an SLTD matter is known by its document number.
    for (const d of client.idDocuments) put('case', exactTerms(d.number))
  }

  function wordMatches(word: FoldedWord, prefix: boolean): Matches {
    const out: Matches = new Map()
    const collect = (values: readonly string[], fieldMask: number, lookup: (t: string) => LookupOptions, weight = 1) => {
      for (const value of values) {
        terms.lookup(value, lookup(value), (docs, masks, quality) => {
          const base = quality * weight * terms.idf(docs.length)
          for (let i = 0; i < docs.length; i++) {
            const mask = (masks[i] ?? 0) & fieldMask
            const doc = docs[i] ?? -1
            if (mask !== 0 && terms.isLive(doc)) merge(out, doc, base * (BEST_BOOST[mask] ?? 0), KIND_BITS[mask] ?? 0)
          }
        })
      }
    }
    // Chinese has no spaces, so a Han word may be the start of a longer run in the index.
    const asPrefix = prefix || word.han
    const typed = (t: string): LookupOptions => ({ prefix: asPrefix, maxEdits: maxEdits(t) })
    const exactOnly = (): LookupOptions => ({ prefix: false, maxEdits: 0 })
    collect(word.exact, EXACT, typed)
    collect(word.loose, LOOSE, typed)
    if (word.skeleton) collect([word.skeleton], word.arabic ? OTHER_SKELETON : ARABIC_SKELETON, exactOnly)
    for (const { code, weight } of countries(word, asPrefix)) collect([code], BIT.country, exactOnly, weight)
    return out
  }

  /** Every part of a chunk must match ("2017/118" → 2017 AND 118), or else the parts joined. */
  function chunkMatches(chunk: FoldedChunk, last: boolean): Matches {
    const out = intersect(chunk.parts.map((w, i) => wordMatches(w, last && i === chunk.parts.length - 1)))
    if (chunk.joined) {
      for (const [doc, m] of wordMatches(chunk.joined, last)) merge(out, doc, m.score, m.kinds)
    }
    return out
  }

  function remove(dossierId: string): void {
    const doc = shortIds.get(dossierId)
    if (doc === undefined) return
    shortIds.delete(dossierId)
    terms.removeDocument(doc)
  }

  dossiers.forEach(indexDossier)

  return {
    search(query, limit = 50) {
      const chunks = foldChunks(query, 'query', fold)
      if (chunks.length === 0 || limit <= 0) return []
      // A trailing space means the last word is complete: stop matching it as a prefix.
      const lastIsPartial = !/\s$/u.test(query)
      const matches = intersect(chunks.map((c, i) => chunkMatches(c, lastIsPartial && i === chunks.length - 1)))
      return [...matches]
        .sort(([docA, a], [docB, b]) => b.score - a.score || docA - docB)
        .slice(0, limit)
        .map(([doc, m]) => ({
          dossierId: dossierIds[doc] ?? '',
          score: m.score,
          matched: KIND_ORDER.filter((_, i) => m.kinds & (1 << i))
        }))
    },
    add(dossier) {
      if (shortIds.has(dossier.id)) throw new Error('This dossier is already in the search index; use replace().')
      indexDossier(dossier)
    },
    replace(dossier) {
      remove(dossier.id)
      indexDossier(dossier)
    },
    remove,
    get size() {
      return terms.size
    }
  }
}
