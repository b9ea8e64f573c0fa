// The ONLY file that touches ipcMain. Every contract channel is wired through createHandler (sender
// check + schema parse both ways); the mapped type makes a channel without an impl a compile error.
import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { APP_ORIGIN } from '@shared/ipc/appUrl'
import { ipcContract, type InvokeChannel } from '@shared/ipc/contract'
import { createHandler, type IpcImpl } from '@shared/ipc/handler'
import type { LockMonitor } from '../lock/lockMonitor'
import { openFilesWithDialog, saveFileWithDialog } from '../services/fileDialogs'
import { showDesktopNotification } from '../services/notifications'

type Impls = { [C in InvokeChannel]: IpcImpl<C, IpcMainInvokeEvent> }

const parentOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender)

export function registerIpc(deps: { lock: LockMonitor }): void {
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
    'notify:show': (request) => showDesktopNotification(request)
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
