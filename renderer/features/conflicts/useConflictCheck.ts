// The conflict check of the names typed so far, over the unlocked session's clients and contacts.
// Everything stays in memory; the check is rebuilt only when a record changes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { buildConflictCheck, type ConflictCheck, type NewClientNames, type PossibleConflict } from '@shared/conflicts'
import { useSession } from '../../src/session'

// Typing pauses shorter than this do not run the check: 5,000 clients take ~50 ms (up to ~300 ms on a
// busy machine; tests/unit/conflictCheck.test.ts prints it).
const TYPING_PAUSE_MS = 250

/** The session's check, rebuilt when its records change (not on each keystroke); none when disabled. */
export function useConflictChecker(enabled: boolean): ConflictCheck | undefined {
  const session = useSession()
  const version = session.version
  // `version` is what changes when a record does; the session object stays the same.
  return useMemo(
    () => (enabled && version >= 0 ? buildConflictCheck(session.dossiers(), session.contacts()) : undefined),
    [enabled, session, version]
  )
}

export interface Conflicts {
  readonly conflicts: PossibleConflict[]
  /** Checks the current names at once (on "Save client") and returns what it found. */
  checkNow(): PossibleConflict[]
}

/** Conflicts for `names`, recomputed after a pause in typing. */
export function useConflicts(checker: ConflictCheck | undefined, names: NewClientNames): Conflicts {
  const key = namesKey(names)
  const latest = useRef(names)
  latest.current = names
  const [conflicts, setConflicts] = useState<PossibleConflict[]>([])
  useEffect(() => {
    const timer = setTimeout(() => setConflicts(checker?.check(latest.current) ?? []), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [checker, key])
  const checkNow = useCallback(() => {
    const found = checker?.check(latest.current) ?? []
    setConflicts(found)
    return found
  }, [checker])
  return { conflicts, checkNow }
}

/** One string per set of typed names: a confirmation holds for exactly the names confirmed. */
export function namesKey(names: NewClientNames): string {
  return JSON.stringify({
    legalName: names.legalName.trim(),
    latinName: (names.latinName ?? '').trim(),
    aliases: (names.aliases ?? []).map((a) => a.trim()).filter((a) => a.length > 0)
  })
}
