// Public API of the precedents library (issue 8): the entry schema, the shipped reference set and
// suggestions per ground. Pure: no DOM, no Node.
export * from './precedent'
export { SEED_PRECEDENTS, isSeedPrecedentId } from './seedPrecedents'
export { suggestPrecedents, matchesQuery, type GroundSuggestions, type SuggestOptions } from './suggestPrecedents'
export { citePrecedent, uncitePrecedent, citedPrecedentsOf } from './citations'
