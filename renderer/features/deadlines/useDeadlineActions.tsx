// Mark done, set a date by hand, reopen: the lawyer's marks on a computed deadline. Each is saved
// into the dossier (session.setDeadlineState, which also writes the daily log). Marking done asks
// nothing, so it can be undone from the notice it leaves.
import { useCallback, useState, type ReactNode } from 'react'
import { DeadlineState } from '@shared/deadlines'
import { useSession } from '../../src/session'
import { FormAlert } from '../../src/ui/fields'
import { uiMessages } from '../../src/ui/messages'
import { todayIso, type DossierDeadline } from './deadlineModel'
import { deadlineMessages as m } from './messages'

export interface DeadlineActions {
  markDone: (d: DossierDeadline) => Promise<void>
  reopen: (d: DossierDeadline) => Promise<void>
  /** Throws when saving fails, so the form that asked stays open. */
  override: (d: DossierDeadline, date: string, note: string) => Promise<void>
}

interface Notice {
  text: string
  undo?: () => Promise<void>
}

function stateFor(d: DossierDeadline, fields: Pick<DeadlineState, 'status'> & Partial<DeadlineState>): DeadlineState {
  return DeadlineState.parse({
    key: d.key,
    ...(d.matterId !== undefined ? { matterId: d.matterId } : {}),
    note: '',
    ...fields,
    changedAt: new Date().toISOString()
  })
}

/** The actions, and the notice (with Undo after "Mark done") to render once on the page. */
export function useDeadlineActions(): { actions: DeadlineActions; notice: ReactNode } {
  const session = useSession()
  const [notice, setNotice] = useState<Notice | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const save = useCallback(
    async (d: DossierDeadline, state: DeadlineState) => {
      await session.setDeadlineState(d.dossierId, state)
    },
    [session]
  )
  const attempt = useCallback(async (run: () => Promise<void>) => {
    setFailure(null)
    try {
      await run()
    } catch {
      setNotice(null)
      setFailure(uiMessages.saveFailed)
    }
  }, [])

  const markDone = useCallback(
    (d: DossierDeadline) =>
      attempt(async () => {
        const previous = d.state
        await save(d, stateFor(d, { status: 'done', doneOn: todayIso(), note: previous?.note ?? '' }))
        setNotice({
          text: m.markedDone(d.rule.title),
          undo: () =>
            attempt(async () => {
              // Back to what it was: open, or the date the lawyer had set by hand.
              const back = previous && previous.status !== 'done' ? stateFor(d, { ...previous }) : stateFor(d, { status: 'open', note: previous?.note ?? '' })
              await save(d, back)
              setNotice(null)
            })
        })
      }),
    [attempt, save]
  )

  const reopen = useCallback(
    (d: DossierDeadline) =>
      attempt(async () => {
        await save(d, stateFor(d, { status: 'open', note: d.state?.note ?? '' }))
        setNotice({ text: m.reopened(d.rule.title) })
      }),
    [attempt, save]
  )

  const override = useCallback(
    async (d: DossierDeadline, date: string, note: string) => {
      setFailure(null)
      await save(d, stateFor(d, { status: 'overridden', overrideDate: date, note }))
      setNotice({ text: m.overrideSaved(d.rule.title, date) })
    },
    [save]
  )

  const element = (
    <>
      <FormAlert>{failure}</FormAlert>
      {notice && (
        <div className="action-notice" role="status">
          <span>{notice.text}</span>
          {notice.undo && (
            <button type="button" className="button button--quiet" onClick={() => void notice.undo?.()}>
              {m.undo}
            </button>
          )}
        </div>
      )}
    </>
  )
  return { actions: { markDone, reopen, override }, notice: element }
}
