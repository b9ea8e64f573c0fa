// Which precedents to offer for each ground of a petition, best first.
import type { GroundId } from '../petitions/groundsCatalogue'
import type { Precedent, PrecedentKind } from './precedent'

export interface GroundSuggestions {
  readonly groundId: GroundId
  readonly precedents: readonly Precedent[]
}

export interface SuggestOptions {
  /** Words from the petition (facts, charges); entries whose fact tags appear in them rank higher. */
  readonly context?: string
  /** Per ground; absent = all. */
  readonly limit?: number
}

// The Commission's own decisions bind the data in issue (Statute Art. 38(1)), so they lead; the
// General Secretariat's Repository of Practice comes next; findings of competent bodies weigh in
// the review (ROP paras 25–27) but are one country's case.
const KIND_RANK: Record<PrecedentKind, number> = {
  'ccf-decision': 0,
  'repository-of-practice': 1,
  'ecthr-finding': 2,
  'un-finding': 2,
  'court-ruling': 3,
  'extradition-ruling': 3,
  other: 4
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

function factMatches(p: Precedent, context: string): number {
  if (context === '') return 0
  return p.facts.filter((tag) => context.includes(fold(tag))).length
}

/**
 * For each ground (in the order given, duplicates dropped), the library entries tagged with it,
 * ranked: more fact tags found in the context first, then by kind (CCF decisions first), then the
 * more focused entry (fewer grounds), then the newer one, then by citation.
 */
export function suggestPrecedents(groundIds: readonly GroundId[], library: readonly Precedent[], options: SuggestOptions = {}): GroundSuggestions[] {
  const context = fold(options.context ?? '')
  const unique = [...new Set(groundIds)]
  return unique.map((groundId) => {
    const ranked = library
      .filter((p) => p.groundIds.includes(groundId))
      .map((p) => ({ p, facts: factMatches(p, context) }))
      .sort(
        (a, b) =>
          b.facts - a.facts ||
          KIND_RANK[a.p.kind] - KIND_RANK[b.p.kind] ||
          a.p.groundIds.length - b.p.groundIds.length ||
          (a.p.date < b.p.date ? 1 : a.p.date > b.p.date ? -1 : 0) ||
          a.p.citation.localeCompare(b.p.citation, 'en')
      )
      .map((r) => r.p)
    return { groundId, precedents: options.limit === undefined ? ranked : ranked.slice(0, options.limit) }
  })
}

/** Text search over citation, body, summary and fact tags (accents and case ignored). */
export function matchesQuery(p: Precedent, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = fold([p.citation, p.body, p.summary, ...p.facts, p.sourceNote ?? ''].join(' '))
  return words.every((w) => haystack.includes(w))
}
