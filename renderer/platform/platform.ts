// The renderer's only door to the operating system. The same UI runs inside Electron (through the
// preload's `window.redress`) and as a plain web page (browser fallbacks), so features import
// `getPlatform()` and never look at Electron or `window.redress` themselves.
import type { FileFilter, LockRequested } from '@shared/ipc/contract'
import type { BackupDestination, BackupFolderStatus } from '@shared/ipc/backupFiles'
import { createBrowserPlatform } from './browserPlatform'
import { createElectronPlatform, isRedressApi } from './electronPlatform'

export type { FileFilter, LockRequested } from '@shared/ipc/contract'
export type { BackupDestination, BackupFolderStatus } from '@shared/ipc/backupFiles'
export { PlatformError, type PlatformErrorCode } from './platformError'

export type PlatformKind = 'electron' | 'browser'

export interface PlatformInfo {
  name: string
  version: string
  /** Node's platform name in Electron ('linux', 'win32', 'darwin'), 'web' in a browser. */
  platform: string
  /** null in a browser. */
  electronVersion: string | null
}

export interface SaveFileOptions {
  /** A file name, not a path; unsafe characters are replaced. */
  suggestedName: string
  bytes: Uint8Array
  /** Used by the browser download; Electron decides by the chosen file's extension. */
  mimeType: string
  /** File types offered by the native save dialog. */
  filters: FileFilter[]
}

export interface SaveFileResult {
  /** false when the lawyer cancelled. In a browser the download cannot be observed: always true. */
  saved: boolean
  /** Basename of the saved file, never its folder. */
  fileName?: string
}

export interface OpenFilesOptions {
  /** File types to offer; an extension "*" means any file. */
  accept: FileFilter[]
  multiple: boolean
}

export interface NotifyOptions {
  /** One line, at most 120 characters; no client name unless the lawyer opted in. */
  title: string
  /** At most 500 characters. */
  body: string
}

export interface PickedFile {
  name: string
  bytes: Uint8Array
}

export interface SaveBackupOptions {
  /** 'ask': a save dialog. 'scheduled-folder': the folder chosen for scheduled backups (desktop only). */
  destination: BackupDestination
  /** A file name, not a path. */
  suggestedName: string
}

/**
 * A backup file being written piece by piece, so a backup of any size never sits in memory or
 * crosses IPC whole. Until finish() resolves nothing carries the backup's name; abort() (or any
 * failed write) deletes what was written. Call exactly one of finish() and abort().
 */
export interface BackupFileSink {
  write(bytes: Uint8Array): Promise<void>
  /** `pruned`: older scheduled backups deleted to keep the last N (always 0 for 'ask'). */
  finish(): Promise<{ fileName: string; pruned: number }>
  abort(): Promise<void>
}

export interface Platform {
  readonly kind: PlatformKind
  getAppInfo(): Promise<PlatformInfo>
  saveFile(options: SaveFileOptions): Promise<SaveFileResult>
  /** Resolves [] when the lawyer cancels. */
  openFiles(options: OpenFilesOptions): Promise<PickedFile[]>
  /** OS-driven lock requests (idle, screen lock, suspend, shortcut). Returns an unsubscribe. */
  onLockRequested(callback: (request: LockRequested) => void): () => void
  /** Auto-lock minutes (1..240) for the OS idle watcher. Throws RangeError outside that range. */
  setIdleTimeout(minutes: number): void
  /**
   * A desktop notification. Resolves true when one was shown, false when it could not be (no OS
   * support; in a browser, notification permission not already granted: this never asks).
   * Rejects with PlatformError 'bad-request' when the text breaks the limits above.
   */
  notify(options: NotifyOptions): Promise<boolean>
  /**
   * Opens a backup file for writing; null when the lawyer cancelled the save dialog. Rejects with
   * PlatformError when no scheduled folder is chosen or it cannot be reached, or (browser) for
   * 'scheduled-folder' at all. In a browser the pieces become one download on finish().
   */
  saveBackupStream(options: SaveBackupOptions): Promise<BackupFileSink | null>
  /** The scheduled-backup folder as the lawyer may see it; null where there is none (browser). */
  getBackupFolder(): Promise<BackupFolderStatus | null>
  /** Native folder dialog; `changed` is false when cancelled. Desktop only. */
  chooseBackupFolder(): Promise<{ changed: boolean; status: BackupFolderStatus }>
  /** How many scheduled backups to keep (1..100). Desktop only. */
  setBackupKeepLast(keepLast: number): Promise<BackupFolderStatus>
}

let cached: Platform | undefined

/** The platform for this window: Electron when the preload bridge is present, else the browser. */
export function getPlatform(): Platform {
  if (!cached) {
    const bridge: unknown = typeof window === 'undefined' ? undefined : window.redress
    cached = isRedressApi(bridge) ? createElectronPlatform(bridge) : createBrowserPlatform()
  }
  return cached
}

/** Tests only: forget the cached platform so the next getPlatform() looks again. */
export function resetPlatformForTests(): void {
  cached = undefined
}
