// Article 3 (neutrality) as a structured checklist of the elements RPD Art. 34(3) names, and Article
// 2(1) (human rights) from findings of competent bodies. The lawyer records the assessment; these
// checks turn it into cited guidance. INTERPOL does not weigh evidence or decide guilt (ROP para 11),
// so nothing here says whether the client did what is alleged.
import type { PetitionDraft } from './draftModel'
import type { Article3Factor } from './draftModel'
import { formatDayLong, isIsoDay } from '../deadlines/isoDates'
import type { EligibilityCheck } from './guidance'

/** RPD Art. 34(3); ROP para 55. The prompt says what to look at, with the Repository's pointers. */
export const ARTICLE_3_FACTORS: Record<Article3Factor, { prompt: string; citation: string }> = {
  'nature-of-offence': {
    prompt: 'Nature of the offence: the charges and the underlying facts. The label the requesting country gives is not decisive; the facts are (ROP paras 49–53).',
    citation: 'RPD Art. 34(3); ROP paras 49–53, 55'
  },
  'status-of-persons': { prompt: 'Status of the persons concerned (e.g. opposition figure, journalist, former official).', citation: 'RPD Art. 34(3); ROP para 55' },
  'identity-of-source': { prompt: 'Identity of the source of the data.', citation: 'RPD Art. 34(3); ROP para 55' },
  'positions-of-others': {
    prompt: 'Positions of other NCBs or international entities, including refusals to extradite: their reasoning is considered, though a refusal does not by itself bring the case under Article 3 (ROP para 41).',
    citation: 'RPD Art. 34(3); ROP paras 41, 55'
  },
  'international-law-obligations': { prompt: 'Obligations under international law.', citation: 'RPD Art. 34(3); ROP para 55' },
  'neutrality-implications': { prompt: 'Implications for the neutrality of the Organization.', citation: 'RPD Art. 34(3); ROP para 55' },
  'general-context': {
    prompt: 'General context of the case, including similar requests against other people from the same country and earlier refusals (ROP para 56).',
    citation: 'RPD Art. 34(3); ROP paras 55–56'
  }
}

const CHAPTER_NAMES: Record<PetitionDraft['assessment']['repositoryChapters'][number], string> = {
  'former-officials': 'former politicians and officials',
  'freedom-of-expression': 'freedom of expression',
  'assembly-and-association': 'freedom of assembly and association',
  'state-security': 'offences against State security',
  'unconstitutional-seizure-of-power': 'unconstitutional seizure of power and unrest',
  terrorism: 'terrorism',
  sanctions: 'sanctions violations',
  'election-crimes': 'election crimes',
  'illegal-emigration': 'illegal emigration',
  'military-aspects': 'military aspects',
  'religious-racial-elements': 'religious or racial elements',
  'separation-of-charges': 'separation of charges',
  'coherence-charges-facts': 'coherence between charges and facts'
}

export function article3Checks(draft: PetitionDraft): EligibilityCheck[] {
  const a = draft.assessment
  const checks: EligibilityCheck[] = []
  for (const factor of Object.keys(ARTICLE_3_FACTORS) as Article3Factor[]) {
    const { prompt, citation } = ARTICLE_3_FACTORS[factor]
    const answer = a.article3Factors.find((f) => f.factor === factor)
    const note = answer?.note.trim() ? ` Lawyer’s note: ${answer.note.trim()}` : ''
    const status = answer?.leaning === 'points-to-article-3' ? 'supports' : answer?.leaning === 'points-away' ? 'against' : 'unknown'
    const verdict =
      status === 'supports'
        ? 'Assessed as pointing to a predominantly political, military, religious or racial character: this may support an Article 3 argument.'
        : status === 'against'
          ? 'Assessed as pointing to an ordinary-law offence: consider how the other elements weigh against it.'
          : 'Not assessed yet: consider it.'
    checks.push({ id: `article3.${factor}`, status, text: `${prompt} ${verdict}${note}`, citation, certainty: 'statutory', groundId: 'article-3' })
  }
  if (a.pureOffence)
    checks.push({
      id: 'article3.pure-offence',
      status: 'supports',
      text: 'Marked as a pure offence (with no ordinary-law element, such as treason or espionage): such offences fall under Article 3 by their nature, which may support deletion.',
      citation: 'Constitution Art. 3; ROP paras 49–53',
      certainty: 'practice',
      groundId: 'article-3'
    })
  if (a.repositoryChapters.length)
    checks.push({
      id: 'article3.repository-chapters',
      status: 'supports',
      text: `The facts touch the Repository of Practice chapters on ${a.repositoryChapters.map((c) => CHAPTER_NAMES[c]).join('; ')}: this may support an Article 3 argument; consider building it on their guidance.`,
      citation: 'ROP (Repository of Practice, 3rd ed. 2024)',
      certainty: 'practice',
      groundId: 'article-3'
    })
  return checks
}

export function article2Checks(draft: PetitionDraft): EligibilityCheck[] {
  const checks: EligibilityCheck[] = []
  for (const f of draft.assessment.findings) {
    const when = isIsoDay(f.date) ? ` (${formatDayLong(f.date)})` : ''
    const summary = f.summary.trim() ? `: ${f.summary.trim()}` : ''
    checks.push(
      f.kind === 'extradition-refusal'
        ? {
            id: `article2.finding.${f.id}`,
            status: 'supports',
            text: `Extradition refused by ${f.body || 'a competent authority'}${when}${summary}. Its reasoning is considered and may support Article 2 and Article 3 arguments, though a refusal does not by itself bring the case under Article 3.`,
            citation: 'ROP paras 25–27, 41',
            certainty: 'practice',
            groundId: 'article-2'
          }
        : {
            id: `article2.finding.${f.id}`,
            status: 'supports',
            text: `Finding by ${f.body || 'a competent body'}${when}${summary}. INTERPOL relies on findings of competent bodies rather than its own human-rights fact-finding, so this may support an Article 2 argument.`,
            citation: 'ROP paras 25–27',
            certainty: 'practice',
            groundId: 'article-2'
          }
    )
  }
  if (checks.length === 0)
    checks.push({
      id: 'article2.findings',
      status: 'unknown',
      text: 'No finding of a competent body is recorded. Consider whether a court, a UN treaty body or another competent body has found a breach (unfair trial, torture, unlawful evidence) or refused extradition in this case.',
      citation: 'ROP paras 25–27, 41',
      certainty: 'practice',
      groundId: 'article-2'
    })

  const status = draft.refugee.currentStatus
  if (status === 'granted')
    checks.push({
      id: 'article2.refugee-status',
      status: 'supports',
      text: 'The client’s protection status weighs in the Article 2 review, and a request from the country the client is protected against may taint the whole request: this may support an Article 2 argument.',
      citation: 'ROP paras 32(b)–(c), 33(a)',
      certainty: 'practice',
      groundId: 'article-2'
    })
  else if (status === 'asylum-seeker')
    checks.push({
      id: 'article2.asylum-pending',
      status: 'unknown',
      text: 'The asylum claim is pending. The Repository refers to refugee status obtained; practitioners report the CCF protecting asylum seekers on Article 2 or 3 grounds where the refugee policy did not apply. Consider raising the claim and its grounds.',
      citation: 'ROP para 32(b); practitioner reports (rednoticeabuse.com)',
      certainty: 'unsettled',
      groundId: 'article-2'
    })
  return checks
}
