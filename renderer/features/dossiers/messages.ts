// Strings of the dossier pages, in every UI language (catalogues in messages.<lang>.ts), and the
// lines composed from them. Every function here reads the catalogue when called, so a language
// switch shows at once.
import type { CcfRequestType, DataItemKind, EventType, IdDocument, MatterStage, ProtectionStatus } from '@shared/domain'
import { defineMessages } from '../../i18n/defineMessages'
import { formatDay } from '../../src/locale'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

const catalogue = defineMessages(
  'dossiers',
  { en, fr, es, ar, ru },
  {
    noMatch: (query: string) => ({ query }),
    resultCount: (n: number) => ({ n }),
    resultCountLimited: (shown: number, total: number) => ({ shown, total }),
    matterCount: (n: number) => ({ n }),
    editClientTitle: (name: string) => ({ name }),
    alias: (n: number) => ({ n }),
    removeAlias: (n: number) => ({ n }),
    removeNationality: (country: string) => ({ country }),
    preferredLanguageHintNamed: (language: string) => ({ language }),
    idDocument: (n: number) => ({ n }),
    removeIdDocument: (n: number) => ({ n }),
    deleteDossierTitle: (name: string) => ({ name }),
    deleteDossierTypeWhat: (name: string, word: string) => ({ name, word }),
    bornIn: (place: string) => ({ place }),
    protectionCountry: (country: string) => ({ country }),
    protectionRef: (reference: string) => ({ reference }),
    validUntil: (date: string) => ({ date }),
    warrantNo: (number: string) => ({ number }),
    named: (action: string, what: string) => ({ action, what }),
    eventName: (date: string, summary: string) => ({ date, summary }),
    deleteMatterBody: (label: string, exhibits: number) => ({ label, exhibits }),
    matterLabel: (kind: string, country: string) => ({ kind, country }),
    matterLabelTitled: (kind: string, country: string, title: string) => ({ kind, country, title }),
    deleteEventBody: (date: string, summary: string) => ({ date, summary }),
    deleteNoteBody: (created: string) => ({ created }),
    offence: (n: number) => ({ n }),
    removeOffence: (n: number) => ({ n }),
    penaltyUpToYears: (years: number) => ({ years }),
    penaltyUpToMonths: (months: number) => ({ months }),
    penaltyUpToYearsMonths: (years: number, months: number) => ({ years, months }),
    requestTypeLine: (label: string) => ({ label }),
    dateSetLine: (date: string) => ({ date })
  }
)

const present = (parts: readonly string[]) => parts.filter(Boolean)

/** The catalogue plus the lines built from several of its messages (dates in the UI language). */
export const dossierMessages = Object.freeze(
  Object.assign(Object.create(catalogue) as typeof catalogue, {
    /** "12 Mar 1984 in Kayseri" */
    birthLine: (date: string | undefined, place: string): string =>
      present([date ? formatDay(date) : '', place ? catalogue.bornIn(place) : '']).join(' '),
    /** "Recognised refugee (Germany) 18 Jun 2019 ref. 7712345-163" */
    protectionLine: (status: string, country: string | undefined, grantedOn: string | undefined, reference: string): string =>
      present([status, country ? catalogue.protectionCountry(country) : '', grantedOn ? formatDay(grantedOn) : '', reference ? catalogue.protectionRef(reference) : '']).join(' '),
    idDocumentLine: (number: string, country: string, expiresOn: string | undefined): string =>
      present([number, country, expiresOn ? catalogue.validUntil(formatDay(expiresOn)) : '']).join(catalogue.listSeparator),
    warrantLine: (date: string | undefined, court: string, number: string): string =>
      present([date ? formatDay(date) : '', court, number ? catalogue.warrantNo(number) : '']).join(catalogue.listSeparator),
    /** "up to 7 years 6 months", "life imprisonment"; '' when not known. */
    penalty: (months: number | null | undefined): string => (months === undefined ? '' : months === null ? catalogue.penaltyLifeShown : formatTerm(months))
  })
)

function formatTerm(months: number): string {
  const y = Math.floor(months / 12)
  const mo = months % 12
  if (y && mo) return catalogue.penaltyUpToYearsMonths(y, mo)
  return y ? catalogue.penaltyUpToYears(y) : catalogue.penaltyUpToMonths(mo)
}

// The label maps under their former names: each read is in the current UI language.
export const dataItemKindLabels: Readonly<Record<DataItemKind, string>> = catalogue.dataItemKinds
export const stageLabels: Readonly<Record<MatterStage, string>> = catalogue.stages
export const eventTypeLabels: Readonly<Record<EventType, string>> = catalogue.eventTypes
export const idDocumentKindLabels: Readonly<Record<IdDocument['kind'], string>> = catalogue.idDocumentKinds
export const protectionKindLabels: Readonly<Record<ProtectionStatus['kind'], string>> = catalogue.protectionKinds
export const requestTypeLabels: Readonly<Record<CcfRequestType, string>> = catalogue.requestTypes

/** Options for a <select> from a label record, in the record's order; call it while rendering. */
export function optionsOf<K extends string>(labels: Readonly<Record<K, string>>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

/** CCF procedure events: they belong to one request (access, correction/deletion or revision). */
export const REQUEST_TYPE_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'ccf-request-received',
  'ccf-acknowledgement',
  'ccf-admissibility',
  'ccf-asked-general-secretariat',
  'ccf-extension',
  'ccf-submission-deadline-set',
  'ccf-reply',
  'ccf-decision',
  'gs-received-decision',
  'implementation-notified'
])

/** The clocks these start depend on the request type (Statute Arts 32(1), 40(1)/(2), 40(3)). */
export const REQUEST_TYPE_REQUIRED: ReadonlySet<EventType> = new Set<EventType>(['ccf-admissibility', 'ccf-request-received', 'ccf-extension'])

/** Events that carry a date the CCF set (an extended decision date, a submission deadline). */
export const DATE_SET_EVENTS: ReadonlySet<EventType> = new Set<EventType>(['ccf-extension', 'ccf-submission-deadline-set'])
