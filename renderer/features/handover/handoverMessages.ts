// What the lawyer reads around a hand-over, in every UI language (catalogues in handoverMessages.<lang>.ts).
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './handoverMessages.ar'
import { en } from './handoverMessages.en'
import { es } from './handoverMessages.es'
import { fr } from './handoverMessages.fr'
import { ru } from './handoverMessages.ru'

export const handoverMessages = defineMessages(
  'handover',
  { en, fr, es, ar, ru },
  {
    saved: (name: string) => ({ name }),
    imported: (exhibits: number) => ({ exhibits })
  }
)
