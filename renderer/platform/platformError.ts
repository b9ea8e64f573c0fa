// Kept apart from platform.ts so the adapters can throw it without an import cycle.
import type { IpcErrorCode } from '@shared/ipc/contract'

export type PlatformErrorCode = IpcErrorCode

/** A failed platform call. `message` is written for the lawyer and holds no file content or path. */
export class PlatformError extends Error {
  readonly code: PlatformErrorCode
  constructor(code: PlatformErrorCode, message: string) {
    super(message)
    this.name = 'PlatformError'
    this.code = code
  }
}
