// OS-level lock requests (screen lock, suspend, system idle, global shortcut) and the idle timeout
// the main process enforces. In a plain browser the platform sends no requests and the in-page
// idle timer (useIdleLock) is the only guard.
import { useEffect, useRef } from 'react'
import { getPlatform } from '../../platform/platform'
import type { LockReason } from '../../vault/vaultController'

export function usePlatformLock(minutes: number, lock: (reason: LockReason) => void): void {
  const callback = useRef(lock)
  useEffect(() => {
    callback.current = lock
  }, [lock])

  useEffect(() => getPlatform().onLockRequested((request) => callback.current(request.reason)), [])

  useEffect(() => {
    try {
      getPlatform().setIdleTimeout(minutes)
    } catch {
      // Out of range cannot happen (VaultSettings has the same 1–240 bounds); the in-page timer still runs.
    }
  }, [minutes])
}
