// The admissibility pre-flight: what the CCF checks before it looks at the merits (Statute Art. 32;
// ADM), run on the draft before anything is exported. A blocking item stops the export; a
// non-blocking one is a warning the lawyer should read (often a point the sources leave open).
import { formatDayLong, isIsoDay } from '../deadlines/isoDates'
import type { PetitionDraft } from './draftModel'
import { countryName, PETITION_TYPE_NAMES, type GuidanceCertainty } from './guidance'
import { STEP_BASIS, STEPS, validateStep } from './petitionDraft'
import { NOT_YET_CONFIRMED, REFRES } from './refugeePolicy'
import { revisionTimeliness } from './revisionWindow'

export interface PreflightItem {
  id: string
  ok: boolean
  message: string
  citation: string
  /** A blocking item that is not ok prevents export; a non-blocking one is a warning. */
  blocking: boolean
  /** Set when the rule behind the item is not firm (unsettled: the sources conflict or are unconfirmed). */
  certainty?: GuidanceCertainty
}

export interface PreflightResult {
  canExport: boolean
  items: PreflightItem[]
}

const LANGUAGES = { ar: 'Arabic', en: 'English', fr: 'French', es: 'Spanish' } as const
const LEGIBLE = { forenames: 'forename(s)', familyName: 'family name', dateOfBirth: 'date of birth', photograph: 'photograph' } as const

/** Step answers the specific items below already report: not repeated in the step summaries. */
const COVERED = new Set([
  'request.workingLanguage',
  'request.action',
  'request.accessPurpose',
  'grounds.reasons',
  'refugee.currentStatus',
  'refugee.grantingCountry',
  'revision.previousDecisionReference',
  'revision.previousDecisionDate',
  'revision.discoveryDate'
])

export function preflight(draft: PetitionDraft, options: { today: string }): PreflightResult {
  const items: PreflightItem[] = []
  const add = (item: PreflightItem) => items.push(item)
  const type = draft.requestType
  const attached = (kind: string) => draft.exhibits.some((e) => e.kind === kind && e.attached)
  const exhibitAttached = (id: string) => draft.exhibits.some((e) => e.id === id && e.attached)

  const action = draft.request.action
  const typeChosen = type !== 'correction-deletion' || action !== undefined
  add({
    id: 'request-type',
    ok: typeChosen,
    message: typeChosen
      ? `Request type: ${PETITION_TYPE_NAMES[type]}${type === 'correction-deletion' ? ` (${action === 'correction-and-deletion' ? 'correction and deletion' : action})` : ''}.`
      : 'Request type: say whether the request seeks deletion, correction, or both.',
    citation: 'Statute Arts 29, 30(2), 42; ADM §3',
    blocking: true
  })
  const language = draft.request.workingLanguage
  add({
    id: 'working-language',
    ok: language !== undefined,
    message: language ? `Working language: ${LANGUAGES[language]}.` : 'Choose the working language of the request: Arabic, English, French or Spanish.',
    citation: 'Statute Arts 18(1), 30(2)',
    blocking: true
  })

  const entity = draft.applicant.kind === 'entity'
  add({
    id: 'identity-document',
    ok: attached('identity-document'),
    message: attached('identity-document')
      ? 'Identity document attached.'
      : entity
        ? 'Attach the entity’s official document (full name, date of incorporation or registration, registration number): the request cannot be exported without it.'
        : 'Attach a copy of the applicant’s identity document showing name, family name, date of birth and photograph, not redacted: the request cannot be exported without it.',
    citation: 'ADM §2',
    blocking: true
  })
  if (!entity) {
    const legible = draft.applicant.identityDocument.legible
    const missing = (Object.keys(LEGIBLE) as Array<keyof typeof LEGIBLE>).filter((k) => !legible[k]).map((k) => LEGIBLE[k])
    add({
      id: 'identity-fields-legible',
      ok: missing.length === 0,
      message: missing.length === 0 ? 'Identity document checked: all required fields legible.' : `Check the copy of the identity document and record that it shows legibly: ${missing.join(', ')}.`,
      citation: 'ADM §2',
      blocking: true
    })
  }
  if (entity)
    add({ id: 'entity-standing', ok: exhibitAttached(draft.applicant.entity.standingProofExhibitId), message: exhibitAttached(draft.applicant.entity.standingProofExhibitId) ? 'Proof of the signatory’s standing attached.' : 'Attach proof of the signatory’s standing to represent the entity.', citation: 'ADM §2', blocking: true })
  if (draft.applicant.kind === 'minor')
    add({ id: 'minor-relationship', ok: exhibitAttached(draft.applicant.minor.relationshipProofExhibitId), message: exhibitAttached(draft.applicant.minor.relationshipProofExhibitId) ? 'Proof of the relationship with the minor attached.' : 'Attach a document proving the relationship with the minor (and the minor’s identity document as the identity exhibit).', citation: 'ADM §2', blocking: true })

  if (draft.representation.represented) {
    const poa = draft.representation.powerOfAttorney
    const missing = [!poa.generatedOn && 'generate it', !poa.signed && 'mark it signed by the client', !attached('power-of-attorney') && 'attach the signed copy'].filter((s): s is string => typeof s === 'string')
    add({
      id: 'power-of-attorney',
      ok: missing.length === 0,
      message: missing.length === 0 ? `Power of attorney generated${isIsoDay(poa.generatedOn) ? ` on ${formatDayLong(poa.generatedOn)}` : ''}, signed and attached.` : `Power of attorney (the request is filed by a representative): ${missing.join('; ')}.`,
      citation: 'Statute Art. 30(2); ADM §§1–2',
      blocking: true
    })
    add({ id: 'power-of-attorney-original', ok: false, message: 'Whether the CCF still requires the original signed power of attorney, or accepts a scanned upload through the portal, is unconfirmed: keep the original.', citation: 'ADM §2; HOWTO', blocking: false, certainty: 'unsettled' })
  }

  if (type === 'access') {
    const ok = draft.request.accessPurpose.trim() !== ''
    add({ id: 'access-purpose', ok, message: ok ? 'Purpose stated: request for access.' : 'State the purpose of the request (a simple request for access).', citation: 'ADM §3', blocking: true })
  }
  if (type === 'correction-deletion' || type === 'refugee-status-deletion') {
    const ok = draft.grounds.reasons.trim() !== ''
    add({ id: 'reasons', ok, message: ok ? 'Reasons for the request stated.' : 'State the reasons for the request: a request for correction or deletion must give them.', citation: 'Statute Art. 30(2)', blocking: true })
  }
  if (type === 'refugee-status-deletion') refugeeItems(draft, add)
  if (type === 'revision') revisionItems(draft, options.today, add)

  for (const stepId of STEPS[type]) {
    const issues = validateStep(draft, stepId).issues.filter((i) => !COVERED.has(i.path))
    if (issues.length) add({ id: `step.${stepId}`, ok: false, message: issues.map((i) => i.message).join(' '), citation: STEP_BASIS[stepId], blocking: true })
  }

  const notAttached = draft.exhibits.filter((e) => !e.attached && e.kind !== 'identity-document' && e.kind !== 'power-of-attorney')
  if (notAttached.length)
    add({ id: 'exhibits-attached', ok: false, message: `Listed but not attached: ${notAttached.map((e) => e.title || e.id).join('; ')}.`, citation: 'HOWTO (documents are uploaded through the portal)', blocking: false })
  const untranslated = draft.exhibits.filter((e) => e.language && !(e.language in LANGUAGES) && e.kind !== 'translation' && !draft.exhibits.some((t) => t.translationOf === e.id))
  if (untranslated.length)
    add({ id: 'translations', ok: false, message: `Consider adding a translation into a working language of: ${untranslated.map((e) => e.title || e.id).join('; ')}.`, citation: 'Statute Art. 18(1); practitioner advice (europeancourt.org)', blocking: false, certainty: 'practice' })

  return { canExport: items.every((i) => i.ok || !i.blocking), items }
}

function refugeeItems(draft: PetitionDraft, add: (item: PreflightItem) => void) {
  const r = draft.refugee
  const requesting = draft.dataItem.requestingCountry
  const confirmed = r.currentStatus === 'granted'
  add({
    id: 'refugee-status-confirmed',
    ok: confirmed,
    message: confirmed ? 'Protection status recorded as granted.' : r.currentStatus === 'asylum-seeker' ? NOT_YET_CONFIRMED : 'A refugee-status deletion request needs refugee status that is currently granted.',
    citation: REFRES,
    blocking: true,
    ...(r.currentStatus === 'asylum-seeker' ? { certainty: 'unsettled' as const } : {})
  })
  const otherCountry = r.grantingCountry !== '' && r.grantingCountry !== requesting
  add({
    id: 'refugee-granting-country',
    ok: otherCountry,
    message: otherCountry
      ? `Status granted by ${countryName(r.grantingCountry)}, not by the requesting country.`
      : r.grantingCountry === ''
        ? 'Record the country that granted protection.'
        : `Protection was granted by the requesting country (${countryName(requesting)}) itself: the refugee route does not fit.`,
    citation: REFRES,
    blocking: true
  })
  add({ id: 'refugee-status-document', ok: exhibitOk(draft, r.statusDocumentExhibitId), message: exhibitOk(draft, r.statusDocumentExhibitId) ? 'Protection decision attached.' : 'Attach the protection decision or refugee travel document: expected in practice, though not confirmed as a formal requirement.', citation: 'REFRES; practitioner reports', blocking: false, certainty: 'unsettled' })
}

const exhibitOk = (draft: PetitionDraft, id: string) => id !== '' && draft.exhibits.some((e) => e.id === id && e.attached)

function revisionItems(draft: PetitionDraft, today: string, add: (item: PreflightItem) => void) {
  const r = draft.revision
  const decisionOk = r.previousDecisionReference.trim() !== '' && isIsoDay(r.previousDecisionDate)
  add({
    id: 'revision-previous-decision',
    ok: decisionOk,
    message: decisionOk ? `Decision under revision: ${r.previousDecisionReference.trim()} of ${formatDayLong(r.previousDecisionDate)}.` : 'Record the reference and the date of the CCF decision under revision.',
    citation: 'Statute Art. 42',
    blocking: true
  })
  if (!isIsoDay(r.discoveryDate)) {
    add({ id: 'revision-time-limit', ok: false, message: 'Record the date the new fact was discovered: the application must be filed within 6 months of it.', citation: 'Statute Art. 42(2)', blocking: true })
  } else {
    const t = revisionTimeliness(r.discoveryDate, today)
    add({ id: 'revision-time-limit', ok: t.inTime, message: t.message, citation: t.citation, blocking: true })
  }
  add({ id: 'revision-summary', ok: r.summaryPrepared, message: r.summaryPrepared ? 'Two-page summary prepared.' : 'Practitioners report that since March 2026 the portal first asks for a two-page summary of a revision application (unconfirmed): consider preparing one.', citation: 'Practitioner report (europeancourt.org)', blocking: false, certainty: 'unsettled' })
}
