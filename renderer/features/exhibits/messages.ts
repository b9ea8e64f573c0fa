// Strings of the exhibits list and the bundle builder (issue #5), in every UI language (catalogues in
// messages.<lang>.ts). Pre-flight messages come from shared/exhibits with their own wording; the
// bundle's own pages are written by bundleDocumentText.ts; these are the screens' own words.
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const exhibitMessages = defineMessages(
  'exhibits',
  { en, fr, es, ar, ru },
  {
    adding: (n: number, total: number) => ({ n, total }),
    added: (n: number) => ({ n }),
    duplicate: (fileName: string, title: string) => ({ fileName, title }),
    intakeFailed: (fileName: string, reason: string) => ({ fileName, reason }),
    readFailed: (fileName: string) => ({ fileName }),
    pages: (n: number) => ({ n }),
    translationOfLine: (title: string) => ({ title }),
    deleteBody: (title: string) => ({ title }),
    named: (action: string, title: string) => ({ action, title }),
    formTitle: (title: string) => ({ title }),
    languageOption: (name: string, code: string) => ({ name, code }),
    newSectionTitle: (n: number) => ({ n }),
    numberingFrozen: (at: string) => ({ at }),
    preparing: (n: number, total: number) => ({ n, total }),
    stageExhibits: (n: number, total: number) => ({ n, total }),
    buildFailed: (reason: string) => ({ reason }),
    unreadableOriginal: (title: string, reason: string) => ({ title, reason }),
    // The volume count is only mentioned when the bundle was split.
    resultSummary: (pages: number, volumes: number, exhibits: number) => ({ pages, volumes, exhibits, split: volumes > 1 ? 'yes' : 'no' }),
    volumeLine: (volume: number, pages: number, size: string) => ({ volume, pages, size }),
    oversize: (limit: number) => ({ limit }),
    saveVolume: (n: number) => ({ n }),
    saved: (fileName: string) => ({ fileName }),
    saveFailed: (reason: string) => ({ reason }),
    verifyAllOk: (n: number) => ({ n }),
    verifyProblems: (n: number) => ({ n }),
    manifestAgainst: (title: string, at: string) => ({ title, at })
  }
)

export type ExhibitMessages = typeof exhibitMessages
