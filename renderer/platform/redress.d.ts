// `window.redress` exists only inside Electron (electron/preload). Optional, because the same
// bundle also runs as a web page; use getPlatform() instead of reading it directly.
import type { RedressApi } from '@shared/ipc/contract'

declare global {
  interface Window {
    readonly redress?: RedressApi
  }
}

export {}
