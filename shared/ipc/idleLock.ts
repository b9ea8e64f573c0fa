// Decides when the OS idle time should lock the vault. Main polls powerMonitor.getSystemIdleTime()
// and feeds the seconds in here; keeping the decision pure lets it be tested without Electron.
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN } from './contract'

/** Default until the renderer sends the lawyer's setting: locked-by-default beats never-locked. */
export const DEFAULT_IDLE_MINUTES = 10
/** Poll often enough that a 1-minute timeout fires within ~10 s of being due. */
export const IDLE_POLL_MS = 10_000

export interface IdleLockTracker {
  readonly timeoutMinutes: number
  /** Sets the timeout (clamped to the contract's range) and re-arms the trigger. */
  setTimeoutMinutes(minutes: number): number
  /** Feed the current system idle time; returns true exactly once per idle stretch. */
  observe(idleSeconds: number): boolean
}

export function createIdleLockTracker(initialMinutes: number = DEFAULT_IDLE_MINUTES): IdleLockTracker {
  const clamp = (m: number) =>
    Number.isFinite(m) ? Math.min(IDLE_MINUTES_MAX, Math.max(IDLE_MINUTES_MIN, Math.round(m))) : DEFAULT_IDLE_MINUTES
  let minutes = clamp(initialMinutes)
  // Once fired, stay quiet until the user is active again (idle time drops below the limit),
  // otherwise every poll of a long absence would send another lock request.
  let fired = false
  return {
    get timeoutMinutes() {
      return minutes
    },
    setTimeoutMinutes(next: number) {
      minutes = clamp(next)
      fired = false
      return minutes
    },
    observe(idleSeconds: number) {
      if (!Number.isFinite(idleSeconds) || idleSeconds < 0) return false
      if (idleSeconds < minutes * 60) {
        fired = false
        return false
      }
      if (fired) return false
      fired = true
      return true
    }
  }
}
