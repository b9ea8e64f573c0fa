// The CCF session dates the lawyer knows, and which one a filing today can still reach.
import { useId, useRef, useState, type FormEvent } from 'react'
import { CcfSession } from '@shared/deadlines'
import { useUnsavedChanges } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { DateField, FormAlert, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useDirty, useFormErrors } from '../../src/ui/formErrors'
import { uiMessages } from '../../src/ui/messages'
import { todayIso } from './deadlineModel'
import { DeadlinesLayout } from './DeadlinesLayout'
import { formatDay } from '../../src/locale'
import { deadlineMessages as m } from './messages'
import { SessionReachabilityNote } from './SessionReachabilityNote'

const EMPTY = { startsOn: '', endsOn: '', note: '' }

export function CcfSessionsPage() {
  const session = useSession()
  const sessions = session.ccfSessions()
  const today = todayIso()
  const [removing, setRemoving] = useState<CcfSession | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const listId = useId()

  const remove = async (id: string) => {
    setRemoving(null)
    setFailure(null)
    try {
      await session.saveCcfSessions(sessions.filter((s) => s.id !== id))
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }

  return (
    <DeadlinesLayout current="ccf-sessions" title={m.sessionsTitle}>
      <p className="muted">{m.sessionsIntro}</p>
      <SessionReachabilityNote sessions={sessions} today={today} />
      <AddSessionForm onAdd={(s) => session.saveCcfSessions([...sessions, s])} />
      <section className="panel" aria-labelledby={listId}>
        <h2 id={listId}>{m.sessionsTitle}</h2>
        <FormAlert>{failure}</FormAlert>
        {sessions.length === 0 ? (
          <p className="muted">{m.noSessions}</p>
        ) : (
          <ul className="session-list">
            {sessions.map((s) => {
              const when = m.sessionLine(formatDay(s.startsOn, 'long'), s.endsOn ? formatDay(s.endsOn, 'long') : undefined)
              return (
                <li key={s.id} className={`session-item${s.startsOn < today ? ' session-item--past' : ''}`}>
                  <div>
                    <p className="session-item__when">
                      <time dateTime={s.startsOn}>{when}</time>
                      {s.startsOn < today && <span className="muted"> · {m.sessionPast}</span>}
                    </p>
                    {s.note && (
                      <p className="muted" dir="auto">
                        {s.note}
                      </p>
                    )}
                  </div>
                  <button type="button" className="button button--quiet-danger" onClick={() => setRemoving(s)} aria-label={m.named(m.removeSession, when)}>
                    {m.removeSession}
                  </button>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      {removing && (
        <ConfirmDialog title={m.removeSessionTitle} confirmLabel={m.removeSession} danger onCancel={() => setRemoving(null)} onConfirm={() => void remove(removing.id)}>
          <p>{m.removeSessionBody(formatDay(removing.startsOn, 'long'))}</p>
        </ConfirmDialog>
      )}
    </DeadlinesLayout>
  )
}

function AddSessionForm({ onAdd }: { onAdd: (s: CcfSession) => Promise<void> }) {
  const [draft, setDraft] = useState(EMPTY)
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clear, clearField } = useFormErrors(formRef)
  const headingId = useId()
  useUnsavedChanges(useDirty(EMPTY, draft) && !saving)
  const set = (key: keyof typeof EMPTY, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    clearField(key)
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = CcfSession.safeParse({
      id: crypto.randomUUID(),
      startsOn: draft.startsOn.trim(),
      ...(draft.endsOn.trim() ? { endsOn: draft.endsOn.trim() } : {}),
      note: draft.note
    })
    if (!parsed.success) {
      fail(errorsFromIssues(parsed.error.issues, (p) => (p === 'startsOn' ? m.sessionStarts : p === 'endsOn' ? m.sessionEnds : undefined)))
      return
    }
    clear()
    setSaving(true)
    setFailure(null)
    try {
      await onAdd(parsed.data)
      setDraft(EMPTY)
    } catch {
      setFailure(uiMessages.saveFailed)
    }
    setSaving(false)
  }

  return (
    <form ref={formRef} className="panel stack" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{m.addSession}</h2>
      <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : failure}</FormAlert>
      <div className="grid-3">
        <DateField id="session-startsOn" label={m.sessionStarts} required value={draft.startsOn} onChange={(v) => set('startsOn', v)} error={errors.startsOn} />
        <DateField id="session-endsOn" label={m.sessionEnds} value={draft.endsOn} onChange={(v) => set('endsOn', v)} error={errors.endsOn} />
        <TextField id="session-note" label={m.sessionNote} hint={m.sessionNoteHint} dirAuto value={draft.note} onChange={(v) => set('note', v)} error={errors.note} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? uiMessages.saving : m.addSession}
        </button>
      </div>
    </form>
  )
}
