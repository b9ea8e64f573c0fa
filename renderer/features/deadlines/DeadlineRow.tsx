// One deadline, as the dashboard and a matter's deadline list show it: the date, what is due, who
// owes it, how certain the rule is, how the date was computed, its status and the lawyer's actions.
import { useId, useRef, useState, type FormEvent } from 'react'
import { daysBetween, draftStatusEnquiry, sessionReachability, type CcfSession } from '@shared/deadlines'
import { IsoDate } from '@shared/domain'
import { DateField, FormAlert, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useFormErrors } from '../../src/ui/formErrors'
import { uiMessages } from '../../src/ui/messages'
import type { RowDeadline } from './deadlineModel'
import { formatDay } from '../../src/locale'
import { deadlineMessages as m, obligorBadges } from './messages'
import type { DeadlineActions } from './useDeadlineActions'
import { FormActions } from '../../src/ui/FormActions'

export interface RowContext {
  today: string
  actions: DeadlineActions
  sessions: readonly CcfSession[]
  /** Packs whose filings go to the CCF; other filings (a UK appeal) are not planned around its sessions. */
  ccfPacks: ReadonlySet<string>
  /** Dashboard rows name the matter and (inside the unlocked vault) the client. */
  matterReference?: string
  clientName?: string
  /** Name on the CCF request, for the status enquiry. */
  applicantName: string
  onOpenDossier?: () => void
}

interface Props {
  deadline: RowDeadline
  variant: 'dashboard' | 'matter'
  context: RowContext
}

export function DeadlineRow({ deadline: d, variant, context }: Props) {
  const [editing, setEditing] = useState(false)
  const [enquiry, setEnquiry] = useState(false)
  const { actions, today } = context
  const daysLeft = d.daysLeft ?? daysBetween(today, d.dueDate)
  const overdue = d.status !== 'done' && daysLeft < 0
  const overdueUnderStatute =
    d.overdueUnderStatute ?? (overdue && (d.rule.obligor === 'ccf' || d.rule.obligor === 'general-secretariat') && d.rule.certainty === 'statutory')
  const headline = m.rowHeadline(d.rule.title, d.dueDate, d.rule.citation)
  const name = m.rowName(d.rule.title, d.dueDate)
  // Our own filings: warn when filing on the last day would miss the CCF session the material is for.
  const sessionWarning =
    d.status !== 'done' && d.rule.obligor === 'us' && context.ccfPacks.has(d.packId) && context.sessions.length > 0 && d.dueDate >= today
      ? sessionReachability(context.sessions, d.dueDate).warning
      : undefined
  const classes = ['deadline-row', `deadline-row--${d.status}`, overdue ? 'deadline-row--overdue' : '', d.rule.certainty === 'unconfirmed' ? 'deadline-row--unconfirmed' : '']

  return (
    <li className={classes.filter(Boolean).join(' ')} data-deadline-key={d.key}>
      <div className="deadline-row__when">
        <time dateTime={d.dueDate} className="deadline-row__date">
          {formatDay(d.dueDate, 'long')}
        </time>
        {d.status !== 'done' && <span className={`deadline-row__days${overdue ? ' deadline-row__days--overdue' : ''}`}>{m.daysLeft(daysLeft)}</span>}
      </div>
      <div className="deadline-row__main">
        {variant === 'matter' ? (
          <p className="deadline-row__title">{headline}</p>
        ) : (
          <p className="deadline-row__title">
            {d.rule.title} <span className="deadline-row__citation">({d.rule.citation})</span>
          </p>
        )}
        {variant === 'dashboard' && (context.matterReference || context.clientName) && (
          <p className="deadline-row__matter">
            {context.matterReference && <span className="matter-ref">{context.matterReference}</span>}
            {context.clientName &&
              (context.onOpenDossier ? (
                <button type="button" className="link-button" dir="auto" onClick={context.onOpenDossier}>
                  {context.clientName}
                </button>
              ) : (
                <span dir="auto">{context.clientName}</span>
              ))}
          </p>
        )}
        <ul className="badges">
          <li className={`badge badge--obligor badge--${d.rule.obligor}`}>{obligorBadges[d.rule.obligor]}</li>
          {d.rule.certainty === 'unconfirmed' && (
            <li className="badge badge--unconfirmed" title={m.unconfirmedHint}>
              {m.unconfirmedRule}
            </li>
          )}
          {d.rule.certainty === 'practice' && (
            <li className="badge badge--practice" title={m.practiceHint}>
              {m.practiceRule}
            </li>
          )}
          {overdueUnderStatute && <li className="badge badge--statute">{m.overdueUnderStatute}</li>}
          <li className={`badge badge--status badge--status-${d.status}`}>{statusText(d)}</li>
          {d.extendedTo && <li className="badge badge--extended">{m.extended(d.extendedTo)}</li>}
        </ul>
        {d.rule.certainty === 'unconfirmed' && <p className="deadline-row__warning">{m.unconfirmedHint}</p>}
        {variant === 'matter' ? (
          <Explanation deadline={d} />
        ) : (
          <details className="deadline-row__details">
            <summary>{m.explanation}</summary>
            <Explanation deadline={d} />
          </details>
        )}
        {sessionWarning && <p className="deadline-row__warning">{sessionWarning}</p>}
        {editing && (
          <OverrideForm
            deadline={d}
            onCancel={() => setEditing(false)}
            onSave={async (date, note) => {
              await actions.override(d, date, note)
              setEditing(false)
            }}
          />
        )}
        {enquiry && (
          <StatusEnquiry
            text={draftStatusEnquiry({ deadline: d, applicantName: context.applicantName, today })}
            onClose={() => setEnquiry(false)}
          />
        )}
      </div>
      {!editing && (
        <div className="deadline-row__actions">
          {overdueUnderStatute && !enquiry && (
            <button type="button" className="button" onClick={() => setEnquiry(true)} aria-label={m.named(m.draftEnquiry, name)}>
              {m.draftEnquiry}
            </button>
          )}
          {d.status !== 'done' && (
            <button type="button" className="button" onClick={() => void actions.markDone(d)} aria-label={m.named(m.markDone, name)}>
              {m.markDone}
            </button>
          )}
          {d.status !== 'done' && (
            <button type="button" className="button button--quiet" onClick={() => setEditing(true)} aria-label={m.named(d.status === 'overridden' ? m.changeDate : m.setDate, name)}>
              {d.status === 'overridden' ? m.changeDate : m.setDate}
            </button>
          )}
          {d.status !== 'open' && (
            <button type="button" className="button button--quiet" onClick={() => void actions.reopen(d)} aria-label={m.named(m.reopen, name)}>
              {m.reopen}
            </button>
          )}
        </div>
      )}
    </li>
  )
}

function statusText(d: RowDeadline): string {
  if (d.status === 'done') return m.statusDone(d.state?.doneOn)
  if (d.status === 'overridden') return m.statusOverridden(d.computedDate)
  return m.statusOpen
}

function Explanation({ deadline: d }: { deadline: RowDeadline }) {
  return (
    <div className="deadline-row__explanation">
      <p>{d.explanation}</p>
      {d.rule.note && (
        <p className="muted">
          {m.ruleNote}: {d.rule.note}
        </p>
      )}
      {d.state?.note && (
        <p className="muted" dir="auto">
          {m.stateNote}: {d.state.note}
        </p>
      )}
    </div>
  )
}

function OverrideForm({ deadline: d, onSave, onCancel }: { deadline: RowDeadline; onSave: (date: string, note: string) => Promise<void>; onCancel: () => void }) {
  const [date, setDate] = useState(d.status === 'overridden' ? d.dueDate : '')
  const [note, setNote] = useState(d.state?.note ?? '')
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, fail, clearField } = useFormErrors(formRef)
  const id = useId()
  const headingId = `${id}-heading`

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = IsoDate.safeParse(date.trim())
    if (!parsed.success) {
      // The schema's issue has no path: file it under the date field, named.
      const issues = errorsFromIssues(parsed.error.issues, () => m.overrideDate)
      fail({ date: issues[''] ?? m.overrideDate })
      return
    }
    setSaving(true)
    setFailure(null)
    try {
      await onSave(parsed.data, note.trim())
    } catch {
      setFailure(uiMessages.saveFailed)
      setSaving(false)
    }
  }

  return (
    <form ref={formRef} className="stack inline-form deadline-override" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>
        {m.overrideTitle}: {d.rule.title}
      </h4>
      <FormAlert>{failure}</FormAlert>
      <p className="muted">{m.overrideKeeps}</p>
      <div className="grid-2">
        <DateField
          id={`${id}-date`}
          label={m.overrideDate}
          required
          value={date}
          onChange={(v) => {
            setDate(v)
            clearField('date')
          }}
          error={errors.date}
        />
        <TextField id={`${id}-note`} label={m.overrideReason} hint={m.overrideReasonHint} dirAuto value={note} onChange={setNote} />
      </div>
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={m.saveDate} saving={saving} />
    </form>
  )
}

function StatusEnquiry({ text, onClose }: { text: string; onClose: () => void }) {
  const id = useId()
  const [copyState, setCopyState] = useState<'copied' | 'failed' | null>(null)
  const areaRef = useRef<HTMLTextAreaElement>(null)

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setCopyState('copied')
    } catch {
      setCopyState('failed')
      areaRef.current?.focus()
      areaRef.current?.select()
    }
  }

  return (
    <div className="status-enquiry">
      <label htmlFor={id}>{m.enquiryLabel}</label>
      <textarea id={id} ref={areaRef} readOnly value={text} rows={14} aria-describedby={copyState ? `${id}-copy` : undefined} />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {m.copy}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {m.hideEnquiry}
        </button>
        {copyState && (
          <span id={`${id}-copy`} role="status" className={copyState === 'copied' ? 'copy-status' : 'copy-status copy-status--failed'}>
            {copyState === 'copied' ? m.copied : m.copyFailed}
          </span>
        )}
      </div>
    </div>
  )
}
