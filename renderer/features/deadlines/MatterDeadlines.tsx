// The deadlines of one dossier, matter by matter, on the dossier page: each date with how it was
// computed, its status and the same actions as on the dashboard. When CCF sessions are recorded,
// it says which session a filing made today can still reach.
import { useId } from 'react'
import { matterReference, type Dossier } from '@shared/domain'
import { useSession } from '../../src/session'
import { matterLabel } from '../dossiers/matterDraft'
import { CalendarExport } from './CalendarExport'
import { applicantName, ccfPackIds, todayIso, type DossierDeadline } from './deadlineModel'
import { DeadlineRow, type RowContext } from './DeadlineRow'
import { deadlineMessages as m } from './messages'
import { SessionReachabilityNote } from './SessionReachabilityNote'
import { useDeadlineActions } from './useDeadlineActions'

export function MatterDeadlines({ dossier }: { dossier: Dossier }) {
  const session = useSession()
  const { actions, notice } = useDeadlineActions()
  const headingId = useId()
  const deadlines: DossierDeadline[] = session.deadlinesForDossier(dossier.id)
  const today = todayIso()
  const sessions = session.ccfSessions()
  const context: RowContext = { today, actions, sessions, ccfPacks: ccfPackIds(session.rulePacks()), applicantName: applicantName(dossier) }
  const groups = [
    ...dossier.matters.map((matter) => ({
      key: matter.id,
      matterId: matter.id as string | undefined,
      title: matterLabel(matter),
      reference: matterReference(matter),
      rows: deadlines.filter((d) => d.matterId === matter.id)
    })),
    { key: 'none', matterId: undefined, title: m.wholeDossier, reference: '', rows: deadlines.filter((d) => d.matterId === undefined || !dossier.matters.some((x) => x.id === d.matterId)) }
  ].filter((g) => g.rows.length > 0)
  // The session warning matters once the case is before the CCF.
  const beforeCcf = dossier.events.some((e) => e.type.startsWith('ccf-')) || dossier.matters.some((x) => x.stage === 'challenged')

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId}>{m.matterDeadlinesTitle}</h2>
      </div>
      {beforeCcf && <SessionReachabilityNote sessions={sessions} today={today} compact />}
      {notice}
      {groups.length === 0 && <p className="muted">{m.matterDeadlinesEmpty}</p>}
      {groups.map((g) => (
        <div key={g.key} className="matter-deadlines">
          <div className="matter-deadlines__head">
            <h3>
              {g.title}
              {g.reference && <span className="matter-ref">{g.reference}</span>}
            </h3>
            {g.matterId && <CalendarExport matterId={g.matterId} />}
          </div>
          <ul className="deadline-list">
            {g.rows.map((d) => (
              <DeadlineRow key={d.key} deadline={d} variant="matter" context={context} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
