// Instant search over dossiers: names in any script, case numbers, countries, offences.
export { buildDossierIndex } from './dossierIndex'
export type { DossierIndex, DossierIndexOptions, MatchKind, SearchHit } from './dossierIndex'
export { foldForSearch, foldWord } from './nameFolding'
export type { FoldedWord, FoldMode } from './nameFolding'
export { DEFAULT_COUNTRY_LOCALES } from './countryTerms'
export type { CountryLocale } from './countryTerms'
