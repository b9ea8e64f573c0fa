// The grounds matrix: which facts and exhibits support each ground the lawyer argues, and which
// grounds each exhibit supports. The memorandum's argument section and its annex table are both
// generated from it, so an exhibit cited in the argument is always in the annex, with one number.
//
// An exhibit supports a ground directly (linked on the ground) or through a fact linked to the
// ground (the fact cites the exhibit). Both count; `via` tells which.
import type { ExhibitRef, PetitionDraft } from './draftModel'
import { GROUNDS, groundById, groundCitationLine, type GroundCitation, type GroundId } from './groundsCatalogue'

export { GROUNDS, GroundId, groundById, groundCitationLine, groundsAvailable, type Ground, type GroundCitation } from './groundsCatalogue'

export interface NumberedExhibit {
  id: string
  /** 1-based position in the draft's exhibit list: "Exhibit 3" everywhere. */
  number: number
  title: string
  kind: ExhibitRef['kind']
  language?: string
  attached: boolean
}

export interface LinkedExhibit extends NumberedExhibit {
  via: 'direct' | 'fact'
}

export interface OutlineFact {
  id: string
  date: string
  text: string
  exhibitNumbers: number[]
}

export interface OutlineSection {
  groundId: GroundId
  heading: string
  summary: string
  citations: readonly GroundCitation[]
  /** "Constitution Art. 3; RPD Art. 1(1); …", for a heading line. */
  citationLine: string
  argument: string
  facts: OutlineFact[]
  exhibits: LinkedExhibit[]
}

export interface AnnexRow extends NumberedExhibit {
  /** Headings of the grounds it supports, in argument order. */
  grounds: string[]
  groundIds: GroundId[]
}

function numbered(draft: PetitionDraft): Map<string, NumberedExhibit> {
  const out = new Map<string, NumberedExhibit>()
  draft.exhibits.forEach((e, i) => {
    out.set(e.id, { id: e.id, number: i + 1, title: e.title, kind: e.kind, ...(e.language ? { language: e.language } : {}), attached: e.attached })
  })
  return out
}

const chosenGround = (draft: PetitionDraft, groundId: GroundId) => draft.grounds.chosen.find((g) => g.groundId === groundId)

/** Exhibits supporting a ground, in exhibit-list order; a link to an exhibit no longer in the list is ignored. */
export function exhibitsForGround(draft: PetitionDraft, groundId: GroundId): LinkedExhibit[] {
  const ground = chosenGround(draft, groundId)
  if (!ground) return []
  const exhibits = numbered(draft)
  const via = new Map<string, LinkedExhibit['via']>()
  for (const id of ground.exhibitIds) via.set(id, 'direct')
  for (const factId of ground.factIds) {
    const fact = draft.facts.find((f) => f.id === factId)
    for (const id of fact?.exhibitIds ?? []) if (!via.has(id)) via.set(id, 'fact')
  }
  return [...via]
    .flatMap(([id, how]) => {
      const e = exhibits.get(id)
      return e ? [{ ...e, via: how }] : []
    })
    .sort((a, b) => a.number - b.number)
}

/** Grounds an exhibit supports (directly or through a fact), in the draft's argument order. */
export function groundsForExhibit(draft: PetitionDraft, exhibitId: string): GroundId[] {
  return draft.grounds.chosen.filter((g) => exhibitsForGround(draft, g.groundId).some((e) => e.id === exhibitId)).map((g) => g.groundId)
}

/** Facts linked to a ground, in the draft's order of facts (the statement of facts' order). */
export function factsForGround(draft: PetitionDraft, groundId: GroundId): OutlineFact[] {
  const ground = chosenGround(draft, groundId)
  if (!ground) return []
  const exhibits = numbered(draft)
  return draft.facts
    .filter((f) => ground.factIds.includes(f.id))
    .map((f) => ({
      id: f.id,
      date: f.date,
      text: f.text,
      exhibitNumbers: f.exhibitIds.flatMap((id) => {
        const e = exhibits.get(id)
        return e ? [e.number] : []
      })
    }))
}

/**
 * The argument section, one part per ground in the order the lawyer chose. For a revision, the
 * new-fact ground falls back to the revision answers when no separate argument was written.
 */
export function argumentOutline(draft: PetitionDraft): OutlineSection[] {
  return draft.grounds.chosen.map((g) => {
    const ground = groundById(g.groundId)
    const r = draft.revision
    const fallback = g.groundId === 'revision-new-fact' ? [r.newFact.trim(), r.whyDecisive.trim()].filter(Boolean).join('\n\n') : ''
    return {
      groundId: g.groundId,
      heading: ground.heading,
      summary: ground.summary,
      citations: ground.citations,
      citationLine: groundCitationLine(g.groundId),
      argument: g.argument.trim() || fallback,
      facts: factsForGround(draft, g.groundId),
      exhibits: exhibitsForGround(draft, g.groundId)
    }
  })
}

/** The annex: every exhibit in list order, with the grounds it supports (an exhibit may support none, e.g. the identity document). */
export function annexTable(draft: PetitionDraft): AnnexRow[] {
  const byExhibit = new Map<string, GroundId[]>()
  for (const g of draft.grounds.chosen) for (const e of exhibitsForGround(draft, g.groundId)) byExhibit.set(e.id, [...(byExhibit.get(e.id) ?? []), g.groundId])
  return [...numbered(draft).values()].map((e) => {
    const groundIds = byExhibit.get(e.id) ?? []
    return { ...e, groundIds, grounds: groundIds.map((id) => groundById(id).heading) }
  })
}

/** Chosen grounds with neither a fact nor an exhibit behind them: worth a second look before export. */
export function unsupportedGrounds(draft: PetitionDraft): GroundId[] {
  return draft.grounds.chosen.filter((g) => g.factIds.length === 0 && exhibitsForGround(draft, g.groundId).length === 0).map((g) => g.groundId)
}

/** Catalogue order, for screens that list every ground (chosen or not). */
export const GROUND_ORDER: readonly GroundId[] = GROUNDS.map((g) => g.id)
