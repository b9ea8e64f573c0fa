// The daily deadline log: every deadline entered or changed on a day, with who and when, as a
// printable page (window.print; the print stylesheet hides the app's chrome) and as a PDF
// (DayLogPdfExport). Matters are named by their reference, never by the client.
import { useEffect, useId, useState, type FormEvent } from 'react'
import { renderDayLog, type DayLogDocument } from '@shared/deadlines/deadlineLog'
import { IsoDate } from '@shared/domain'
import { useSession } from '../../src/session'
import { DateField, FormAlert } from '../../src/ui/fields'
import { fieldMessage } from '../../src/ui/messages'
import { todayIso, useMatterDirectory } from './deadlineModel'
import { DayLogPdfExport } from './DayLogPdfExport'
import { DeadlinesLayout } from './DeadlinesLayout'
import { deadlineMessages as m } from './messages'

export function DeadlineLogPage() {
  const session = useSession()
  const directory = useMatterDirectory(session)
  const [typed, setTyped] = useState(todayIso())
  const [day, setDay] = useState(todayIso())
  const [error, setError] = useState<string | undefined>(undefined)
  const [doc, setDoc] = useState<DayLogDocument | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const captionId = useId()
  const version = session.version

  useEffect(() => {
    let current = true
    setFailure(null)
    session.deadlineLog(day).then(
      (entries) => {
        if (!current) return
        setDoc(renderDayLog(entries, day, { matterReference: (id) => directory.matter(id)?.reference }))
      },
      () => {
        if (current) setFailure(m.logFailed)
      }
    )
    return () => {
      current = false
    }
  }, [session, day, directory, version])

  function show(e: FormEvent) {
    e.preventDefault()
    const parsed = IsoDate.safeParse(typed.trim())
    if (!parsed.success) {
      setError(fieldMessage(m.logDay, parsed.error.issues[0]?.message ?? ''))
      return
    }
    setError(undefined)
    setDay(parsed.data)
  }

  return (
    <DeadlinesLayout
      current="deadline-log"
      title={m.logTitle}
      actions={
        <div className="log-actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {m.print}
          </button>
          <DayLogPdfExport doc={doc && doc.day === day ? doc : null} />
        </div>
      }
    >
      <p className="muted no-print">{m.logIntro}</p>
      <form className="log-day-form no-print" onSubmit={show} noValidate>
        <DateField
          id="log-day"
          label={m.logDay}
          value={typed}
          onChange={(v) => {
            setTyped(v)
            setError(undefined)
          }}
          error={error}
        />
        <button type="submit" className="button">
          {m.showLog}
        </button>
      </form>
      <FormAlert>{failure}</FormAlert>
      <section className="panel day-log" aria-labelledby={captionId}>
        {doc && doc.day === day ? (
          <>
            <h2 id={captionId}>{doc.title}</h2>
            {doc.rows.length > 0 && (
              <table className="day-log__table">
                <thead>
                  <tr>
                    {doc.columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {doc.rows.map((r, i) => (
                    <tr key={i}>
                      <td className="day-log__time">{r.time}</td>
                      <td dir="auto">{r.actor}</td>
                      <td className="day-log__matter">{r.matter}</td>
                      <td>{r.what}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="day-log__summary">{doc.summary}</p>
          </>
        ) : (
          <h2 id={captionId}>{m.logLoading}</h2>
        )}
      </section>
    </DeadlinesLayout>
  )
}
