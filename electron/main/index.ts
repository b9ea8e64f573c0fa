// Composition root of the main process: order matters, the rest lives in small modules.
// Main only provides OS services (window, app://, dialogs, lock events); the vault, its keys and
// all case data live in the renderer. No autoUpdater, no crashReporter, no telemetry, no
// shell.openExternal: the app never talks to the network.
import { join } from 'node:path'
import { app, session, type BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from '@shared/ipc/appUrl'
import { registerIpc } from './ipc/register'
import { startLockMonitor } from './lock/lockMonitor'
import { installAppMenu } from './menu/appMenu'
import { registerAppScheme, serveAppProtocol } from './security/appProtocol'
import { hardenSession } from './security/sessionPolicy'
import { guardWebContents } from './security/webContentsGuards'
import { createMainWindow } from './windows/mainWindow'

// Before anything touches the disk: every file Chromium or we create is owner-only.
process.umask(0o077)
// Sandbox every renderer, including any we did not create ourselves.
app.enableSandbox()
// Scheme privileges can only be registered before 'ready'.
registerAppScheme()
// Windows shows desktop notifications (deadline reminders) only for an app with this id; it must
// match electron-builder.yml's appId, which the installer gives the Start-menu shortcut.
if (process.platform === 'win32') app.setAppUserModelId('org.redress.app')

const RENDERER_DIR = join(__dirname, '../renderer')
const allowDevtools = !app.isPackaged

if (!app.requestSingleInstanceLock()) {
  // Two instances on one IndexedDB would race each other's writes: hand over and leave.
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('session-created', (ses) => hardenSession(ses, { allowDevtools }))
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
  // Closing the window ends the session on every platform: nothing stays running unlocked.
  app.on('window-all-closed', () => app.quit())

  const openMainWindow = (): BrowserWindow => {
    const win = createMainWindow()
    const ses = win.webContents.session
    hardenSession(ses, { allowDevtools })
    serveAppProtocol(ses, RENDERER_DIR)
    win.on('closed', () => {
      mainWindow = null
    })
    win.webContents.on('render-process-gone', (_event, details) => {
      // Reason only: the crash details carry no case data, and the keys died with the renderer.
      console.error(`[main] renderer gone: ${details.reason}`)
    })
    void win.loadURL(APP_ENTRY_URL)
    return win
  }

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, { allowDevtools })
    const lock = startLockMonitor(() => mainWindow)
    registerIpc({ lock })
    installAppMenu(() => lock.requestLock('shortcut'))
    mainWindow = openMainWindow()
  })
}
