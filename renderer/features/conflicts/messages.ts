// Strings of the conflict check shown while a new client is created.
import type { ConflictReason, MatchStrength, StoredNameField, TypedNameField } from '@shared/conflicts'

export const conflictMessages = {
  title: 'Possible conflicts',
  intro: 'These existing records have the same or a similar name. Check that this is not the same person, or someone on the other side of a case, before opening the dossier.',
  mustCheck: 'Check the possible conflicts below before creating this client.',
  checked: (n: number) => (n === 1 ? '1 record' : `${n} records`),
  client: 'Client',
  contact: 'Contact',
  matched: (stored: string, field: string, typed: string) => `“${typed}” matched ${field} “${stored}”`,
  reasonsLabel: 'Why',
  openDossier: 'Open dossier',
  openDossierOf: (name: string) => `Open the dossier of ${name}`,
  openContacts: 'Open contacts',
  createAnyway: 'Not the same person — create anyway',
  confirmed: 'You confirmed that none of these is the same person.',
  privacy: 'Checked only against the records in this vault; nothing leaves the app.'
}

export const strengthLabels: Record<MatchStrength, string> = {
  exact: 'Same name',
  strong: 'Strong match',
  possible: 'Possible match'
}

export const storedFieldLabels: Record<StoredNameField, string> = {
  'legal-name': 'the legal name',
  'latin-name': 'the Latin transliteration',
  alias: 'the alias',
  'contact-name': 'the contact'
}

export const typedFieldLabels: Record<TypedNameField, string> = {
  'legal-name': 'Legal name',
  'latin-name': 'Latin transliteration',
  alias: 'Alias'
}

export const reasonLabels: Record<ConflictReason, string> = {
  alias: 'alias',
  'same-spelling': 'same spelling (ignoring capitals and accents)',
  'other-script': 'same name in another script',
  'other-romanisation': 'another romanisation of the same name',
  'similar-spelling': 'similar spelling',
  'consonants-only': 'same consonants in Arabic script (vowels unwritten)',
  initial: 'initial matches a name',
  'word-order': 'names in another order',
  'missing-name': 'a name missing on one side (e.g. a middle name)',
  'one-word': 'only one name to compare'
}
