// Strings of the petition wizard (issue #4), in every UI language (catalogues in messages.<lang>.ts).
// Legal guidance text comes from shared/petitions with its citation; these are the screen's own words.
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const petitionMessages = defineMessages(
  'petitions',
  { en, fr, es, ar, ru },
  {
    resumeDraft: (type: string) => ({ type }),
    draftLine: (type: string, updated: string) => ({ type, updated }),
    stepOf: (n: number, total: number) => ({ n, total }),
    stepErrors: (n: number) => ({ n }),
    offence: (n: number) => ({ n }),
    lastDay: (day: string) => ({ day }),
    exhibit: (n: number) => ({ n }),
    exhibitNotAttached: (title: string) => ({ title }),
    fact: (n: number) => ({ n }),
    factorAssessment: (name: string) => ({ name }),
    finding: (n: number) => ({ n }),
    editStep: (title: string) => ({ title }),
    finishDone: (fields: string) => ({ fields }),
    finishSkipped: (fields: string) => ({ fields }),
    saveDocument: (title: string) => ({ title }),
    copyLabel: (label: string) => ({ label }),
    copied: (label: string) => ({ label }),
    pdfCancelDocument: (label: string) => ({ label }),
    pdfSaved: (name: string) => ({ name }),
    pdfFailed: (why: string) => ({ why }),
    pdfSaveFailed: (why: string) => ({ why })
  }
)

/** How firm a piece of guidance's source is; read at render time (a live view of the catalogue). */
export const CERTAINTY_LABELS = petitionMessages.certainty
/** What an eligibility check says about the case; read at render time (a live view of the catalogue). */
export const STATUS_LABELS = petitionMessages.checkStatus
