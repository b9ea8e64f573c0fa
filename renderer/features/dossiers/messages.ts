// Strings of the dossier pages: list, client form, matters, timeline, notes.
import type { CcfRequestType, DataItemKind, EventType, MatterStage } from '@shared/domain'
import type { IdDocument, ProtectionStatus } from '@shared/domain'

export const dossierMessages = {
  listTitle: 'Dossiers',
  newClient: 'New client',
  searchLabel: 'Search dossiers',
  searchPlaceholder: 'Name in any script, case number, country…',
  emptyVault:
    'No dossiers yet. Create your first client dossier to start tracking a red notice, diffusion or SLTD entry.',
  noMatch: (q: string) => `No dossiers match “${q}”`,
  resultCount: (n: number) => (n === 1 ? '1 dossier' : `${n} dossiers`),
  resultCountLimited: (shown: number, total: number) => `Showing the first ${shown} of ${total} dossiers. Search to narrow the list.`,
  matterCount: (n: number) => (n === 1 ? '1 matter' : `${n} matters`),
  nationality: 'Nationality',
  requestedBy: 'Requested by',
  noMatters: 'No matters yet',

  // Client form
  newClientTitle: 'New client',
  editClientTitle: (name: string) => `Edit client: ${name}`,
  sectionIdentity: 'Identity',
  sectionDocuments: 'Identity documents',
  sectionContact: 'Contact',
  sectionProtection: 'Protection status',
  legalName: 'Legal name (original script)',
  legalNameHint: 'Exactly as the client writes it, e.g. Ерлан Жақсылықов',
  latinName: 'Latin transliteration',
  latinNameHint: 'As on Latin-script documents, e.g. Yerlan Zhaksylykov',
  aliases: 'Aliases and other spellings',
  alias: (n: number) => `Alias ${n}`,
  addAlias: 'Add alias',
  removeAlias: (n: number) => `Remove alias ${n}`,
  dateOfBirth: 'Date of birth',
  placeOfBirth: 'Place of birth',
  nationalities: 'Nationalities',
  addNationalityField: 'Add nationality',
  addNationality: 'Add',
  removeNationality: (country: string) => `Remove nationality ${country}`,
  noNationalities: 'None recorded.',
  preferredLanguage: 'Preferred language',
  preferredLanguageHint: 'Language code, e.g. tr, ru, kk, ug, fa',
  idDocument: (n: number) => `Document ${n}`,
  addIdDocument: 'Add identity document',
  removeIdDocument: (n: number) => `Remove document ${n}`,
  noIdDocuments: 'No identity documents recorded.',
  documentKind: 'Kind of document',
  documentNumber: 'Document number',
  issuingCountry: 'Issuing country',
  issuedOn: 'Issued on',
  expiresOn: 'Expires on',
  email: 'E-mail address',
  phone: 'Phone',
  address: 'Address',
  secureChannel: 'Secure channel',
  secureChannelHint: 'e.g. Signal number or username; how to reach the client safely',
  protectionKind: 'Status',
  grantingCountry: 'Granted by (country)',
  grantedOn: 'Date granted',
  protectionReference: 'Decision reference',
  saveClient: 'Save client',
  cancel: 'Cancel',

  // Dossier page
  editClient: 'Edit client',
  deleteDossier: 'Delete dossier',
  deleteDossierTitle: (name: string) => `Delete the dossier of ${name}?`,
  deleteDossierBody:
    'The client, all matters, timeline events and notes of this dossier will be deleted from this device. This cannot be undone.',
  deleteDossierWord: 'DELETE',
  deleteDossierTypeWhat: (name: string) => `the client's name (${name}) or DELETE`,
  born: 'Born',
  birthLine: (date: string | undefined, place: string) => [date ?? '', place ? `in ${place}` : ''].filter(Boolean).join(' '),
  protectionLine: (status: string, country: string | undefined, grantedOn: string | undefined, reference: string) =>
    [status, country ? `(${country})` : '', grantedOn ?? '', reference ? `ref. ${reference}` : ''].filter(Boolean).join(' '),
  idDocumentLine: (number: string, country: string, expiresOn: string | undefined) =>
    [number, country, expiresOn ? `valid until ${expiresOn}` : ''].filter(Boolean).join(', '),
  warrantLine: (date: string | undefined, court: string, number: string) =>
    [date ?? '', court, number ? `no. ${number}` : ''].filter(Boolean).join(', '),
  named: (action: string, what: string) => `${action}: ${what}`,
  notRecorded: 'Not recorded',
  summaryTitle: 'Client',
  mattersTitle: 'Matters',
  addMatter: 'Add matter',
  editMatter: 'Edit',
  deleteMatter: 'Delete',
  deleteMatterTitle: 'Delete this matter?',
  deleteMatterBody: (label: string, exhibitCount: number) =>
    `The matter “${label}” will be deleted. Timeline events and notes linked to it stay in the dossier, without the link.` +
    (exhibitCount === 0 ? '' : ` Its ${exhibitCount === 1 ? 'exhibit' : `${exhibitCount} exhibits`} and their stored originals will be deleted from the vault.`),
  noMattersYet: 'No matters yet. Add one for each INTERPOL data item: a red notice, a diffusion or an SLTD entry.',
  stage: 'Stage',
  timelineTitle: 'Timeline',
  addEvent: 'Add event',
  noEvents: 'No events yet.',
  deleteEvent: 'Delete',
  deleteEventTitle: 'Delete this event?',
  deleteEventBody: (date: string, summary: string) => `The event of ${date}, “${summary}”, will be deleted.`,
  notesTitle: 'Notes',
  addNote: 'Add note',
  noNotes: 'No notes yet.',
  deleteNote: 'Delete',
  deleteNoteTitle: 'Delete this note?',
  deleteNoteBody: (created: string) => `The note written ${created} will be deleted.`,
  relatedMatter: 'Related matter',
  noRelatedMatter: 'Whole dossier',
  save: 'Save',

  // Matter form
  newMatterTitle: 'New matter',
  editMatterTitle: 'Edit matter',
  matterKind: 'Kind of INTERPOL data',
  requestingCountry: 'Requesting country',
  matterTitle: 'Short title',
  matterTitleHint: 'Optional, e.g. “2017 terrorism charge”',
  ncb: 'NCB',
  ncbHint: 'National Central Bureau that requested it, e.g. NCB Ankara',
  interpolReference: 'INTERPOL reference',
  offences: 'Offences',
  offence: (n: number) => `Offence ${n}`,
  addOffence: 'Add offence',
  removeOffence: (n: number) => `Remove offence ${n}`,
  noOffences: 'No offences recorded.',
  offenceDescription: 'Description',
  legalProvision: 'Legal provision',
  maxPenalty: 'Maximum penalty',
  penaltyUnknown: 'Not known',
  penaltyTerm: 'Term of imprisonment',
  penaltyLife: 'Life imprisonment',
  penaltyYears: 'Years',
  penaltyMonths: 'Months',
  penaltyInvalid: 'Maximum penalty: enter whole years (0–100) and months (0–11).',
  warrantTitle: 'Arrest warrant',
  warrantDate: 'Warrant date',
  warrantCourt: 'Issuing court',
  warrantNumber: 'Warrant number',
  howLearned: 'How the client learned of it',
  saveMatter: 'Save matter',

  // Event form
  editEvent: 'Edit',
  editEventTitle: 'Edit event',
  saveEventChanges: 'Save event',
  eventType: 'Type of event',
  requestType: 'Request type',
  requestTypeHint: 'Which CCF request this concerns; it decides the Statute time limit (access: 4 months, correction/deletion: 9 months).',
  requestTypeNone: '— Not stated —',
  requestTypeChoose: 'Choose the request type…',
  requestTypeRequired: 'Request type: choose access, correction/deletion or revision; it decides which time limit runs.',
  newDueDate: 'Date set by the CCF',
  newDueDateHint: 'Form: yyyy-mm-dd. For an extension: the new date for the decision; for a submission deadline: the last day to file.',
  newDueDateRequired: 'Date set by the CCF is required for this event.',
  requestTypeLine: (label: string) => `${label} request`,
  dateSetLine: (date: string) => `date set by the CCF: ${date}`,
  fileReference: 'File reference',
  matterReference: 'Reference',
  fileReferenceHint: 'Your firm’s own reference. Shown instead of the client’s name in calendar files, notifications and the deadline log.',
  eventDate: 'Date',
  eventSummary: 'Summary',
  eventDetails: 'Details',
  saveEvent: 'Save event',
  noteBody: 'Note',
  saveNote: 'Save note',
  penalty: (months: number | null | undefined) =>
    months === undefined ? '' : months === null ? 'life imprisonment' : formatTerm(months)
}

function formatTerm(months: number): string {
  const y = Math.floor(months / 12)
  const mo = months % 12
  const parts = [y ? `${y} ${y === 1 ? 'year' : 'years'}` : '', mo ? `${mo} ${mo === 1 ? 'month' : 'months'}` : '']
  return `up to ${parts.filter(Boolean).join(' ') || '0 months'}`
}

export const dataItemKindLabels: Record<DataItemKind, string> = {
  'red-notice': 'Red notice',
  diffusion: 'Wanted-person diffusion',
  sltd: 'SLTD entry',
  other: 'Other'
}

export const stageLabels: Record<MatterStage, string> = {
  suspected: 'Suspected',
  confirmed: 'Confirmed',
  challenged: 'Challenged before the CCF',
  deleted: 'Deleted',
  retained: 'Retained',
  corrected: 'Corrected',
  'implementation-confirmed': 'Implementation confirmed'
}

export const eventTypeLabels: Record<EventType, string> = {
  'border-stop': 'Border stop',
  arrest: 'Arrest',
  release: 'Release',
  'court-hearing': 'Court hearing',
  'extradition-decision': 'Extradition decision',
  'access-request-sent': 'Access request sent',
  'ccf-request-received': 'Request received by the CCF',
  'ccf-acknowledgement': 'CCF acknowledgement',
  'ccf-admissibility': 'Request declared admissible',
  'ccf-asked-general-secretariat': 'CCF asked the General Secretariat',
  'ccf-extension': 'CCF extended its time limit',
  'ccf-submission-deadline-set': 'CCF set a deadline for submissions',
  'ccf-reply': 'CCF reply',
  'ccf-decision': 'CCF decision',
  'gs-received-decision': 'General Secretariat received the decision',
  'implementation-notified': 'CCF notified of implementation',
  'submission-filed': 'Submission filed',
  'discovery-of-new-fact': 'Discovery of a new fact',
  'notice-suspended': 'Notice or diffusion suspended',
  'retention-expiry': 'Retention period expires',
  'asylum-decision': 'Asylum decision',
  'uk-part1-extradition-order': 'UK Part 1 extradition order',
  'uk-part2-order-notified': 'UK Part 2: Secretary of State notified the order',
  'uk-high-court-decision': 'UK High Court appeal decision',
  'uk-supreme-court-leave-granted': 'UK Supreme Court leave granted',
  other: 'Other'
}

export const idDocumentKindLabels: Record<IdDocument['kind'], string> = {
  passport: 'Passport',
  'national-id': 'National identity card',
  'residence-permit': 'Residence permit',
  'refugee-travel-document': 'Refugee travel document',
  other: 'Other'
}

export const protectionKindLabels: Record<ProtectionStatus['kind'], string> = {
  none: 'None',
  'asylum-seeker': 'Asylum seeker',
  refugee: 'Recognised refugee',
  'subsidiary-protection': 'Subsidiary protection',
  humanitarian: 'Humanitarian status',
  revoked: 'Status revoked',
  naturalised: 'Naturalised'
}

/** Options for a <select> from a label record, in the record's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

export const requestTypeLabels: Record<CcfRequestType, string> = {
  access: 'Access',
  'correction-deletion': 'Correction/deletion',
  revision: 'Revision'
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
