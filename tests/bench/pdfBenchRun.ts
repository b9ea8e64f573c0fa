// The PDF benchmark's body, bundled by Vite for Node (tests/bench/pdf-bench.mjs builds and runs
// it): renders the ten-page memorandum N times with subset fonts, then with whole fonts embedded
// as the reference, and reports medians.
import { renderDocument, layoutModel } from '../../shared/pdf/renderDocument'
import { FontSet } from '../../shared/pdf/fontSet'
import { notoFontBytes } from './pdfFonts'
import { memorandumModel } from './pdfMemorandum'

export interface PdfBenchResult {
  pages: number
  coldMs: number
  fontLoadMs: number
  subset: { medianMs: number; runsMs: number[]; bytes: number }
  wholeFonts: { medianMs: number; runsMs: number[]; bytes: number }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export async function runPdfBench(runs: number, referenceRuns: number): Promise<PdfBenchResult> {
  const creationDate = new Date('2026-03-26T09:00:00Z')
  const model = memorandumModel()

  let t = performance.now()
  const fontSet = FontSet.fromBytes(notoFontBytes())
  const fontLoadMs = performance.now() - t
  const pages = layoutModel(model, fontSet).pages.length

  // The first render in a fresh process pays for JIT warm-up; reported, not part of the median.
  t = performance.now()
  await renderDocument(memorandumModel(), FontSet.fromBytes(notoFontBytes()), { creationDate })
  const coldMs = performance.now() - t

  const measure = async (n: number, subsetFonts: boolean) => {
    const runsMs: number[] = []
    let bytes = 0
    for (let i = 0; i < n; i++) {
      // A new FontSet per run: each document measures its text from scratch (no width cache
      // carried over), only the parsed fonts are shared, as in the app.
      const fonts = FontSet.fromBytes(notoFontBytes())
      const start = performance.now()
      const pdf = await renderDocument(model, fonts, { creationDate, subsetFonts })
      runsMs.push(performance.now() - start)
      bytes = pdf.length
    }
    return { medianMs: median(runsMs), runsMs, bytes }
  }
  const subset = await measure(runs, true)
  const wholeFonts = await measure(referenceRuns, false)
  return { pages, coldMs, fontLoadMs, subset, wholeFonts }
}
