// Two names compared directly, for one-off checks and for the tests of the matching rule.
import { matchFoldedNames, type NameMatch } from './nameMatch'
import { foldName } from './nameWords'

/** How `a` and `b` match (see the rule in nameMatch.ts), or undefined when they do not. */
export function compareNames(a: string, b: string): NameMatch | undefined {
  return matchFoldedNames(foldName(a), foldName(b))
}
