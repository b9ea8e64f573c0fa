import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  appName: 'Redress',
  skipToContent: 'Aller au contenu',
  mainNav: 'Principal',
  dossiers: 'Dossiers',
  deadlines: 'Délais',
  contacts: 'Contacts',
  precedents: 'Précédents',
  countryProfiles: 'Pays',
  statistics: 'Statistiques',
  settings: 'Paramètres',
  lock: 'Verrouiller',
  lockShortcutMac: '⌘⇧L',
  lockShortcut: 'Ctrl+Maj+L',
  lockTitle: 'Verrouiller le coffre maintenant ({shortcut})',
  unreadable:
    '{n, plural, one {# enregistrement n’a pas pu être lu. Il n’a pas été supprimé. Restaurez-le depuis une sauvegarde.} other {# enregistrements n’ont pas pu être lus. Ils n’ont pas été supprimés. Restaurez-les depuis une sauvegarde.}}',
  pageNotFound: 'Ce dossier n’existe plus. Il a peut-être été supprimé.',
  backToDossiers: 'Retour à la liste des dossiers'
}
