// The grounds a lawyer can argue before the CCF, each with the texts it rests on (ccf-domain.md §§2–4,
// "Grounds checklist"). Headings and summaries are our own wording for the memorandum; the citations
// are the reference's, with its correction applied (data quality is RPD Art. 12, not 35/36).
import { z } from 'zod'
import type { DataItemKind } from '../domain/matter'
import type { GuidanceCertainty, PetitionType } from './guidance'

export const GroundId = z.enum([
  'article-3',
  'article-2',
  'red-notice-threshold',
  'excluded-category',
  'minimum-judicial-data',
  'extradition-assurances',
  'diffusion-conditions',
  'refugee-policy',
  'purpose-achieved',
  'data-quality',
  'revision-new-fact'
])
export type GroundId = z.infer<typeof GroundId>

export interface GroundCitation {
  citation: string
  certainty: GuidanceCertainty
  /** Why this text is cited, when that is not obvious from the heading. */
  note?: string
}

export interface Ground {
  id: GroundId
  heading: string
  /** One sentence, framed as non-compliance with INTERPOL's rules, never as innocence (ROP para 11). */
  summary: string
  citations: readonly GroundCitation[]
  appliesTo: readonly PetitionType[]
  /** The data items the ground can concern; absent = any. */
  dataItems?: readonly DataItemKind[]
}

const DELETION: readonly PetitionType[] = ['correction-deletion', 'refugee-status-deletion', 'revision']

export const GROUNDS: readonly Ground[] = [
  {
    id: 'article-3',
    heading: 'Predominantly political, military, religious or racial character (Article 3)',
    summary: 'INTERPOL is strictly forbidden to undertake activities of a political, military, religious or racial character; the underlying facts, not the label of the charge, decide.',
    citations: [
      { citation: 'Constitution Art. 3', certainty: 'statutory' },
      { citation: 'RPD Art. 1(1)', certainty: 'statutory', note: 'ordinary-law crime excludes Article 3 offences' },
      { citation: 'RPD Art. 34(3)', certainty: 'statutory', note: 'elements of the assessment' },
      { citation: 'ROP paras 38–57', certainty: 'practice', note: 'predominance test, pure and relative offences, general context' }
    ],
    appliesTo: DELETION
  },
  {
    id: 'article-2',
    heading: 'Respect for human rights (Article 2(1))',
    summary: 'Cooperation must be in the spirit of the Universal Declaration of Human Rights; findings of competent courts and UN bodies, refugee status and refused extraditions weigh in the review.',
    citations: [
      { citation: 'Constitution Art. 2(1)', certainty: 'statutory' },
      { citation: 'ROP paras 25–27', certainty: 'practice', note: 'findings of competent bodies' },
      { citation: 'ROP paras 32–33', certainty: 'practice', note: 'refugee status and non-refoulement findings' },
      { citation: 'ROP para 41', certainty: 'practice', note: 'reasoning of extradition refusals is considered' }
    ],
    appliesTo: DELETION
  },
  {
    id: 'red-notice-threshold',
    heading: 'Penalty threshold for a red notice not met',
    summary: 'A red notice requires a maximum penalty of at least two years (prosecution) or at least six months of sentence (enforcement).',
    citations: [{ citation: 'RPD Art. 83(1)(a)(ii)', certainty: 'statutory' }],
    appliesTo: DELETION,
    dataItems: ['red-notice']
  },
  {
    id: 'excluded-category',
    heading: 'Offence in a category excluded from red notices',
    summary: 'Red notices may not be published for behavioural or cultural-norm offences, family or private matters, administrative violations or private disputes (unless linked to serious or organised crime).',
    citations: [{ citation: 'RPD Art. 83(1)(a)(i)', certainty: 'statutory' }],
    appliesTo: DELETION,
    dataItems: ['red-notice']
  },
  {
    id: 'minimum-judicial-data',
    heading: 'Minimum judicial data missing',
    summary: 'A red notice must state a summary of facts, the charges, the laws, the maximum penalty and a valid arrest warrant or equivalent judicial decision.',
    citations: [{ citation: 'RPD Art. 83(2)', certainty: 'statutory' }],
    appliesTo: DELETION,
    dataItems: ['red-notice']
  },
  {
    id: 'extradition-assurances',
    heading: 'No genuine intention to seek extradition',
    summary: 'The requesting NCB must assure that extradition will be sought and must act once the person is located.',
    citations: [
      { citation: 'RPD Art. 84', certainty: 'statutory' },
      { citation: 'RPD Art. 87(b)', certainty: 'statutory' }
    ],
    appliesTo: DELETION,
    dataItems: ['red-notice']
  },
  {
    id: 'diffusion-conditions',
    heading: 'Diffusion circulated without the required checks',
    summary: 'Before circulating a diffusion the NCB must ensure its quality, lawfulness, interest for police cooperation and compliance with Articles 2(1) and 3.',
    citations: [
      { citation: 'RPD Art. 97(2)', certainty: 'statutory' },
      { citation: 'RPD Art. 99(2)', certainty: 'statutory' }
    ],
    appliesTo: DELETION,
    dataItems: ['diffusion']
  },
  {
    id: 'refugee-policy',
    heading: 'Refugee status confirmed against the requesting country',
    summary: 'Once a member country confirms refugee status, notices and diffusions from the country where the person fears persecution are deleted.',
    citations: [
      { citation: 'GA-2017-86-RES-09 (REFRES)', certainty: 'statutory' },
      { citation: 'ROP para 33(a)', certainty: 'practice' },
      {
        citation: 'Practitioner reports of the 2014 policy (Gherson; Red Notice Law Journal)',
        certainty: 'unsettled',
        note: 'the policy text was not seen; the third condition ("not based on political grounds vis-à-vis the requesting country") has no settled meaning'
      }
    ],
    appliesTo: ['refugee-status-deletion', 'correction-deletion'],
    dataItems: ['red-notice', 'diffusion']
  },
  {
    id: 'purpose-achieved',
    heading: 'Purpose achieved or case closed',
    summary: 'Data must be cancelled when the purpose is achieved, the conditions are no longer met, or the NCB took no steps when it could; a cleared person’s criminal history may not be kept.',
    citations: [
      { citation: 'RPD Art. 81(3)', certainty: 'statutory' },
      { citation: 'RPD Art. 52(2)', certainty: 'statutory', note: 'person cleared of the charges' }
    ],
    appliesTo: DELETION
  },
  {
    id: 'data-quality',
    heading: 'Data inaccurate or out of date',
    summary: 'The data recorded are wrong or out of date, contrary to the quality requirement of the Rules on the Processing of Data.',
    citations: [
      { citation: 'RPD Art. 12', certainty: 'statutory' },
      { citation: 'RPD Art. 83(2)', certainty: 'statutory', note: 'content of a red notice' }
    ],
    appliesTo: DELETION
  },
  {
    id: 'revision-new-fact',
    heading: 'New fact that could have led to a different conclusion',
    summary: 'A fact discovered after the decision which, had it been known, could have led the Commission to a different conclusion.',
    citations: [{ citation: 'Statute Art. 42(1)', certainty: 'statutory' }],
    appliesTo: ['revision']
  }
]

const BY_ID = new Map(GROUNDS.map((g) => [g.id, g]))

export function groundById(id: GroundId): Ground {
  const ground = BY_ID.get(id)
  if (!ground) throw new RangeError(`Unknown ground "${id}".`)
  return ground
}

/** "Constitution Art. 3; RPD Art. 1(1); RPD Art. 34(3); ROP paras 38–57". */
export function groundCitationLine(id: GroundId): string {
  return groundById(id).citations.map((c) => c.citation).join('; ')
}

/** Grounds offered for a request about a given data item (an SLTD entry has no red-notice grounds). */
export function groundsAvailable(type: PetitionType, dataItem?: DataItemKind): Ground[] {
  return GROUNDS.filter((g) => g.appliesTo.includes(type) && (!dataItem || !g.dataItems || g.dataItems.includes(dataItem)))
}
