// Rule packs: the shipped ones (read-only, updated with the app) and a lawyer's forks of them.
import { RuleId, RulePack, type DeadlineRule } from './ruleSchema'
import { ccfListedObligations, ccfStatutePack } from './packs/ccfStatutePack'
import { rpdListedObligations, rpdPack } from './packs/rpdPack'
import type { ListedObligation } from './packs/sources'
import { ukExtraditionPack } from './packs/ukExtraditionPack'

export * from './ruleSchema'
export { ccfStatutePack, ccfListedObligations } from './packs/ccfStatutePack'
export { rpdPack, rpdListedObligations } from './packs/rpdPack'
export { ukExtraditionPack } from './packs/ukExtraditionPack'
export { VERIFIED_ON, type ListedObligation } from './packs/sources'

export const shippedPacks: readonly RulePack[] = [ccfStatutePack, rpdPack, ukExtraditionPack]

/** Duties the sources name without a computable date (shown in the rule list, never as deadlines). */
export const shippedListedObligations: readonly ListedObligation[] = [...ccfListedObligations, ...rpdListedObligations]

/** The first rule with this id, searching the packs in order (the engine resolves chains the same way). */
export function findRule(ruleId: string, packs: readonly RulePack[] = shippedPacks): { pack: RulePack; rule: DeadlineRule } | undefined {
  for (const pack of packs) {
    const rule = pack.rules.find((r) => r.id === ruleId)
    if (rule) return { pack, rule }
  }
  return undefined
}

/**
 * A lawyer's editable copy of a pack. Rule ids get the new pack's id as prefix ("my-ccf.ccf.gs-answer")
 * so both packs can be active at once without two rules claiming the same deadline key; chain
 * triggers that point inside the pack are renamed with them. Throws (a ZodError) when the new id
 * or name is not valid or a prefixed id would be too long.
 */
export function forkPack(pack: RulePack, newId: string, newName: string): RulePack {
  RuleId.parse(newId)
  const renamed = (id: string) => `${newId}.${id}`
  const ownIds = new Set(pack.rules.map((r) => r.id))
  const rules = pack.rules.map((rule) => ({
    ...rule,
    id: renamed(rule.id),
    trigger:
      rule.trigger.kind === 'deadline' && ownIds.has(rule.trigger.ruleId)
        ? { kind: 'deadline' as const, ruleId: renamed(rule.trigger.ruleId) }
        : { ...rule.trigger },
    period: { ...rule.period },
    reminderLeadDays: [...rule.reminderLeadDays]
  }))
  return RulePack.parse({ ...pack, id: newId, name: newName, shipped: false, forkedFrom: pack.id, rules })
}
