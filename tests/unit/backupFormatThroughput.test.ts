// Streams a vault of exhibit bytes through a backup file on disk and back, checking every file's
// SHA-256. It prints MB/s and memory but asserts no timing (machines differ); set
// REDRESS_BACKUP_BENCH_MB=200 to measure at scale. The real benchmark is `npm run bench:backup`.
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { FILE_CHUNK_BYTES, newKdfParams } from '@shared/crypto'
import { createBackupWriter, openBackup, type BackupItem } from '@shared/backup'
import { CREATED, PASS, fastKdf, pattern } from './backupFormatKit'

const MB = Number(process.env.REDRESS_BACKUP_BENCH_MB ?? 24)
const FILE_MB = 8 // exhibits of 8 MiB: 8 chunks each
const fileIds = Array.from({ length: Math.ceil(MB / FILE_MB) }, (_x, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
const base = pattern(FILE_CHUNK_BYTES, 3)

/** Chunk bytes differ per file and position, without holding the vault in memory. */
function chunkBytes(file: number, index: number): Uint8Array {
  const out = new Uint8Array(base)
  out[0] = file & 0xff
  out[1] = index & 0xff
  out[2] = file >> 8
  return out
}

async function* vault(expected: Map<string, string>): AsyncGenerator<BackupItem> {
  yield { type: 'record', kind: 'dossier', id: 'd-1', v: 1, json: JSON.stringify({ name: 'Gülşen Yıldırım' }) }
  for (const [f, fileId] of fileIds.entries()) {
    const hash = createHash('sha256')
    for (let index = 0; index < FILE_MB; index++) {
      const bytes = chunkBytes(f, index)
      hash.update(bytes)
      yield { type: 'file-chunk', fileId, index, count: FILE_MB, bytes }
    }
    expected.set(fileId, hash.digest('hex'))
  }
}

describe('backup throughput (measured, not asserted)', () => {
  it(`streams ${MB} MB of exhibits through a file and back with every SHA-256 intact`, { timeout: 600_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redress-backup-'))
    const path = join(dir, 'vault.redress-backup')
    const fileBytes = fileIds.length * FILE_MB * FILE_CHUNK_BYTES
    let peakRss = 0
    const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss))
    try {
      const expected = new Map<string, string>()
      const writer = createBackupWriter({
        passphrase: PASS, kdf: fastKdf, kdfParams: newKdfParams(), createdAt: CREATED, appVersion: '0.1.0',
        counts: { records: 1, files: fileIds.length, fileChunks: fileIds.length * FILE_MB, fileBytes }
      })
      let t = performance.now()
      const out = createWriteStream(path)
      for await (const chunk of writer.encode(vault(expected))) {
        if (!out.write(chunk)) await once(out, 'drain')
        sample()
      }
      out.end()
      await once(out, 'close')
      const backupSeconds = (performance.now() - t) / 1000
      const size = (await stat(path)).size

      t = performance.now()
      const actual = new Map<string, ReturnType<typeof createHash>>()
      const { entries } = await openBackup(createReadStream(path, { highWaterMark: 256 * 1024 }), { passphrase: PASS, kdf: fastKdf })
      let ended = false
      for await (const e of entries) {
        if (e.type === 'file-chunk') {
          const h = actual.get(e.fileId) ?? createHash('sha256')
          actual.set(e.fileId, h.update(e.bytes))
        } else if (e.type === 'end') ended = true
        sample()
      }
      const restoreSeconds = (performance.now() - t) / 1000

      expect(ended).toBe(true)
      expect(new Map([...actual].map(([id, h]) => [id, h.digest('hex')]))).toEqual(expected)
      expect(size).toBeGreaterThan(fileBytes) // framing overhead only: ~33 bytes per MiB
      expect(size - fileBytes).toBeLessThan(fileBytes / 1000 + 4096)
      const mb = fileBytes / 1e6
      console.log(
        JSON.stringify({ mb: Math.round(mb), backup_mb_s: +(mb / backupSeconds).toFixed(1), restore_mb_s: +(mb / restoreSeconds).toFixed(1), peak_rss_mb: Math.round(peakRss / 1e6) })
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
