// Tells the renderer to lock the vault: on OS lock, on suspend, after the idle timeout, and on the
// lock shortcut. Main holds no keys; it only sends `lock:requested` and the renderer drops them.
import { powerMonitor, type BrowserWindow } from 'electron'
import { ipcEvents, type LockReason } from '@shared/ipc/contract'
import { createIdleLockTracker, IDLE_POLL_MS } from '@shared/ipc/idleLock'

export interface LockMonitor {
  /** Sends `lock:requested` to the window (used by the menu shortcut too). */
  requestLock(reason: LockReason): void
  /** Applies the renderer's auto-lock setting; returns the value now enforced. */
  setIdleTimeout(minutes: number): number
  stop(): void
}

export function sendLockRequested(win: BrowserWindow | null, reason: LockReason): void {
  if (!win || win.isDestroyed()) return
  // Parse our own payload too: the renderer relies on the contract, so main must honour it.
  const payload = ipcEvents['lock:requested'].payload.parse({ reason })
  win.webContents.send('lock:requested', payload)
}

export function startLockMonitor(getWindow: () => BrowserWindow | null): LockMonitor {
  const tracker = createIdleLockTracker()
  const requestLock = (reason: LockReason) => sendLockRequested(getWindow(), reason)

  const onLockScreen = () => requestLock('lock-screen')
  const onSuspend = () => requestLock('suspend')
  powerMonitor.on('lock-screen', onLockScreen)
  powerMonitor.on('suspend', onSuspend)

  const timer = setInterval(() => {
    if (tracker.observe(powerMonitor.getSystemIdleTime())) requestLock('idle')
  }, IDLE_POLL_MS)
  // The poll must never be what keeps the app alive after the window closes.
  timer.unref()

  return {
    requestLock,
    setIdleTimeout: (minutes) => tracker.setTimeoutMinutes(minutes),
    stop() {
      clearInterval(timer)
      powerMonitor.off('lock-screen', onLockScreen)
      powerMonitor.off('suspend', onSuspend)
    }
  }
}
