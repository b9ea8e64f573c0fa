// Runs inside Chromium: seeds a vault of generated dossiers through the real repositories, then
// (in a fresh page, so nothing is warm) times unlock — Argon2id, decrypt all, validate, index — and search.
import { z } from 'zod'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { createWorkerKdf } from '../../renderer/vault/workerKdf'
import { unlockKeyring } from '../../renderer/vault/keyring'
import { Envelope, openBytes } from '@shared/crypto'
import { Dossier } from '@shared/domain'
import { buildDossierIndex } from '@shared/search'
import { generateDossiers, searchQueries } from './dossierGenerator'

const PASS = 'benchmark lantern quartz mosaic 1984'
const DB_NAME = 'redress-bench'

// As in the app: zod without its eval-based JIT (the CSP forbids it).
z.config({ jitless: true })

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)] ?? NaN
}

async function seedVault(count: number) {
  await new VaultDatabase(DB_NAME).delete()
  const db = new VaultDatabase(DB_NAME)
  const controller = new VaultController(db)
  await controller.start()
  await controller.create(PASS, PASS)
  const state = controller.getState()
  if (state.phase !== 'unlocked') throw new Error('vault did not open')
  const dossiers = generateDossiers(count)
  const t = performance.now()
  for (let i = 0; i < dossiers.length; i += 500) await state.session.saveDossiers(dossiers.slice(i, i + 500))
  const seedMs = performance.now() - t
  const envelopeBytes = (await db.records.toArray()).reduce((n, r) => n + r.ct.length, 0)
  controller.lock()
  db.close()
  return { seedMs, meanEnvelopeBytes: envelopeBytes / count }
}

async function unlockAndSearch(kdfPlace: 'worker' | 'inline', count: number) {
  const kdf = kdfPlace === 'worker' ? createWorkerKdf() : undefined
  const controller = new VaultController(new VaultDatabase(DB_NAME), kdf)
  await controller.start() // as in the app: the locked screen is shown, the KDF worker starts
  await new Promise((r) => setTimeout(r, 500)) // the time a person takes to type the passphrase
  const t = performance.now()
  const outcome = await controller.unlock(PASS)
  const unlockMs = performance.now() - t
  const state = controller.getState()
  if (!outcome.ok || state.phase !== 'unlocked') throw new Error('unlock failed')
  const listed = state.session.dossiers().length

  const times: number[] = []
  let hits = 0
  for (const q of searchQueries(generateDossiers(count), 100)) {
    const s = performance.now()
    hits += state.session.search(q).length > 0 ? 1 : 0
    times.push(performance.now() - s)
  }
  times.sort((a, b) => a - b)
  controller.lock()
  kdf?.terminate()
  return { dossiers: listed, unlockMs, queriesWithHits: hits, searchP50: percentile(times, 50), searchP95: percentile(times, 95), searchMax: times[times.length - 1] ?? NaN }
}

/** Where a cold unlock spends its time, step by step (same work as VaultSession.open, in sequence). */
async function unlockBreakdown() {
  const db = new VaultDatabase(DB_NAME)
  const steps: Record<string, number> = {}
  let t = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    steps[name] = Math.round((now - t) * 10) / 10
    t = now
  }
  const outcome = await unlockKeyring(db, PASS)
  if (!outcome.ok) throw new Error('unlock failed')
  lap('argon2id')
  const rows = await db.records.where('kind').equals('dossier').toArray()
  lap('read')
  const plain = await Promise.all(rows.map((r) => openBytes(outcome.dataKey, Envelope.parse(r))))
  lap('decrypt')
  const decoder = new TextDecoder()
  const json = plain.map((b) => JSON.parse(decoder.decode(b)) as unknown)
  lap('json')
  const dossiers = json.map((j) => Dossier.parse(j))
  lap('validate')
  buildDossierIndex(dossiers)
  lap('index')
  db.close()
  return steps
}

async function dropVault() {
  await new VaultDatabase(DB_NAME).delete()
}

Object.assign(window, { seedVault, unlockAndSearch, unlockBreakdown, dropVault })
