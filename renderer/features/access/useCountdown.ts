import { useEffect, useState } from 'react'

/** Whole seconds left until `untilMs` (0 once passed), updated every second. */
export function useCountdown(untilMs: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (untilMs === null) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [untilMs])
  if (untilMs === null) return 0
  return Math.max(0, Math.ceil((untilMs - now) / 1000))
}
