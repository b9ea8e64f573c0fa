// Splitting a bundle that is too large for the portal into volumes, by whole exhibits, in order.
// Sizes are estimated from the exhibits' share of the one-volume build; each built volume is then
// checked and the plan tightened if an estimate was too low.

export interface SizedExhibit {
  exhibitId: string
  /** Estimated bytes this exhibit adds to a volume. */
  estimate: number
}

export interface VolumePlan {
  /** Exhibit ids per volume, in bundle order. */
  volumes: string[][]
  /** Exhibits that alone exceed the budget: each sits in a volume of its own. */
  oversized: string[]
}

/** Greedy: fill a volume until the next exhibit would overflow `budget`, then start a new one. */
export function planVolumes(exhibits: readonly SizedExhibit[], budget: number): VolumePlan {
  const volumes: string[][] = []
  const oversized: string[] = []
  let current: string[] = []
  let used = 0
  const close = () => {
    if (current.length > 0) volumes.push(current)
    current = []
    used = 0
  }
  for (const exhibit of exhibits) {
    if (exhibit.estimate > budget) {
      close()
      volumes.push([exhibit.exhibitId])
      oversized.push(exhibit.exhibitId)
      continue
    }
    if (used + exhibit.estimate > budget) close()
    current.push(exhibit.exhibitId)
    used += exhibit.estimate
  }
  close()
  if (volumes.length === 0) volumes.push([])
  return { volumes, oversized }
}

/**
 * Per-exhibit estimates from the one-volume build: every exhibit's input size scaled so that the
 * estimates plus the fixed part (index, annex, fonts) add up to the size actually built.
 */
export function estimateSizes(exhibits: ReadonlyArray<{ exhibitId: string; sizeBytes: number }>, builtBytes: number, fixedBytes: number): SizedExhibit[] {
  const inputTotal = exhibits.reduce((sum, e) => sum + e.sizeBytes, 0)
  const variable = Math.max(builtBytes - fixedBytes, 1)
  const scale = inputTotal > 0 ? variable / inputTotal : 0
  const even = exhibits.length > 0 ? variable / exhibits.length : 0
  return exhibits.map((e) => ({ exhibitId: e.exhibitId, estimate: inputTotal > 0 ? e.sizeBytes * scale : even }))
}
