// What the PDF renderer's client tells the lawyer, in every UI language (messages.<lang>.ts).
import { defineMessages } from '../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const pdfMessages = defineMessages(
  'pdf',
  { en, fr, es, ar, ru },
  {
    pdfFailed: (reason: string) => ({ reason }),
    pdfSaveFailed: (reason: string) => ({ reason }),
    pdfSaved: (fileName: string) => ({ fileName })
  }
)
