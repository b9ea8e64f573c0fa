// Strings of the application frame: header, navigation, lock, banners (English: the type source).
export const en = {
  appName: 'Redress',
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  dossiers: 'Dossiers',
  deadlines: 'Deadlines',
  contacts: 'Contacts',
  precedents: 'Precedents',
  countryProfiles: 'Countries',
  statistics: 'Statistics',
  settings: 'Settings',
  lock: 'Lock',
  lockShortcutMac: '⌘⇧L',
  lockShortcut: 'Ctrl+Shift+L',
  lockTitle: 'Lock the vault now ({shortcut})',
  unreadable:
    '{n, plural, one {# stored record could not be read. It has not been deleted. Restore it from a backup.} other {# stored records could not be read. They have not been deleted. Restore them from a backup.}}',
  pageNotFound: 'This dossier no longer exists. It may have been deleted.',
  backToDossiers: 'Back to the dossier list'
}
