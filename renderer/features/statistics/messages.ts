// Strings of the outcome statistics page and its anonymised report, in every UI language.
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const statisticsMessages = defineMessages(
  'statistics',
  { en, fr, es, ar, ru },
  {
    summary: (matters: number, requests: number) => ({ matters, requests }),
    medianMonths: (access: string, deletion: string) => ({ access, deletion }),
    savedFile: (fileName: string) => ({ fileName }),
    saveFailed: (reason: string) => ({ reason }),
    reportPrepared: (month: string) => ({ month })
  }
)
