// What the platform adapters tell the lawyer, in every UI language (catalogues in messages.<lang>.ts).
// Read when the error is thrown, so it is in the language on screen at that moment.
import { defineMessages } from '../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const platformMessages = defineMessages('platform', { en, fr, es, ar, ru }, { tooManyFiles: (n: number) => ({ n }) })
