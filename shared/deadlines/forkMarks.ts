// Forking a shipped pack renames its rules ("ccf.x" → "my-ccf.ccf.x"), and deadline keys are built
// from rule ids. Without this, every "done" mark and date set by hand on the shipped pack's
// deadlines would be lost the moment the lawyer forks it.
import type { RulePack } from '../rules/ruleSchema'
import type { DeadlineState } from './deadlineState'

/**
 * Returns `states` with keys that refer to the fork's original rules rewritten to the fork's rule
 * ids. Keys are `rule@trigger`, where the trigger is an event id or another deadline's key, so
 * every segment but the last is a rule id. The same array is returned when nothing changes.
 */
export function carryMarksToFork(states: readonly DeadlineState[], fork: RulePack): readonly DeadlineState[] {
  if (!fork.forkedFrom) return states
  const prefix = `${fork.id}.`
  const forkIds = new Set(fork.rules.map((r) => r.id))
  const rename = (segment: string) => (forkIds.has(prefix + segment) ? prefix + segment : segment)
  let changed = false
  const next = states.map((state) => {
    const segments = state.key.split('@')
    const renamed = [...segments.slice(0, -1).map(rename), segments[segments.length - 1] ?? ''].join('@')
    if (renamed === state.key) return state
    changed = true
    return { ...state, key: renamed }
  })
  return changed ? next : states
}
