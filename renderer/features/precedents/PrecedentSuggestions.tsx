// Under a chosen ground of the petition wizard: the library's precedents for that ground, best
// first, each with "Cite in memorandum" / "Remove citation". What is cited is stored in the draft
// (ChosenGround.citedPrecedents) and printed under the ground in the memorandum.
import { useMemo } from 'react'
import type { GroundId, PetitionDraft } from '@shared/petitions'
import { citePrecedent, citedPrecedentsOf, suggestPrecedents, uncitePrecedent } from '@shared/precedents'
import { PrecedentCard } from './PrecedentCard'
import { usePrecedentLibrary } from './precedentLibrary'
import { precedentMessages as m } from './messages'
import './precedents.css'

interface Props {
  draft: PetitionDraft
  groundId: GroundId
  update: (change: (d: PetitionDraft) => PetitionDraft) => void
}

/** The petition's own words, so entries whose fact tags appear in them rank first. */
function contextOf(draft: PetitionDraft, groundId: GroundId): string {
  const ground = draft.grounds.chosen.find((g) => g.groundId === groundId)
  return [draft.dataItem.description, draft.dataItem.noticeFactsSummary, ...draft.dataItem.offences.map((o) => o.description), ...draft.facts.map((f) => f.text), ground?.argument ?? ''].join(' \n ')
}

export function PrecedentSuggestions({ draft, groundId, update }: Props) {
  const library = usePrecedentLibrary()
  const ground = draft.grounds.chosen.find((g) => g.groundId === groundId)
  const context = contextOf(draft, groundId)
  const suggestions = useMemo(() => suggestPrecedents([groundId], library.all, { context })[0]?.precedents ?? [], [groundId, library.all, context])
  if (!ground) return null
  const cited = citedPrecedentsOf(ground)
  const isCited = (id: string) => cited.some((c) => c.precedentId === id)
  const known = new Set(library.all.map((p) => p.id))
  // A citation whose entry was deleted from the library stays in the draft until removed here.
  const orphans = library.loading ? [] : cited.filter((c) => !known.has(c.precedentId))
  const headingId = `precedent-suggestions-${groundId}`

  return (
    <section className="precedent-suggestions" aria-labelledby={headingId}>
      <h4 id={headingId}>{m.suggestionsHeading}</h4>
      {suggestions.length === 0 && orphans.length === 0 && <p className="field-hint">{m.suggestionsNone}</p>}
      <ul className="precedent-suggestions__list">
        {suggestions.map((p) => {
          const on = isCited(p.id)
          return (
            <li key={p.id}>
              <PrecedentCard
                precedent={p}
                compact
                headingLevel={5}
                idPrefix={`suggestion-${groundId}`}
                actions={
                  <div className="button-row">
                    {on && <span className="precedent-suggestions__cited">✓ {m.cited}</span>}
                    <button
                      type="button"
                      className={on ? 'button' : 'button button--primary'}
                      aria-label={m.citeNamed(on ? m.uncite : m.cite, p.citation)}
                      onClick={() => update((d) => (on ? uncitePrecedent(d, groundId, p.id) : citePrecedent(d, groundId, p)))}
                    >
                      {on ? m.uncite : m.cite}
                    </button>
                  </div>
                }
              />
            </li>
          )
        })}
        {orphans.map((c) => (
          <li key={c.precedentId} className="precedent-card">
            <p dir="auto">
              <strong>{c.citation}</strong> — {m.citedElsewhere}
            </p>
            <button type="button" className="button" aria-label={m.citeNamed(m.uncite, c.citation)} onClick={() => update((d) => uncitePrecedent(d, groundId, c.precedentId))}>
              {m.uncite}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
