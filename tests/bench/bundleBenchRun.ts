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
  const runsMs: number[] = []
  let last: Awaited<ReturnType<typeof buildBundle>> | undefined
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    last = await buildBundle(input, { creationDate: new Date('2026-11-20T10:00:00Z'), fonts })
    runsMs.push(performance.now() - start)
  }
  const volume = last!.volumes[0]!
  return {
    runsMs,
    exhibitPages: last!.placed.reduce((sum, p) => sum + p.pageCount, 0),
    bundlePages: volume.pageCount,
    bytes: volume.bytes.length,
    skipped: last!.skipped.length,
    // maxRSS is in kilobytes (KiB) on Linux.
    peakMb: process.resourceUsage().maxRSS / 1024
  }
}
