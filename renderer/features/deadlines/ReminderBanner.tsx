// Reminders after unlock (and again when the day changes while the vault stays open): a banner in
// the app, which may name clients because the vault is open, and one desktop notification per
// reminder, which names the matter reference only unless the lawyer opted in
// (settings.notificationsShowClientNames): notifications show on shared and photographed screens.
import { useEffect, useId, useRef, useState } from 'react'
import { dueReminders, markShown, notificationText, pruneReminderLog, type Reminder } from '@shared/deadlines/reminders'
import { getPlatform } from '../../platform/platform'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import type { VaultSession } from '../../vault/vaultSession'
import { buildMatterDirectory, todayIso, useAllDeadlines, useMatterDirectory } from './deadlineModel'
import { formatDay } from '../../src/locale'
import { deadlineMessages as m } from './messages'

/** Desktop notifications per check; more would bury the screen. The banner lists them all. */
const MAX_NOTIFICATIONS = 5
const DAY_CHECK_MS = 60_000

async function notifyAll(session: VaultSession, reminders: readonly Reminder[]): Promise<void> {
  const directory = buildMatterDirectory(session.dossiers())
  const includeClientNames = session.settings.notificationsShowClientNames
  const platform = getPlatform()
  for (const r of reminders.slice(0, MAX_NOTIFICATIONS)) {
    const entry = directory.matter(r.matterId)
    const text = notificationText(r, {
      includeClientNames,
      matterReference: entry?.reference ?? '',
      ...(entry ? { clientName: entry.dossier.client.legalName } : {})
    })
    try {
      await platform.notify(text)
    } catch {
      // A notification that cannot be shown is no reason to stop: the banner lists every reminder.
    }
  }
}

export function ReminderBanner() {
  const session = useSession()
  const { navigate } = useNavigation()
  const [reminders, setReminders] = useState<Reminder[]>([])
  const [day, setDay] = useState(() => todayIso())
  const checkedDay = useRef<string | null>(null)
  const headingId = useId()
  const directory = useMatterDirectory(session)
  const all = useAllDeadlines(session)

  // The day can change while the vault stays unlocked (overnight): check again then.
  useEffect(() => {
    const timer = setInterval(() => setDay(todayIso()), DAY_CHECK_MS)
    return () => clearInterval(timer)
  }, [])

  useEffect(() => {
    if (checkedDay.current === day) return
    checkedDay.current = day
    const deadlines = session.deadlines()
    const due = dueReminders(deadlines, day, session.reminderLog())
    if (due.length === 0) return
    setReminders(due)
    void (async () => {
      try {
        const kept = pruneReminderLog(session.reminderLog(), deadlines, day)
        await session.saveReminderLog([...kept, ...markShown(due, day)])
      } catch {
        // Not recorded: the same reminders show again at the next unlock, which is the safe side.
      }
      await notifyAll(session, due)
    })()
  }, [session, day])

  if (reminders.length === 0) return null
  const dossierOf = new Map(all.map((d) => [d.key, d.dossierId]))
  return (
    <section className="reminder-banner no-print" aria-labelledby={headingId}>
      <div className="reminder-banner__head">
        <h2 id={headingId}>{m.remindersTitle}</h2>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              setReminders([])
              navigate({ page: 'deadlines' })
            }}
          >
            {m.openDeadlines}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setReminders([])} aria-label={m.dismissReminders}>
            {m.dismiss}
          </button>
        </div>
      </div>
      <ul className="reminder-banner__list">
        {reminders.map((r) => {
          const entry = directory.matter(r.matterId)
          const dossierId = dossierOf.get(r.key)
          const dossier = entry?.dossier ?? (dossierId === undefined ? undefined : directory.dossier(dossierId))
          return (
            <li key={`${r.key}:${String(r.leadDays)}`} className={`reminder reminder--${r.kind}`}>
              <span className="reminder__text">{m.reminderLine(r.title, formatDay(r.dueDate, 'long'), m.reminderWhen(r.daysLeft))}</span>
              {entry && <span className="matter-ref">{entry.reference}</span>}
              {dossier && (
                <span className="reminder__client" dir="auto">
                  {dossier.client.legalName}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
