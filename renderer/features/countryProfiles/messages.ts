// Strings of the requesting-country profiles and the matter context panel, in every UI language
// (catalogues in messages.<lang>.ts).
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const countryProfileMessages = defineMessages(
  'countryProfiles',
  { en, fr, es, ar, ru },
  {
    countryCounts: (matters: number, concerns: number) => ({ matters, concerns }),
    openProfile: (country: string) => ({ country }),
    caseloadMatters: (n: number) => ({ n }),
    ccfTimeMonths: (n: number, median: string, min: string, max: string) => ({ n, median, min, max }),
    ccfWithinLimit: (within: string, total: string) => ({ within, total }),
    ccfExtended: (n: string) => ({ n }),
    ccfFromReceipt: (n: number) => ({ n }),
    actionOn: (action: string, title: string) => ({ action, title }),
    tooLong: (max: string) => ({ max }),
    formHasErrors: (n: number) => ({ n }),
    deleteBody: (title: string, country: string) => ({ title, country }),
    panelHeading: (country: string) => ({ country }),
    panelMatters: (n: number) => ({ n }),
    panelCcfTime: (median: string, n: number, within: string, total: string) => ({ median, n, within, total }),
    panelMoreConcerns: (n: number) => ({ n }),
    panelOpenProfile: (country: string) => ({ country })
  }
)
