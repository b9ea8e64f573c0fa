// The application menu. It exists mainly for the lock accelerator (CmdOrCtrl+Shift+L), which
// works whenever the window has focus, and for the standard edit roles (copy/paste on macOS).
import { app, Menu, type MenuItemConstructorOptions } from 'electron'

export const LOCK_ACCELERATOR = 'CmdOrCtrl+Shift+L'

export function buildAppMenu(options: { onLock: () => void; devTools: boolean }): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Lock vault', accelerator: LOCK_ACCELERATOR, click: () => options.onLock() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // Developer tools only in unpackaged builds (matches webPreferences.devTools).
        ...(options.devTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : [])
      ]
    },
    { role: 'windowMenu' }
  ]
  return Menu.buildFromTemplate(template)
}

export function installAppMenu(onLock: () => void): void {
  Menu.setApplicationMenu(buildAppMenu({ onLock, devTools: !app.isPackaged }))
}
