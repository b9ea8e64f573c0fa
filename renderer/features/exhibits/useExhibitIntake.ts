// Adding files as exhibits, one after another: each is hashed, inspected and stored encrypted by
// the vault's exhibit shelf. A file that fails (unreadable, vault error) is reported and the
// others go on; a duplicate within the matter is reported, not stored twice.
import { useCallback, useRef, useState } from 'react'
import { useSession } from '../../src/session'
import { exhibitMessages as m } from './messages'

/** A file from the picker (bytes read) or from a drop (read on demand). */
export type IncomingFile = { name: string; bytes: Uint8Array } | File

export interface IntakeState {
  /** 1-based position of the file being added, null when idle. */
  current: { n: number; total: number } | null
  /** Successes and duplicates, for a role=status line. */
  notices: string[]
  /** Files that could not be added, for a role=alert list. */
  problems: string[]
}

function reason(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'an unexpected error'
  return /[.!?…)]$/.test(text) ? text : `${text}.`
}

async function bytesOf(file: IncomingFile): Promise<Uint8Array> {
  return file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : file.bytes
}

export function useExhibitIntake(dossierId: string, matterId: string) {
  const session = useSession()
  const [state, setState] = useState<IntakeState>({ current: null, notices: [], problems: [] })
  const busy = useRef(false)

  const add = useCallback(
    async (files: readonly IncomingFile[]) => {
      if (busy.current || files.length === 0) return
      busy.current = true
      const notices: string[] = []
      const problems: string[] = []
      let added = 0
      try {
        for (const [i, file] of files.entries()) {
          setState({ current: { n: i + 1, total: files.length }, notices: [], problems: [...problems] })
          let bytes: Uint8Array
          try {
            bytes = await bytesOf(file)
          } catch {
            problems.push(m.readFailed(file.name))
            continue
          }
          try {
            const outcome = await session.exhibits.intake({ dossierId, matterId, fileName: file.name, bytes })
            if (outcome.status === 'added') added++
            else notices.push(m.duplicate(file.name, outcome.existing.title))
          } catch (error) {
            problems.push(m.intakeFailed(file.name, reason(error)))
          }
        }
      } finally {
        if (added > 0) notices.unshift(m.added(added))
        setState({ current: null, notices, problems })
        busy.current = false
      }
    },
    [session, dossierId, matterId]
  )

  return { ...state, add, busy: state.current !== null }
}
