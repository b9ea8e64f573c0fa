// Platform for a plain web page (the offline web build and the Playwright suite). Saving is a Blob
// download, opening is a hidden <input type=file>, and there is no OS to request a lock: the
// vault's own in-page idle timer is all a browser gets. Notifications use the web Notification
// API only when permission was already granted; this code never asks for it.
import { IdleMinutes, MAX_FILE_BYTES, MAX_OPEN_FILES, MAX_OPEN_TOTAL_BYTES, NotifyRequest, type FileFilter } from '@shared/ipc/contract'
import { sanitizeFileName } from '@shared/ipc/fileNames'
import { productName, version } from '../../package.json'
import type { BackupFileSink, PickedFile, Platform } from './platform'
import { platformMessages as m } from './messages'
import { PlatformError } from './platformError'

/** How long the download's object URL (plaintext in memory) outlives the click. */
const REVOKE_AFTER_MS = 10_000

/** `.pdf,.png` for the file input; any "*" means no restriction at all. */
export function acceptAttribute(filters: ReadonlyArray<FileFilter>): string {
  const extensions = filters.flatMap((f) => f.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return ''
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',')
}

// Blob wants ArrayBuffer-backed views; copy only in the rare case the bytes sit on another buffer.
function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes)
}

/** A click on a hidden download link; the object URL is revoked shortly after. */
function downloadBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  doc.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
}


/** Pieces collect in a Blob (Chromium keeps large blobs on disk) and download once, on finish. */
function blobBackupSink(doc: Document, fileName: string): BackupFileSink {
  let parts: Blob[] | null = []
  const open = (): Blob[] => {
    if (parts === null) throw new PlatformError('bad-request', m.backupClosed)
    return parts
  }
  return {
    async write(bytes) {
      open().push(new Blob([new Uint8Array(bytes)]))
    },
    async finish() {
      const blob = new Blob(open(), { type: 'application/octet-stream' })
      parts = null
      downloadBlob(doc, blob, fileName)
      return { fileName, pruned: 0 }
    },
    async abort() {
      parts = null
    }
  }
}

export async function readPickedFiles(files: ReadonlyArray<File>): Promise<PickedFile[]> {
  if (files.length > MAX_OPEN_FILES) throw new PlatformError('too-many', m.tooManyFiles(MAX_OPEN_FILES))
  let total = 0
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) throw new PlatformError('too-large', m.selectedFileTooLarge)
    total += file.size
  }
  if (total > MAX_OPEN_TOTAL_BYTES) throw new PlatformError('too-large', m.selectionTooLarge)
  const picked: PickedFile[] = []
  for (const file of files) {
    try {
      picked.push({ name: sanitizeFileName(file.name), bytes: new Uint8Array(await file.arrayBuffer()) })
    } catch {
      throw new PlatformError('io-error', m.selectedFileUnreadable)
    }
  }
  return picked
}

export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',

    async getAppInfo() {
      return { name: productName, version, platform: 'web', electronVersion: null }
    },

    async saveFile({ suggestedName, bytes, mimeType }) {
      if (bytes.byteLength > MAX_FILE_BYTES) throw new PlatformError('too-large', m.fileTooLarge)
      const fileName = sanitizeFileName(suggestedName)
      downloadBlob(doc, new Blob([blobPart(bytes)], { type: mimeType || 'application/octet-stream' }), fileName)
      return { saved: true, fileName }
    },

    openFiles({ accept, multiple }) {
      return new Promise<PickedFile[]>((resolve, reject) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.multiple = multiple
        const acceptValue = acceptAttribute(accept)
        if (acceptValue !== '') input.accept = acceptValue
        input.style.display = 'none'
        const finish = () => input.remove()
        input.addEventListener(
          'change',
          () => {
            const files = Array.from(input.files ?? [])
            finish()
            readPickedFiles(files).then(resolve, reject)
          },
          { once: true }
        )
        // Chromium 113+ fires 'cancel' when the picker is dismissed; without it we would hang.
        input.addEventListener(
          'cancel',
          () => {
            finish()
            resolve([])
          },
          { once: true }
        )
        doc.body.append(input)
        input.click()
      })
    },

    onLockRequested() {
      // A browser has no OS lock/suspend/idle signal to forward.
      return () => undefined
    },

    setIdleTimeout(minutes) {
      if (!IdleMinutes.safeParse(minutes).success) throw new RangeError('Idle timeout must be 1 to 240 whole minutes.')
    },

    async notify({ title, body }) {
      const request = NotifyRequest.safeParse({ title, body })
      if (!request.success) throw new PlatformError('bad-request', m.notificationInvalid)
      // Only with a permission the lawyer already gave: a page that asks on its own is how
      // notification spam starts, and the in-app banner shows every reminder anyway.
      const WebNotification = doc.defaultView?.Notification
      if (typeof WebNotification !== 'function' || WebNotification.permission !== 'granted') return false
      try {
        new WebNotification(request.data.title, { body: request.data.body, silent: false })
        return true
      } catch {
        // e.g. Chromium on Android allows notifications from service workers only.
        return false
      }
    },

    async saveBackupStream({ destination, suggestedName }) {
      if (destination !== 'ask') throw new PlatformError('bad-request', m.desktopOnly)
      return blobBackupSink(doc, sanitizeFileName(suggestedName, 'backup'))
    },

    async getBackupFolder() {
      return null
    },

    async chooseBackupFolder() {
      throw new PlatformError('bad-request', m.desktopOnly)
    },

    async setBackupKeepLast() {
      throw new PlatformError('bad-request', m.desktopOnly)
    }
  }
}
