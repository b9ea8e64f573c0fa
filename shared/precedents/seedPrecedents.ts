// The reference set shipped with Redress: only items whose source ccf-domain.md gives (source
// tag or address copied into each entry). Summaries are ours, not quotations. Nothing here
// is invented: where the reference reports only an excerpt's tags (CCF decision excerpts), the
// summary says so and tells the lawyer to read the excerpt before relying on its reasoning.
// No court, extradition, UN or ECtHR ruling is seeded: the reference names none with a date and
// a source we could copy; the lawyer adds those from the case file.
import { Precedent, type PrecedentInput } from './precedent'

const EXCERPTS = 'https://europeancourt.org/en/documents/interpol/commission-control-files/decision-excerpts/'
const EXCERPTS_NOTE =
  'Anonymised CCF decision excerpts reproduced and tagged by issue at europeancourt.org (ccf-domain.md §1.4). The tags and outcome are as that copy reports them; the decision number and year are the only date given.'
const ROP_NOTE = (paras: string) =>
  `Repository of Practice: Application of Articles 2 and 3 of INTERPOL's Constitution, 3rd edition, November 2024 (ROP), ${paras}; ccf-domain.md §2, source tag ROP (copy in GitHub repo edvandroadolfopereira-bot/legal-sources, sources/INTL/INTERPOL-Legal/sample/INTERPOL-12626.json).`
const ROP_DATE = '2024-11'
const GS = 'INTERPOL General Secretariat'

const entries: PrecedentInput[] = [
  {
    id: 'seed-ccf-2024-2',
    origin: 'reference-set',
    kind: 'ccf-decision',
    citation: 'CCF Decision No. 2 (2024)',
    date: '2024',
    body: 'Commission for the Control of INTERPOL’s Files (CCF)',
    groundIds: ['article-3', 'article-2'],
    facts: ['red notice', 'due process'],
    outcome: 'not-compliant',
    summary:
      'A red notice the Commission found not compliant with INTERPOL’s rules; the published excerpt is tagged “Article 3” and “due process”. Useful to show that the Commission deletes red notices on these grounds; read the excerpt for its reasoning before quoting it.',
    sourceUrl: EXCERPTS,
    sourceNote: EXCERPTS_NOTE
  },
  {
    id: 'seed-ccf-2023-3',
    origin: 'reference-set',
    kind: 'ccf-decision',
    citation: 'CCF Decision No. 3 (2023)',
    date: '2023',
    body: 'Commission for the Control of INTERPOL’s Files (CCF)',
    groundIds: ['diffusion-conditions', 'purpose-achieved'],
    facts: ['diffusion', 'transfer of proceedings'],
    outcome: 'not-compliant',
    summary:
      'A diffusion the Commission found not compliant; the excerpt is tagged “transfer of proceedings”. Relevant where the prosecution has moved to another State, so that the arrest request no longer serves its purpose.',
    sourceUrl: EXCERPTS,
    sourceNote: EXCERPTS_NOTE
  },
  {
    id: 'seed-ccf-2018-2',
    origin: 'reference-set',
    kind: 'ccf-decision',
    citation: 'CCF Decision No. 2 (2018)',
    date: '2018',
    body: 'Commission for the Control of INTERPOL’s Files (CCF)',
    groundIds: ['excluded-category', 'extradition-assurances', 'article-2'],
    facts: ['trial in absentia', 'private matter', 'no extradition steps', 'unfunded cheques'],
    outcome: 'compliant',
    summary:
      'Adverse: the Commission found the data compliant although the excerpt is tagged trial in absentia, private matter, lack of action for extradition and unfunded cheques. Expect it to be raised against these arguments and distinguish it on the facts.',
    sourceUrl: EXCERPTS,
    sourceNote: EXCERPTS_NOTE
  },
  {
    id: 'seed-rop-57',
    origin: 'reference-set',
    kind: 'repository-of-practice',
    citation: 'ROP para 57',
    date: ROP_DATE,
    body: GS,
    groundIds: ['article-3'],
    facts: ['opposition politician', 'contested elections', 'mass riots', 'treason'],
    outcome: 'not-applicable',
    summary:
      'Illustrative scenarios of the Article 3 assessment: an opposition leader charged with “mass riots” after contested elections, and treason, fall under Article 3; the bombing of a religious site remains an ordinary-law crime.',
    sourceNote: ROP_NOTE('para 57')
  },
  {
    id: 'seed-rop-49-53',
    origin: 'reference-set',
    kind: 'repository-of-practice',
    citation: 'ROP paras 49–53',
    date: ROP_DATE,
    body: GS,
    groundIds: ['article-3'],
    facts: ['pure offence', 'relative offence', 'charge labels'],
    outcome: 'not-applicable',
    summary:
      'Pure political offences (treason, espionage) fall under Article 3 by nature; mixed offences are weighed by the predominance test; the requesting country’s label for the charge does not decide, the underlying facts do.',
    sourceNote: ROP_NOTE('paras 49–53')
  },
  {
    id: 'seed-rop-56',
    origin: 'reference-set',
    kind: 'repository-of-practice',
    citation: 'ROP para 56',
    date: ROP_DATE,
    body: GS,
    groundIds: ['article-3'],
    facts: ['general context', 'similar requests', 'earlier refusals'],
    outcome: 'not-applicable',
    summary:
      'The wider context may be taken into account, such as similar requests against other people from the same country and earlier refusals.',
    sourceNote: ROP_NOTE('para 56')
  },
  {
    id: 'seed-rop-41',
    origin: 'reference-set',
    kind: 'repository-of-practice',
    citation: 'ROP para 41 and fn 41',
    date: ROP_DATE,
    body: GS,
    groundIds: ['article-3', 'article-2'],
    facts: ['extradition refused'],
    outcome: 'not-applicable',
    summary:
      'A refusal of extradition by another country does not by itself bring a case under Article 3, but the reasoning of the refusal is considered.',
    sourceNote: ROP_NOTE('para 41 and footnote 41')
  },
  {
    id: 'seed-rop-38-44',
    origin: 'reference-set',
    kind: 'other',
    citation: 'AGN/20/RES/11 (1951); AGN/53/RES/7 (1984), as set out in ROP paras 38–40, 44',
    date: '1951',
    body: 'INTERPOL General Assembly',
    groundIds: ['article-3'],
    facts: ['predominance test'],
    outcome: 'not-applicable',
    summary:
      'Origin of the predominance test: no requests for offences of a predominantly political, racial or religious character, even where they are ordinary-law offences in the requesting country; restated in 1984 with case-by-case review.',
    sourceNote: ROP_NOTE('paras 38–40 and 44')
  },
  {
    id: 'seed-rop-25-27',
    origin: 'reference-set',
    kind: 'repository-of-practice',
    citation: 'ROP paras 25–27',
    date: ROP_DATE,
    body: GS,
    groundIds: ['article-2'],
    facts: ['UN Committee Against Torture', 'unlawful evidence', 'competent body finding'],
    outcome: 'not-applicable',
    summary:
      'For human-rights concerns the General Secretariat relies on findings of competent bodies rather than its own fact-finding, e.g. a finding of the UN Committee Against Torture or a national court’s finding that evidence was unlawfully obtained. File such findings as exhibits.',
    sourceNote: ROP_NOTE('paras 25–27')
  },
  {
    id: 'seed-rop-33a',
    origin: 'reference-set',
    kind: 'repository-of-practice',
    citation: 'ROP para 33(a)',
    date: ROP_DATE,
    body: GS,
    groundIds: ['article-2', 'refugee-policy'],
    facts: ['refugee', 'non-refoulement', 'country of origin'],
    outcome: 'not-applicable',
    summary:
      'A request from the country of origin about a refugee protected against that country, or where a competent national body found that extradition would breach non-refoulement, taints the whole request.',
    sourceNote: ROP_NOTE('para 33(a)')
  },
  {
    id: 'seed-ga-2017-86-res-09',
    origin: 'reference-set',
    kind: 'other',
    citation: 'GA-2017-86-RES-09',
    date: '2017-09',
    body: 'INTERPOL General Assembly (86th session, Beijing)',
    groundIds: ['refugee-policy'],
    facts: ['refugee', 'asylum'],
    outcome: 'not-applicable',
    summary:
      'Refugee resolution: once a member country confirms refugee status, INTERPOL deletes notices and diffusions from the country where the person fears persecution; INTERPOL does not second-guess asylum decisions.',
    sourceUrl: 'https://www.interpol.int/Who-we-are/Legal-framework/INTERPOL-Refugee-Resolution',
    sourceNote: 'Official summary of GA-2017-86-RES-09 on interpol.int (ccf-domain.md §3, source tag REFRES).'
  }
]

/** Parsed at load: a broken entry fails every test and the app's start, never silently. */
export const SEED_PRECEDENTS: readonly Precedent[] = Object.freeze(entries.map((e) => Precedent.parse(e)))

export const isSeedPrecedentId = (id: string): boolean => SEED_PRECEDENTS.some((p) => p.id === id)
