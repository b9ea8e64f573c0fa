// A petition draft as it is stored (encrypted, after every wizard step) and resumed. This schema is
// deliberately lenient: a draft is work in progress, so empty answers and half-typed dates are kept
// as they are. What a finished step needs is checked by the step schemas (petitionDraft.ts) and,
// before export, by the admissibility pre-flight.
//
// One object holds every section whatever the request type: switching the type, or going back a
// step, never loses answers given elsewhere.
import { z } from 'zod'
import { DataItemKind } from '../domain/matter'
import { IdDocumentKind } from '../domain/client'
import { GroundId } from './groundsCatalogue'
import { PetitionType } from './guidance'

export const PETITION_DRAFT_SCHEMA_VERSION = 1

/** Statute Art. 18(1) (General Regulations Art. 54): Arabic, English, French, Spanish. */
export const WorkingLanguage = z.enum(['ar', 'en', 'fr', 'es'])
export type WorkingLanguage = z.infer<typeof WorkingLanguage>

const text = (max = 5000) => z.string().max(max).default('')
const id = z.string().trim().min(1).max(100)
const ids = z.array(id).max(200).default([])

export const ExhibitKind = z.enum(['identity-document', 'power-of-attorney', 'decision', 'court-ruling', 'translation', 'report', 'other'])
export type ExhibitKind = z.infer<typeof ExhibitKind>

/** Minimal until exhibit intake exists: enough to cite an exhibit and to know whether its file is in. */
export const ExhibitRef = z.object({
  id,
  title: text(300),
  kind: ExhibitKind,
  /** BCP 47 tag of the document's language, e.g. "de"; a translation carries its target language. */
  language: z.string().max(35).optional(),
  attached: z.boolean().default(false),
  /** For a translation: the exhibit it translates (documents go in with a translation, STAT Art. 18). */
  translationOf: id.optional()
})
export type ExhibitRef = z.infer<typeof ExhibitRef>

const IdentityFieldsLegible = z.object({
  forenames: z.boolean().default(false),
  familyName: z.boolean().default(false),
  dateOfBirth: z.boolean().default(false),
  photograph: z.boolean().default(false)
})

export const ApplicantSection = z.object({
  kind: z.enum(['individual', 'entity', 'minor']).default('individual'),
  /** As the applicant writes it, in the original script ("Ерлан Жақсылықов"). */
  legalName: text(200),
  latinName: text(200),
  /** As printed on the identity document (ADM §2: must match it). */
  familyName: text(200),
  forenames: text(200),
  dateOfBirth: text(10),
  placeOfBirth: text(200),
  nationalities: z.array(z.string().max(2)).max(10).default([]),
  aliases: z.array(z.string().max(200)).max(50).default([]),
  contact: z.object({ email: text(320), phone: text(60), address: text(500) }).prefault({}),
  identityDocument: z
    .object({
      kind: IdDocumentKind.optional(),
      number: text(64),
      issuingCountry: text(2),
      /** ADM §2: the copy must show name, family name, date of birth and photograph, unredacted. */
      legible: IdentityFieldsLegible.prefault({})
    })
    .prefault({}),
  /** ADM §2, entity applicants. */
  entity: z.object({ name: text(300), registeredOn: text(10), registrationNumber: text(120), standingProofExhibitId: text(100) }).prefault({}),
  /** ADM §2, a minor represented by a parent or guardian. */
  minor: z.object({ guardianName: text(200), relationshipProofExhibitId: text(100) }).prefault({})
})

export const RepresentationSection = z.object({
  /** Redress is used by lawyers, so a draft starts as a represented request (Statute Art. 30(2)). */
  represented: z.boolean().default(true),
  representative: z.object({ name: text(200), firm: text(200), address: text(500), email: text(320), phone: text(60) }).prefault({}),
  powerOfAttorney: z
    .object({
      /** Set when the app generated the power of attorney (yyyy-mm-dd). */
      generatedOn: text(10),
      /** The lawyer confirms the client signed it. */
      signed: z.boolean().default(false)
    })
    .prefault({})
})

export const CorrectionAction = z.enum(['deletion', 'correction', 'correction-and-deletion'])

export const RequestSection = z.object({
  workingLanguage: WorkingLanguage.optional(),
  /** The client's own language, for the power of attorney printed beside the working language. */
  clientLanguage: text(35),
  /** Correction/deletion requests: which of the two (ccf-domain.md field list, "Request type"). */
  action: CorrectionAction.optional(),
  /** Access requests: ADM §3 purpose statement. */
  accessPurpose: text(2000)
})

export const OffenceEntry = z.object({
  description: text(500),
  legalProvision: text(300),
  /** null = life imprisonment; absent = not known. */
  maxPenaltyMonths: z.number().int().min(0).max(1200).nullable().optional()
})
export type OffenceEntry = z.infer<typeof OffenceEntry>

export const DataItemSection = z.object({
  kind: DataItemKind.default('red-notice'),
  requestingCountry: text(2),
  ncb: text(120),
  interpolReference: text(120),
  /** What is known or suspected and how the client learned of it. */
  description: text(5000),
  /** True when the notice's own content is known (e.g. from the CCF's access reply), not only the warrant. */
  noticeContentKnown: z.boolean().default(false),
  /** The summary of facts as the notice states it (RPD Art. 83(2)(b)). */
  noticeFactsSummary: text(5000),
  offences: z.array(OffenceEntry).max(50).default([]),
  /** RPD Art. 83(1)(a)(ii) has one threshold for prosecution and another for serving a sentence. */
  basis: z.enum(['prosecution', 'sentence', 'unknown']).default('unknown'),
  sentence: z.object({ imposedMonths: z.number().int().min(0).max(1200).optional(), remainingMonths: z.number().int().min(0).max(1200).optional() }).prefault({}),
  warrant: z.object({ date: text(10), court: text(300), number: text(120) }).prefault({}),
  /** SLTD entries concern a document: data about a person "or their property" (PGUIDE §1.1). */
  sltdDocumentNumber: text(64)
})

export const RefugeeSection = z.object({
  grantingCountry: text(2),
  grantedOn: text(10),
  reference: text(120),
  authority: text(200),
  legalBasis: z.enum(['1951-convention', 'subsidiary-protection', 'humanitarian', 'other']).optional(),
  currentStatus: z.enum(['asylum-seeker', 'granted', 'naturalised', 'revoked']).optional(),
  /** The country the client fears persecution from; the policy covers requests from that country only (REFRES). */
  persecutionCountry: text(2),
  statusDocumentExhibitId: text(100),
  consentToContactAuthority: z.boolean().default(false)
})

export const RevisionSection = z.object({
  previousDecisionReference: text(120),
  previousDecisionDate: text(10),
  previousDecisionExhibitId: text(100),
  newFact: text(5000),
  discoveryDate: text(10),
  /** Statute Art. 42(1): why the fact could have led to a different conclusion. */
  whyDecisive: text(5000),
  /** Reported (unconfirmed) portal requirement since March 2026: a two-page summary. */
  summaryPrepared: z.boolean().default(false)
})

export const Fact = z.object({
  id,
  date: text(10),
  text: text(5000),
  exhibitIds: ids,
  /** The timeline event it was prefilled from, so prefilling again does not duplicate it. */
  sourceEventId: z.string().max(100).optional()
})
export type Fact = z.infer<typeof Fact>

/** RPD Art. 83(1)(a)(i): categories the lawyer ticks from the facts; the app never guesses them. */
export const ExcludedCategory = z.enum(['behavioural-cultural-norms', 'family-private-matter', 'administrative-violation', 'private-dispute'])
export type ExcludedCategory = z.infer<typeof ExcludedCategory>

/** RPD Art. 34(3); ROP para 55: the elements of the Article 3 assessment. */
export const Article3Factor = z.enum([
  'nature-of-offence',
  'status-of-persons',
  'identity-of-source',
  'positions-of-others',
  'international-law-obligations',
  'neutrality-implications',
  'general-context'
])
export type Article3Factor = z.infer<typeof Article3Factor>

/** Repository of Practice chapters usable as an argument checklist (ROP table of contents). */
export const RepositoryChapter = z.enum([
  'former-officials',
  'freedom-of-expression',
  'assembly-and-association',
  'state-security',
  'unconstitutional-seizure-of-power',
  'terrorism',
  'sanctions',
  'election-crimes',
  'illegal-emigration',
  'military-aspects',
  'religious-racial-elements',
  'separation-of-charges',
  'coherence-charges-facts'
])

export const Finding = z.object({
  id,
  kind: z.enum(['court', 'un-body', 'extradition-refusal', 'other']),
  body: text(300),
  date: text(10),
  summary: text(5000),
  exhibitId: text(100)
})
export type Finding = z.infer<typeof Finding>

export const CaseStatusMark = z.enum(['purpose-achieved', 'proceedings-closed', 'limitation-expired', 'acquitted', 'no-extradition-steps'])
export const DataQualityIssue = z.enum(['identity-data-wrong', 'outdated', 'status-wrong', 'other'])

export const AssessmentSection = z.object({
  excludedCategories: z.array(ExcludedCategory).max(4).default([]),
  /** The source alleges a link to serious or organised crime: the exclusion then does not apply (RPD Art. 83(1)(a)(i)). */
  seriousCrimeLinkAlleged: z.boolean().default(false),
  article3Factors: z
    .array(z.object({ factor: Article3Factor, leaning: z.enum(['points-to-article-3', 'points-away', 'not-assessed']).default('not-assessed'), note: text(2000) }))
    .max(7)
    .default([]),
  /** Pure offences (treason, espionage) fall under Article 3 by nature (ROP paras 49–53). */
  pureOffence: z.boolean().default(false),
  repositoryChapters: z.array(RepositoryChapter).max(13).default([]),
  findings: z.array(Finding).max(50).default([]),
  caseStatus: z.array(CaseStatusMark).max(5).default([]),
  dataQuality: z.array(DataQualityIssue).max(4).default([]),
  dataQualityNote: text(2000)
})

/** A precedent the lawyer chose to cite under a ground; the citation is kept as accepted, so the memorandum does not change if the library entry is edited or deleted later. */
export const CitedPrecedent = z.object({ precedentId: id, citation: z.string().trim().min(1).max(300) })
export type CitedPrecedent = z.infer<typeof CitedPrecedent>

export const ChosenGround = z.object({
  groundId: GroundId,
  argument: text(20000),
  factIds: ids,
  exhibitIds: ids,
  /** Added with the precedents library (issue 8); drafts saved before it parse with []. Optional in the type so older code that builds a ground still compiles. */
  citedPrecedents: z.array(CitedPrecedent).max(30).default([]).optional()
})
export type ChosenGround = z.infer<typeof ChosenGround>

export const GroundsSection = z.object({
  /** Statute Art. 30(2): a correction/deletion request must state its reasons. */
  reasons: text(5000),
  chosen: z.array(ChosenGround).max(20).default([])
})

export const ReliefSection = z.object({
  /** Statute Art. 37: the Requests Chamber may order provisional measures at any time. */
  provisionalMeasures: z.object({ requested: z.boolean().default(false), urgency: text(2000) }).prefault({}),
  correctionDetails: text(5000),
  otherRelief: text(2000)
})

export const PetitionDraft = z.object({
  schemaVersion: z.literal(PETITION_DRAFT_SCHEMA_VERSION),
  id,
  dossierId: id,
  matterId: id,
  requestType: PetitionType,
  updatedAt: z.iso.datetime({ message: 'Must be an ISO timestamp.' }),
  applicant: ApplicantSection.prefault({}),
  representation: RepresentationSection.prefault({}),
  request: RequestSection.prefault({}),
  dataItem: DataItemSection.prefault({}),
  refugee: RefugeeSection.prefault({}),
  revision: RevisionSection.prefault({}),
  exhibits: z.array(ExhibitRef).max(500).default([]),
  facts: z.array(Fact).max(500).default([]),
  assessment: AssessmentSection.prefault({}),
  grounds: GroundsSection.prefault({}),
  relief: ReliefSection.prefault({})
})
export type PetitionDraft = z.infer<typeof PetitionDraft>
export type PetitionDraftInput = z.input<typeof PetitionDraft>
