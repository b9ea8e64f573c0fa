// Runs inside Chromium: seeds a vault of generated dossiers through the real repositories,
// then times unlock (Argon2id + decrypt all + index) and search.
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { unlockKeyring } from '../../renderer/vault/keyring'
import { Envelope, openJson } from '@shared/crypto'
import { Dossier } from '@shared/domain'
import { buildDossierIndex } from '@shared/search'
import { generateDossiers, searchQueries } from './dossierGenerator'

const PASS = 'benchmark lantern quartz mosaic 1984'

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)] ?? NaN
}

async function runVaultBench(count: number) {
  await new VaultDatabase('redress-bench').delete()
  const db = new VaultDatabase('redress-bench')
  const controller = new VaultController(db)
  await controller.start()
  await controller.create(PASS, PASS)
  const seeding = controller.getState()
  if (seeding.phase !== 'unlocked') throw new Error('vault did not open')
  const dossiers = generateDossiers(count)
  const seedStart = performance.now()
  for (let i = 0; i < dossiers.length; i += 500) await seeding.session.saveDossiers(dossiers.slice(i, i + 500))
  const seedMs = performance.now() - seedStart
  controller.lock()

  const unlockStart = performance.now()
  const outcome = await controller.unlock(PASS)
  const unlockMs = performance.now() - unlockStart
  const state = controller.getState()
  if (!outcome.ok || state.phase !== 'unlocked') throw new Error('unlock failed')
  const listed = state.session.dossiers().length

  const times: number[] = []
  let hits = 0
  for (const q of searchQueries(dossiers, 100)) {
    const t = performance.now()
    hits += state.session.search(q).length > 0 ? 1 : 0
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  // Where unlock time goes: KDF + unwrap, decrypt, schema validation, index build.
  controller.lock()
  let t = performance.now()
  const keyOutcome = await unlockKeyring(db, PASS)
  const kdfMs = performance.now() - t
  if (!keyOutcome.ok) throw new Error('unlock failed')
  const rows = await db.records.where('kind').equals('dossier').toArray()
  t = performance.now()
  const plain = await Promise.all(rows.map((r) => openJson(keyOutcome.dataKey, Envelope.parse(r))))
  const decryptMs = performance.now() - t
  t = performance.now()
  const parsed = plain.map((p) => Dossier.parse(p))
  const validateMs = performance.now() - t
  t = performance.now()
  buildDossierIndex(parsed)
  const indexMs = performance.now() - t
  const envelopeBytes = (await db.records.toArray()).reduce((n, r) => n + r.ct.length, 0)
  db.close()
  await db.delete()
  return {
    dossiers: listed,
    seedMs,
    unlockMs,
    queriesWithHits: hits,
    searchP50: percentile(times, 50),
    searchP95: percentile(times, 95),
    searchMax: times[times.length - 1] ?? NaN,
    meanEnvelopeBytes: envelopeBytes / count,
    breakdown: { kdfMs, decryptMs, validateMs, indexMs }
  }
}

Object.assign(window, { runVaultBench })
