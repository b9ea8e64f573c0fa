// The bridge from the wizard's draft (draftModel.ts) to the documents' input (documents/
// documentInput.ts): one pure mapping, then the whole submission (memorandum, power of attorney,
// letter to the asylum authority, portal sheet, file names), built only when the admissibility
// pre-flight lets the draft be exported.
//
// Names and free text go over exactly as entered (the documents' schema only trims the ends).
// Answers the documents cannot take (a half-typed date, an empty alias) are left out rather than
// guessed at; the pre-flight has already blocked whatever the filing needs.
import { isIsoDay } from '../deadlines/isoDates'
import { CountryCode, LanguageTag } from '../domain/primitives'
import type { DocumentModel } from '../pdf/documentModel'
import { preflight, type PreflightItem } from './admissibilityPreflight'
import {
  buildMemorandum,
  buildPortalSheet,
  buildPowerOfAttorney,
  buildRefugeeAuthorityLetter,
  exportFileName,
  parsePetitionDocumentInput,
  portalSheetDocument,
  type CountryNameResolver,
  type ExportKind,
  type PetitionDocumentInputData,
  type PortalSheet
} from './documents'
import { DocumentText } from './documents/text'
import { isDocumentLanguage, type DocumentLanguage } from './documents/messages'
import type { ExhibitRef, OffenceEntry, PetitionDraft } from './draftModel'
import { groundById } from './groundsCatalogue'

export interface DocumentInputOptions {
  /** Names no one (e.g. "RN-TR-7A1D"): used in file names and metadata. */
  matterReference: string
  /** Place of signature. Default: the town of the representative's (else the applicant's) address. */
  place?: string
  /** yyyy-mm-dd: the date of signature and, for the pre-flight, the filing date. */
  today: string
}

type DataInput = NonNullable<PetitionDocumentInputData['dataItem']>
type RefugeeInput = NonNullable<PetitionDocumentInputData['refugee']>

const given = (s: string | undefined): string | undefined => (s === undefined || s.trim() === '' ? undefined : s)
const day = (s: string): string | undefined => (isIsoDay(s) ? s : undefined)
const country = (s: string): string | undefined => (CountryCode.safeParse(s).success ? s : undefined)
const language = (s: string | undefined): string | undefined => (s !== undefined && LanguageTag.safeParse(s).success ? s : undefined)

/** The draft's enum values on the left, the documents' on the right. */
const LEGAL_BASIS: Record<NonNullable<PetitionDraft['refugee']['legalBasis']>, NonNullable<RefugeeInput['legalBasis']>> = {
  '1951-convention': 'convention-1951',
  'subsidiary-protection': 'subsidiary',
  humanitarian: 'other',
  other: 'other'
}
const CURRENT_STATUS: Record<'granted' | 'naturalised' | 'revoked', NonNullable<RefugeeInput['currentStatus']>> = {
  granted: 'in-force',
  naturalised: 'naturalised',
  revoked: 'revoked'
}

/** Exhibits that have an upload of their own on the portal sheet; listed as exhibits only when something cites them. */
const SEPARATE_UPLOADS = new Set<ExhibitRef['kind']>(['identity-document', 'power-of-attorney'])

const PENALTY_WORDS: Record<DocumentLanguage, { life: string; years: (n: number) => string; months: (n: number) => string }> = {
  en: { life: 'life imprisonment', years: (n) => `${n} year${n === 1 ? '' : 's'}`, months: (n) => `${n} month${n === 1 ? '' : 's'}` },
  fr: { life: 'réclusion à perpétuité', years: (n) => `${n} an${n === 1 ? '' : 's'}`, months: (n) => `${n} mois` },
  es: { life: 'cadena perpetua', years: (n) => `${n} año${n === 1 ? '' : 's'}`, months: (n) => `${n} mes${n === 1 ? '' : 'es'}` }
}

/** 180 → "15 years", 18 → "18 months", null → "life imprisonment", in the document's language. */
function maxPenalty(months: OffenceEntry['maxPenaltyMonths'], lang: DocumentLanguage): string | undefined {
  const words = PENALTY_WORDS[lang]
  if (months === undefined) return undefined
  if (months === null) return words.life
  return months % 12 === 0 && months > 0 ? words.years(months / 12) : words.months(months)
}

/** "Friedrichstraße 120, 10117 Berlin, Germany" → "Berlin" (the segment before the country, without its postcode). */
function townOf(address: string): string | undefined {
  const parts = address.split(/[,\n]/).map((p) => p.trim()).filter(Boolean)
  if (parts.length < 2) return undefined
  const town = parts[parts.length - 2]!.replace(/^(?:[A-Z]{1,3}-)?\d[\d -]*\s+/, '').trim()
  return town === '' ? undefined : town
}

function documentLanguageOf(draft: PetitionDraft): DocumentLanguage {
  const working = draft.request.workingLanguage
  if (working === undefined) throw new Error('Choose the working language of the request before generating its documents.')
  if (!isDocumentLanguage(working)) throw new Error(`There is no document template in the working language "${working}" yet: choose English, French or Spanish.`)
  return working
}

/** The standard relief of the request type, as the memorandum words it, for when the lawyer adds to it. */
function standardRelief(draft: PetitionDraft, lang: DocumentLanguage): string[] {
  const text = new DocumentText(lang)
  switch (draft.requestType) {
    case 'access':
      return [text.t('relief.access.1'), text.t('relief.access.2')]
    case 'correction-deletion':
      return [text.t('relief.correction-deletion.1'), text.t('relief.correction-deletion.2'), text.t('relief.correction-deletion.3')]
    case 'refugee-status-deletion':
      return [
        text.t('relief.refugee-status-deletion.1', { country: text.country(draft.dataItem.requestingCountry), grantingCountry: text.country(draft.refugee.grantingCountry) }),
        text.t('relief.refugee-status-deletion.2'),
        text.t('relief.refugee-status-deletion.3')
      ]
    case 'revision':
      return [text.t('relief.revision.1', { reference: draft.revision.previousDecisionReference, date: text.date(draft.revision.previousDecisionDate) }), text.t('relief.revision.2')]
  }
}

/**
 * The documents' input for a draft. For a draft whose pre-flight allows export,
 * `parsePetitionDocumentInput` accepts the result. Throws an Error (naming the problem, never the
 * client's data) when the draft cannot be expressed at all: no working language or one without a
 * template (Arabic), a refugee-status deletion while the client is still an asylum seeker, no
 * place of signature.
 */
export function documentInputFromDraft(draft: PetitionDraft, options: DocumentInputOptions): PetitionDocumentInputData {
  const lang = documentLanguageOf(draft)
  const type = draft.requestType
  const a = draft.applicant

  // Facts: a fact without text cannot be printed (the facts step requires it where facts matter).
  const facts = draft.facts.filter((f) => f.text.trim() !== '')
  const factIds = new Set(facts.map((f) => f.id))

  // Exhibits cited anywhere keep their place in the list even when they have an upload of their own.
  const cited = new Set<string>([
    ...draft.facts.flatMap((f) => f.exhibitIds),
    ...draft.grounds.chosen.flatMap((g) => g.exhibitIds),
    ...(type === 'refugee-status-deletion' ? [draft.refugee.statusDocumentExhibitId] : []),
    ...(type === 'revision' ? [draft.revision.previousDecisionExhibitId] : []),
    ...draft.exhibits.flatMap((e) => (e.translationOf ? [e.translationOf] : []))
  ])
  const exhibits = draft.exhibits.filter((e) => !SEPARATE_UPLOADS.has(e.kind) || cited.has(e.id))
  const exhibitIds = new Set(exhibits.map((e) => e.id))
  const label = new Map(exhibits.map((e, i) => [e.id, `A-${i + 1}`]))
  const known = (ids: readonly string[]) => ids.filter((id) => exhibitIds.has(id))

  const d = draft.dataItem
  const requestingCountry = country(d.requestingCountry)
  const warrant = { date: day(d.warrant.date), court: given(d.warrant.court), number: given(d.warrant.number) }
  const dataItem: DataInput | undefined = requestingCountry
    ? {
        kind: d.kind,
        certainty: type === 'access' && !d.noticeContentKnown && d.interpolReference.trim() === '' ? 'suspected' : 'confirmed',
        requestingCountry,
        ncb: given(d.ncb),
        interpolReference: given(d.interpolReference),
        offences: d.offences
          .filter((o) => o.description.trim() !== '')
          .map((o) => ({ description: o.description, legalProvision: given(o.legalProvision), maxPenalty: maxPenalty(o.maxPenaltyMonths, lang) })),
        ...(warrant.date || warrant.court || warrant.number ? { warrant } : {})
      }
    : undefined

  let refugee: RefugeeInput | undefined
  if (type === 'refugee-status-deletion') {
    const r = draft.refugee
    if (r.currentStatus === 'asylum-seeker')
      throw new Error('A refugee-status deletion request needs protection that has been granted: the client is recorded as an asylum seeker, so no refugee document can be produced.')
    const grantingCountry = country(r.grantingCountry)
    if (grantingCountry)
      refugee = {
        grantingCountry,
        grantedOn: day(r.grantedOn),
        reference: given(r.reference),
        authorityName: given(r.authority),
        legalBasis: r.legalBasis && LEGAL_BASIS[r.legalBasis],
        currentStatus: r.currentStatus && CURRENT_STATUS[r.currentStatus],
        evidenceExhibitIds: known([r.statusDocumentExhibitId])
      }
  }

  const r = draft.revision
  const revision =
    type === 'revision' && day(r.previousDecisionDate) && day(r.discoveryDate)
      ? { previousDecisionReference: r.previousDecisionReference, previousDecisionDate: r.previousDecisionDate, newFact: r.newFact, discoveryDate: r.discoveryDate, impact: given(r.whyDecisive) }
      : undefined

  const representative = draft.representation.represented
    ? (({ name, firm, address, email }) => ({ name, firm: given(firm), address: given(address), email: given(email) }))(draft.representation.representative)
    : undefined

  const place = given(options.place) ?? townOf((representative && draft.representation.representative.address) || a.contact.address)
  if (place === undefined) throw new Error('Give the place of signature: it could not be taken from an address.')

  const extraRelief = [type === 'correction-deletion' ? draft.relief.correctionDetails : '', draft.relief.otherRelief].filter((s) => s.trim() !== '')
  const doc = a.identityDocument
  const issuingCountry = country(doc.issuingCountry)

  return {
    requestType: type,
    language: lang,
    matterReference: options.matterReference,
    applicant: {
      legalName: a.legalName,
      latinName: given(a.latinName),
      familyName: given(a.familyName),
      givenNames: given(a.forenames),
      aliases: a.aliases.filter((s) => s.trim() !== ''),
      dateOfBirth: day(a.dateOfBirth),
      placeOfBirth: given(a.placeOfBirth),
      nationalities: a.nationalities.filter((c) => country(c) !== undefined),
      address: given(a.contact.address),
      email: given(a.contact.email),
      phone: given(a.contact.phone),
      idDocument: doc.kind && doc.number.trim() !== '' && issuingCountry ? { kind: doc.kind, number: doc.number, issuingCountry } : undefined,
      clientLanguage: language(given(draft.request.clientLanguage))
    },
    representative,
    dataItem,
    urgent: draft.relief.provisionalMeasures.requested,
    reliefSought: extraRelief.length > 0 ? [...standardRelief(draft, lang), ...extraRelief] : [],
    facts: facts.map((f) => ({ id: f.id, date: day(f.date), text: f.text })),
    grounds: draft.grounds.chosen.map((g) => {
      const ground = groundById(g.groundId)
      return {
        id: g.groundId,
        title: ground.heading,
        citations: ground.citations.map((c) => c.citation),
        // A ground chosen but not yet argued is stated in the catalogue's words rather than dropped.
        argument: g.argument.trim() === '' ? ground.summary : g.argument,
        factIds: g.factIds.filter((id) => factIds.has(id)),
        exhibitIds: known(g.exhibitIds),
        precedents: (g.citedPrecedents ?? []).map((c) => c.citation)
      }
    }),
    exhibits: exhibits.map((e) => ({
      id: e.id,
      label: label.get(e.id)!,
      title: e.title,
      language: language(e.language),
      isTranslationOf: e.translationOf !== undefined && exhibitIds.has(e.translationOf) ? e.translationOf : undefined
    })),
    revision,
    refugee,
    place,
    date: options.today
  }
}

export interface SubmissionOptions extends DocumentInputOptions {
  /** Put the client's name in the file names. Default: no. */
  includeClientName?: boolean
  countryName?: CountryNameResolver
}

export interface Submission {
  /** The documents' input the models were built from (already validated). */
  input: PetitionDocumentInputData
  memorandum: DocumentModel
  /** Present when the request is filed by a representative. */
  powerOfAttorney?: DocumentModel
  /** Present for a refugee-status deletion. */
  refugeeLetter?: DocumentModel
  portalSheet: PortalSheet
  portalSheetModel: DocumentModel
  /** Export file name per document present, keyed by ExportKind ('memorandum', 'power-of-attorney', 'refugee-authority-letter', 'portal-sheet'). */
  fileNames: Partial<Record<ExportKind, string>>
}

/** Thrown by buildSubmission when the pre-flight blocks the export; `items` are the blocking items. */
export class SubmissionBlockedError extends Error {
  override readonly name = 'SubmissionBlockedError'
  constructor(readonly items: readonly PreflightItem[]) {
    super(`The request cannot be exported yet:\n${items.map((i) => `- ${i.message} (${i.citation})`).join('\n')}`)
  }
  get messages(): string[] {
    return this.items.map((i) => i.message)
  }
}

/**
 * Every document of the filing for a draft. Runs the pre-flight on `options.today` first and
 * throws a SubmissionBlockedError listing the blocking items when it cannot be exported (also when
 * the working language has no template yet).
 */
export function buildSubmission(draft: PetitionDraft, options: SubmissionOptions): Submission {
  const blocking = preflight(draft, { today: options.today }).items.filter((i) => i.blocking && !i.ok)
  const working = draft.request.workingLanguage
  if (working !== undefined && !isDocumentLanguage(working))
    blocking.push({ id: 'document-template', ok: false, message: 'There is no document template in Arabic yet: choose English, French or Spanish to generate the documents.', citation: 'Statute Art. 18(1)', blocking: true })
  if (blocking.length > 0) throw new SubmissionBlockedError(blocking)

  const raw = documentInputFromDraft(draft, options)
  const input = parsePetitionDocumentInput(raw)
  const documentOptions = options.countryName ? { countryName: options.countryName } : {}
  const names = { includeClientName: options.includeClientName ?? false }
  const portalSheet = buildPortalSheet(raw, { ...documentOptions, ...names })
  const submission: Submission = {
    input: raw,
    memorandum: buildMemorandum(raw, documentOptions),
    portalSheet,
    portalSheetModel: portalSheetDocument(portalSheet, input.language, documentOptions),
    fileNames: { memorandum: exportFileName('memorandum', input, names), 'portal-sheet': exportFileName('portal-sheet', input, names) }
  }
  if (input.representative) {
    submission.powerOfAttorney = buildPowerOfAttorney(raw, documentOptions)
    submission.fileNames['power-of-attorney'] = exportFileName('power-of-attorney', input, names)
  }
  if (input.requestType === 'refugee-status-deletion') {
    submission.refugeeLetter = buildRefugeeAuthorityLetter(raw, documentOptions)
    submission.fileNames['refugee-authority-letter'] = exportFileName('refugee-authority-letter', input, names)
  }
  return submission
}
