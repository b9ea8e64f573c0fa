// The bundle benchmark's body, bundled by Vite for Node (tests/bench/bundle-bench.mjs builds it):
// writes the exhibits once, and in a child process builds the bundle N times with buildBundle
// (index, stamps, outline, manifest annex), reporting each run's time and the process's peak RSS.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { buildBundle } from '../../shared/pdf/bundle'
import type { BundleInput } from '../../shared/pdf/bundle/bundleInput'
import { writeBenchExhibits, type BenchExhibit } from './bundleBenchExhibits'
import { notoFontSet } from './pdfFonts'

export { writeBenchExhibits }
export type { BenchExhibit }

export interface RedressBenchResult {
  runsMs: number[]
  exhibitPages: number
  bundlePages: number
  bytes: number
  skipped: number
  /** RSS with fonts parsed and the exhibits read, before the first build. */
  baseMb: number
  peakMb: number
}

const SECTIONS = ['A. Proceedings in the requesting country', 'B. Extradition and asylum', 'C. International bodies', 'D. Reports and press']

export async function runRedressBench(exhibits: readonly BenchExhibit[], runs: number): Promise<RedressBenchResult> {
  const fonts = notoFontSet()
  // Reading and hashing happen at intake in the app, not when bundling: outside the timing.
  const inputs = exhibits.map((e, i) => {
    const bytes = new Uint8Array(readFileSync(e.file))
    return {
      exhibitId: crypto.randomUUID(),
      title: e.title,
      documentDate: i % 3 === 0 ? null : `2024-0${(i % 9) + 1}-1${i % 10}`,
      kind: e.kind,
      fileName: e.file.split('/').pop()!,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      note: i % 7 === 0 ? 'Certified translation attached' : '',
      bytes
    }
  })
  const quarter = Math.ceil(inputs.length / SECTIONS.length)
  const input: BundleInput = {
    title: 'Evidence bundle — request for deletion of a red notice',
    reference: 'CCF/2026/0117',
    sections: SECTIONS.map((title, s) => ({ title, exhibits: inputs.slice(s * quarter, (s + 1) * quarter) }))
  }
  const baseMb = process.memoryUsage().rss / 1024 / 1024
  const runsMs: number[] = []
  let stats = { exhibitPages: 0, bundlePages: 0, bytes: 0, skipped: 0 }
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    // Nothing of a run outlives it but these numbers, as when the app builds one bundle after another.
    const result = await buildBundle(input, { creationDate: new Date('2026-11-20T10:00:00Z'), fonts })
    runsMs.push(performance.now() - start)
    const volume = result.volumes[0]!
    stats = { exhibitPages: result.placed.reduce((sum, p) => sum + p.pageCount, 0), bundlePages: volume.pageCount, bytes: volume.bytes.length, skipped: result.skipped.length }
  }
  return {
    runsMs,
    ...stats,
    baseMb,
    // maxRSS is in kilobytes (KiB) on Linux.
    peakMb: process.resourceUsage().maxRSS / 1024
  }
}
