// Runs inside Chromium for tests/bench/backup-bench.mjs: seeds a vault through the real modules
// (keyring, dossier records, exhibit shelf and chunk store), times writeVaultBackup streaming the
// file to the runner piece by piece (as the desktop app streams it to main over IPC), restores that file from a file input
// into a second database as the first-run restore screen does, and checks the restored vault.
import { z } from 'zod'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { createWorkerKdf } from '../../renderer/vault/workerKdf'
import { writeVaultBackup } from '../../renderer/backup/backupVault'
import { planBackup } from '../../renderer/backup/vaultBackupSource'
import type { RestoreCheck } from '../../renderer/restore/restoreCheck'
import { FILE_CHUNK_BYTES, openFileChunk, sealFileChunk, type FileChunkRow, type KdfFunction } from '@shared/crypto'
import { openBackup } from '@shared/backup'
import { createSHA256 } from 'hash-wasm'
import { backupFileSource } from '../../renderer/restore/backupFileSource'
import { generateDossiers } from './dossierGenerator'

export const SOURCE_DB = 'redress-backup-bench-source'
export const VAULT_PASS = 'benchmark lantern quartz mosaic 1984'
export const BACKUP_PASS = 'harbour violet gravel tundra 2031'
export const TARGET_DB = 'redress-backup-bench-restored'
export const NEW_VAULT_PASS = 'copper meadow sextant lagoon 2042'
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

/**
 * What the desktop app's sink does per piece (one IPC write to main, awaited), as a POST to the
 * runner. The piece goes as a Blob: Chromium uploads a Uint8Array body 5–15× slower (a 4 MiB piece
 * measured 0.29 s against 0.06 s at load 1.5, 1.8 s against 0.12 s under heavy load), which would
 * measure the bench's transport, not the backup.
 */
async function post(url: string, body?: Uint8Array): Promise<void> {
  const response = await fetch(url, { method: 'POST', body: body === undefined ? undefined : new Blob([body as Uint8Array<ArrayBuffer>]) })
  if (!response.ok) throw new Error(`the runner refused ${url} (${response.status})`)
}

/** Unlocks (untimed), then times writeVaultBackup streaming the file to the runner piece by piece, as the Back up button does. */
async function runBackup() {
  const { db, controller, kdf, session } = await openVault(SOURCE_DB, VAULT_PASS)
  // Where the time goes: the KDF call is timed around the app's worker KDF, the rest from progress.
  let kdfMs = 0
  let recordsDoneAt = NaN
  let sinkMs = 0
  let pieces = 0
  let pieceBytes = 0
  const timedKdf: KdfFunction = async (passphrase, params) => {
    const k = performance.now()
    try {
      return await kdf.derive(passphrase, params)
    } finally {
      kdfMs += performance.now() - k
    }
  }
  const t = performance.now()
  await post('/backup-begin')
  const made = await writeVaultBackup(
    session.backupAccess(),
    async (piece) => {
      const s = performance.now()
      await post('/backup-piece', piece)
      sinkMs += performance.now() - s
      pieces++
      pieceBytes = Math.max(pieceBytes, piece.length)
    },
    {
      passphrase: BACKUP_PASS,
      passphraseSource: 'new',
      kdf: timedKdf,
      onProgress: (p) => {
        if (p.fileBytes === 0 && p.records === p.counts.records) recordsDoneAt = performance.now() - t
      }
    }
  )
  await post('/backup-finish')
  const backupMs = performance.now() - t
  controller.lock()
  kdf.terminate()
  db.close()
  return { backupMs, kdfMs, recordsDoneAt, sinkMs, pieces, pieceBytes, reportedBytes: made.bytes, counts: made.counts, fileName: made.fileName }
}

/**
 * The same backup into a sink that drops each piece at once: the pipeline's own speed (reading,
 * decrypting, sealing; Argon2id included), for comparison with runBackup, whose pieces cross the
 * bench's HTTP stand-in for the IPC to main. Informative only.
 */
async function runBackupToNullSink() {
  const { db, controller, kdf, session } = await openVault(SOURCE_DB, VAULT_PASS)
  let bytes = 0
  const t = performance.now()
  await writeVaultBackup(session.backupAccess(), async (piece) => void (bytes += piece.length), { passphrase: BACKUP_PASS, passphraseSource: 'new', kdf: kdf.derive })
  const ms = performance.now() - t
  controller.lock()
  kdf.terminate()
  db.close()
  return { ms, bytes }
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
  const ms = { read: 0, decrypt: 0, seal: 0, blob: 0, 'read ×4 bulkGet (alternative)': 0 }
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
  // For comparison: the same chunks read 4 at a time with bulkGet.
  let t = performance.now()
  for (const file of plan.files)
    for (let index = 0; index < file.chunkCount; index += 4) {
      const ids = Array.from({ length: Math.min(4, file.chunkCount - index) }, (_, k) => `${file.fileId}:${index + k}`)
      if ((await db.fileChunks.bulkGet(ids)).some((r) => r === undefined)) throw new Error('a chunk is missing')
    }
  ms['read ×4 bulkGet (alternative)'] = performance.now() - t
  t = performance.now()
  const blob = new Blob(parts)
  await blob.slice(blob.size - 1).arrayBuffer() // the parts have reached the browser's blob store
  ms.blob += performance.now() - t
  controller.lock()
  kdf.terminate()
  db.close()
  return { bytes, ms }
}

/**
 * Where a restore's time goes, one step at a time over the chosen file (informative, untimed in
 * the figures): reading the File's stream; reading + opening the backup (frames decrypted, entries
 * decoded; the stream time included); SHA-256 of every original with hash-wasm (what both passes
 * use) and, for comparison, WebCrypto's one-shot digest per 1 MiB; sealing 1 MiB vault chunks;
 * IndexedDB bulkAdd of those rows, 4 at a time, into a scratch database.
 */
async function restoreSteps() {
  const file = chosenFile()
  const ms: Record<string, number> = {}
  let t = performance.now()
  const reader = file.stream().getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read());
  ms.stream = performance.now() - t

  const kdf = createWorkerKdf()
  const { entries } = await openBackup(backupFileSource(file).bytes, { passphrase: BACKUP_PASS, kdf: kdf.derive })
  kdf.terminate()
  t = performance.now() // after Argon2id and the key check: frames and entries only
  const chunks: Uint8Array[] = []
  let bytes = 0
  for await (const entry of entries) {
    if (entry.type !== 'file-chunk') continue
    bytes += entry.bytes.length
    if (chunks.length < 16) chunks.push(entry.bytes.slice())
  }
  ms['stream+open'] = performance.now() - t
  const n = Math.ceil(bytes / FILE_CHUNK_BYTES)
  const piece = (i: number) => chunks[i % chunks.length]!

  t = performance.now()
  const hasher = await createSHA256()
  hasher.init()
  for (let i = 0; i < n; i++) hasher.update(piece(i))
  hasher.digest('hex')
  ms['sha256 hash-wasm'] = performance.now() - t
  t = performance.now()
  for (let i = 0; i < n; i++) await crypto.subtle.digest('SHA-256', piece(i) as Uint8Array<ArrayBuffer>)
  ms['sha256 WebCrypto per chunk'] = performance.now() - t

  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  const fileId = crypto.randomUUID()
  const rows: FileChunkRow[] = []
  ms.seal = 0
  const scratch = new VaultDatabase('redress-backup-bench-scratch')
  // As the restore writes (4 chunks a transaction), and with 16 a transaction for comparison.
  for (const batch of [4, 16]) {
    const name = `idb bulkAdd ×${batch}`
    ms[name] = 0
    await scratch.fileChunks.clear()
    for (let i = 0; i < n; i++) {
      t = performance.now()
      rows.push(await sealFileChunk(key, fileId, i, n, piece(i)))
      if (batch === 4) ms.seal += performance.now() - t
      if (rows.length === batch || i === n - 1) {
        t = performance.now()
        await scratch.fileChunks.bulkAdd(rows.splice(0))
        ms[name] += performance.now() - t
      }
    }
  }
  await scratch.delete()
  return { bytes, ms }
}

/** The app's worker KDF, with the time spent in it added up (Argon2id runs once per passphrase use). */
function timedWorkerKdf() {
  const worker = createWorkerKdf()
  const timing = { ms: 0, calls: 0 }
  const derive: KdfFunction = async (passphrase, params) => {
    const t = performance.now()
    try {
      return await worker.derive(passphrase, params)
    } finally {
      timing.ms += performance.now() - t
      timing.calls++
    }
  }
  return { derivation: { derive, warmUp: () => worker.warmUp() }, timing, terminate: () => worker.terminate() }
}

function chosenFile(): File {
  const file = document.querySelector<HTMLInputElement>('#backup-file')?.files?.[0]
  if (!file) throw new Error('no backup file chosen')
  return file
}

let pendingRestore: { controller: VaultController; check: RestoreCheck; kdf: ReturnType<typeof timedWorkerKdf> } | null = null

/** First run on a new, empty vault, as the "Restore a backup" screen does it: the dry run over the chosen file. */
async function runRestoreCheck() {
  await new VaultDatabase(TARGET_DB).delete()
  const kdf = timedWorkerKdf()
  const controller = new VaultController(new VaultDatabase(TARGET_DB), kdf.derivation)
  await controller.start()
  if (controller.getState().phase !== 'first-run') throw new Error('the target vault is not empty')
  const file = chosenFile()
  const t = performance.now()
  const check = await controller.checkRestore(file, BACKUP_PASS)
  const checkMs = performance.now() - t
  pendingRestore = { controller, check, kdf }
  return { checkMs, kdfMs: kdf.timing.ms, fileBytes: check.fileBytes, counts: check.plan.counts, files: check.plan.files.length }
}

/** Then the restore itself: new keyring + applyRestore (second pass, staging, one transaction) + the session opened on it. */
async function runRestoreWrite() {
  if (!pendingRestore) throw new Error('check the backup first')
  const { controller, check, kdf } = pendingRestore
  kdf.timing.ms = 0
  kdf.timing.calls = 0
  let finishingAt = NaN
  const t = performance.now()
  const outcome = await controller.restoreIntoNewVault(chosenFile(), BACKUP_PASS, check, NEW_VAULT_PASS, NEW_VAULT_PASS, {
    onProgress: (p) => {
      if (p.step === 'finishing' && Number.isNaN(finishingAt)) finishingAt = performance.now() - t
    }
  })
  const writeMs = performance.now() - t
  const unlocked = controller.getState().phase === 'unlocked'
  controller.lock()
  kdf.terminate()
  pendingRestore = null
  return { writeMs, kdfMs: kdf.timing.ms, kdfCalls: kdf.timing.calls, finishingAt, outcome, unlocked }
}

/**
 * The restored vault, unlocked with its new passphrase in a fresh page, against the source: same
 * record count, every dossier equal, every exhibit's recorded SHA-256 equal to the generated file's,
 * and `sample` originals read back (checked by the shelf) and hashed again here.
 */
async function checkRestored(seeded: SeededExhibit[], sample: number) {
  const source = await openVault(SOURCE_DB, VAULT_PASS)
  const target = await openVault(TARGET_DB, NEW_VAULT_PASS)
  const problems: string[] = []
  const [sourceRecords, targetRecords] = await Promise.all([source.db.records.count(), target.db.records.count()])
  if (sourceRecords !== targetRecords) problems.push(`${targetRecords} records restored, ${sourceRecords} in the source`)
  const dossiers = (s: typeof source.session) => JSON.stringify([...s.dossiers()].sort((a, b) => (a.id < b.id ? -1 : 1)))
  if (dossiers(source.session) !== dossiers(target.session)) problems.push('the restored dossiers differ from the source')
  for (const e of seeded) if (target.session.exhibits.get(e.exhibitId)?.file.sha256 !== e.sha256) problems.push(`exhibit ${e.exhibitId} is missing or has another SHA-256`)
  const picks = Array.from({ length: Math.min(sample, seeded.length) }, (_, i) => seeded[Math.floor((i * (seeded.length - 1)) / Math.max(1, sample - 1))]!)
  for (const e of picks) {
    const bytes = await target.session.exhibits.readOriginal(e.exhibitId)
    if ((await sha256(bytes)) !== e.sha256 || bytes.length !== e.sizeBytes) problems.push(`exhibit ${e.exhibitId} reads back with another SHA-256`)
  }
  const restoredDossiers = target.session.dossiers().length
  for (const v of [source, target]) {
    v.controller.lock()
    v.kdf.terminate()
    v.db.close()
  }
  return { records: targetRecords, dossiers: restoredDossiers, exhibitsRead: picks.length, problems }
}

async function dropVaults(names: string[]) {
  for (const name of names) await new VaultDatabase(name).delete()
}

Object.assign(window, { seedVault, runBackup, runBackupToNullSink, backupSteps, restoreSteps, runRestoreCheck, runRestoreWrite, checkRestored, dropVaults, openVault, sha256 })
