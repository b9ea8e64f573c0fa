// Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
// swaps of two neighbouring letters each cost 1, so "Yildrim" is one step from "Yildirim" and
// "Yidlirim" one swap away. Written here rather than installed: fastest-levenshtein (present only as
// a transitive dependency) counts a swap as two edits, and the whole algorithm is twenty lines.

// Three rows reused across calls: the check compares thousands of word pairs per keystroke.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)]

/**
 * Distance between `a` and `b` (compared by UTF-16 unit: callers pass folded ASCII keys), or
 * `limit + 1` as soon as it is certain to exceed `limit`, which keeps long lists of names cheap.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const width = b.length + 1
  if ((rows[0]?.length ?? 0) < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)]
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array] // rows i - 2, i - 1, i
  for (let j = 0; j < width; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1)
      current[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}
