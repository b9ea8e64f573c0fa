// The streamed backup save across IPC: the contract refuses oversized, empty and malformed pieces
// before main sees them, no path ever comes back, and the renderer splits a large piece into
// separately-buffered slices of at most 8 MiB.
import { describe, expect, it } from 'vitest'
import {
  BackupBeginRequest,
  BackupBeginResponse,
  BackupFinishResponse,
  BackupFolderStatus,
  BackupWriteRequest,
  MAX_BACKUP_WRITE_BYTES,
  SetKeepLastRequest
} from '@shared/ipc/backupFiles'
import type { IpcResult, RedressApi } from '@shared/ipc/contract'
import { createHandler } from '@shared/ipc/handler'
import { backupPieces, createElectronPlatform } from '../../renderer/platform/electronPlatform'

const token = '0123456789abcdef0123456789abcdef'
const fakeLength = (n: number) => Object.setPrototypeOf({ byteLength: n }, Uint8Array.prototype) as Uint8Array

describe('backup IPC shapes', () => {
  it('refuses pieces that are oversized, empty or not bytes', () => {
    expect(BackupWriteRequest.safeParse({ token, bytes: fakeLength(MAX_BACKUP_WRITE_BYTES) }).success).toBe(true)
    expect(BackupWriteRequest.safeParse({ token, bytes: fakeLength(MAX_BACKUP_WRITE_BYTES + 1) }).success).toBe(false)
    expect(BackupWriteRequest.safeParse({ token, bytes: new Uint8Array(0) }).success).toBe(false)
    expect(BackupWriteRequest.safeParse({ token, bytes: [1, 2, 3] }).success).toBe(false)
    expect(BackupWriteRequest.safeParse({ token, bytes: 'AAAA' }).success).toBe(false)
    expect(BackupWriteRequest.safeParse({ token, bytes: new ArrayBuffer(4) }).success).toBe(false)
  })

  it('refuses malformed tokens', () => {
    for (const bad of ['', 'abc', token.toUpperCase(), `${token}0`, '../../etc/passwd', 42, null]) {
      expect(BackupWriteRequest.safeParse({ token: bad, bytes: new Uint8Array(1) }).success).toBe(false)
    }
  })

  it('refuses a path or unknown destination when a backup begins', () => {
    expect(BackupBeginRequest.safeParse({ destination: 'ask', suggestedName: '/home/x/Redress backup.redress-backup' }).success).toBe(false)
    expect(BackupBeginRequest.safeParse({ destination: 'ask', suggestedName: '..\\x.redress-backup' }).success).toBe(false)
    expect(BackupBeginRequest.safeParse({ destination: '/tmp', suggestedName: 'x.redress-backup' }).success).toBe(false)
    expect(BackupBeginRequest.safeParse({ destination: 'ask', suggestedName: 'x.redress-backup', folder: '/tmp' }).success).toBe(false)
  })

  it('never carries a path back to the renderer', () => {
    expect(BackupFinishResponse.safeParse({ fileName: '/media/usb/b.redress-backup', bytes: 1, pruned: 0 }).success).toBe(false)
    expect(BackupFolderStatus.safeParse({ folderName: 'Backups', available: true, keepLast: 10, folder: '/media/usb/Backups' }).success).toBe(false)
    expect(BackupBeginResponse.safeParse({ status: 'started', token, path: '/tmp/x.partial' }).success).toBe(false)
  })

  it('limits keepLast to 1..100 whole backups', () => {
    for (const keepLast of [1, 10, 100]) expect(SetKeepLastRequest.safeParse({ keepLast }).success).toBe(true)
    for (const keepLast of [0, 101, 2.5, -3, '5', Number.POSITIVE_INFINITY]) expect(SetKeepLastRequest.safeParse({ keepLast }).success).toBe(false)
  })

  it('the IPC gate refuses an oversized piece before main touches it', async () => {
    let called = false
    const handler = createHandler(
      'backup:write',
      () => {
        called = true
        return { written: 0 }
      },
      { trustedOrigin: 'app://redress' }
    )
    const event = { senderFrame: { url: 'app://redress/index.html', parent: null } }
    const result = await handler(event, { token, bytes: fakeLength(MAX_BACKUP_WRITE_BYTES + 1) })
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(called).toBe(false)
    expect(await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, { token, bytes: new Uint8Array(1) })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})

describe('backupPieces', () => {
  it('splits into slices of at most 8 MiB, each on its own buffer', () => {
    const big = new Uint8Array(MAX_BACKUP_WRITE_BYTES * 2 + 5)
    big[0] = 1
    big[big.length - 1] = 2
    const pieces = [...backupPieces(big)]
    expect(pieces.map((p) => p.byteLength)).toEqual([MAX_BACKUP_WRITE_BYTES, MAX_BACKUP_WRITE_BYTES, 5])
    for (const p of pieces) expect(p.buffer.byteLength).toBe(p.byteLength)
    expect(pieces[0]![0]).toBe(1)
    expect(pieces[2]![4]).toBe(2)
  })

  it('passes a small standalone array through and copies a view of a larger buffer', () => {
    const own = new Uint8Array([1, 2, 3])
    expect([...backupPieces(own)][0]).toBe(own)
    const view = new Uint8Array(1000).subarray(10, 20)
    const [piece] = [...backupPieces(view)]
    expect(piece).not.toBe(view)
    expect(piece!.buffer.byteLength).toBe(10)
  })
})

describe('electron backup sink', () => {
  const ok = <T>(data: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, data })

  function bridge(calls: string[], writeFails = false): RedressApi {
    const unused = () => Promise.reject(new Error('not used'))
    return {
      getAppInfo: unused,
      saveFile: unused,
      openFiles: unused,
      setIdleTimeout: unused,
      showNotification: unused,
      onLockRequested: () => () => undefined,
      chooseBackupFolder: unused,
      getBackupFolderStatus: unused,
      setBackupKeepLast: unused,
      beginBackupFile: (r) => (calls.push(`begin ${r.destination} ${r.suggestedName}`), ok({ status: 'started', token })),
      writeBackupFile: (r) =>
        (calls.push(`write ${r.bytes.byteLength}`), writeFails ? Promise.resolve({ ok: false, error: { code: 'io-error', message: 'The drive is full.' } }) : ok({ written: r.bytes.byteLength })),
      finishBackupFile: () => (calls.push('finish'), ok({ fileName: 'b.redress-backup', bytes: 3, pruned: 2 })),
      abortBackupFile: () => (calls.push('abort'), ok({ aborted: true }))
    }
  }

  it('begins, writes in pieces and finishes', async () => {
    const calls: string[] = []
    const sink = await createElectronPlatform(bridge(calls)).saveBackupStream({ destination: 'scheduled-folder', suggestedName: 'Redress backup 2026-11-23 1405.redress-backup' })
    await sink!.write(new Uint8Array(MAX_BACKUP_WRITE_BYTES + 1))
    expect(await sink!.finish()).toEqual({ fileName: 'b.redress-backup', pruned: 2 })
    await expect(sink!.write(new Uint8Array(1))).rejects.toThrow(/already finished/)
    expect(calls).toEqual(['begin scheduled-folder Redress backup 2026-11-23 1405.redress-backup', `write ${MAX_BACKUP_WRITE_BYTES}`, 'write 1', 'finish'])
  })

  it('aborts when a write fails and passes the message on', async () => {
    const calls: string[] = []
    const sink = await createElectronPlatform(bridge(calls, true)).saveBackupStream({ destination: 'ask', suggestedName: 'x.redress-backup' })
    await expect(sink!.write(new Uint8Array(3))).rejects.toThrow('The drive is full.')
    await sink!.abort()
    expect(calls).toEqual(['begin ask x.redress-backup', 'write 3', 'abort'])
  })
})
