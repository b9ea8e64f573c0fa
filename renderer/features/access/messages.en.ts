// Strings of the screens shown before the vault is open: opening, first run, unlock, failure (English: the type source).
export const en = {
  appName: 'Redress',
  tagline: 'Case files for challenging INTERPOL red notices, diffusions and SLTD entries',
  opening: 'Opening your vault…',
  failedTitle: 'The vault could not be opened',

  firstRunTitle: 'Create your vault',
  firstRunIntro:
    'Your dossiers are encrypted on this device with a passphrase that only you know. Choose a few unrelated words that you can remember — length matters more than symbols.',
  passphrase: 'Passphrase',
  confirmation: 'Repeat the passphrase',
  showPassphrase: 'Show passphrase',
  strength: 'Strength',
  /** By zxcvbn score, 0 to 4. */
  strengthLabels: { 0: 'Very weak', 1: 'Weak', 2: 'Fair', 3: 'Strong', 4: 'Very strong' },
  strengthHint: 'Use at least 12 characters; four or five unrelated words work well.',
  noRecoveryTitle: 'There is no way to recover a forgotten passphrase',
  noRecovery:
    'If you forget this passphrase, nobody — including us — can recover your dossiers. Write it down and keep it somewhere safe.',
  understand: 'I understand',
  create: 'Create vault',
  creating: 'Creating your vault…',
  createFailed: 'The vault could not be created. Nothing has been stored. Try again.',

  unlockTitle: 'Unlock your vault',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  wrongPassphrase: 'That passphrase is not correct. Nothing has been changed.',
  throttled: '{seconds, plural, one {Too many attempts. Try again in # second.} other {Too many attempts. Try again in # seconds.}}',
  unlockFailed: 'The vault could not be unlocked because of an unexpected error. Nothing has been changed.',
  lockedIdle: '{minutes, plural, one {Locked after # minute without activity.} other {Locked after # minutes without activity.}}',
  lockedIdleUnknown: 'Locked after a period without activity.',
  lockedScreen: 'Locked because the computer was locked.',
  lockedSuspend: 'Locked because the computer went to sleep.',
  lockedManual: 'Your vault is locked.'
}
