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
  privacyTitle: 'Deadlines: names, notifications and the log',
  privacyIntro: 'Inside the unlocked vault, deadlines always show the client’s name. These choices are about what leaves it.',
  notificationNames: 'Show client names in desktop notifications',
  notificationNamesWarning:
    'Notifications appear on screen over other programs, stay in the system’s notification list, and are seen on shared and photographed screens. When this is off, they name the matter reference only (e.g. RN-TR-7A1D).',
  calendarNames: 'Show client names in exported calendar files (.ics)',
  calendarNamesWarning:
    'Calendar files are not encrypted and are usually synced to a calendar server. When this is off, events name the matter reference only.',
  actorName: 'Your name or initials for the deadline log',
  actorNameHint: 'Recorded with every deadline entered or changed, on the printed daily log.',
  privacySave: 'Save deadline settings',
  privacySaved: 'Saved.',
  lockTitle: 'Lock',
  lockIntro: 'Locking removes every dossier from the screen and from memory until the passphrase is entered again.',
  panicLock: (shortcut: string) => `Panic lock: ${shortcut} locks at once, without asking, even with unsaved changes. What you were typing is lost on purpose.`,
  lockNow: 'Lock now',
  eraseTitle: 'Erase this vault from this device',
  eraseIntro:
    'Deletes every dossier, exhibit, draft and key stored by Redress on this device, at once. Without a backup they cannot be recovered — not by you, not by anyone. Your passphrase is not asked for, so that this is quick.',
  eraseButton: 'Erase this vault…',
  eraseDialogTitle: 'Erase this vault from this device?',
  eraseDialogBody:
    'Every dossier, exhibit, draft, deadline and the key that protects them will be deleted from this device. Redress then starts as if newly installed.',
  eraseDialogBackup:
    'Only a backup made earlier can bring them back. The stored data was always encrypted; the operating system may keep fragments of the deleted files until they are overwritten.',
  eraseWord: 'ERASE',
  eraseConfirm: 'Erase everything'
}
