// What the lawyer reads around a hand-over: exporting one client or matter, importing a package (English: the type source).
export const en = {
  handOverClient: 'Hand over…',
  handOverMatter: 'Hand over this matter…',
  importHandover: 'Import a hand-over…',
  dialogTitle: 'Hand over this client',
  dialogTitleMatter: 'Hand over this matter',
  passwordLabel: 'Password for the file (leave empty for no encryption)',
  passwordHint: 'The zip is encrypted with AES-256; 7-Zip, WinZip and Redress can open it. Give the password to the recipient by another channel.',
  passwordTooShort: 'Use a password of at least 8 characters, or leave it empty.',
  confirmEncrypted: 'Save with password',
  importPasswordTitle: 'Password for this hand-over file',
  importPasswordLabel: 'Password',
  open: 'Open',
  unencryptedWarning:
    'This file is not encrypted: anyone who gets it can read the client’s file. Use a password unless you deliver it on an encrypted channel.',
  confirmUnencrypted: 'Save unencrypted',
  saved: 'Saved the hand-over package “{name}”.',
  exportFailed: 'The hand-over package could not be made. Nothing was saved.',
  conflictTitle: 'This client is already in your vault',
  conflictBody: 'Import the package as a copy, with new record ids, beside the client you already have? Nothing in the existing client is changed.',
  importAsCopy: 'Import as a copy',
  imported: '{exhibits, plural, one {Imported the hand-over package with # exhibit.} other {Imported the hand-over package with # exhibits.}}',
  importFailed: 'The hand-over package could not be imported. Nothing was written to your vault.'
}
