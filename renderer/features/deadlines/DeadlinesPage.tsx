// The deadline dashboard across all matters: overdue, due within 7 days, within 30 days, later,
// and (collapsed) done. Clocks the CCF or the General Secretariat owed and let pass are marked
// "Overdue under the Statute", with a status enquiry the lawyer can copy.
import { useId, useMemo } from 'react'
import { classify, type DashboardDeadline, type DeadlineDashboard } from '@shared/deadlines'
import { useNavigation } from '../../src/navigation'
import { BackupStatusLine, useLastBackup } from '../settings/BackupStatus'
import { useSession } from '../../src/session'
import { CalendarExport } from './CalendarExport'
import { applicantName, ccfPackIds, todayIso, useAllDeadlines, useMatterDirectory, type DossierDeadline, type MatterDirectory } from './deadlineModel'
import { DeadlineRow, type RowContext } from './DeadlineRow'
import { DeadlinesLayout } from './DeadlinesLayout'
import { formatDay } from '../../src/locale'
import { deadlineMessages as m } from './messages'
import { useDeadlineActions, type DeadlineActions } from './useDeadlineActions'

type Row = DashboardDeadline & DossierDeadline
type Bucket = Exclude<keyof DeadlineDashboard, 'done'>

/** Read at render time, so the titles follow a language switch. */
const buckets = (): ReadonlyArray<{ bucket: Bucket; title: string }> => [
  { bucket: 'overdue', title: m.overdue },
  { bucket: 'dueIn7', title: m.dueIn7 },
  { bucket: 'dueIn30', title: m.dueIn30 },
  { bucket: 'later', title: m.later }
]

export function DeadlinesPage() {
  const session = useSession()
  const directory = useMatterDirectory(session)
  const deadlines = useAllDeadlines(session)
  const { actions, notice } = useDeadlineActions()
  const today = todayIso()
  const board = useMemo(() => classify(deadlines, today) as { [K in keyof DeadlineDashboard]: Row[] }, [deadlines, today])
  const sessions = session.ccfSessions()
  const ccfPacks = ccfPackIds(session.rulePacks())
  const doneId = useId()

  return (
    <DeadlinesLayout current="deadlines" title={m.title} actions={<CalendarExport />}>
      <p className="muted">
        {m.intro} {m.todayIs(formatDay(today, 'long'))}
      </p>
      <BackupReminder />
      {notice}
      {deadlines.length === 0 ? (
        <p className="empty-state">{m.noDeadlines}</p>
      ) : (
        <>
          {buckets().map(({ bucket, title }) => (
            <BucketSection key={bucket} bucket={bucket} title={title} rows={board[bucket]} directory={directory} actions={actions} today={today} sessions={sessions} ccfPacks={ccfPacks} />
          ))}
          {board.done.length > 0 && (
            <details className="panel deadline-bucket deadline-bucket--done" aria-labelledby={doneId}>
              <summary id={doneId}>{m.doneCount(board.done.length)}</summary>
              <RowList rows={board.done} directory={directory} actions={actions} today={today} sessions={sessions} ccfPacks={ccfPacks} />
            </details>
          )}
        </>
      )}
    </DeadlinesLayout>
  )
}

interface ListProps {
  rows: readonly Row[]
  directory: MatterDirectory
  actions: DeadlineActions
  today: string
  sessions: RowContext['sessions']
  ccfPacks: RowContext['ccfPacks']
}

function BucketSection({ bucket, title, ...list }: ListProps & { bucket: Bucket; title: string }) {
  const headingId = useId()
  return (
    <section className={`panel deadline-bucket deadline-bucket--${bucket}`} aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId}>{title}</h2>
        <span className="muted">{m.bucketCount(list.rows.length)}</span>
      </div>
      {list.rows.length === 0 ? <p className="muted">{m.noneInBucket}</p> : <RowList {...list} />}
    </section>
  )
}

function RowList({ rows, directory, actions, today, sessions, ccfPacks }: ListProps) {
  const { navigate } = useNavigation()
  return (
    <ul className="deadline-list">
      {rows.map((d) => {
        const entry = directory.matter(d.matterId)
        const dossier = entry?.dossier ?? directory.dossier(d.dossierId)
        const context: RowContext = {
          today,
          actions,
          sessions,
          ccfPacks,
          applicantName: applicantName(dossier),
          ...(entry ? { matterReference: entry.reference } : {}),
          ...(dossier ? { clientName: dossier.client.legalName, onOpenDossier: () => navigate({ page: 'dossier', dossierId: dossier.id }) } : {})
        }
        return <DeadlineRow key={d.key} deadline={d} variant="dashboard" context={context} />
      })}
    </ul>
  )
}

/** The dashboard also says when the vault was last backed up, and warns after 7 days (issue 6). */
function BackupReminder() {
  const [last] = useLastBackup()
  const { navigate } = useNavigation()
  return (
    <BackupStatusLine last={last}>
      {' '}
      <button type="button" className="button button--small" onClick={() => navigate({ page: 'settings' })}>
        {m.backUpNow}
      </button>
    </BackupStatusLine>
  )
}
