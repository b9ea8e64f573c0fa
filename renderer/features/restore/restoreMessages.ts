// Strings of the restore screens in every UI language (catalogues in restoreMessages.<lang>.ts).
import type { RestoreStep } from '../../restore/restoreProgress'
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './restoreMessages.ar'
import { en } from './restoreMessages.en'
import { es } from './restoreMessages.es'
import { fr } from './restoreMessages.fr'
import { ru } from './restoreMessages.ru'

export const restoreMessages = defineMessages(
  'restore',
  { en, fr, es, ar, ru },
  {
    progress: (step: RestoreStep, readMb: string, totalMb: string) => ({ step, readMb, totalMb }),
    madeOn: (when: string) => ({ when }),
    summary: (records: number, files: number, size: string) => ({ records, files, size }),
    confirmAdds: (n: number) => ({ n }),
    confirmUpdates: (n: number) => ({ n }),
    confirmKeeps: (n: number) => ({ n }),
    restored: (added: number, updated: number, kept: number, files: number) => ({ added, updated, kept, files })
  }
)
