// Conflict check before opening a new client: same or similar names across clients, aliases,
// transliterations and contacts, in any script.
export { buildConflictCheck } from './conflictCheck'
export type { ConflictCheck, ConflictReason, NewClientNames, PossibleConflict, StoredNameField, TypedNameField } from './conflictCheck'
export { compareNames } from './compareNames'
export type { MatchStrength, NameMatch, NameReason } from './nameMatch'
export { editDistance } from './editDistance'
