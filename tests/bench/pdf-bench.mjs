// npm run bench:pdf — generates the ten-page request memorandum (headings, justified paragraphs,
// an exhibit table across pages, Latin/Cyrillic/Chinese/Uyghur-Arabic text) BENCH_PDF_RUNS times
// and prints the median time and size, against whole-font embedding as the reference. The last
// line is one JSON object (issue #4). Goal: under 500 ms and under 300 KB.
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '../..')
const runs = Number(process.env.BENCH_PDF_RUNS ?? 15)
const referenceRuns = Number(process.env.BENCH_PDF_REFERENCE_RUNS ?? 3)

execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/pdf-bench.vite.config.mts'], { cwd: root, stdio: 'inherit' })
const { runPdfBench } = await import(pathToFileURL(resolve(root, 'out/bench-pdf/pdfBenchRun.mjs')).href)

const ms = (x) => Math.round(x * 10) / 10
const kib = (b) => `${Math.round(b / 102.4) / 10} KiB`
const r = await runPdfBench(runs, referenceRuns)
console.log(`fonts parsed (Noto Sans R+B, Naskh Arabic R+B, Sans Hans R 8.4 MB) in ${ms(r.fontLoadMs)} ms; first render in a fresh process ${ms(r.coldMs)} ms`)
console.log(`${r.pages}-page memorandum, subset fonts, median of ${runs}: ${ms(r.subset.medianMs)} ms [${r.subset.runsMs.map(ms).join(', ')}], ${kib(r.subset.bytes)}   goal < 500 ms, < 300 KB`)
console.log(`reference, whole fonts embedded, median of ${referenceRuns}: ${ms(r.wholeFonts.medianMs)} ms, ${kib(r.wholeFonts.bytes)}`)
console.log(JSON.stringify({ pages: r.pages, median_ms: ms(r.subset.medianMs), bytes: r.subset.bytes }))
