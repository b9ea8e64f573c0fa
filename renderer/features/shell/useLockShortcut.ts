// Ctrl+Shift+L (⌘⇧L on macOS) locks at once, wherever the focus is.
import { useEffect, useRef } from 'react'

export function isLockShortcut(e: KeyboardEvent): boolean {
  // e.code keeps the shortcut on the L key under Cyrillic, Turkish or Arabic layouts.
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && (e.code === 'KeyL' || e.key.toLowerCase() === 'l')
}

export function useLockShortcut(onLock: () => void): void {
  const callback = useRef(onLock)
  useEffect(() => {
    callback.current = onLock
  }, [onLock])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLockShortcut(e)) return
      e.preventDefault()
      callback.current()
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [])
}

export const isMacPlatform = (): boolean => /Mac|iPhone|iPad/.test(navigator.userAgent)
