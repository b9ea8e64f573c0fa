// Session-wide deny-by-default: no permissions, no devices, no downloads, no network.
// Applied to every session (the vault partition, the default session, any created later).
import type { Session } from 'electron'
import { isAllowedRequestUrl } from '@shared/ipc/appUrl'

const hardened = new WeakSet<Session>()

export function hardenSession(ses: Session, options: { allowDevtools: boolean }): void {
  if (hardened.has(ses)) return
  hardened.add(ses)

  // Camera, microphone, geolocation, notifications, clipboard reads, HID/USB/serial, MIDI…:
  // a case file needs none of them, and a prompt is an attack surface.
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)

  // The network block. webRequest does not see Node-level sockets; lint bans those modules.
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, options) })
  })

  // Exports go through the native save dialog (file:save). A renderer-initiated download would
  // write plaintext wherever Chromium chooses, so every download is cancelled.
  ses.on('will-download', (event) => event.preventDefault())

  // Chromium's spellchecker downloads Hunspell dictionaries; spellcheck is off, keep it off.
  ses.setSpellCheckerEnabled(false)
}
