// Eligibility and grounds checks: guidance with citations, never legal conclusions. Each check says
// whether the recorded facts may support a ground, point against it, or are not yet recorded, and
// how firm the source is (guidance.ts). The lawyer ticks categories and assessments; the app never
// guesses them from an offence's label.
import { formatDayLong, isIsoDay } from '../deadlines/isoDates'
import { article2Checks, article3Checks } from './articles2and3Checks'
import type { OffenceEntry, PetitionDraft } from './draftModel'
import type { EligibilityCheck } from './guidance'
import type { GroundId } from './groundsCatalogue'
import { refugeeConditions } from './refugeePolicy'

/** RPD Art. 83(1)(a)(ii): prosecution — maximum penalty of at least two years. */
export const PROSECUTION_THRESHOLD_MONTHS = 24
/** RPD Art. 83(1)(a)(ii): sentence — at least six months imposed and/or left to serve. */
export const SENTENCE_THRESHOLD_MONTHS = 6

const THRESHOLD = 'RPD Art. 83(1)(a)(ii)'
const EXCLUSIONS = 'RPD Art. 83(1)(a)(i)'

const months = (n: number) => (n % 12 === 0 && n > 0 ? `${n} months (${n / 12} year${n === 12 ? '' : 's'})` : `${n} month${n === 1 ? '' : 's'}`)
const penalty = (o: OffenceEntry) => (o.maxPenaltyMonths === null ? 'life imprisonment' : o.maxPenaltyMonths === undefined ? 'not recorded' : months(o.maxPenaltyMonths))
const offenceName = (o: OffenceEntry, i: number) => (o.description.trim() ? `"${o.description.trim()}"` : `offence ${i + 1}`)

/** The penalty threshold for a red notice (prosecution or sentence). Exported for its boundary tests. */
export function penaltyThresholdCheck(draft: PetitionDraft): EligibilityCheck {
  const d = draft.dataItem
  const base = { id: 'red-notice-threshold', citation: THRESHOLD, certainty: 'statutory' as const, groundId: 'red-notice-threshold' as GroundId }
  if (d.kind === 'diffusion')
    return { ...base, status: 'not-applicable', citation: `${THRESHOLD}; RPD Art. 99(3)`, text: 'The penalty thresholds are conditions of red notices; a diffusion is used precisely where a request does not qualify for a notice, so the threshold is not a ground against a diffusion.' }
  if (d.kind !== 'red-notice') return { ...base, status: 'not-applicable', text: 'The penalty thresholds are conditions of red notices; they do not concern this data item.' }

  const exception = ' Note that the General Secretariat may exceptionally publish a notice below the threshold where the case is of particular importance (RPD Art. 83(1)).'
  if (d.basis === 'sentence') {
    const { imposedMonths: imposed, remainingMonths: remaining } = d.sentence
    if (imposed !== undefined && imposed < SENTENCE_THRESHOLD_MONTHS)
      return { ...base, status: 'supports', text: `The sentence imposed (${months(imposed)}) is under 6 months: this may support deletion.${exception}` }
    if (remaining !== undefined && remaining < SENTENCE_THRESHOLD_MONTHS)
      return {
        ...base,
        status: 'supports',
        certainty: 'unsettled',
        text: `Under 6 months of the sentence remain to be served (${months(remaining)}): this may support deletion. The rule reads "sentenced to at least six months and/or at least six months left to serve"${imposed !== undefined ? `, and the sentence imposed was ${months(imposed)}` : ''}; whether a longer sentence with under 6 months left still qualifies depends on how "and/or" is read.${exception}`
      }
    if (remaining !== undefined) return { ...base, status: 'against', text: `${months(remaining)} of the sentence remain to be served, at or above the 6-month threshold: the threshold does not support deletion.` }
    return { ...base, status: 'unknown', text: 'Record the sentence imposed and the part left to serve: the threshold is 6 months.' }
  }

  if (d.offences.length === 0) return { ...base, status: 'unknown', text: 'Record the offences and their maximum penalties: the threshold for prosecution is a maximum penalty of at least 2 years.' }
  const assumed = d.basis === 'unknown' ? ' (assuming the notice seeks prosecution, not the enforcement of a sentence)' : ''
  const qualifying = d.offences.findIndex((o) => o.maxPenaltyMonths === null || (o.maxPenaltyMonths !== undefined && o.maxPenaltyMonths >= PROSECUTION_THRESHOLD_MONTHS))
  if (qualifying >= 0) {
    const o = d.offences[qualifying] as OffenceEntry
    return { ...base, status: 'against', text: `The maximum penalty for ${offenceName(o, qualifying)} is ${penalty(o)}, at or above the 2-year threshold${assumed}; one qualifying offence is enough for a notice, so the threshold does not support deletion.` }
  }
  const unknown = d.offences.findIndex((o) => o.maxPenaltyMonths === undefined)
  if (unknown >= 0) return { ...base, status: 'unknown', text: `Record the maximum penalty for ${offenceName(d.offences[unknown] as OffenceEntry, unknown)}: the threshold for prosecution is 2 years.` }
  const highest = Math.max(...d.offences.map((o) => o.maxPenaltyMonths ?? 0))
  return { ...base, status: 'supports', text: `The maximum penalty (${months(highest)}${d.offences.length > 1 ? ', the highest of the offences' : ''}) is under the 2-year threshold for prosecution${assumed}: this may support deletion.${exception}` }
}

const CATEGORY_NAMES: Record<PetitionDraft['assessment']['excludedCategories'][number], string> = {
  'behavioural-cultural-norms': 'an offence raising controversial issues of behavioural or cultural norms',
  'family-private-matter': 'a family or private matter',
  'administrative-violation': 'an administrative violation',
  'private-dispute': 'a private dispute'
}

function excludedCategoryChecks(draft: PetitionDraft): EligibilityCheck[] {
  const { kind } = draft.dataItem
  const a = draft.assessment
  const base = { citation: EXCLUSIONS, groundId: 'excluded-category' as GroundId }
  if (kind === 'sltd' || kind === 'other')
    return [{ ...base, id: 'excluded-category', status: 'not-applicable', certainty: 'statutory', text: 'The excluded offence categories are conditions of red notices; they do not concern this data item.' }]
  if (a.excludedCategories.length === 0)
    return [{ ...base, id: 'excluded-category', status: 'unknown', certainty: 'statutory', text: 'Consider whether the facts fall within a category excluded from red notices: behavioural or cultural norms, family or private matters, administrative violations, private or commercial disputes. Tick it from the facts.' }]
  const checks: EligibilityCheck[] = a.excludedCategories.map((category) => {
    const name = CATEGORY_NAMES[category]
    const linkable = category === 'private-dispute' || category === 'administrative-violation'
    if (linkable && a.seriousCrimeLinkAlleged)
      return { ...base, id: `excluded-category.${category}`, status: 'unknown', certainty: 'statutory', text: `Marked as ${name}, but the source alleges a link to serious or organised crime, which takes such an offence out of the exclusion. Consider answering that allegation with the facts.` }
    if (kind === 'diffusion')
      return { ...base, id: `excluded-category.${category}`, status: 'supports', certainty: 'unsettled', text: `Marked as ${name}. The exclusion is written for red notices; whether it reaches a diffusion is not settled in the sources read. If the access reply shows a red notice, it may support deletion directly.` }
    return { ...base, id: `excluded-category.${category}`, status: 'supports', certainty: 'statutory', text: `Marked as ${name}: red notices may not be published for such offences, which may support deletion.` }
  })
  if (a.excludedCategories.includes('private-dispute'))
    checks.push({
      id: 'excluded-category.precedent-risk',
      status: 'against',
      certainty: 'practice',
      citation: 'CCF Decision No. 2 (2018), published excerpt',
      groundId: 'excluded-category',
      text: 'Risk: the CCF found compliant a red notice about unfunded cheques in a private matter, with a trial in absentia (Decision No. 2 (2018)). Consider showing why this conduct is a private dispute rather than an ordinary-law offence of the source country.'
    })
  return checks
}

/** RPD Art. 83(2)(b): the minimum judicial data a red notice must contain. */
function judicialDataCheck(draft: PetitionDraft): EligibilityCheck {
  const d = draft.dataItem
  const base = { id: 'minimum-judicial-data', citation: 'RPD Art. 83(2)', certainty: 'statutory' as const, groundId: 'minimum-judicial-data' as GroundId }
  if (d.kind !== 'red-notice') return { ...base, status: 'not-applicable', text: 'The minimum judicial data of RPD Art. 83(2) are required of red notices.' }
  if (!d.noticeContentKnown)
    return { ...base, status: 'unknown', text: 'The content of the notice itself is not known yet. Once it is (e.g. from the access reply), check that it states a summary of facts, the charges, the laws, the maximum penalty and a valid arrest warrant.' }
  // With noticeContentKnown the data-item answers describe the notice as disclosed, not the warrant.
  const missing: string[] = []
  if (!d.noticeFactsSummary.trim()) missing.push('a summary of facts')
  if (!d.offences.some((o) => o.description.trim())) missing.push('the charges')
  if (d.offences.length === 0 || d.offences.some((o) => !o.legalProvision.trim())) missing.push('the laws')
  if (d.offences.length === 0 || d.offences.some((o) => o.maxPenaltyMonths === undefined)) missing.push('the maximum penalty')
  if (!d.warrant.number.trim() && !(d.warrant.date && d.warrant.court.trim())) missing.push('a reference to a valid arrest warrant')
  if (missing.length === 0) return { ...base, status: 'against', text: 'The notice as disclosed states the minimum judicial data.' }
  return { ...base, status: 'supports', text: `The notice as disclosed does not state ${missing.join(', ')}: this may support correction or deletion.` }
}

const CASE_STATUS: Record<PetitionDraft['assessment']['caseStatus'][number], { text: string; citation: string }> = {
  'purpose-achieved': { text: 'The purpose for which the data were recorded has been achieved', citation: 'RPD Art. 81(3)' },
  'proceedings-closed': { text: 'The proceedings were terminated or the warrant withdrawn or annulled', citation: 'RPD Art. 81(3)' },
  'limitation-expired': { text: 'The limitation period has expired', citation: 'RPD Art. 81(3)' },
  acquitted: { text: 'The client was cleared of the charges; keeping the criminal history of a cleared person is prohibited', citation: 'RPD Arts 52(2), 81(3)' },
  'no-extradition-steps': { text: 'The requesting NCB could act once the client was located but took no steps and gave no reasonable grounds', citation: 'RPD Arts 81(3), 87(b)' }
}

function purposeChecks(draft: PetitionDraft): EligibilityCheck[] {
  const marks = draft.assessment.caseStatus
  if (marks.length === 0)
    return [{ id: 'purpose-achieved', status: 'unknown', certainty: 'statutory', citation: 'RPD Art. 81(3)', groundId: 'purpose-achieved', text: 'Consider whether the purpose has been achieved or the case closed: proceedings terminated, warrant withdrawn, limitation expired, acquittal, or no steps by the requesting NCB after the client was located.' }]
  return marks.map((m) => ({ id: `purpose-achieved.${m}`, status: 'supports', certainty: 'statutory', citation: CASE_STATUS[m].citation, groundId: 'purpose-achieved', text: `${CASE_STATUS[m].text}: this may support deletion.` }))
}

const QUALITY: Record<PetitionDraft['assessment']['dataQuality'][number], string> = {
  'identity-data-wrong': 'The identity data recorded are wrong',
  outdated: 'The data are out of date',
  'status-wrong': 'The status recorded is wrong (e.g. a valid passport in its holder’s hands recorded as lost)',
  other: 'The data are otherwise inaccurate'
}

function dataQualityChecks(draft: PetitionDraft): EligibilityCheck[] {
  const a = draft.assessment
  const base = { citation: 'RPD Art. 12', certainty: 'statutory' as const, groundId: 'data-quality' as GroundId }
  const checks: EligibilityCheck[] = a.dataQuality.length
    ? a.dataQuality.map((q) => ({ ...base, id: `data-quality.${q}`, status: 'supports', text: `${QUALITY[q]}${q === 'other' && a.dataQualityNote.trim() ? ` (${a.dataQualityNote.trim()})` : ''}: this may support correction or deletion.` }))
    : [{ ...base, id: 'data-quality', status: 'unknown', text: 'Consider whether the data recorded are accurate and up to date (identity data, status, facts).' }]
  if (draft.dataItem.kind === 'sltd')
    checks.push({ ...base, id: 'data-quality.sltd-practice', status: 'unknown', certainty: 'unsettled', citation: 'RPD Arts 10–12; PGUIDE §1.1', text: 'SLTD entries fall under the general rules on data; no SLTD-specific article, retention period or CCF practice on SLTD challenges was found (unconfirmed). The portal accepts requests about data relating to a person "or their property".' })
  return checks
}

function revisionChecks(draft: PetitionDraft): EligibilityCheck[] {
  const r = draft.revision
  const found = r.discoveryDate ? ` (discovered ${isIsoDay(r.discoveryDate) ? formatDayLong(r.discoveryDate) : r.discoveryDate})` : ''
  return [
    {
      id: 'revision.new-fact',
      status: r.newFact.trim() && r.whyDecisive.trim() ? 'supports' : 'unknown',
      text: `Revision needs a fact${found} that could have led to a different conclusion had it been known; a new argument, or disagreement with the decision, is not enough. Consider stating why the fact could change the outcome.`,
      citation: 'Statute Art. 42(1)',
      certainty: 'statutory',
      groundId: 'revision-new-fact'
    }
  ]
}

/** All checks for the draft, in the order of the memorandum's grounds. */
export function eligibilityChecks(draft: PetitionDraft): EligibilityCheck[] {
  if (draft.requestType === 'revision') return [...revisionChecks(draft), ...article2Checks(draft), ...article3Checks(draft)]
  const refugee = refugeeConditions({ ...draft.refugee, requestingCountry: draft.dataItem.requestingCountry, dataItem: draft.dataItem.kind }).map((c): EligibilityCheck => ({ ...c, groundId: 'refugee-policy' }))
  return [
    penaltyThresholdCheck(draft),
    ...excludedCategoryChecks(draft),
    judicialDataCheck(draft),
    ...article3Checks(draft),
    ...article2Checks(draft),
    ...refugee,
    ...purposeChecks(draft),
    ...dataQualityChecks(draft)
  ]
}

/** Grounds at least one check may support, in catalogue order of first appearance: the wizard's suggestions. */
export function groundsSuggestedByChecks(checks: readonly EligibilityCheck[]): GroundId[] {
  const out: GroundId[] = []
  for (const c of checks) if (c.status === 'supports' && c.groundId && !out.includes(c.groundId)) out.push(c.groundId)
  return out
}
