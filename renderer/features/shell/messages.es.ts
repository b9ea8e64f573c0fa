import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  appName: 'Redress',
  skipToContent: 'Ir al contenido',
  mainNav: 'Principal',
  dossiers: 'Expedientes',
  deadlines: 'Plazos',
  contacts: 'Contactos',
  precedents: 'Precedentes',
  countryProfiles: 'Países',
  statistics: 'Estadísticas',
  settings: 'Ajustes',
  lock: 'Bloquear',
  lockShortcutMac: '⌘⇧L',
  lockShortcut: 'Ctrl+Mayús+L',
  lockTitle: 'Bloquear la bóveda ahora ({shortcut})',
  unreadable:
    '{n, plural, one {No se pudo leer # registro guardado. No se ha borrado. Restáurelo desde una copia de seguridad.} other {No se pudieron leer # registros guardados. No se han borrado. Restáurelos desde una copia de seguridad.}}',
  pageNotFound: 'Este expediente ya no existe. Puede que se haya borrado.',
  backToDossiers: 'Volver a la lista de expedientes'
}
