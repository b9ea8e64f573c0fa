// Validation messages written in English by the schemas in shared/ (which knows no UI language),
// as the forms show them (English: the type source). Each `exact` entry is the schema's message
// verbatim; `fields` are the field names NonEmptyText/OptionalText put into their messages.
export const en = {
  exact: {
    dateForm: 'Use the form yyyy-mm-dd, e.g. 2026-03-26.',
    dateNotInCalendar: 'This date does not exist in the calendar.',
    chooseCountry: 'Choose a country from the list.',
    languageTag: 'Use a language code such as "en", "ru" or "ug".',
    emailInvalid: 'E-mail address is not valid.',
    passphraseGuessable: 'This passphrase is too easy to guess. Add more unrelated words.',
    passphraseMismatch: 'The two passphrases do not match.'
  },
  fields: {
    address: 'Address',
    alias: 'Alias',
    description: 'Description',
    details: 'Details',
    documentNumber: 'Document number',
    fileReference: 'File reference',
    howLearned: 'How the client learned of it',
    interpolReference: 'INTERPOL reference',
    issuingCourt: 'Issuing court',
    latinName: 'Latin transliteration',
    legalCitation: 'Legal citation',
    legalName: 'Legal name',
    legalProvision: 'Legal provision',
    ncb: 'NCB',
    name: 'Name',
    note: 'Note',
    notes: 'Notes',
    offenceDescription: 'Offence description',
    organisation: 'Organisation',
    packName: 'Pack name',
    phone: 'Phone',
    placeOfBirth: 'Place of birth',
    secureChannel: 'Secure channel',
    sourceAddress: 'Source address',
    statusReference: 'Status reference',
    summary: 'Summary',
    title: 'Title',
    warrantNumber: 'Warrant number',
    whatIsDue: 'What is due'
  },
  /** NonEmptyText: "<Field> is required." */
  required: '{field} is required.',
  /** NonEmptyText/OptionalText: "<Field> must be at most <max> characters." */
  tooLong: '{field} must be at most {max} characters.',
  /** shared/vault/passphrasePolicy.ts */
  passphraseTooShort: 'Use at least {min} characters (a few unrelated words work well).'
}
