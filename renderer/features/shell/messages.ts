// Strings of the application frame, in every UI language (catalogues in messages.<lang>.ts).
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const shellMessages = defineMessages(
  'shell',
  { en, fr, es, ar, ru },
  {
    lockTitle: (shortcut: string) => ({ shortcut }),
    unreadable: (n: number) => ({ n })
  }
)
