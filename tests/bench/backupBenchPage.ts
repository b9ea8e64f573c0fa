// Runs inside Chromium for tests/bench/backup-bench.mjs: seeds a vault through the real modules
// (keyring, dossier records, exhibit shelf and chunk store), times backupVault producing the Blob,
// and hands the Blob to the runner as a download so the restore reads a real file from disk.
import { z } from 'zod'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { createWorkerKdf } from '../../renderer/vault/workerKdf'
import { backupVault, type VaultBackup } from '../../renderer/backup/backupVault'
import { planBackup } from '../../renderer/backup/vaultBackupSource'
import { openFileChunk, type KdfFunction } from '@shared/crypto'
import { generateDossiers } from './dossierGenerator'

export const SOURCE_DB = 'redress-backup-bench-source'
export const VAULT_PASS = 'benchmark lantern quartz mosaic 1984'
export const BACKUP_PASS = 'harbour violet gravel tundra 2031'
const MIB = 1024 * 1024

// As in the app: zod without its eval-based JIT (the CSP forbids it).
z.config({ jitless: true })

/** Incompressible-looking bytes, fast: xorshift32 over 32-bit words (crypto.getRandomValues is capped at 64 KiB a call). */
function patternFile(size: number, seed: number): Uint8Array {
  const words = new Uint32Array(Math.ceil(size / 4))
  let s = (seed * 2654435761) >>> 0 || 1
  for (let i = 0; i < words.length; i++) {
    s ^= s << 13
    s >>>= 0
    s ^= s >>> 17
    s ^= s << 5
    s >>>= 0
    words[i] = s
  }
  return new Uint8Array(words.buffer, 0, size)
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

export interface SeededExhibit {
  exhibitId: string
  sha256: string
  sizeBytes: number
}

async function openVault(dbName: string, passphrase: string) {
  const kdf = createWorkerKdf()
  const db = new VaultDatabase(dbName)
  const controller = new VaultController(db, kdf)
  await controller.start()
  const outcome = await controller.unlock(passphrase)
  const state = controller.getState()
  if (!outcome.ok || state.phase !== 'unlocked') throw new Error(`the vault ${dbName} did not unlock`)
  return { db, controller, kdf, session: state.session }
}

/** `mb` MiB of exhibit originals in files of about 10 MiB, spread over the first dossiers' matters, plus `dossiers` dossier records. */
async function seedVault(mb: number, dossierCount: number) {
  await new VaultDatabase(SOURCE_DB).delete()
  const kdf = createWorkerKdf()
  const db = new VaultDatabase(SOURCE_DB)
  const controller = new VaultController(db, kdf)
  await controller.start()
  const t = performance.now()
  await controller.create(VAULT_PASS, VAULT_PASS)
  const state = controller.getState()
  if (state.phase !== 'unlocked') throw new Error('the vault did not open')
  const session = state.session
  const dossiers = generateDossiers(dossierCount)
  for (let i = 0; i < dossiers.length; i += 500) await session.saveDossiers(dossiers.slice(i, i + 500))

  const total = mb * MIB
  const fileCount = Math.max(1, Math.round(mb / 10))
  const exhibits: SeededExhibit[] = []
  for (let i = 0; i < fileCount; i++) {
    // Uneven sizes, so most files end in a partial chunk, as real files do.
    const size = i === fileCount - 1 ? total - exhibits.reduce((n, e) => n + e.sizeBytes, 0) : Math.floor(total / fileCount) - (i % 7) * 4099
    const bytes = patternFile(size, i + 1)
    const expected = await sha256(bytes)
    const dossier = dossiers[i % dossiers.length]!
    const matter = dossier.matters[i % dossier.matters.length]!
    const result = await session.exhibits.intake({ dossierId: dossier.id, matterId: matter.id, fileName: `Exhibit ${i + 1} scan.bin`, bytes })
    if (result.status !== 'added' || result.exhibit.file.sha256 !== expected) throw new Error(`exhibit ${i + 1} was not added as generated`)
    exhibits.push({ exhibitId: result.exhibit.id, sha256: expected, sizeBytes: size })
  }
  const seedMs = performance.now() - t
  const rows = await db.records.toArray()
  // Envelope ciphertext = plaintext JSON + 16-byte GCM tag: the record bytes a backup carries.
  const recordBytes = rows.reduce((n, r) => n + r.ct.length - 16, 0)
  const chunks = await db.fileChunks.count()
  controller.lock()
  kdf.terminate()
  db.close()
  return { seedMs, records: rows.length, recordBytes, chunks, exhibits }
}

let lastBackup: VaultBackup | null = null

/** Unlocks (untimed), then times backupVault producing the Blob, as the Back up button does. */
async function runBackup() {
  const { db, controller, kdf, session } = await openVault(SOURCE_DB, VAULT_PASS)
  // Where the time goes: the KDF call is timed around the app's worker KDF, the rest from progress.
  let kdfMs = 0
  let recordsDoneAt = NaN
  const timedKdf: KdfFunction = async (passphrase, params) => {
    const k = performance.now()
    try {
      return await kdf.derive(passphrase, params)
    } finally {
      kdfMs += performance.now() - k
    }
  }
  const t = performance.now()
  const backup = await backupVault(session.backupAccess(), {
    passphrase: BACKUP_PASS,
    passphraseSource: 'new',
    kdf: timedKdf,
    onProgress: (p) => {
      if (p.fileBytes === 0 && p.records === p.counts.records) recordsDoneAt = performance.now() - t
    }
  })
  const backupMs = performance.now() - t
  controller.lock()
  kdf.terminate()
  db.close()
  lastBackup = backup
  return { backupMs, kdfMs, recordsDoneAt, blobBytes: backup.blob.size, reportedBytes: backup.bytes, counts: backup.counts, fileName: backup.fileName }
}

/**
 * Where a backup's time goes per original chunk, step by step in the same order as backupVault
 * (sequentially, as it does): IndexedDB read, decrypt under the vault key, seal as a 1 MiB backup
 * frame, hand to a Blob. Run after the timed backup; informative only.
 */
async function backupSteps() {
  const { db, controller, kdf, session } = await openVault(SOURCE_DB, VAULT_PASS)
  const { dataKey } = session.backupAccess()
  const plan = await planBackup(db, dataKey)
  const frameKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt'])
  const ms = { read: 0, decrypt: 0, seal: 0, blob: 0 }
  let bytes = 0
  const parts: Blob[] = []
  for (const file of plan.files) {
    for (let index = 0; index < file.chunkCount; index++) {
      let t = performance.now()
      const row = await db.fileChunks.get(`${file.fileId}:${index}`)
      if (!row) throw new Error('a chunk is missing')
      ms.read += performance.now() - t
      t = performance.now()
      const plain = await openFileChunk(dataKey, row, file.chunkCount)
      ms.decrypt += performance.now() - t
      t = performance.now()
      const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)) }, frameKey, plain as Uint8Array<ArrayBuffer>))
      ms.seal += performance.now() - t
      t = performance.now()
      parts.push(new Blob([ct]))
      ms.blob += performance.now() - t
      bytes += plain.length
    }
  }
  const t = performance.now()
  const blob = new Blob(parts)
  await blob.slice(blob.size - 1).arrayBuffer() // the parts have reached the browser's blob store
  ms.blob += performance.now() - t
  controller.lock()
  kdf.terminate()
  db.close()
  return { bytes, ms }
}

/** Starts a download of the last backup (the runner saves it to disk); untimed here. */
function downloadBackup(): void {
  if (!lastBackup) throw new Error('no backup made in this page')
  const a = document.createElement('a')
  a.href = URL.createObjectURL(lastBackup.blob)
  a.download = lastBackup.fileName
  document.body.append(a)
  a.click()
  a.remove()
}

function forgetBackup(): void {
  lastBackup = null
}

async function dropVaults(names: string[]) {
  for (const name of names) await new VaultDatabase(name).delete()
}

Object.assign(window, { seedVault, runBackup, backupSteps, downloadBackup, forgetBackup, dropVaults, openVault, sha256 })
