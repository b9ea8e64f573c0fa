// Each wrong passphrase makes the next attempt wait longer. The count lives in the plaintext meta
// record so that reloading the page does not reset it. (Argon2id already costs ~0.3 s per guess;
// this stops a person at the keyboard from trying a list by hand.)

/** Attempts allowed without any wait: typos happen. */
export const FREE_ATTEMPTS = 2
export const MAX_DELAY_MS = 5 * 60_000

export function unlockDelayMs(failedAttempts: number): number {
  if (failedAttempts <= FREE_ATTEMPTS) return 0
  const exponent = failedAttempts - FREE_ATTEMPTS - 1
  return Math.min(MAX_DELAY_MS, 2_000 * 2 ** exponent)
}

/** Milliseconds the user must still wait before another attempt (0 = may try now). */
export function remainingWaitMs(failedAttempts: number, lastFailureAtMs: number | undefined, nowMs: number): number {
  if (lastFailureAtMs === undefined) return 0
  const until = lastFailureAtMs + unlockDelayMs(failedAttempts)
  return Math.max(0, until - nowMs)
}
