// What the petition documents are built from: one self-contained, serialisable value, so the
// builders depend on nothing but this schema (not on the wizard's drafts). The wizard maps its
// answers onto it. Names and addresses are kept exactly as entered, in any script; messages name
// the rule that failed, never the client's data.
import { z } from 'zod'
import { IdDocumentKind } from '../../domain/client'
import { DataItemKind } from '../../domain/matter'
import { CountryCode, IsoDate, LanguageTag } from '../../domain/primitives'
import { DOCUMENT_LANGUAGES } from './messages'

export const REQUEST_TYPES = ['access', 'correction-deletion', 'refugee-status-deletion', 'revision'] as const
export const RequestType = z.enum(REQUEST_TYPES, { message: 'Choose a request type.' })
export type RequestType = z.infer<typeof RequestType>

/** The four working languages have templates as they are written; Arabic will join the list. */
export const DocumentLanguage = z.enum(DOCUMENT_LANGUAGES, { message: 'Choose a language that has a template.' })

const Required = (field: string, max = 500) =>
  z.string().trim().min(1, { message: `${field} is required.` }).max(max, { message: `${field} must be at most ${max} characters.` })
const Optional = (field: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, { message: `${field} must be at most ${max} characters.` })
    .transform((s) => (s === '' ? undefined : s))
    .optional()

export const ApplicantInput = z.strictObject({
  /** Exactly as the client writes it, in the original script. */
  legalName: Required('Legal name', 200),
  latinName: Optional('Latin transliteration', 200),
  /** As on the identity document; the portal asks for them separately. */
  familyName: Optional('Family name', 200),
  givenNames: Optional('Forename(s)', 200),
  aliases: z.array(Required('Alias', 200)).max(50).default([]),
  dateOfBirth: IsoDate.optional(),
  placeOfBirth: Optional('Place of birth', 200),
  nationalities: z.array(CountryCode).max(10).default([]),
  address: Optional('Address', 500),
  email: Optional('E-mail', 200),
  phone: Optional('Phone', 60),
  idDocument: z.strictObject({ kind: IdDocumentKind, number: Required('Document number', 64), issuingCountry: CountryCode }).optional(),
  /** The client's own language (BCP 47): the power of attorney adds it when a template exists. */
  clientLanguage: LanguageTag.optional()
})
export type ApplicantInput = z.infer<typeof ApplicantInput>

export const RepresentativeInput = z.strictObject({
  name: Required('Representative name', 200),
  firm: Optional('Firm', 200),
  address: Optional('Representative address', 500),
  email: Optional('Representative e-mail', 200),
  /** Bar membership, e.g. "Rechtsanwaltskammer Berlin, no. 12345". */
  bar: Optional('Bar membership', 200)
})
export type RepresentativeInput = z.infer<typeof RepresentativeInput>

export const OffenceInput = z.strictObject({
  description: Required('Offence description', 500),
  legalProvision: Optional('Legal provision', 300),
  /** As the source states it, e.g. "15 years" or "life imprisonment". */
  maxPenalty: Optional('Maximum penalty', 120)
})

export const DataItemInput = z.strictObject({
  kind: DataItemKind,
  /** confirmed: e.g. by an access reply or an arrest; suspected: the client only believes so. */
  certainty: z.enum(['confirmed', 'suspected']).default('confirmed'),
  requestingCountry: CountryCode,
  ncb: Optional('NCB', 120),
  interpolReference: Optional('INTERPOL reference', 120),
  offences: z.array(OffenceInput).max(50).default([]),
  warrant: z.strictObject({ date: IsoDate.optional(), court: Optional('Issuing court', 300), number: Optional('Warrant number', 120) }).optional()
})
export type DataItemInput = z.infer<typeof DataItemInput>

export const FactInput = z.strictObject({ id: Required('Fact id', 64), date: IsoDate.optional(), text: Required('Fact', 5000) })

export const GroundInput = z.strictObject({
  id: Required('Ground id', 64),
  title: Required('Ground title', 300),
  /** e.g. "Constitution Art. 3", "RPD Art. 34(3)", "ROP paras 49–53". */
  citations: z.array(Required('Citation', 300)).max(30).default([]),
  /** Blank lines separate paragraphs. */
  argument: Required('Argument', 20_000),
  factIds: z.array(z.string()).max(200).default([]),
  exhibitIds: z.array(z.string()).max(200).default([]),
  /** Citations of precedents the lawyer chose from the library (issue 8), e.g. "CCF Decision No. 2 (2024)". */
  precedents: z.array(Required('Precedent citation', 300)).max(30).default([])
})
export type GroundInput = z.infer<typeof GroundInput>

export const ExhibitInput = z.strictObject({
  id: Required('Exhibit id', 64),
  /** As cited in the memorandum, e.g. "A-1". */
  label: Required('Exhibit label', 20),
  title: Required('Exhibit title', 500),
  date: IsoDate.optional(),
  /** Language of the document (BCP 47). */
  language: LanguageTag.optional(),
  /** Id of the exhibit this one translates. */
  isTranslationOf: z.string().optional()
})
export type ExhibitInput = z.infer<typeof ExhibitInput>

export const RevisionInput = z.strictObject({
  previousDecisionReference: Required('Previous decision reference', 120),
  previousDecisionDate: IsoDate,
  newFact: Required('New fact', 10_000),
  discoveryDate: IsoDate,
  /** Why the fact could have led to a different conclusion (Statute Art. 42(1)). */
  impact: Optional('Why the new fact matters', 10_000)
})

export const RefugeeInput = z.strictObject({
  grantingCountry: CountryCode,
  grantedOn: IsoDate.optional(),
  reference: Optional('Status reference', 120),
  authorityName: Optional('Authority name', 300),
  authorityAddress: Optional('Authority address', 500),
  legalBasis: z.enum(['convention-1951', 'subsidiary', 'other']).optional(),
  currentStatus: z.enum(['in-force', 'naturalised', 'revoked']).optional(),
  /** Exhibits proving the status (decision, refugee travel document); cited by the refugee ground. */
  evidenceExhibitIds: z.array(z.string()).max(20).default([])
})

export const PetitionDocumentInput = z
  .strictObject({
    requestType: RequestType,
    language: DocumentLanguage,
    /** Names no one ("RN-TR-7A1D" or the firm's file reference): used in file names and metadata. */
    matterReference: Required('Matter reference', 60),
    applicant: ApplicantInput,
    representative: RepresentativeInput.optional(),
    /** Optional only for an access request, when nothing is known yet. */
    dataItem: DataItemInput.optional(),
    urgent: z.boolean().default(false),
    /** What the Requests Chamber is asked to order under Statute Art. 37. */
    provisionalMeasures: Optional('Provisional measures', 5000),
    /** Empty: the request type's standard relief. */
    reliefSought: z.array(Required('Relief', 2000)).max(20).default([]),
    facts: z.array(FactInput).max(500).default([]),
    grounds: z.array(GroundInput).max(50).default([]),
    exhibits: z.array(ExhibitInput).max(500).default([]),
    revision: RevisionInput.optional(),
    refugee: RefugeeInput.optional(),
    /** Place and date of signature. */
    place: Required('Place of signature', 120),
    date: IsoDate
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })
    if (input.requestType !== 'access' && !input.dataItem) issue(['dataItem'], 'The data concerned are required except for an access request.')
    if ((input.requestType === 'correction-deletion' || input.requestType === 'refugee-status-deletion') && input.grounds.length === 0)
      issue(['grounds'], 'A correction or deletion request must state its reasons (Statute Art. 30(2)): add at least one ground.')
    if (input.requestType === 'revision' && !input.revision) issue(['revision'], 'A revision needs the previous decision, the new fact and its discovery date.')
    if (input.requestType === 'refugee-status-deletion' && !input.refugee) issue(['refugee'], 'A refugee-status deletion needs the country that granted the status.')

    const unique = (ids: string[], path: string, what: string) => {
      const seen = new Set<string>()
      ids.forEach((id, i) => {
        if (seen.has(id)) issue([path, i], `${what} must be unique.`)
        seen.add(id)
      })
    }
    unique(input.facts.map((f) => f.id), 'facts', 'Fact ids')
    unique(input.grounds.map((g) => g.id), 'grounds', 'Ground ids')
    unique(input.exhibits.map((e) => e.id), 'exhibits', 'Exhibit ids')
    unique(input.exhibits.map((e) => e.label), 'exhibits', 'Exhibit labels')

    const factIds = new Set(input.facts.map((f) => f.id))
    const exhibitIds = new Set(input.exhibits.map((e) => e.id))
    input.grounds.forEach((ground, g) => {
      ground.factIds.forEach((id, i) => factIds.has(id) || issue(['grounds', g, 'factIds', i], 'A ground refers to a fact that is not in the statement of facts.'))
      ground.exhibitIds.forEach((id, i) => exhibitIds.has(id) || issue(['grounds', g, 'exhibitIds', i], 'A ground refers to an exhibit that is not in the exhibit list.'))
    })
    input.exhibits.forEach((exhibit, i) => {
      if (exhibit.isTranslationOf !== undefined && (exhibit.isTranslationOf === exhibit.id || !exhibitIds.has(exhibit.isTranslationOf)))
        issue(['exhibits', i, 'isTranslationOf'], 'A translation must point to another exhibit in the list.')
    })
    input.refugee?.evidenceExhibitIds.forEach((id, i) => exhibitIds.has(id) || issue(['refugee', 'evidenceExhibitIds', i], 'The status evidence must be an exhibit in the list.'))
  })
export type PetitionDocumentInput = z.infer<typeof PetitionDocumentInput>
export type PetitionDocumentInputData = z.input<typeof PetitionDocumentInput>

/** Throws a ZodError whose issue paths name the fields (e.g. grounds.1.factIds.0). */
export function parsePetitionDocumentInput(input: unknown): PetitionDocumentInput {
  return PetitionDocumentInput.parse(input)
}
