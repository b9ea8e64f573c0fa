// The one application window. Every hardening flag is written literally inside
// `new BrowserWindow({...})` so scanners (Electronegativity, `npm run audit:electron`) and
// tests/unit/electron-hardening.test.ts can see it; do not move them into a spread constant.
import { join } from 'node:path'
import { app, BrowserWindow, dialog, session } from 'electron'

/** Fixed OS-level title: the taskbar, window switchers and screen-share pickers never see case data. */
export const WINDOW_TITLE = 'Redress'

/** Creates the window without loading anything: the caller hardens its session first. */
export function createMainWindow(): BrowserWindow {
  // electronegativity-justified: AUXCLICK_JS_CHECK — a middle-click can only ask for a new window, and guardWebContents denies every window.open and navigation for all webContents
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // electronegativity-justified: PRELOAD_JS_CHECK — the sandboxed preload exposes only named functions through contextBridge, never ipcRenderer (tested in electron-hardening.test.ts)
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
      navigateOnDragDrop: false,
      safeDialogs: true,
      session: session.fromPartition('persist:vault', { cache: false })
    }
  })

  // Keep dossiers out of screenshots and screen recordings (Windows and macOS honour this).
  win.setContentProtection(true)
  // document.title is the renderer's business; the OS title stays generic (see WINDOW_TITLE).
  win.on('page-title-updated', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  // A form with unsaved changes sets beforeunload; Electron would silently refuse to close, so ask.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Stay and keep editing', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      title: WINDOW_TITLE,
      message: 'You have changes that are not saved.',
      detail: 'If you close Redress now, the changes in the open form are lost.'
    })
    if (choice === 1) event.preventDefault() // preventDefault here means "ignore beforeunload and close"
  })
  return win
}
