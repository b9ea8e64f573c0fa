// Strings of the conflict check shown while a new client is created (English: the type source).
export const en = {
  title: 'Possible conflicts',
  titleWithCount: 'Possible conflicts ({n, plural, one {# record} other {# records}})',
  intro:
    'These existing records have the same or a similar name. Check that this is not the same person, or someone on the other side of a case, before opening the dossier.',
  mustCheck: 'Check the possible conflicts below before creating this client.',
  client: 'Client',
  contactWithRole: 'Contact ({role})',
  matched: '“{typedField}: {typed}” matched {field} “{stored}”',
  reasons: 'Why: {reasons}',
  /** Between two reasons in the "Why" line. */
  reasonSeparator: '; ',
  openDossier: 'Open dossier',
  openDossierOf: 'Open the dossier of {name}',
  openContacts: 'Open contacts',
  createAnyway: 'Not the same person — create anyway',
  confirmed: 'You confirmed that none of these is the same person.',
  privacy: 'Checked only against the records in this vault; nothing leaves the app.',
  strengths: {
    exact: 'Same name',
    strong: 'Strong match',
    possible: 'Possible match'
  },
  /** Completes "… matched <field> “<stored name>”". */
  storedFields: {
    'legal-name': 'the legal name',
    'latin-name': 'the Latin transliteration',
    alias: 'the alias',
    'contact-name': 'the contact'
  },
  typedFields: {
    'legal-name': 'Legal name',
    'latin-name': 'Latin transliteration',
    alias: 'Alias'
  },
  reasonLabels: {
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
}
