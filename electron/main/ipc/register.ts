// The ONLY file that touches ipcMain. Every contract channel is wired through createHandler (sender
// check + schema parse both ways); the mapped type makes a channel without an impl a compile error.
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { APP_ORIGIN } from '@shared/ipc/appUrl'
import { ipcContract, type InvokeChannel } from '@shared/ipc/contract'
import { createHandler, type IpcImpl } from '@shared/ipc/handler'
import type { LockMonitor } from '../lock/lockMonitor'
import { createBackupFiles } from '../services/backupFiles'
import { openFilesWithDialog, saveFileWithDialog } from '../services/fileDialogs'
import { showDesktopNotification } from '../services/notifications'

type Impls = { [C in InvokeChannel]: IpcImpl<C, IpcMainInvokeEvent> }

const parentOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender)

export function registerIpc(deps: { lock: LockMonitor }): void {
  const backupFiles = createBackupFiles({
    settingsDir: app.getPath('userData'),
    askSavePath: async (suggestedName) => {
      const parent = BrowserWindow.getFocusedWindow()
      const options = { defaultPath: suggestedName, properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'> }
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    askFolder: async () => {
      const parent = BrowserWindow.getFocusedWindow()
      const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> }
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  })
  // A backup still being written when the app quits is deleted, never left half-named.
  app.on('before-quit', () => void backupFiles.abortAll())
  const impls: Impls = {
    // userDataPath and other paths are deliberately absent: they identify the machine's user.
    'app:getInfo': () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electronVersion: process.versions.electron ?? 'unknown'
    }),
    'file:save': (request, event) => saveFileWithDialog(request, parentOf(event)),
    'file:open': (request, event) => openFilesWithDialog(request, parentOf(event)),
    'idle:setTimeout': ({ minutes }) => ({ minutes: deps.lock.setIdleTimeout(minutes) }),
    'notify:show': (request) => showDesktopNotification(request),
    'backup:begin': (request) => backupFiles.begin(request),
    'backup:write': (request) => backupFiles.write(request),
    'backup:finish': (request) => backupFiles.finish(request),
    'backup:abort': (request) => backupFiles.abort(request),
    'backup:chooseFolder': () => backupFiles.chooseFolder(),
    'backup:scheduleStatus': () => backupFiles.status(),
    'backup:setKeepLast': ({ keepLast }) => backupFiles.setKeepLast(keepLast)
  }

  const onFailure = (channel: InvokeChannel, code: string) => {
    // Channel and code only: never the payload, never an error message.
    console.warn(`[ipc] ${channel} refused: ${code}`)
  }

  for (const channel of Object.keys(ipcContract) as InvokeChannel[]) {
    register(channel, impls[channel], onFailure)
  }
}

function register<C extends InvokeChannel>(
  channel: C,
  impl: IpcImpl<C, IpcMainInvokeEvent>,
  onFailure: (channel: InvokeChannel, code: string) => void
): void {
  ipcMain.removeHandler(channel)
  ipcMain.handle(channel, createHandler(channel, impl, { trustedOrigin: APP_ORIGIN, onFailure }))
}
