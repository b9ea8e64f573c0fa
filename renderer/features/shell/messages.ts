// Strings of the application frame: header, navigation, lock, banners.
export const shellMessages = {
  appName: 'Redress',
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  dossiers: 'Dossiers',
  deadlines: 'Deadlines',
  contacts: 'Contacts',
  settings: 'Settings',
  lock: 'Lock',
  lockShortcutMac: '⌘⇧L',
  lockShortcut: 'Ctrl+Shift+L',
  lockTitle: (shortcut: string) => `Lock the vault now (${shortcut})`,
  unreadable: (n: number) =>
    `${n} stored ${n === 1 ? 'record' : 'records'} could not be read. ${n === 1 ? 'It has' : 'They have'} not been deleted. Restore ${n === 1 ? 'it' : 'them'} from a backup.`,
  pageNotFound: 'This dossier no longer exists. It may have been deleted.',
  backToDossiers: 'Back to the dossier list'
}
