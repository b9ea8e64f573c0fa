// Applied to every webContents the app ever creates (app 'web-contents-created'): the app is a
// single page, so navigation, new windows and webviews are always an attack, never a feature.
import type { WebContents } from 'electron'

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // No shell.openExternal either: a link to the outside world simply does nothing.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
