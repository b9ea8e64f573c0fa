// Conflict check before a new client is opened: is this person already a client (under a name, an
// alias or a transliteration), or already in the contacts, e.g. as an opposing party or a witness?
// It runs on the unlocked session's records in memory; nothing is stored or sent anywhere.
import type { Contact, Dossier } from '../domain'

export type ContactRole = Contact['role']
import type { FoldedWord } from '../search/nameFolding'
import { matchFoldedNames, type MatchStrength, type NameMatch, type NameReason } from './nameMatch'
import { foldName, foldNameWord, type FoldedName } from './nameWords'

/** The names typed for the new client, as in the client form. */
export interface NewClientNames {
  readonly legalName: string
  readonly latinName?: string
  readonly aliases?: readonly string[]
}

/** Why a record is listed: how the names compare, and whether an alias was involved. */
export type ConflictReason = 'alias' | NameReason

export type TypedNameField = 'legal-name' | 'latin-name' | 'alias'
export type StoredNameField = 'legal-name' | 'latin-name' | 'alias' | 'contact-name'

export interface PossibleConflict {
  readonly kind: 'client' | 'contact'
  /** Dossier id for a client, contact id for a contact. */
  readonly id: string
  /** The client's legal name or the contact's name, for the list. */
  readonly name: string
  readonly role?: ContactRole
  /** The stored name that matched, and where it is stored. */
  readonly matchedName: string
  readonly matchedField: StoredNameField
  /** The typed name that matched it. */
  readonly typedName: string
  readonly typedField: TypedNameField
  readonly strength: MatchStrength
  readonly reasons: readonly ConflictReason[]
}

export interface ConflictCheck {
  /** Possible conflicts, closest first, one per client or contact; [] when nothing is typed. */
  check(names: NewClientNames, limit?: number): PossibleConflict[]
}

interface StoredName {
  readonly kind: 'client' | 'contact'
  readonly id: string
  readonly name: string
  readonly role?: ContactRole
  readonly text: string
  readonly field: StoredNameField
  readonly folded: FoldedName
}

// Cheap to keep for a session: word folds repeat (common given names and surnames).
const MAX_CACHED_WORDS = 50_000

/**
 * Prepares the check over the given records. Build it again after they change; folded words are
 * cached inside, so the names of a locked vault go with it.
 */
export function buildConflictCheck(dossiers: readonly Dossier[], contacts: readonly Contact[]): ConflictCheck {
  const words = new Map<string, FoldedWord>()
  const fold = (word: string): FoldedWord => {
    let folded = words.get(word)
    if (!folded) {
      if (words.size >= MAX_CACHED_WORDS) words.clear()
      folded = foldNameWord(word)
      words.set(word, folded)
    }
    return folded
  }
  const stored: StoredName[] = []
  const add = (entry: Omit<StoredName, 'folded'>) => {
    const folded = foldName(entry.text, fold)
    if (folded.wordCount > 0) stored.push({ ...entry, folded })
  }
  for (const { id, client } of dossiers) {
    const base = { kind: 'client' as const, id, name: client.legalName }
    add({ ...base, text: client.legalName, field: 'legal-name' })
    if (client.latinName) add({ ...base, text: client.latinName, field: 'latin-name' })
    for (const alias of client.aliases) add({ ...base, text: alias, field: 'alias' })
  }
  for (const c of contacts) add({ kind: 'contact', id: c.id, name: c.name, role: c.role, text: c.name, field: 'contact-name' })

  return {
    check(names, limit = 20) {
      const typed: Array<{ text: string; field: TypedNameField; folded: FoldedName }> = []
      const addTyped = (text: string | undefined, field: TypedNameField) => {
        const folded = foldName(text ?? '', fold)
        if (folded.wordCount > 0) typed.push({ text: (text ?? '').trim(), field, folded })
      }
      addTyped(names.legalName, 'legal-name')
      addTyped(names.latinName, 'latin-name')
      for (const alias of names.aliases ?? []) addTyped(alias, 'alias')
      if (typed.length === 0) return []

      const best = new Map<string, { conflict: PossibleConflict; match: NameMatch }>()
      for (const s of stored) {
        for (const t of typed) {
          const match = matchFoldedNames(t.folded, s.folded)
          if (!match) continue
          const key = `${s.kind}:${s.id}`
          const current = best.get(key)
          if (current && current.match.score >= match.score) continue
          const viaAlias = s.field === 'alias' || t.field === 'alias'
          const reasons: readonly ConflictReason[] = viaAlias ? ['alias', ...match.reasons] : match.reasons
          best.set(key, {
            match,
            conflict: {
              kind: s.kind, id: s.id, name: s.name, ...(s.role ? { role: s.role } : {}),
              matchedName: s.text, matchedField: s.field, typedName: t.text, typedField: t.field,
              strength: match.strength, reasons
            }
          })
        }
      }
      return [...best.values()]
        .sort((a, b) => b.match.score - a.match.score || a.conflict.name.localeCompare(b.conflict.name))
        .slice(0, limit)
        .map((b) => b.conflict)
    }
  }
}
