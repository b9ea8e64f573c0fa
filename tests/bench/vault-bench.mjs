// npm run bench:vault — seeds N dossiers in real Chromium (real IndexedDB, real WebCrypto) and prints
// unlock and search figures. The last line is one JSON object (issue #2).
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { chromium } from '@playwright/test'

const root = resolve(import.meta.dirname, '../..')
const outDir = join(root, 'out/bench')
const count = Number(process.env.BENCH_DOSSIERS ?? 5000)

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
const port = server.address().port

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
})
try {
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${port}/vault-bench.html`)
  await page.waitForFunction(() => 'runVaultBench' in window)
  const r = await page.evaluate((n) => window.runVaultBench(n), count)
  const ms = (x) => Math.round(x * 100) / 100
  console.log(`dossiers listed after unlock:   ${r.dossiers} (2 matters, 20 events each; mean envelope ${Math.round(r.meanEnvelopeBytes)} B)`)
  console.log(`seeding (encrypt + write):      ${ms(r.seedMs)} ms`)
  console.log(`unlock to list (Argon2id 64 MiB + decrypt all + build index): ${ms(r.unlockMs)} ms   goal < 1500 ms`)
  const b = r.breakdown
  console.log(`  of which: Argon2id + unwrap ${ms(b.kdfMs)} ms, decrypt ${ms(b.decryptMs)} ms, validate ${ms(b.validateMs)} ms, index ${ms(b.indexMs)} ms`)
  console.log(`search over 100 queries:        p50 ${ms(r.searchP50)} ms, p95 ${ms(r.searchP95)} ms, max ${ms(r.searchMax)} ms   goal < 30 ms; ${r.queriesWithHits}/100 found something`)
  console.log(JSON.stringify({ dossiers: r.dossiers, unlock_ms: ms(r.unlockMs), search_p50_ms: ms(r.searchP50), search_p95_ms: ms(r.searchP95) }))
} finally {
  await browser.close()
  server.close()
}
