// npm run bench:bundle — issue 5's benchmark. Writes 100 exhibits (1,000 pages: born-digital PDFs,
// scanned PDFs with a large JPEG per page, standalone JPEG/PNG) to a temp dir, then times
// BUNDLE_BENCH_RUNS builds of the full bundle (index, stamps, outline, manifest annex) in a child
// process whose peak RSS is the memory figure, and as many plain merges of the same PDFs by
// `qpdf --empty --pages … -- out.pdf` (standalone images pre-converted to one-page PDFs, untimed).
// Goal: within 2.5× of qpdf's median, peak under 600 MB. The last line is one JSON object.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '../..')
const runs = Number(process.env.BUNDLE_BENCH_RUNS ?? 5)
const moduleUrl = pathToFileURL(resolve(root, 'out/bench-bundle/bundleBenchRun.mjs')).href
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x) => Math.round(x)
const mb = (bytes) => `${Math.round(bytes / 100_000) / 10} MB`

if (process.argv[2] === '--child') {
  // Child: one process per measurement, so its peak RSS is the bundle build's alone.
  const { runRedressBench } = await import(moduleUrl)
  const exhibits = JSON.parse(readFileSync(process.argv[3], 'utf8'))
  const result = await runRedressBench(exhibits, Number(process.argv[4]))
  process.stdout.write(JSON.stringify(result))
  process.exit(0)
}

execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/bundle-bench.vite.config.mts'], { cwd: root, stdio: 'inherit' })
const { writeBenchExhibits } = await import(moduleUrl)
const dir = mkdtempSync(join(tmpdir(), 'redress-bundle-bench-'))
try {
  let t = performance.now()
  const exhibits = await writeBenchExhibits(dir)
  const inputBytes = exhibits.reduce((sum, e) => sum + statSync(e.file).size, 0)
  const pages = exhibits.reduce((sum, e) => sum + e.pages, 0)
  const counts = { text: 0, scanned: 0, images: 0 }
  for (const e of exhibits) {
    if (e.kind !== 'pdf') counts.images++
    else if (e.file.endsWith('.pdf') && statSync(e.file).size > 1_000_000) counts.scanned++
    else counts.text++
  }
  console.log(`${exhibits.length} exhibits, ${pages} pages, ${mb(inputBytes)} (${counts.text} text PDFs, ${counts.scanned} scanned PDFs with a JPEG per page, ${counts.images} standalone images), generated in ${ms(performance.now() - t)} ms`)
  const listFile = join(dir, 'exhibits.json')
  writeFileSync(listFile, JSON.stringify(exhibits))

  const redressChild = (n) => {
    const child = spawnSync(process.execPath, [join(import.meta.dirname, 'bundle-bench.mjs'), '--child', listFile, String(n)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] })
    if (child.status !== 0) throw new Error(`the Redress build failed (exit ${child.status})`)
    return JSON.parse(child.stdout)
  }
  // Peak memory: a fresh process that builds the bundle once, as the app's bundle worker does.
  // Timing: another process building it N times (the first run pays for JIT warm-up).
  const single = redressChild(1)
  const redress = redressChild(runs)
  if (redress.exhibitPages !== pages || redress.skipped !== 0) throw new Error(`the bundle holds ${redress.exhibitPages} exhibit pages (${redress.skipped} exhibits skipped), expected ${pages}`)

  const out = join(dir, 'qpdf-merged.pdf')
  const qpdfRuns = []
  for (let i = 0; i < runs; i++) {
    t = performance.now()
    execFileSync('qpdf', ['--empty', '--pages', ...exhibits.map((e) => e.qpdfFile), '--', out])
    qpdfRuns.push(performance.now() - t)
  }
  const qpdfPages = Number(execFileSync('qpdf', ['--show-npages', out], { encoding: 'utf8' }).trim())

  const redressMs = median(redress.runsMs)
  const qpdfMs = median(qpdfRuns)
  const ratio = Math.round((redressMs / qpdfMs) * 100) / 100
  const peakMb = Math.round(single.peakMb)
  console.log(`Redress bundle (index, stamps, outline, manifest): ${redress.bundlePages} pages in total (${redress.exhibitPages} exhibit pages + ${redress.bundlePages - redress.exhibitPages} index/manifest pages), ${mb(redress.bytes)}; median of ${runs}: ${ms(redressMs)} ms [${redress.runsMs.map(ms).join(', ')}]`)
  console.log(`qpdf --empty --pages (plain merge, no stamps): ${qpdfPages} pages, ${mb(statSync(out).size)}; median of ${runs}: ${ms(qpdfMs)} ms [${qpdfRuns.map(ms).join(', ')}]`)
  console.log(`ratio ${ratio}× (goal ≤ 2.5×); peak memory (max RSS) of a process building the bundle once: ${peakMb} MB (goal < 600 MB), of which ${Math.round(single.baseMb)} MB before building (Node, fonts parsed, the ${mb(inputBytes)} of exhibits read); the timing process, ${runs} builds in a row, peaked at ${Math.round(redress.peakMb)} MB`)
  console.log(JSON.stringify({ pages, redress_ms: ms(redressMs), qpdf_ms: ms(qpdfMs), ratio, peak_mb: peakMb }))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
