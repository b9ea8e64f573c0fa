// Citing a precedent under a ground of a petition draft, and taking it back.
import type { ChosenGround, CitedPrecedent, PetitionDraft } from '../petitions/draftModel'
import type { GroundId } from '../petitions/groundsCatalogue'
import type { Precedent } from './precedent'

export function citedPrecedentsOf(ground: Pick<ChosenGround, 'citedPrecedents'>): readonly CitedPrecedent[] {
  return ground.citedPrecedents ?? []
}

function changeGround(draft: PetitionDraft, groundId: GroundId, change: (cited: readonly CitedPrecedent[]) => CitedPrecedent[]): PetitionDraft {
  if (!draft.grounds.chosen.some((g) => g.groundId === groundId)) throw new RangeError(`The ground "${groundId}" is not chosen in this petition; choose it before citing a precedent under it.`)
  return {
    ...draft,
    grounds: { ...draft.grounds, chosen: draft.grounds.chosen.map((g) => (g.groundId === groundId ? { ...g, citedPrecedents: change(citedPrecedentsOf(g)) } : g)) }
  }
}

/** Cites the precedent under the ground (once: citing it again changes nothing). */
export function citePrecedent(draft: PetitionDraft, groundId: GroundId, precedent: Pick<Precedent, 'id' | 'citation'>): PetitionDraft {
  return changeGround(draft, groundId, (cited) => (cited.some((c) => c.precedentId === precedent.id) ? [...cited] : [...cited, { precedentId: precedent.id, citation: precedent.citation }]))
}

export function uncitePrecedent(draft: PetitionDraft, groundId: GroundId, precedentId: string): PetitionDraft {
  return changeGround(draft, groundId, (cited) => cited.filter((c) => c.precedentId !== precedentId))
}
