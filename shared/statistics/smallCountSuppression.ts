// Small-count suppression for counts that leave the app. A count of a handful of matters can point
// to a client ("the one diffusion from Kazakhstan"), so every count under 5 — zero included — is
// shown only as "<5" (primary suppression). Zero is suppressed too: shown zeros would let a reader
// pin the other small cells down from the total, and "none of them" is itself a fact about every
// client in the group.
//
// Secondary suppression: a table whose cells add up to a published total (the number of matters or
// requests, which the report states) could give a "<5" cell back by subtraction. While any
// suppressed cell can still be worked out exactly from the total — one "<5" cell on its own, or
// cells whose total leaves them only one possible value (all 0, all 4) — the smallest shown cell is
// withheld as well. A withheld cell is marked apart from "<5" because it may be 5 or more.
export const SMALL_COUNT_THRESHOLD = 5

export type ReportCell = { kind: 'count'; value: number } | { kind: 'under-five' } | { kind: 'withheld' }

export function primaryCell(count: number): ReportCell {
  return count < SMALL_COUNT_THRESHOLD ? { kind: 'under-five' } : { kind: 'count', value: count }
}

interface Range {
  lo: number
  hi: number
}

/**
 * True when some suppressed cell has only one value consistent with the published total: each
 * suppressed cell's range (under five: 0–4; withheld: 5 up to the suppressed sum) is narrowed by
 * the others' ranges and the sum they must add up to.
 */
function anyCellRecoverable(counts: readonly number[], cells: readonly ReportCell[]): boolean {
  const hidden = cells.map((c, i) => ({ c, i })).filter(({ c }) => c.kind !== 'count')
  if (hidden.length === 0) return false
  const sum = hidden.reduce((s, { i }) => s + counts[i]!, 0)
  const ranges: Range[] = hidden.map(({ c }) => (c.kind === 'under-five' ? { lo: 0, hi: SMALL_COUNT_THRESHOLD - 1 } : { lo: SMALL_COUNT_THRESHOLD, hi: sum }))
  const loTotal = ranges.reduce((s, r) => s + r.lo, 0)
  const hiTotal = ranges.reduce((s, r) => s + r.hi, 0)
  return ranges.some((r) => {
    const lo = Math.max(r.lo, sum - (hiTotal - r.hi))
    const hi = Math.min(r.hi, sum - (loTotal - r.lo))
    return lo >= hi
  })
}

/**
 * The cells of one table as they may be published. `totalPublished`: the cells' sum is stated
 * elsewhere in the report (so secondary suppression is needed); false when the total is itself
 * under 5 and shown as "<5".
 */
export function suppressTable(counts: readonly number[], totalPublished: boolean): ReportCell[] {
  const cells = counts.map(primaryCell)
  if (!totalPublished) return cells
  while (anyCellRecoverable(counts, cells)) {
    let smallest = -1
    cells.forEach((c, i) => {
      if (c.kind === 'count' && (smallest < 0 || counts[i]! < counts[smallest]!)) smallest = i
    })
    if (smallest < 0) break
    cells[smallest] = { kind: 'withheld' }
  }
  return cells
}
