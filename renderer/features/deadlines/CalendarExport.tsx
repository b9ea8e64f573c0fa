// "Export calendar (.ics)": the open deadlines of the whole vault or of one matter as an RFC 5545
// file, saved through the platform (native dialog in Electron, a download in a browser). The file
// leaves the vault unencrypted: events name the matter reference, and the client only when the
// lawyer opted in (settings.calendarShowClientNames); the warning beside the button says so.
import { useId, useState } from 'react'
import { buildDeadlineCalendar, calendarFileName, type CalendarMatter } from '@shared/calendar/icsExport'
import { getPlatform } from '../../platform/platform'
import { useSession } from '../../src/session'
import { isLive, useAllDeadlines, useMatterDirectory } from './deadlineModel'
import { deadlineMessages as m } from './messages'

interface Props {
  /** One matter's deadlines; the whole vault when omitted. */
  matterId?: string
}

export function CalendarExport({ matterId }: Props) {
  const session = useSession()
  const directory = useMatterDirectory(session)
  const all = useAllDeadlines(session)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const warningId = useId()
  const withNames = session.settings.calendarShowClientNames
  const deadlines = matterId === undefined ? all : all.filter((d) => d.matterId === matterId)
  const entry = directory.matter(matterId)

  async function exportCalendar() {
    setResult(null)
    const live = deadlines.filter(isLive)
    if (live.length === 0) {
      setResult({ ok: false, text: m.nothingToExport })
      return
    }
    setBusy(true)
    try {
      const matters: CalendarMatter[] = directory.all.map((x) => ({ id: x.matter.id, reference: x.reference, clientName: x.dossier.client.legalName }))
      const text = buildDeadlineCalendar({ deadlines: live, matters, includeClientNames: withNames, now: new Date() })
      const suggestedName = calendarFileName(entry ? { kind: 'matter', reference: entry.reference } : { kind: 'all' })
      const saved = await getPlatform().saveFile({
        suggestedName,
        bytes: new TextEncoder().encode(text),
        mimeType: 'text/calendar',
        filters: [{ name: 'iCalendar', extensions: ['ics'] }]
      })
      setResult(saved.saved ? { ok: true, text: m.exported(saved.fileName ?? suggestedName) } : { ok: true, text: m.exportCancelled })
    } catch {
      setResult({ ok: false, text: m.exportFailed })
    }
    setBusy(false)
  }

  return (
    <div className="calendar-export no-print">
      <button type="button" className="button" onClick={() => void exportCalendar()} disabled={busy} aria-describedby={warningId}>
        {matterId === undefined ? m.exportCalendar : m.exportMatterCalendar}
      </button>
      <p id={warningId} className="calendar-export__warning">
        {withNames ? m.exportWarningNames : `${m.exportWarning} ${m.exportWarningNoNames}`}
      </p>
      {result && (
        <p role="status" className={result.ok ? 'calendar-export__result' : 'calendar-export__result calendar-export__result--failed'}>
          {result.text}
        </p>
      )}
    </div>
  )
}
