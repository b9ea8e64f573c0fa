// The whole bridge between the page and main: a handful of named functions, built as one
// sandbox-compatible CJS bundle. No ipcRenderer, no generic invoke(channel), no Electron objects
// ever reach the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  ipcEvents,
  type InvokeChannel,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type LockRequested,
  type RedressApi
} from '@shared/ipc/contract'

// Typed per channel so a call site cannot pair a channel with the wrong payload. Main validates
// the request and the renderer validates the result; the preload only forwards.
function invoke<C extends InvokeChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResult<IpcResponse<C>>>
}

const api: RedressApi = {
  getAppInfo: () => invoke('app:getInfo', {}),
  saveFile: (request) => invoke('file:save', request),
  openFiles: (request) => invoke('file:open', request),
  setIdleTimeout: (minutes) => invoke('idle:setTimeout', { minutes }),
  showNotification: (title, body) => invoke('notify:show', { title, body }),
  beginBackupFile: (request) => invoke('backup:begin', request),
  writeBackupFile: (request) => invoke('backup:write', request),
  finishBackupFile: (request) => invoke('backup:finish', request),
  abortBackupFile: (request) => invoke('backup:abort', request),
  chooseBackupFolder: () => invoke('backup:chooseFolder', {}),
  getBackupFolderStatus: () => invoke('backup:scheduleStatus', {}),
  setBackupKeepLast: (keepLast) => invoke('backup:setKeepLast', { keepLast }),
  onLockRequested(callback: (payload: LockRequested) => void) {
    const listener = (_event: IpcRendererEvent, payload: unknown) => {
      // Only a well-formed payload reaches the page; the event object never does.
      const parsed = ipcEvents['lock:requested'].payload.safeParse(payload)
      if (parsed.success) callback(parsed.data)
    }
    ipcRenderer.on('lock:requested', listener)
    // The same listener reference is removed, so unsubscribe really unsubscribes.
    return () => {
      ipcRenderer.removeListener('lock:requested', listener)
    }
  }
}

contextBridge.exposeInMainWorld('redress', api)
