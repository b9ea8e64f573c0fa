// The two ways a restore is refused. Both messages end with NOTHING_RESTORED: a restore either
// writes everything it planned or nothing at all.
import { NOTHING_RESTORED, type RestoreProblem } from '@shared/backup'

/** Problems shown at once; the rest are counted (the UI lists them all from `problems`). */
const LISTED_PROBLEMS = 5

/** The dry run found problems in the backup; nothing was written. */
export class RestoreCheckError extends Error {
  readonly problems: RestoreProblem[]
  constructor(problems: readonly RestoreProblem[]) {
    const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => withoutEnding(p.message))
    const more = problems.length > LISTED_PROBLEMS ? [`(${problems.length - LISTED_PROBLEMS} more problems not listed.)`] : []
    super(['The backup cannot be restored.', ...listed, ...more, NOTHING_RESTORED].join(' '))
    this.name = 'RestoreCheckError'
    this.problems = [...problems]
  }
}

/** Writing the restore failed or was refused; staged originals were removed, the vault is as before. */
export class RestoreWriteError extends Error {
  constructor(what: string, options?: { cause: unknown }) {
    super(`${what} ${NOTHING_RESTORED}`, options)
    this.name = 'RestoreWriteError'
  }
}

/** Cancelled by the lawyer: a DOMException named AbortError, as fetch and the backup use. */
export function restoreCancelled(): DOMException {
  return new DOMException(`The restore was cancelled. ${NOTHING_RESTORED}`, 'AbortError')
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw restoreCancelled()
}

function withoutEnding(message: string): string {
  return message.endsWith(NOTHING_RESTORED) ? message.slice(0, -NOTHING_RESTORED.length).trimEnd() : message
}
