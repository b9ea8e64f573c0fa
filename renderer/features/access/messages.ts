// Strings of the screens shown before the vault is open, in every UI language (catalogues in messages.<lang>.ts).
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const accessMessages = defineMessages(
  'access',
  { en, fr, es, ar, ru },
  {
    throttled: (seconds: number) => ({ seconds }),
    lockedIdle: (minutes: number) => ({ minutes })
  }
)
