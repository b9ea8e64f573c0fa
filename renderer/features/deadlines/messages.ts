// Strings of the deadline pages in every UI language (catalogues in messages.<lang>.ts).
import type { PeriodUnit } from '@shared/rules'
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

/** today / tomorrow / later / other (overdue), and the count of days without its sign. */
function dayDistance(daysLeft: number): { when: string; n: number } {
  return { when: daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : daysLeft > 1 ? 'later' : 'overdue', n: Math.abs(daysLeft) }
}

export const deadlineMessages = defineMessages(
  'deadlines',
  { en, fr, es, ar, ru },
  {
    doneCount: (n: number) => ({ n }),
    todayIs: (longDay: string) => ({ longDay }),
    bucketCount: (n: number) => ({ n }),
    rowHeadline: (title: string, dueDate: string, citation: string) => ({ title, dueDate, citation }),
    rowName: (title: string, dueDate: string) => ({ title, dueDate }),
    daysLeft: (n: number) => dayDistance(n),
    statusDone: (doneOn: string | undefined) => ({ known: doneOn ? 'yes' : 'no', doneOn: doneOn ?? '' }),
    statusOverridden: (computed: string) => ({ computed }),
    extended: (date: string) => ({ date }),
    named: (action: string, what: string) => ({ action, what }),
    markedDone: (title: string) => ({ title }),
    reopened: (title: string) => ({ title }),
    overrideSaved: (title: string, date: string) => ({ title, date }),
    exported: (fileName: string) => ({ fileName }),
    doneHidden: (n: number) => ({ n }),
    logCaption: (title: string) => ({ title }),
    pdfFileName: (day: string) => ({ day }),
    forkedFrom: (name: string) => ({ name }),
    rulesCount: (n: number) => ({ n }),
    forkTitle: (name: string) => ({ name }),
    forkId: (id: string) => ({ id }),
    replacedBy: (name: string) => ({ name }),
    deletePackTitle: (name: string) => ({ name }),
    deleteRuleBody: (title: string) => ({ title }),
    packSaved: (name: string) => ({ name }),
    afterRule: (title: string) => ({ title }),
    unknownRule: (id: string) => ({ id }),
    // ICU select keys cannot hold a dash.
    periodLine: (amount: number, unit: PeriodUnit, direction: 'after' | 'before') => ({ amount, unit: unit === 'business-days' ? 'businessDays' : unit, direction }),
    removeSessionBody: (day: string) => ({ day }),
    sessionLine: (starts: string, ends: string | undefined) => ({ range: ends && ends !== starts ? 'yes' : 'no', starts, ends: ends ?? '' }),
    agendaCloses: (day: string) => ({ day }),
    reachesToday: (session: string, closes: string) => ({ session, closes }),
    practiceNote: (citation: string, note: string) => ({ citation, note }),
    reminderLine: (title: string, due: string, when: string) => ({ title, due, when }),
    reminderWhen: (daysLeft: number) => dayDistance(daysLeft)
  }
)

export const obligorBadges = deadlineMessages.obligorBadges
export const obligorLabels = deadlineMessages.obligorLabels
export const certaintyLabels = deadlineMessages.certaintyLabels
export const periodUnitLabels = deadlineMessages.periodUnitLabels
export const rollLabels = deadlineMessages.rollLabels

/** Shared with the event form. */
export { requestTypeLabels } from '../dossiers/messages'
