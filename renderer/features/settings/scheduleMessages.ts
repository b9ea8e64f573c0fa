// Strings of Settings → Scheduled backups and of the scheduled-backup banner, in every UI language
// (catalogues in scheduleMessages.<lang>.ts).
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './scheduleMessages.ar'
import { en } from './scheduleMessages.en'
import { es } from './scheduleMessages.es'
import { fr } from './scheduleMessages.fr'
import { ru } from './scheduleMessages.ru'

export const scheduleMessages = defineMessages(
  'backupSchedule',
  { en, fr, es, ar, ru },
  {
    folderChosen: (name: string) => ({ name }),
    folderUnavailable: (name: string) => ({ name }),
    keepLastSaved: (n: number) => ({ n }),
    passphraseReady: (when: string, vault: boolean) => ({ when, source: vault ? 'vault' : 'separate' }),
    folderFailed: (reason: string) => ({ reason }),
    lastRunOk: (when: string, fileName: string) => ({ when, fileName }),
    lastRunFailed: (when: string, message: string) => ({ when, message }),
    bannerFailed: (message: string) => ({ message })
  }
)
