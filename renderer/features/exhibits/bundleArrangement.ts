// The bundle arrangement as the lawyer edits it: sections and the order of exhibits in them.
// Every change returns a new BundleDefinition (validated), never mutates the old one, so a failed
// save leaves the stored arrangement exactly as it was.
import { BundleDefinition, DEFAULT_MAX_BUNDLE_MB, type BundleSection } from '@shared/exhibits/bundleDefinition'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'

export interface ArrangementContext {
  matterId: string
  dossierId: string
  title: string
  firstSectionTitle: string
  /** New ids for sections (crypto.randomUUID in the app). */
  newId: () => string
  /** ISO timestamp written as updatedAt. */
  now: string
}

/** Exhibits in the order they were added: the order new ones join the bundle. */
export function inIntakeOrder(exhibits: readonly Exhibit[]): Exhibit[] {
  return [...exhibits].sort((a, b) => a.file.intakeAt.localeCompare(b.file.intakeAt) || a.createdAt.localeCompare(b.createdAt))
}

/** The first visit: one section holding every bundleable exhibit in intake order. */
export function initialDefinition(ctx: ArrangementContext, bundleable: readonly Exhibit[]): BundleDefinition {
  return BundleDefinition.parse({
    matterId: ctx.matterId,
    dossierId: ctx.dossierId,
    title: ctx.title,
    sections: [{ id: ctx.newId(), title: ctx.firstSectionTitle, exhibitIds: inIntakeOrder(bundleable).map((e) => e.id) }],
    maxFileMb: DEFAULT_MAX_BUNDLE_MB,
    numbering: null,
    updatedAt: ctx.now
  })
}

/**
 * Brings a stored arrangement up to date with the matter's exhibits: deleted or no longer
 * bundleable exhibits leave it, new bundleable ones are appended to the last section (in intake
 * order). `changed` says whether anything moved, so an unchanged arrangement is not re-saved.
 */
export function reconcile(definition: BundleDefinition, bundleable: readonly Exhibit[], now: string): { definition: BundleDefinition; changed: boolean } {
  const allowed = new Set(bundleable.map((e) => e.id))
  const seen = new Set<string>()
  let changed = false
  const sections = definition.sections.map((s) => {
    const exhibitIds = s.exhibitIds.filter((id) => {
      const keep = allowed.has(id) && !seen.has(id)
      seen.add(id)
      if (!keep) changed = true
      return keep
    })
    return { ...s, exhibitIds }
  })
  const fresh = inIntakeOrder(bundleable.filter((e) => !seen.has(e.id))).map((e) => e.id)
  if (fresh.length > 0) {
    changed = true
    const last = sections[sections.length - 1]
    if (last) last.exhibitIds = [...last.exhibitIds, ...fresh]
  }
  if (!changed) return { definition, changed }
  return { definition: BundleDefinition.parse({ ...definition, sections, updatedAt: now }), changed }
}

function withSections(definition: BundleDefinition, sections: BundleSection[], now: string): BundleDefinition {
  return BundleDefinition.parse({ ...definition, sections, updatedAt: now })
}

function locate(definition: BundleDefinition, exhibitId: string): { section: number; index: number } | null {
  for (const [section, s] of definition.sections.entries()) {
    const index = s.exhibitIds.indexOf(exhibitId)
    if (index >= 0) return { section, index }
  }
  return null
}

/** Up (-1) or down (+1) one place; past the end of a section it moves into the next one. */
export function moveExhibit(definition: BundleDefinition, exhibitId: string, delta: -1 | 1, now: string): BundleDefinition {
  const at = locate(definition, exhibitId)
  if (!at) return definition
  const sections = definition.sections.map((s) => ({ ...s, exhibitIds: [...s.exhibitIds] }))
  const ids = sections[at.section]!.exhibitIds
  const target = at.index + delta
  if (target >= 0 && target < ids.length) {
    ;[ids[at.index], ids[target]] = [ids[target]!, ids[at.index]!]
  } else {
    const next = sections[at.section + delta]
    if (!next) return definition
    ids.splice(at.index, 1)
    if (delta < 0) next.exhibitIds.push(exhibitId)
    else next.exhibitIds.unshift(exhibitId)
  }
  return withSections(definition, sections, now)
}

/** Drag and drop: puts the exhibit just before `beforeId`, or at the end of `sectionId` when beforeId is null. */
export function moveExhibitTo(definition: BundleDefinition, exhibitId: string, target: { sectionId: string; beforeId: string | null }, now: string): BundleDefinition {
  if (exhibitId === target.beforeId || !locate(definition, exhibitId)) return definition
  if (!definition.sections.some((s) => s.id === target.sectionId)) return definition
  const sections = definition.sections.map((s) => ({ ...s, exhibitIds: s.exhibitIds.filter((id) => id !== exhibitId) }))
  const section = sections.find((s) => s.id === target.sectionId)!
  const index = target.beforeId === null ? -1 : section.exhibitIds.indexOf(target.beforeId)
  if (index < 0) section.exhibitIds.push(exhibitId)
  else section.exhibitIds.splice(index, 0, exhibitId)
  return withSections(definition, sections, now)
}

export function addSection(definition: BundleDefinition, id: string, title: string, now: string): BundleDefinition {
  return withSections(definition, [...definition.sections, { id, title, exhibitIds: [] }], now)
}

/** Throws the schema's message ("Give the section a title.") for an empty or too long title. */
export function renameSection(definition: BundleDefinition, sectionId: string, title: string, now: string): BundleDefinition {
  return withSections(
    definition,
    definition.sections.map((s) => (s.id === sectionId ? { ...s, title } : s)),
    now
  )
}

/** Its exhibits join the section above (the one below when it is the first); the last section stays. */
export function removeSection(definition: BundleDefinition, sectionId: string, now: string): BundleDefinition {
  const index = definition.sections.findIndex((s) => s.id === sectionId)
  if (index < 0 || definition.sections.length === 1) return definition
  const removed = definition.sections[index]!
  const heirIndex = index > 0 ? index - 1 : 1
  const sections = definition.sections.map((s, i) =>
    i === heirIndex ? { ...s, exhibitIds: index > 0 ? [...s.exhibitIds, ...removed.exhibitIds] : [...removed.exhibitIds, ...s.exhibitIds] } : s
  )
  return withSections(
    definition,
    sections.filter((_, i) => i !== index),
    now
  )
}
