// Backup files written in pieces (issue 6): main opens `<name>.<random>.partial` next to the target,
// appends what the renderer sends under an unguessable token, and renames it only on finish, so a
// backup killed midway never carries a good backup's name. Any failure deletes the partial.
// Scheduled backups go to the folder the lawyer chose once (kept in a small JSON file in userData,
// not in the vault: main cannot read the vault), and the folder is then pruned to the last N.
// Electron-free: dialogs come in as functions, so this is tested with Node on a real temp folder.
import { randomBytes } from 'node:crypto'
import { open, readdir, readFile, rename, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { z } from 'zod'
import { backupsToPrune, isScheduledBackupName, isScheduledPartialName } from '@shared/backup/backupRetention'
import {
  DEFAULT_KEEP_LAST,
  KeepLast,
  type BackupAbortResponse,
  type BackupBeginRequest,
  type BackupBeginResponse,
  type BackupFinishResponse,
  type BackupFolderStatus,
  type BackupTokenRequest,
  type BackupWriteRequest,
  type BackupWriteResponse,
  type ChooseBackupFolderResponse
} from '@shared/ipc/backupFiles'
import { sanitizeFileName } from '@shared/ipc/fileNames'
import { IpcFailure } from '@shared/ipc/handler'

export const BACKUP_SETTINGS_FILE = 'backup-schedule.json'
/** A scheduled backup's partial older than this, not open here, is left from a run that died. */
export const STALE_PARTIAL_MS = 6 * 60 * 60 * 1000
/** A backup is written by one panel or the scheduler; more open at once means something is wrong. */
export const MAX_OPEN_BACKUP_FILES = 4

export interface BackupFileDeps {
  /** Where the settings file lives: app.getPath('userData'). */
  settingsDir: string
  /** The native save dialog: a full path, or null when the lawyer cancelled. */
  askSavePath(suggestedName: string): Promise<string | null>
  /** The native folder dialog: a full path, or null when the lawyer cancelled. */
  askFolder(): Promise<string | null>
}

const BackupSettings = z
  .object({
    version: z.literal(1),
    folder: z.string().min(1).max(4096).refine(isAbsolute).nullable(),
    keepLast: KeepLast
  })
  .strict()
type BackupSettings = z.infer<typeof BackupSettings>
const NO_SETTINGS: BackupSettings = { version: 1, folder: null, keepLast: DEFAULT_KEEP_LAST }

interface OpenBackup {
  handle: FileHandle
  partial: string
  target: string
  scheduled: boolean
  written: number
  busy: boolean
  keepLast: number
}

const NOT_OPEN = 'This backup file is not open: it was finished or cancelled. Make the backup again.'
const WRITE_FAILED = 'The backup could not be written: the drive may be full or was removed. The incomplete file was deleted; nothing in your vault was changed.'
const FOLDER_GONE = 'The folder for scheduled backups cannot be reached. Plug in the drive, or choose the folder again in Settings.'

export interface BackupFiles {
  begin(request: BackupBeginRequest): Promise<BackupBeginResponse>
  write(request: BackupWriteRequest): Promise<BackupWriteResponse>
  finish(request: BackupTokenRequest): Promise<BackupFinishResponse>
  abort(request: BackupTokenRequest): Promise<BackupAbortResponse>
  /** On quit or when the window goes: no partial outlives the app. */
  abortAll(): Promise<void>
  chooseFolder(): Promise<ChooseBackupFolderResponse>
  status(): Promise<BackupFolderStatus>
  setKeepLast(keepLast: number): Promise<BackupFolderStatus>
}

export function createBackupFiles(deps: BackupFileDeps): BackupFiles {
  const openFiles = new Map<string, OpenBackup>()
  const settingsPath = join(deps.settingsDir, BACKUP_SETTINGS_FILE)

  async function readSettings(): Promise<BackupSettings> {
    try {
      const parsed = BackupSettings.safeParse(JSON.parse(await readFile(settingsPath, 'utf8')))
      // Missing or damaged: as if no folder was ever chosen. The lawyer is asked again; no guess.
      return parsed.success ? parsed.data : NO_SETTINGS
    } catch {
      return NO_SETTINGS
    }
  }

  async function writeSettings(settings: BackupSettings): Promise<void> {
    const partial = `${settingsPath}.${randomBytes(6).toString('hex')}.partial`
    try {
      await writeFile(partial, JSON.stringify(BackupSettings.parse(settings)), { flag: 'wx', mode: 0o600 })
      await rename(partial, settingsPath)
    } catch {
      await unlink(partial).catch(() => undefined)
      throw new IpcFailure('io-error', 'The backup folder setting could not be saved. Try again.')
    }
  }

  async function statusOf(settings: BackupSettings): Promise<BackupFolderStatus> {
    if (settings.folder === null) return { folderName: null, available: false, keepLast: settings.keepLast }
    return { folderName: folderDisplayName(settings.folder), available: await isFolder(settings.folder), keepLast: settings.keepLast }
  }

  function take(token: string): OpenBackup {
    const file = openFiles.get(token)
    if (!file) throw new IpcFailure('bad-request', NOT_OPEN)
    if (file.busy) throw new IpcFailure('bad-request', 'A backup file takes one piece at a time.')
    return file
  }

  async function discard(token: string, file: OpenBackup): Promise<void> {
    openFiles.delete(token)
    await file.handle.close().catch(() => undefined)
    await unlink(file.partial).catch(() => undefined)
  }

  return {
    async begin({ destination, suggestedName }) {
      if (openFiles.size >= MAX_OPEN_BACKUP_FILES) throw new IpcFailure('too-many', 'Too many backups are being written at once. Wait for one to finish.')
      let target: string
      let scheduled = false
      let keepLast = DEFAULT_KEEP_LAST
      if (destination === 'ask') {
        const chosen = await deps.askSavePath(suggestedName)
        if (chosen === null) return { status: 'cancelled' }
        target = chosen
      } else {
        const settings = await readSettings()
        if (settings.folder === null) return { status: 'no-folder' }
        // Only names the pruning recognises: the folder then holds nothing it cannot account for.
        if (!isScheduledBackupName(suggestedName)) throw new IpcFailure('bad-request', 'A scheduled backup must carry a scheduled backup name.')
        if (!(await isFolder(settings.folder))) throw new IpcFailure('io-error', FOLDER_GONE)
        target = join(settings.folder, suggestedName)
        scheduled = true
        keepLast = settings.keepLast
      }
      const partial = `${target}.${randomBytes(6).toString('hex')}.partial`
      let handle: FileHandle
      try {
        handle = await open(partial, 'wx', 0o600)
      } catch {
        throw new IpcFailure('io-error', 'The backup file could not be created. Check that the folder is writable and has space.')
      }
      const token = randomBytes(16).toString('hex')
      openFiles.set(token, { handle, partial, target, scheduled, written: 0, busy: false, keepLast })
      return { status: 'started', token }
    },

    async write({ token, bytes }) {
      const file = take(token)
      file.busy = true
      try {
        let offset = 0
        while (offset < bytes.byteLength) {
          const { bytesWritten } = await file.handle.write(bytes, offset, bytes.byteLength - offset)
          if (bytesWritten <= 0) throw new Error('no progress')
          offset += bytesWritten
        }
      } catch {
        await discard(token, file)
        throw new IpcFailure('io-error', WRITE_FAILED)
      }
      file.written += bytes.byteLength
      file.busy = false
      return { written: file.written }
    },

    async finish({ token }) {
      const file = take(token)
      if (file.written === 0) {
        await discard(token, file)
        throw new IpcFailure('bad-request', 'The backup file is empty, so it was not kept. Make the backup again.')
      }
      file.busy = true
      try {
        // On disk before it takes the good name: a power cut must not leave a named, empty file.
        await file.handle.sync()
        await file.handle.close()
        await rename(file.partial, file.target)
      } catch {
        await discard(token, file)
        throw new IpcFailure('io-error', WRITE_FAILED)
      }
      openFiles.delete(token)
      const fileName = basename(file.target)
      const pruned = file.scheduled ? await prune(dirname(file.target), fileName, file.keepLast) : 0
      if (file.scheduled) await removeStalePartials(dirname(file.target), new Set([...openFiles.values()].map((f) => basename(f.partial))))
      return { fileName: sanitizeFileName(fileName, 'backup'), bytes: file.written, pruned }
    },

    async abort({ token }) {
      const file = openFiles.get(token)
      if (!file) return { aborted: false }
      await discard(token, file)
      return { aborted: true }
    },

    async abortAll() {
      await Promise.all([...openFiles].map(([token, file]) => discard(token, file)))
    },

    async chooseFolder() {
      const settings = await readSettings()
      const folder = await deps.askFolder()
      if (folder === null) return { changed: false, status: await statusOf(settings) }
      if (!isAbsolute(folder) || !(await isFolder(folder))) throw new IpcFailure('io-error', 'That folder cannot be used for backups. Choose another.')
      const next: BackupSettings = { ...settings, folder }
      await writeSettings(next)
      return { changed: true, status: await statusOf(next) }
    },

    async status() {
      return statusOf(await readSettings())
    },

    async setKeepLast(keepLast) {
      const next: BackupSettings = { ...(await readSettings()), keepLast: KeepLast.parse(keepLast) }
      await writeSettings(next)
      return statusOf(next)
    }
  }
}

/**
 * Deletes the oldest scheduled backups beyond `keepLast`. Regular files only (a folder or link
 * with a backup's name is not a backup), names chosen by backupsToPrune only. A file that cannot
 * be deleted is left: the new backup is good either way.
 */
export async function prune(folder: string, justWritten: string, keepLast: number): Promise<number> {
  let names: string[]
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name)
  } catch {
    return 0
  }
  let deleted = 0
  for (const name of backupsToPrune({ names, keepLast, justWritten })) {
    try {
      await unlink(join(folder, name))
      deleted++
    } catch {
      // Read-only stick or a file in use: keeping one backup too many is harmless.
    }
  }
  return deleted
}

/**
 * Deletes unfinished scheduled backups that a crash left behind (they can be gigabytes on a small
 * stick). Only our own partial names, only files, only ones not open here and untouched for hours.
 */
export async function removeStalePartials(folder: string, openNames: ReadonlySet<string>, now = Date.now()): Promise<number> {
  let names: string[]
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile() && isScheduledPartialName(entry.name) && !openNames.has(entry.name)).map((entry) => entry.name)
  } catch {
    return 0
  }
  let deleted = 0
  for (const name of names) {
    try {
      const path = join(folder, name)
      if (now - (await stat(path)).mtimeMs < STALE_PARTIAL_MS) continue
      await unlink(path)
      deleted++
    } catch {
      // Gone already or not deletable: harmless.
    }
  }
  return deleted
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

/** "Backups" for /media/usb/Backups; "E:" for a drive root; never the rest of the path. */
export function folderDisplayName(folder: string): string {
  const trimmed = folder.replace(/[\\/]+$/, '')
  const name = basename(trimmed.replace(/\\/g, '/')) || trimmed || 'Root folder'
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, '_').slice(0, 255) || 'Root folder'
}
