// Strings of the precedents library and the wizard's suggestions, in every UI language.
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const precedentMessages = defineMessages(
  'precedents',
  { en, fr, es, ar, ru },
  {
    resultCount: (n: number) => ({ n }),
    named: (action: string, name: string) => ({ action, name }),
    deleteTitle: (citation: string) => ({ citation }),
    citeNamed: (action: string, citation: string) => ({ action, citation })
  }
)
