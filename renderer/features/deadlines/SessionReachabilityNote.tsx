// Which recorded CCF session a filing made today can still reach, and the warning when the next
// session's agenda has (about) closed. The closing day is an estimate from Statute Art. 16(4)
// ("preferably" one month before), so the note says it is practice, not a rule.
import { sessionReachability, type CcfSession } from '@shared/deadlines'
import { formatDay } from '../../src/locale'
import { deadlineMessages as m } from './messages'

interface Props {
  sessions: readonly CcfSession[]
  today: string
  /** On the dossier page: say nothing when no session is recorded. */
  compact?: boolean
}

export function SessionReachabilityNote({ sessions, today, compact }: Props) {
  const upcoming = sessions.filter((s) => s.startsOn >= today)
  if (compact && upcoming.length === 0) return null
  const r = sessionReachability(sessions, today)
  return (
    <div className="session-note" role="note">
      {r.reaches ? (
        <p className="session-note__reach">{m.reachesToday(formatDay(r.reaches.session.startsOn, 'long'), formatDay(r.reaches.agendaClosesOn, 'long'))}</p>
      ) : (
        <p className="session-note__reach">{upcoming.length === 0 ? m.noUpcomingSession : m.noReachableSession}</p>
      )}
      {r.warning && <p className="session-note__warning">{r.warning}</p>}
      <p className="session-note__basis">{m.practiceNote(r.basis.citation, r.basis.note)}</p>
    </div>
  )
}
