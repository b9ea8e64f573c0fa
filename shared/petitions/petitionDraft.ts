// The wizard's steps: which steps each request type has, and the schema each step must pass before
// the lawyer moves on. The stored draft (draftModel.ts) accepts unfinished answers; these schemas say
// what is still missing, field by field. Admissibility across steps (attachments, the revision time
// limit) is the pre-flight's job (admissibilityPreflight.ts).
import { z } from 'zod'
import { IdDocumentKind } from '../domain/client'
import { CorrectionAction, PetitionDraft, WorkingLanguage, type PetitionDraft as Draft } from './draftModel'
import { GroundId, groundById } from './groundsCatalogue'
import { PETITION_TYPE_NAMES, type PetitionType } from './guidance'
import {
  countryItem,
  knownId,
  knownIds,
  optionalCountry,
  optionalDate,
  optionalEmail,
  optionalLanguage,
  optionalText,
  requiredCountry,
  requiredDate,
  requiredText,
  toStepIssues,
  type StepIssue
} from './stepFields'

export * from './draftModel'
export { prefillFromDossier, writeBackToDossier, type PrefillOptions, type WriteBackResult } from './dossierSync'
export type { StepIssue } from './stepFields'

export const StepId = z.enum(['applicant', 'request', 'data-item', 'refugee', 'revision', 'exhibits', 'facts', 'assessment', 'grounds', 'relief'])
export type StepId = z.infer<typeof StepId>

/** Exhibits come before facts and grounds, which point at them. */
export const STEPS: Record<PetitionType, readonly StepId[]> = {
  access: ['applicant', 'request', 'data-item', 'exhibits'],
  'correction-deletion': ['applicant', 'request', 'data-item', 'exhibits', 'facts', 'assessment', 'grounds', 'relief'],
  'refugee-status-deletion': ['applicant', 'request', 'data-item', 'refugee', 'exhibits', 'facts', 'assessment', 'grounds', 'relief'],
  revision: ['applicant', 'request', 'data-item', 'revision', 'exhibits', 'facts', 'grounds', 'relief']
}

export const STEP_TITLES: Record<StepId, string> = {
  applicant: 'Applicant and representation',
  request: 'Request type and working language',
  'data-item': 'Data concerned',
  refugee: 'Refugee status',
  revision: 'Decision under revision and new fact',
  exhibits: 'Exhibits',
  facts: 'Statement of facts',
  assessment: 'Eligibility and grounds checklist',
  grounds: 'Grounds and reasons',
  relief: 'Relief sought'
}

/** What each step rests on, for the pre-flight item that reports an unfinished step. */
export const STEP_BASIS: Record<StepId, string> = {
  applicant: 'ADM §§1–2; Statute Art. 30(2)',
  request: 'Statute Arts 18(1), 30(2); ADM §3',
  'data-item': 'Statute Art. 29(1); PGUIDE §1.1',
  refugee: 'GA-2017-86-RES-09 (REFRES)',
  revision: 'Statute Art. 42',
  exhibits: 'Statute Art. 18(1)',
  facts: 'Statute Art. 38(2)',
  assessment: 'RPD Arts 12, 34(3), 81(3), 83',
  grounds: 'Statute Art. 30(2)',
  relief: 'Statute Art. 37'
}

/**
 * A choice the lawyer must make. zod skips the refinements of an optional key that is absent, so
 * "not chosen yet" is spelled as a union with undefined to reach the message.
 */
const requiredChoice = <T extends z.ZodType>(schema: T, message: string) => z.union([schema, z.undefined()]).refine((v) => v !== undefined, { message })

/** A superRefine for lists whose items must not repeat (two exhibits with one id would confuse every link). */
const noRepeats =
  <T>(field: string, key: (item: T) => string) =>
  (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      const k = key(item)
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: `${field} appears twice.` })
      seen.add(k)
    })
  }

/** The schema one step must pass, for a draft of this type (references are checked against the draft's own lists). */
export function stepSchema(stepId: StepId, draft: Draft): z.ZodType {
  const type = draft.requestType
  const exhibitIds = new Set(draft.exhibits.map((e) => e.id))
  const factIds = new Set(draft.facts.map((f) => f.id))
  const notAccess = type !== 'access'
  switch (stepId) {
    case 'applicant': {
      const person = draft.applicant.kind !== 'entity'
      return z.object({
        applicant: z.object({
          legalName: requiredText('Full name (as the applicant writes it)', 200),
          latinName: optionalText('Latin transliteration', 200),
          familyName: person ? requiredText('Family name', 200) : optionalText('Family name', 200),
          forenames: person ? requiredText('Forename(s)', 200) : optionalText('Forename(s)', 200),
          dateOfBirth: person ? requiredDate('Date of birth') : optionalDate('Date of birth'),
          nationalities: z.array(countryItem),
          contact: z.object({ email: optionalEmail('Applicant e-mail address') }),
          identityDocument: z.object({
            kind: requiredChoice(IdDocumentKind, 'Identity document type is required: passport, national identity card, residence permit, refugee travel document or other.'),
            issuingCountry: optionalCountry('Issuing country of the identity document')
          }),
          ...(draft.applicant.kind === 'entity' && {
            entity: z.object({ name: requiredText('Entity name', 300), registeredOn: requiredDate('Date of incorporation or registration'), standingProofExhibitId: requiredText('Proof of the signatory’s standing (exhibit)').pipe(knownId('Proof of the signatory’s standing', exhibitIds)) })
          }),
          ...(draft.applicant.kind === 'minor' && {
            minor: z.object({ guardianName: requiredText('Name of the parent or guardian', 200), relationshipProofExhibitId: requiredText('Proof of the relationship with the minor (exhibit)').pipe(knownId('Proof of the relationship with the minor', exhibitIds)) })
          })
        }),
        ...(draft.representation.represented && {
          representation: z.object({ representative: z.object({ name: requiredText('Representative’s name', 200), email: optionalEmail('Representative’s e-mail address') }) })
        })
      })
    }
    case 'request':
      return z.object({
        request: z.object({
          workingLanguage: requiredChoice(WorkingLanguage, 'Working language is required: Arabic, English, French or Spanish (Statute Art. 18(1)).'),
          clientLanguage: optionalLanguage('Client’s language'),
          ...(type === 'correction-deletion' && { action: requiredChoice(CorrectionAction, 'Correction or deletion: say whether the request seeks deletion, correction, or both.') }),
          ...(type === 'access' && { accessPurpose: requiredText('Purpose of the request (ADM §3)', 2000) })
        })
      })
    case 'data-item':
      return z.object({
        dataItem: z.object({
          requestingCountry: notAccess ? requiredCountry('Requesting country') : optionalCountry('Requesting country'),
          offences: z.array(z.object({ description: requiredText('Offence description', 500) })),
          warrant: z.object({ date: optionalDate('Date of the arrest warrant') }),
          ...(notAccess && draft.dataItem.kind === 'sltd' && { sltdDocumentNumber: requiredText('Number of the document recorded in SLTD', 64) })
        })
      })
    case 'refugee':
      return z.object({
        refugee: z.object({
          grantingCountry: requiredCountry('Country that granted protection'),
          grantedOn: requiredDate('Date protection was granted'),
          reference: requiredText('Reference of the protection decision', 120),
          currentStatus: requiredChoice(z.string(), 'Current status is required: asylum seeker, status granted, naturalised or revoked.'),
          persecutionCountry: optionalCountry('Country of feared persecution'),
          statusDocumentExhibitId: knownId('Protection decision (exhibit)', exhibitIds)
        })
      })
    case 'revision':
      return z.object({
        revision: z
          .object({
            previousDecisionReference: requiredText('Reference of the CCF decision under revision', 120),
            previousDecisionDate: requiredDate('Date of the CCF decision under revision'),
            previousDecisionExhibitId: knownId('CCF decision (exhibit)', exhibitIds),
            newFact: requiredText('New fact', 5000),
            discoveryDate: requiredDate('Date the new fact was discovered'),
            whyDecisive: requiredText('Why the new fact could have changed the decision (Statute Art. 42(1))', 5000)
          })
          .refine((r) => !(r.discoveryDate < r.previousDecisionDate), {
            path: ['discoveryDate'],
            message: 'Date the new fact was discovered is before the decision under revision: a fact known before the decision is not new (Statute Art. 42(1)).'
          })
      })
    case 'exhibits':
      return z.object({
        exhibits: z
          .array(
            z.object({
              id: z.string(),
              title: requiredText('Exhibit title', 300),
              language: optionalLanguage('Exhibit language'),
              translationOf: z.string().optional().refine((t) => t === undefined || exhibitIds.has(t), { message: 'Translated exhibit is not in the list.' })
            })
          )
          .superRefine(noRepeats('Exhibit id', (e) => e.id))
      })
    case 'facts':
      return z.object({
        facts: z
          .array(z.object({ id: z.string(), text: requiredText('Text of the fact'), date: optionalDate('Date of the fact'), exhibitIds: knownIds('Linked exhibit', exhibitIds) }))
          .min(type === 'correction-deletion' || type === 'refugee-status-deletion' ? 1 : 0, { message: 'Statement of facts: add at least one fact.' })
          .superRefine(noRepeats('Fact id', (f) => f.id))
      })
    case 'assessment':
      return z.object({
        assessment: z
          .object({
            article3Factors: z.array(z.object({ factor: z.string(), note: optionalText('Note on the Article 3 factor', 2000) })).superRefine(noRepeats('Article 3 factor', (f) => f.factor)),
            findings: z.array(z.object({ body: requiredText('Body that made the finding', 300), date: optionalDate('Date of the finding'), summary: requiredText('Summary of the finding'), exhibitId: knownId('Finding exhibit', exhibitIds) })),
            dataQuality: z.array(z.string()),
            dataQualityNote: z.string()
          })
          .refine((a) => !a.dataQuality.includes('other') || a.dataQualityNote.trim() !== '', { path: ['dataQualityNote'], message: 'Data quality note is required when "other" is ticked: say what is wrong.' })
      })
    case 'grounds': {
      const required = type === 'correction-deletion' || type === 'refugee-status-deletion'
      return z.object({
        grounds: z
          .object({
            reasons: required ? requiredText('Reasons for the request (Statute Art. 30(2))') : optionalText('Reasons for the request'),
            chosen: z
              .array(
                z.object({
                  groundId: GroundId.refine((g) => groundById(g).appliesTo.includes(type), { message: `Ground is not available in a ${PETITION_TYPE_NAMES[type].toLowerCase()}.` }),
                  argument: optionalText('Argument for this ground', 20000),
                  factIds: knownIds('Linked fact', factIds),
                  exhibitIds: knownIds('Linked exhibit', exhibitIds)
                })
              )
              .min(required ? 1 : 0, { message: 'Grounds: choose at least one ground.' })
              .superRefine(noRepeats('Ground', (g) => g.groundId))
          })
          .refine((g) => type !== 'refugee-status-deletion' || g.chosen.some((c) => c.groundId === 'refugee-policy'), {
            path: ['chosen'],
            message: 'Grounds: a refugee-status deletion request must include the refugee-policy ground (GA-2017-86-RES-09).'
          })
      })
    }
    case 'relief':
      return z.object({
        relief: z
          .object({ provisionalMeasures: z.object({ requested: z.boolean(), urgency: z.string() }), correctionDetails: z.string() })
          .refine((r) => !r.provisionalMeasures.requested || r.provisionalMeasures.urgency.trim() !== '', {
            path: ['provisionalMeasures', 'urgency'],
            message: 'Urgency is required when provisional measures are requested: say why they cannot wait (Statute Art. 37).'
          })
          .refine((r) => !(type === 'correction-deletion' && draft.request.action !== undefined && draft.request.action !== 'deletion') || r.correctionDetails.trim() !== '', {
            path: ['correctionDetails'],
            message: 'Correction sought is required: say which data should be corrected and how.'
          })
      })
  }
}

export interface StepResult {
  stepId: StepId
  title: string
  /** False when the step is not part of this request type's wizard (nothing to check). */
  applicable: boolean
  ok: boolean
  issues: StepIssue[]
}

export function validateStep(draft: Draft, stepId: StepId): StepResult {
  const title = STEP_TITLES[stepId]
  if (!STEPS[draft.requestType].includes(stepId)) return { stepId, title, applicable: false, ok: true, issues: [] }
  const parsed = stepSchema(stepId, draft).safeParse(draft)
  const issues = parsed.success ? [] : toStepIssues(parsed.error.issues)
  return { stepId, title, applicable: true, ok: issues.length === 0, issues }
}

/** Every step of the draft's request type, in wizard order (the review screen's list). */
export function validateDraft(draft: Draft): StepResult[] {
  return STEPS[draft.requestType].map((stepId) => validateStep(draft, stepId))
}

/** Parses a stored draft (e.g. after decrypting it); throws a ZodError when it is not a draft. */
export function readDraft(stored: unknown): Draft {
  return PetitionDraft.parse(stored)
}
