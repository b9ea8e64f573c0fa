// Country names are resolved at query time rather than stored in every dossier: a dossier indexes
// only its ISO codes, and a small index of ~250 countries turns "Turkey", "Türkiye", "Turquie",
// "Турция" or "TUR" into "tr". Storing every name in five languages per matter would more than
// double the index and its build time.
import codes from 'i18n-iso-countries/codes.json'
import ar from 'i18n-iso-countries/langs/ar.json'
import en from 'i18n-iso-countries/langs/en.json'
import es from 'i18n-iso-countries/langs/es.json'
import fr from 'i18n-iso-countries/langs/fr.json'
import ru from 'i18n-iso-countries/langs/ru.json'
import { chunkWords, foldChunks, foldWordExact, type FoldedWord } from './nameFolding'
import { TermIndex } from './termIndex'

/** Same shape as i18n-iso-countries' `langs/*.json`, so callers can add the UI's language. */
export interface CountryLocale {
  readonly locale: string
  readonly countries: Readonly<Record<string, string | readonly string[]>>
}

/** The CCF's working languages (ar, en, es, fr) plus Russian, the lingua franca of many clients. */
export const DEFAULT_COUNTRY_LOCALES: readonly CountryLocale[] = [en, fr, es, ar, ru]

export interface CountryMatch {
  /** Lower-case ISO alpha-2 code, as stored in the dossier index. */
  readonly code: string
  /** 1 for the best-matching countries, less for weaker ones. */
  readonly weight: number
}

export type CountryResolver = (word: FoldedWord, prefix: boolean) => readonly CountryMatch[]

const MAX_COUNTRIES_PER_WORD = 12
// "United" must still reach the Emirates; "tr" should not rank Trinidad with Turkey.
const MIN_RELATIVE_QUALITY = 0.25

export function createCountryResolver(locales: readonly CountryLocale[]): CountryResolver {
  const index = new TermIndex()
  const alpha2: string[] = []
  ;(codes as readonly (readonly string[])[]).forEach(([a2 = '', a3 = ''], doc) => {
    alpha2.push(a2.toLowerCase())
    index.beginDocument()
    index.addTerm(doc, 1, a2.toLowerCase())
    index.addTerm(doc, 1, a3.toLowerCase())
    for (const { countries } of locales) {
      const names = countries[a2]
      for (const name of typeof names === 'string' ? [names] : (names ?? [])) {
        for (const word of foldChunks(name, 'query', foldWordExact).flatMap(chunkWords)) {
          word.exact.forEach((t) => index.addTerm(doc, 1, t))
        }
      }
    }
  })

  return (word, prefix) => {
    const quality = new Map<number, number>()
    for (const term of word.exact) {
      if (term.length < 2) continue
      const maxEdits = term.length >= 5 && !/\d/.test(term) ? 1 : 0
      index.lookup(term, { prefix, maxEdits }, (docs, _masks, q) => {
        for (const doc of docs) quality.set(doc, Math.max(q, quality.get(doc) ?? 0))
      })
    }
    const best = Math.max(0, ...quality.values())
    return [...quality]
      .filter(([, q]) => q >= best * MIN_RELATIVE_QUALITY)
      .sort(([docA, a], [docB, b]) => b - a || docA - docB)
      .slice(0, MAX_COUNTRIES_PER_WORD)
      .map(([doc, q]) => ({ code: alpha2[doc] ?? '', weight: q / best }))
  }
}

const resolvers = new WeakMap<readonly CountryLocale[], CountryResolver>()

/** One country index per locale list, shared by every dossier index: it holds no client data. */
export function countryResolverFor(locales: readonly CountryLocale[]): CountryResolver {
  let resolve = resolvers.get(locales)
  if (!resolve) resolvers.set(locales, (resolve = createCountryResolver(locales)))
  return resolve
}
