// What the platform adapters say when a file, save, notification or backup call fails (English:
// the type source). Messages the Electron main process sends back are its own and pass through.
export const en = {
  desktopOnly: 'Scheduled backups to a folder are available in the Redress desktop app.',
  backupClosed: 'This backup file was already finished or cancelled.',
  tooManyFiles: '{n, plural, one {Select at most # file at once.} other {Select at most # files at once.}}',
  selectedFileTooLarge: 'A selected file is larger than 200 MB.',
  selectionTooLarge: 'The selected files are larger than 500 MB together.',
  selectedFileUnreadable: 'A selected file could not be read.',
  fileTooLarge: 'The file is larger than 200 MB.',
  notificationInvalid: 'The notification text is too long or not plain text.',
  noAnswer: 'The desktop app did not answer. Try again.',
  badAnswer: 'The desktop app sent an unexpected answer.',
  fileNotPrepared: 'The file could not be prepared for saving.',
  backupNotPrepared: 'The backup file could not be prepared for saving.',
  noBackupFolder: 'No folder is chosen for scheduled backups. Choose one in Settings.'
}
