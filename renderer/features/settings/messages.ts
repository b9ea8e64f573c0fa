// Strings of the settings page.
export const settingsMessages = {
  title: 'Settings',
  autoLockTitle: 'Automatic lock',
  autoLockMinutes: 'Lock after this many minutes without activity',
  autoLockHint: 'Between 1 and 240 minutes.',
  autoLockNotNumber: 'Auto-lock: enter a whole number of minutes between 1 and 240.',
  autoLockSave: 'Save',
  autoLockSaved: (n: number) => `Saved. The vault now locks after ${n} ${n === 1 ? 'minute' : 'minutes'} without activity.`,
  passphraseTitle: 'Change passphrase',
  passphraseIntro: 'Your dossiers are not re-encrypted; only the key that protects them changes. This takes a second or two.',
  currentPassphrase: 'Current passphrase',
  newPassphrase: 'New passphrase',
  confirmPassphrase: 'Repeat the new passphrase',
  changePassphrase: 'Change passphrase',
  changing: 'Changing passphrase…',
  wrongCurrent: 'The current passphrase is not correct. Nothing has been changed.',
  changeFailed: 'The passphrase could not be changed. Nothing has been changed.',
  changed: 'Your passphrase has been changed. Use the new passphrase from now on.',
  lockTitle: 'Lock',
  lockIntro: 'Locking removes every dossier from the screen and from memory until the passphrase is entered again.',
  lockNow: 'Lock now'
}
