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
import { sanitizeFileName } from '@shared/ipc/fileNames'
import type { Platform } from './platform'
import { PlatformError } from './platformError'

const API_FUNCTIONS = ['getAppInfo', 'saveFile', 'openFiles', 'setIdleTimeout', 'showNotification', 'onLockRequested'] as const

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
    throw new PlatformError('internal', 'The desktop app did not answer. Try again.')
  }
  const parsed = ipcResultSchema(schema).safeParse(raw)
  if (!parsed.success) throw new PlatformError('bad-response', 'The desktop app sent an unexpected answer.')
  const result = parsed.data as { ok: true; data: z.infer<T> } | { ok: false; error: { code: PlatformError['code']; message: string } }
  if (!result.ok) throw new PlatformError(result.error.code, result.error.message)
  return result.data
}

export function createElectronPlatform(api: RedressApi): Platform {
  return {
    kind: 'electron',

    async getAppInfo() {
      const info = await unwrap(AppInfo, () => api.getAppInfo())
      return { ...info }
    },

    async saveFile({ suggestedName, bytes, filters }) {
      if (bytes.byteLength > MAX_FILE_BYTES) throw new PlatformError('too-large', 'The file is larger than 200 MB.')
      // Check here too, so a bad request fails before its bytes are copied across IPC.
      const request = SaveFileRequest.safeParse({ suggestedName: sanitizeFileName(suggestedName), bytes, filters })
      if (!request.success) throw new PlatformError('bad-request', 'The file could not be prepared for saving.')
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
      if (!request.success) throw new PlatformError('bad-request', 'The notification text is too long or not plain text.')
      try {
        const result = await unwrap(NotifyResponse, () => api.showNotification(request.data.title, request.data.body))
        return result.shown
      } catch (error) {
        // A reminder that could not be shown is not an error the lawyer can act on: the in-app
        // banner still shows it. Code only, never the text.
        console.warn(`[platform] notify:show failed: ${error instanceof PlatformError ? error.code : 'unknown'}`)
        return false
      }
    }
  }
}
