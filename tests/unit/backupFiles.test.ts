// Main's backup file writer on a real temp folder: partial → rename, every failure deletes the
// partial, unknown or finished tokens are refused, pruning keeps the last N and nothing else is
// touched, and a missing or damaged settings file means "no folder chosen".
import { closeSync, readdirSync, readlinkSync } from 'node:fs'
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_SETTINGS_FILE, createBackupFiles, folderDisplayName, removeStalePartials, STALE_PARTIAL_MS, type BackupFiles } from '../../electron/main/services/backupFiles'
import { IpcFailure } from '@shared/ipc/handler'

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff)
const scheduledName = (stamp: string) => `Redress backup ${stamp}.redress-backup`

let root: string
let settingsDir: string
let saveDir: string
let folder: string
let askedSave: string | null
let askedFolder: string | null
let files: BackupFiles

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'redress-backup-files-'))
  settingsDir = join(root, 'userData')
  saveDir = join(root, 'Documents')
  folder = join(root, 'USB stick', 'Backups')
  await Promise.all([mkdir(settingsDir), mkdir(saveDir), mkdir(folder, { recursive: true })])
  askedSave = join(saveDir, 'My backup.redress-backup')
  askedFolder = folder
  files = createBackupFiles({ settingsDir, askSavePath: async () => askedSave, askFolder: async () => askedFolder })
})

afterEach(async () => {
  await files.abortAll()
  await rm(root, { recursive: true, force: true })
})

async function started(destination: 'ask' | 'scheduled-folder', suggestedName = scheduledName('2026-11-23 1405')): Promise<string> {
  const begun = await files.begin({ destination, suggestedName })
  if (begun.status !== 'started') throw new Error(`not started: ${begun.status}`)
  return begun.token
}

async function refusal(promise: Promise<unknown>): Promise<IpcFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(IpcFailure)
  return error as IpcFailure
}

describe('writing a backup in pieces', () => {
  it('writes to a .partial and takes the real name only on finish', async () => {
    const token = await started('ask', 'ignored by the dialog.redress-backup')
    await files.write({ token, bytes: bytes(1000, 1) })
    const during = await readdir(saveDir)
    expect(during).toHaveLength(1)
    expect(during[0]).toMatch(/^My backup\.redress-backup\.[0-9a-f]{12}\.partial$/)
    expect(await files.write({ token, bytes: bytes(24, 2) })).toEqual({ written: 1024 })
    expect(await files.finish({ token })).toEqual({ fileName: 'My backup.redress-backup', bytes: 1024, pruned: 0 })
    expect(await readdir(saveDir)).toEqual(['My backup.redress-backup'])
    expect(new Uint8Array(await readFile(join(saveDir, 'My backup.redress-backup')))).toEqual(new Uint8Array([...bytes(1000, 1), ...bytes(24, 2)]))
  })

  it('reports a cancelled dialog and creates nothing', async () => {
    askedSave = null
    expect(await files.begin({ destination: 'ask', suggestedName: 'x.redress-backup' })).toEqual({ status: 'cancelled' })
    expect(await readdir(saveDir)).toEqual([])
  })

  it('abort deletes the partial; aborting again or an unknown token is harmless', async () => {
    const token = await started('ask')
    await files.write({ token, bytes: bytes(10) })
    expect(await files.abort({ token })).toEqual({ aborted: true })
    expect(await readdir(saveDir)).toEqual([])
    expect(await files.abort({ token })).toEqual({ aborted: false })
    expect(await files.abort({ token: 'f'.repeat(32) })).toEqual({ aborted: false })
  })

  it('refuses unknown tokens and writes after finish', async () => {
    expect((await refusal(files.write({ token: '0'.repeat(32), bytes: bytes(1) }))).code).toBe('bad-request')
    expect((await refusal(files.finish({ token: '0'.repeat(32) }))).code).toBe('bad-request')
    const token = await started('ask')
    await files.write({ token, bytes: bytes(5) })
    await files.finish({ token })
    expect((await refusal(files.write({ token, bytes: bytes(1) }))).code).toBe('bad-request')
    expect((await refusal(files.finish({ token }))).code).toBe('bad-request')
    expect(await readdir(saveDir)).toEqual(['My backup.redress-backup'])
    expect((await readFile(join(saveDir, 'My backup.redress-backup'))).byteLength).toBe(5)
  })

  it('refuses to finish an empty file and deletes its partial', async () => {
    const token = await started('ask')
    expect((await refusal(files.finish({ token }))).code).toBe('bad-request')
    expect(await readdir(saveDir)).toEqual([])
  })

  it('deletes the partial when the rename fails, and the target is not created', async () => {
    // A folder already holds the target name: rename of a file over a directory fails.
    await mkdir(join(saveDir, 'My backup.redress-backup'))
    const token = await started('ask')
    await files.write({ token, bytes: bytes(10) })
    expect((await refusal(files.finish({ token }))).code).toBe('io-error')
    expect(await readdir(saveDir)).toEqual(['My backup.redress-backup'])
    expect(await readdir(join(saveDir, 'My backup.redress-backup'))).toEqual([])
  })

  it('deletes the partial and closes the token when a write fails (disk error)', async () => {
    const token = await started('ask')
    await files.write({ token, bytes: bytes(10) })
    // Make the next write fail for real: close the descriptor main holds (Linux /proc), as a
    // pulled USB stick would invalidate it.
    const partial = (await readdir(saveDir))[0]!
    const fds = readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === join(saveDir, partial)
      } catch {
        return false
      }
    })
    expect(fds).toHaveLength(1)
    closeSync(Number(fds[0]))
    const failure = await refusal(files.write({ token, bytes: bytes(10) }))
    expect(failure.code).toBe('io-error')
    expect(failure.message).toMatch(/incomplete file was deleted/)
    expect(await readdir(saveDir)).toEqual([])
    expect((await refusal(files.finish({ token }))).code).toBe('bad-request')
  })

  it('limits how many backups may be open at once', async () => {
    for (let i = 0; i < 4; i++) await started('ask')
    expect((await refusal(files.begin({ destination: 'ask', suggestedName: 'x.redress-backup' }))).code).toBe('too-many')
    await files.abortAll()
    expect(await readdir(saveDir)).toEqual([])
  })
})

describe('the scheduled folder', () => {
  it('has no folder until one is chosen; the renderer sees only its name', async () => {
    expect(await files.status()).toEqual({ folderName: null, available: false, keepLast: 10 })
    expect(await files.begin({ destination: 'scheduled-folder', suggestedName: scheduledName('2026-11-23 1405') })).toEqual({ status: 'no-folder' })
    const chosen = await files.chooseFolder()
    expect(chosen).toEqual({ changed: true, status: { folderName: 'Backups', available: true, keepLast: 10 } })
    expect(JSON.stringify(chosen)).not.toContain(root)
  })

  it('keeps the choice when the dialog is cancelled', async () => {
    await files.chooseFolder()
    askedFolder = null
    expect(await files.chooseFolder()).toEqual({ changed: false, status: { folderName: 'Backups', available: true, keepLast: 10 } })
  })

  it('treats a damaged or foreign settings file as no folder chosen', async () => {
    for (const text of ['{not json', JSON.stringify({ version: 1, folder: 'relative/path', keepLast: 10 }), JSON.stringify({ version: 1, folder: folder, keepLast: 0 }), JSON.stringify({ version: 2, folder, keepLast: 5 }), JSON.stringify({ version: 1, folder, keepLast: 5, extra: true }), '']) {
      await writeFile(join(settingsDir, BACKUP_SETTINGS_FILE), text)
      expect(await files.status()).toEqual({ folderName: null, available: false, keepLast: 10 })
    }
  })

  it('says when the chosen folder cannot be reached, and refuses to start a backup there', async () => {
    await files.chooseFolder()
    await rm(folder, { recursive: true })
    expect(await files.status()).toEqual({ folderName: 'Backups', available: false, keepLast: 10 })
    expect((await refusal(files.begin({ destination: 'scheduled-folder', suggestedName: scheduledName('2026-11-23 1405') }))).code).toBe('io-error')
  })

  it('accepts only scheduled backup names in the scheduled folder', async () => {
    await files.chooseFolder()
    for (const suggestedName of ['notes.docx', 'Redress backup 2026-11-23 1405.redress-backup.exe']) {
      expect((await refusal(files.begin({ destination: 'scheduled-folder', suggestedName }))).code).toBe('bad-request')
    }
    expect(await readdir(folder)).toEqual([])
  })

  it('validates and stores keepLast', async () => {
    expect((await files.setKeepLast(3)).keepLast).toBe(3)
    expect((await files.status()).keepLast).toBe(3)
    await expect(files.setKeepLast(0)).rejects.toThrow()
    await expect(files.setKeepLast(101)).rejects.toThrow()
    expect((await files.status()).keepLast).toBe(3)
  })

  it('prunes to the last N Redress backups after a scheduled backup, and touches nothing else', async () => {
    await files.chooseFolder()
    await files.setKeepLast(3)
    const old = ['2026-11-01 0900', '2026-11-02 0900', '2026-11-03 0900', '2026-11-04 0900'].map(scheduledName)
    const others = ['notes.docx', `Copy of ${old[0]}`, `${old[0]}.txt`, 'redress backup 2026-01-01 0000.redress-backup']
    for (const name of [...old, ...others]) await writeFile(join(folder, name), 'x')
    // A folder and a link with a backup's name are not backups.
    await mkdir(join(folder, scheduledName('2020-01-01 0000')))
    await symlink(join(folder, 'notes.docx'), join(folder, scheduledName('2020-01-02 0000')))

    const token = await started('scheduled-folder', scheduledName('2026-11-05 0900'))
    await files.write({ token, bytes: bytes(100) })
    expect(await files.finish({ token })).toEqual({ fileName: scheduledName('2026-11-05 0900'), bytes: 100, pruned: 2 })

    const left = (await readdir(folder)).sort()
    expect(left).toEqual([...others, old[2], old[3], scheduledName('2026-11-05 0900'), scheduledName('2020-01-01 0000'), scheduledName('2020-01-02 0000')].sort())
    expect(await readFile(join(folder, 'notes.docx'), 'utf8')).toBe('x')
  })

  it('removes only stale partials of scheduled backups that are not open', async () => {
    const stale = `${scheduledName('2026-11-01 0900')}.0123456789ab.partial`
    const fresh = `${scheduledName('2026-11-02 0900')}.0123456789ab.partial`
    const openOne = `${scheduledName('2026-11-03 0900')}.0123456789ab.partial`
    const foreign = 'My backup.redress-backup.0123456789ab.partial'
    for (const n of [stale, fresh, openOne, foreign]) await writeFile(join(folder, n), 'x')
    const old = new Date(Date.now() - STALE_PARTIAL_MS - 60_000)
    for (const n of [stale, openOne, foreign]) await utimes(join(folder, n), old, old)
    expect(await removeStalePartials(folder, new Set([openOne]))).toBe(1)
    expect((await readdir(folder)).sort()).toEqual([fresh, openOne, foreign].sort())
  })

  it('does not prune after a backup saved through the dialog', async () => {
    await files.chooseFolder()
    await files.setKeepLast(1)
    await writeFile(join(folder, scheduledName('2026-11-01 0900')), 'x')
    askedSave = join(folder, scheduledName('2026-11-02 0900'))
    const token = await started('ask')
    await files.write({ token, bytes: bytes(3) })
    expect((await files.finish({ token })).pruned).toBe(0)
    expect((await readdir(folder)).sort()).toEqual([scheduledName('2026-11-01 0900'), scheduledName('2026-11-02 0900')])
  })
})

describe('folderDisplayName', () => {
  it('shows the last segment only', () => {
    expect(folderDisplayName('/media/usb/Backups')).toBe('Backups')
    expect(folderDisplayName('/media/usb/Backups/')).toBe('Backups')
    expect(folderDisplayName('C:\\Users\\Avukat\\Yedekler')).toBe('Yedekler')
    expect(folderDisplayName('E:\\')).toBe('E:')
    expect(folderDisplayName('/')).toBe('Root folder')
  })
})
