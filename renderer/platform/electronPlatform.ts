// Platform over the preload bridge. Results are parsed again here with the contract's schemas:
// the renderer trusts the shape of what it receives only after checking it.
import type { z } from 'zod'
import {
  AppInfo,
  IdleMinutes,
  ipcResultSchema,
  MAX_FILE_BYTES,
  NotifyRequest,
  NotifyResponse,
  OpenFilesResponse,
  SaveFileRequest,
  SaveFileResponse,
  SetIdleTimeoutResponse,
  type RedressApi
} from '@shared/ipc/contract'
import {
  BackupAbortResponse,
  BackupBeginRequest,
  BackupBeginResponse,
  BackupFinishResponse,
  BackupFolderStatus,
  BackupWriteResponse,
  ChooseBackupFolderResponse,
  KeepLast,
  MAX_BACKUP_WRITE_BYTES
} from '@shared/ipc/backupFiles'
import { sanitizeFileName } from '@shared/ipc/fileNames'
import type { BackupFileSink, Platform } from './platform'
import { platformMessages as m } from './messages'
import { PlatformError } from './platformError'

const API_FUNCTIONS = [
  'getAppInfo',
  'saveFile',
  'openFiles',
  'setIdleTimeout',
  'showNotification',
  'onLockRequested',
  'beginBackupFile',
  'writeBackupFile',
  'finishBackupFile',
  'abortBackupFile',
  'chooseBackupFolder',
  'getBackupFolderStatus',
  'setBackupKeepLast'
] as const

export function isRedressApi(value: unknown): value is RedressApi {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return API_FUNCTIONS.every((name) => typeof record[name] === 'function')
}

async function unwrap<T extends z.ZodType>(schema: T, call: () => Promise<unknown>): Promise<z.infer<T>> {
  let raw: unknown
  try {
    raw = await call()
  } catch {
    // The bridge itself failed (e.g. main is shutting down); its message is not ours to show.
    throw new PlatformError('internal', m.noAnswer)
  }
  const parsed = ipcResultSchema(schema).safeParse(raw)
  if (!parsed.success) throw new PlatformError('bad-response', m.badAnswer)
  const result = parsed.data as { ok: true; data: z.infer<T> } | { ok: false; error: { code: PlatformError['code']; message: string } }
  if (!result.ok) throw new PlatformError(result.error.code, result.error.message)
  return result.data
}

/**
 * Pieces of at most 8 MiB, each on its own buffer: structured clone copies a view's whole
 * ArrayBuffer, so a subarray of a large buffer would cross IPC with all of it.
 */
export function* backupPieces(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < bytes.byteLength; start += MAX_BACKUP_WRITE_BYTES) {
    const end = Math.min(bytes.byteLength, start + MAX_BACKUP_WRITE_BYTES)
    const whole = start === 0 && end === bytes.byteLength && bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength
    yield whole ? bytes : bytes.slice(start, end)
  }
}

function electronBackupSink(api: RedressApi, token: string): BackupFileSink {
  let open = true
  const closed = () => new PlatformError('bad-request', m.backupClosed)
  return {
    async write(bytes) {
      if (!open) throw closed()
      try {
        for (const piece of backupPieces(bytes)) await unwrap(BackupWriteResponse, () => api.writeBackupFile({ token, bytes: piece }))
      } catch (error) {
        // Main deletes the partial on a failed write; abort covers a failure on this side.
        open = false
        await unwrap(BackupAbortResponse, () => api.abortBackupFile({ token })).catch(() => undefined)
        throw error
      }
    },
    async finish() {
      if (!open) throw closed()
      open = false
      const result = await unwrap(BackupFinishResponse, () => api.finishBackupFile({ token }))
      return { fileName: result.fileName, pruned: result.pruned }
    },
    async abort() {
      if (!open) return
      open = false
      await unwrap(BackupAbortResponse, () => api.abortBackupFile({ token })).catch(() => undefined)
    }
  }
}

export function createElectronPlatform(api: RedressApi): Platform {
  return {
    kind: 'electron',

    async getAppInfo() {
      const info = await unwrap(AppInfo, () => api.getAppInfo())
      return { ...info }
    },

    async saveFile({ suggestedName, bytes, filters }) {
      if (bytes.byteLength > MAX_FILE_BYTES) throw new PlatformError('too-large', m.fileTooLarge)
      // Check here too, so a bad request fails before its bytes are copied across IPC.
      const request = SaveFileRequest.safeParse({ suggestedName: sanitizeFileName(suggestedName), bytes, filters })
      if (!request.success) throw new PlatformError('bad-request', m.fileNotPrepared)
      const result = await unwrap(SaveFileResponse, () => api.saveFile(request.data))
      return result.fileName === undefined ? { saved: result.saved } : { saved: result.saved, fileName: result.fileName }
    },

    async openFiles({ accept, multiple }) {
      const result = await unwrap(OpenFilesResponse, () => api.openFiles({ filters: accept, multiple }))
      return result.files.map((file) => ({ name: file.name, bytes: file.bytes }))
    },

    onLockRequested(callback) {
      // The preload already validated the payload and strips the Electron event.
      return api.onLockRequested((payload) => callback(payload))
    },

    setIdleTimeout(minutes) {
      if (!IdleMinutes.safeParse(minutes).success) throw new RangeError('Idle timeout must be 1 to 240 whole minutes.')
      unwrap(SetIdleTimeoutResponse, () => api.setIdleTimeout(minutes)).catch((error: unknown) => {
        // Code only: nothing about the vault is in it, and it is the one clue if auto-lock misbehaves.
        console.warn(`[platform] idle:setTimeout failed: ${error instanceof PlatformError ? error.code : 'unknown'}`)
      })
    },

    async notify({ title, body }) {
      const request = NotifyRequest.safeParse({ title, body })
      if (!request.success) throw new PlatformError('bad-request', m.notificationInvalid)
      try {
        const result = await unwrap(NotifyResponse, () => api.showNotification(request.data.title, request.data.body))
        return result.shown
      } catch (error) {
        // A reminder that could not be shown is not an error the lawyer can act on: the in-app
        // banner still shows it. Code only, never the text.
        console.warn(`[platform] notify:show failed: ${error instanceof PlatformError ? error.code : 'unknown'}`)
        return false
      }
    },

    async saveBackupStream({ destination, suggestedName }) {
      const request = BackupBeginRequest.safeParse({ destination, suggestedName: sanitizeFileName(suggestedName, 'backup') })
      if (!request.success) throw new PlatformError('bad-request', m.backupNotPrepared)
      const begun = await unwrap(BackupBeginResponse, () => api.beginBackupFile(request.data))
      if (begun.status === 'cancelled') return null
      if (begun.status === 'no-folder') throw new PlatformError('bad-request', m.noBackupFolder)
      return electronBackupSink(api, begun.token)
    },

    async getBackupFolder() {
      return unwrap(BackupFolderStatus, () => api.getBackupFolderStatus())
    },

    async chooseBackupFolder() {
      return unwrap(ChooseBackupFolderResponse, () => api.chooseBackupFolder())
    },

    async setBackupKeepLast(keepLast) {
      if (!KeepLast.safeParse(keepLast).success) throw new RangeError('Keep 1 to 100 backups.')
      return unwrap(BackupFolderStatus, () => api.setBackupKeepLast(keepLast))
    }
  }
}
