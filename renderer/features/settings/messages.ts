// Strings of the settings page in every UI language (catalogues in messages.<lang>.ts).
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const settingsMessages = defineMessages(
  'settings',
  { en, fr, es, ar, ru },
  {
    languageSystem: (name: string) => ({ name }),
    autoLockSaved: (n: number) => ({ n }),
    panicLock: (shortcut: string) => ({ shortcut }),
    backupWorking: (percent: number) => ({ percent }),
    backupSaveFailed: (reason: string) => ({ reason }),
    backupDone: (fileName: string, dossierFiles: number) => ({ fileName, dossierFiles }),
    backupLast: (when: string, days: number) => ({ when, days }),
    backupOverdue: (limit: number) => ({ limit })
  }
)
