// writeVaultBackup makes the next piece while the sink writes the previous one, but never calls the
// sink again before its last call resolved (the IPC to main writes in order); a failing sink stops
// the backup with that failure and nothing is handed to the sink after it.
import { afterEach, describe, expect, it } from 'vitest'
import { openBackup, type BackupEntry } from '@shared/backup'
import { newKdfParams } from '@shared/crypto'
import { BACKUP_SINK_PIECE_BYTES, writeVaultBackup } from '../../renderer/backup/backupVault'
import { gulsenDossier } from './fixtures'
import { pattern } from './backupFormatKit'
import { BACKUP_PASS, closeAll, createdVault, fastKdf, intake, sha } from './restoreKit'

afterEach(closeAll)

const MIB = 1024 * 1024

/** A vault with 13 MiB of originals in three files: four sink pieces. */
async function vaultWithOriginals() {
  const v = await createdVault()
  const d = gulsenDossier()
  await v.session.saveDossier(d)
  const originals = [pattern(5 * MIB + 17, 1), pattern(3 * MIB, 2), pattern(5 * MIB - 5, 3)]
  for (const [i, bytes] of originals.entries()) await intake(v.session, d.id, d.matters[0]!.id, `exhibit-${i}.bin`, bytes)
  return { ...v, originals }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}

describe('writeVaultBackup and its sink', () => {
  it('one sink call at a time, in order; the pieces are the whole file, which opens with every original intact', async () => {
    const { session, originals } = await vaultWithOriginals()
    const pieces: Uint8Array[] = []
    let active = 0
    let mostActive = 0
    let madeDuringWrite = 0
    const made = await writeVaultBackup(
      session.backupAccess(),
      async (piece) => {
        active++
        mostActive = Math.max(mostActive, active)
        await new Promise((r) => setTimeout(r, 20)) // a slow disk: the next piece is made meanwhile
        pieces.push(piece.slice())
        active--
      },
      { passphrase: BACKUP_PASS, kdf: fastKdf, kdfParams: newKdfParams(), onProgress: () => void (madeDuringWrite += active) }
    )
    expect(mostActive).toBe(1)
    expect(madeDuringWrite).toBeGreaterThan(0) // originals were read and sealed while a piece was being written
    expect(pieces.length).toBeGreaterThanOrEqual(3)
    expect(pieces.slice(0, -1).every((p) => p.length >= BACKUP_SINK_PIECE_BYTES)).toBe(true)
    const file = new Uint8Array(Buffer.concat(pieces))
    expect(made.bytes).toBe(file.length)
    const { entries } = await openBackup(once(file), { passphrase: BACKUP_PASS, kdf: fastKdf })
    const byFile = new Map<string, Uint8Array[]>()
    let end: BackupEntry | null = null
    for await (const e of entries) {
      if (e.type === 'file-chunk') byFile.set(e.fileId, [...(byFile.get(e.fileId) ?? []), e.bytes.slice()])
      if (e.type === 'end') end = e
    }
    expect(end).not.toBeNull()
    expect([...byFile.values()].map((parts) => sha(Buffer.concat(parts))).sort()).toEqual(originals.map(sha).sort())
  }, 60_000)

  it('a sink failing on its second piece stops the backup with that failure; nothing is handed over after it', async () => {
    const { session } = await vaultWithOriginals()
    let calls = 0
    let callsAtFailure = -1
    const failure = new Error('the USB stick was removed')
    const outcome = await writeVaultBackup(
      session.backupAccess(),
      async () => {
        calls++
        await new Promise((r) => setTimeout(r, 10))
        if (calls === 2) {
          callsAtFailure = calls
          throw failure
        }
      },
      { passphrase: BACKUP_PASS, kdf: fastKdf, kdfParams: newKdfParams() }
    ).then(
      () => null,
      (e: unknown) => e
    )
    expect(outcome).toBe(failure)
    expect(callsAtFailure).toBe(2)
    expect(calls).toBe(2)
  }, 60_000)
})
