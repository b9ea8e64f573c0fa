// npm run bench:vault — seeds N dossiers in real Chromium (real IndexedDB, real WebCrypto), then
// unlocks in fresh pages and searches. The last line is one JSON object (issue #2).
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { chromium } from '@playwright/test'

const root = resolve(import.meta.dirname, '../..')
const outDir = join(root, 'out/bench')
const count = Number(process.env.BENCH_DOSSIERS ?? 5000)
const runs = Number(process.env.BENCH_RUNS ?? 3)

execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/vite.bench.config.mts'], { cwd: root, stdio: 'inherit' })

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' }
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '')
  const file = join(outDir, path === '' ? 'vault-bench.html' : path)
  if (!file.startsWith(outDir)) return res.writeHead(403).end()
  let body
  try {
    body = await readFile(file)
  } catch {
    return res.writeHead(404).end()
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body)
})
await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
const url = `http://127.0.0.1:${server.address().port}/vault-bench.html`

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
})
const context = await browser.newContext()
async function inFreshPage(fn, arg) {
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => 'unlockAndSearch' in window)
  try {
    return await page.evaluate(fn, arg)
  } finally {
    await page.close()
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x) => Math.round(x * 10) / 10

try {
  const seed = await inFreshPage((n) => window.seedVault(n), count)
  console.log(`seeded ${count} dossiers (2 matters, 20 events each; mean envelope ${Math.round(seed.meanEnvelopeBytes)} B) in ${ms(seed.seedMs)} ms`)
  const results = { inline: [], worker: [] }
  for (let i = 0; i < runs; i++)
    for (const decoder of ['inline', 'worker']) results[decoder].push(await inFreshPage(([d, n]) => window.unlockAndSearch(d, n), [decoder, count]))
  for (const [decoder, rs] of Object.entries(results))
    console.log(`unlock to list, Argon2id ${decoder === 'worker' ? 'in a worker, ciphertext read meanwhile' : 'on the UI thread'} (Argon2id 64 MiB + decrypt all + validate + index), median of ${runs} cold pages: ` +
      `${ms(median(rs.map((r) => r.unlockMs)))} ms [${rs.map((r) => ms(r.unlockMs)).join(', ')}]   goal < 1500 ms`)
  const breakdown = await inFreshPage(() => window.unlockBreakdown())
  console.log(`where a cold unlock goes (ms): ${Object.entries(breakdown).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  const r = results.worker // what the app does
  console.log(`search over 100 queries: p50 ${ms(median(r.map((x) => x.searchP50)))} ms, p95 ${ms(median(r.map((x) => x.searchP95)))} ms, ` +
    `max ${ms(Math.max(...r.map((x) => x.searchMax)))} ms   goal < 30 ms; ${r[0].queriesWithHits}/100 found something`)
  await inFreshPage(() => window.dropVault())
  console.log(JSON.stringify({ dossiers: r[0].dossiers, unlock_ms: ms(median(r.map((x) => x.unlockMs))), search_p50_ms: ms(median(r.map((x) => x.searchP50))), search_p95_ms: ms(median(r.map((x) => x.searchP95))) }))
} finally {
  await browser.close()
  server.close()
}
