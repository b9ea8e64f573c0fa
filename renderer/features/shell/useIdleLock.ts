// Locks the vault after a stretch without keyboard, pointer, wheel or touch input. The check is a
// plain interval comparing Date.now() with the last activity, so a suspended machine that wakes up
// late still locks at the first tick (and Playwright's page.clock can fast-forward it in tests).
import { useEffect, useRef } from 'react'

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const
export const IDLE_CHECK_MS = 5_000

export function useIdleLock(minutes: number, onIdle: () => void): void {
  const callback = useRef(onIdle)
  useEffect(() => {
    callback.current = onIdle
  }, [onIdle])

  useEffect(() => {
    let lastActivity = Date.now()
    const mark = () => {
      lastActivity = Date.now()
    }
    const options = { capture: true, passive: true } as const
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, mark, options)
    const timer = setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) callback.current()
    }, IDLE_CHECK_MS)
    return () => {
      clearInterval(timer)
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, mark, options)
    }
  }, [minutes])
}
