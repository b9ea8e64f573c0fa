// Settings → Scheduled backups (issue 6, part 3): the folder (its name only), how many backups to
// keep there, how often, the backup passphrase typed once, on/off, and how the last run went. The
// runs themselves are made by ScheduledBackupRunner while the vault is unlocked.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { KeepLast } from '@shared/ipc/backupFiles'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { useVaultSession } from '../../vault/vaultHooks'
import { createWorkerKdf, type WorkerKdf } from '../../vault/workerKdf'
import { getPlatform, type BackupFolderStatus } from '../../platform/platform'
import { DEFAULT_SCHEDULE, prepareScheduleKey, readBackupSchedule, saveBackupSchedule, ScheduleUnreadableError, type BackupScheduleRecord } from '../../backup/backupSchedule'
import { notifyScheduleChanged, onScheduledRunFinished } from '../../backup/scheduledBackup'
import { PassphraseStrength } from '../access/PassphraseStrength'
import { nextPaint } from '../access/nextPaint'
import { formatTimestamp } from '../../src/locale'
import { scheduleMessages as m } from './scheduleMessages'

type Outcome = { kind: 'success' | 'alert'; text: string } | null

export function BackupSchedulePanel() {
  const headingId = useId()
  const desktop = getPlatform().kind === 'electron'
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.title}</h2>
      <p className="muted">{m.intro}</p>
      {desktop ? <ScheduleForm /> : <p className="muted">{m.browserOnly}</p>}
    </section>
  )
}

function ScheduleForm() {
  const session = useVaultSession()
  const [folder, setFolder] = useState<BackupFolderStatus | null>(null)
  const [schedule, setSchedule] = useState<BackupScheduleRecord | null>(null)
  const [unreadable, setUnreadable] = useState(false)
  const [keepLastText, setKeepLastText] = useState('')
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [busy, setBusy] = useState(false)
  const ids = { folder: useId(), keep: useId(), keepHint: useId(), interval: useId() }

  const load = useCallback(async () => {
    const vault = session.backupAccess()
    try {
      setSchedule(await readBackupSchedule(vault))
      setUnreadable(false)
    } catch (err) {
      if (!(err instanceof ScheduleUnreadableError)) throw err
      setSchedule(DEFAULT_SCHEDULE)
      setUnreadable(true)
    }
    const status = await getPlatform().getBackupFolder()
    setFolder(status)
    if (status) setKeepLastText((text) => (text === '' ? String(status.keepLast) : text))
  }, [session])

  useEffect(() => {
    load().catch(() => setOutcome({ kind: 'alert', text: m.saveFailed }))
    return onScheduledRunFinished(() => void load().catch(() => undefined))
  }, [load])

  /** Read-modify-write, so a run finishing meanwhile keeps its lastRun. */
  async function update(patch: Partial<BackupScheduleRecord>): Promise<boolean> {
    setBusy(true)
    // Shown at once (a checkbox should move when clicked); put back below if the save fails.
    const before = schedule
    setSchedule((shown) => (shown ? { ...shown, ...patch } : shown))
    try {
      const vault = session.backupAccess()
      const current = unreadable ? DEFAULT_SCHEDULE : await readBackupSchedule(vault)
      setSchedule(await saveBackupSchedule(vault, { ...current, ...patch }))
      setUnreadable(false)
      notifyScheduleChanged()
      return true
    } catch {
      setSchedule(before)
      setOutcome({ kind: 'alert', text: m.saveFailed })
      return false
    } finally {
      setBusy(false)
    }
  }

  async function chooseFolder() {
    setOutcome(null)
    try {
      const result = await getPlatform().chooseBackupFolder()
      setFolder(result.status)
      if (result.changed) notifyScheduleChanged()
    } catch (err) {
      setOutcome({ kind: 'alert', text: m.folderFailed(err instanceof Error ? err.message : '') })
    }
  }

  async function saveKeepLast(e: FormEvent) {
    e.preventDefault()
    const value = KeepLast.safeParse(/^\d+$/.test(keepLastText.trim()) ? Number(keepLastText.trim()) : Number.NaN)
    if (!value.success) {
      setOutcome({ kind: 'alert', text: m.keepLastInvalid })
      return
    }
    try {
      setFolder(await getPlatform().setBackupKeepLast(value.data))
      setOutcome({ kind: 'success', text: m.keepLastSaved(value.data) })
    } catch (err) {
      setOutcome({ kind: 'alert', text: err instanceof Error ? err.message : m.saveFailed })
    }
  }

  if (schedule === null) return <p className="muted">{m.loading}</p>
  const canEnable = schedule.key !== null && folder !== null && folder.folderName !== null

  return (
    <div className="stack narrow">
      {unreadable && (
        <p className="form-alert" role="alert">
          {m.unreadable}
        </p>
      )}
      <div className="field">
        <span id={ids.folder}>{m.folderLabel}</span>
        <p className={folder?.folderName && !folder.available ? 'form-warning' : 'muted'} data-testid="schedule-folder">
          {folder?.folderName ? (folder.available ? m.folderChosen(folder.folderName) : m.folderUnavailable(folder.folderName)) : m.folderNone}
        </p>
        <button type="button" className="button" onClick={() => void chooseFolder()} aria-describedby={ids.folder}>
          {folder?.folderName ? m.changeFolder : m.chooseFolder}
        </button>
      </div>
      <form className="field" onSubmit={saveKeepLast} noValidate>
        <label htmlFor={ids.keep}>{m.keepLastLabel}</label>
        <input id={ids.keep} type="number" inputMode="numeric" min={1} max={100} step={1} value={keepLastText} onChange={(e) => setKeepLastText(e.target.value)} aria-describedby={ids.keepHint} />
        <p className="muted" id={ids.keepHint}>
          {m.keepLastHint}
        </p>
        <button type="submit" className="button">
          {m.keepLastSave}
        </button>
      </form>
      <div className="field">
        <label htmlFor={ids.interval}>{m.intervalLabel}</label>
        <select id={ids.interval} value={schedule.interval} disabled={busy} onChange={(e) => void update({ interval: e.target.value === 'weekly' ? 'weekly' : 'daily' })}>
          <option value="daily">{m.daily}</option>
          <option value="weekly">{m.weekly}</option>
        </select>
      </div>
      <SchedulePassphrase
        schedule={schedule}
        onKey={async (key) => {
          if (await update({ key })) setOutcome({ kind: 'success', text: m.setUpDone })
        }}
      />
      <label className="checkbox">
        <input type="checkbox" checked={schedule.enabled} disabled={busy || (!schedule.enabled && !canEnable)} onChange={(e) => void update({ enabled: e.target.checked })} />
        {m.enabled}
      </label>
      {!canEnable && <p className="muted">{m.enableNeeds}</p>}
      <LastRun schedule={schedule} />
      {outcome && (
        <p className={outcome.kind === 'success' ? 'form-success' : 'form-alert'} role={outcome.kind === 'success' ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </div>
  )
}

function LastRun({ schedule }: { schedule: BackupScheduleRecord }) {
  const run = schedule.lastRun
  if (run === null) return <p className="muted">{m.lastRunNone}</p>
  const when = formatTimestamp(run.at)
  return run.ok ? (
    <p className="muted" data-testid="schedule-last-run">
      {m.lastRunOk(when, run.fileName ?? '')}
    </p>
  ) : (
    <p className="form-warning" role="status" data-testid="schedule-last-run">
      {m.lastRunFailed(when, run.message ?? '')}
    </p>
  )
}

function SchedulePassphrase({ schedule, onKey }: { schedule: BackupScheduleRecord; onKey: (key: NonNullable<BackupScheduleRecord['key']>) => Promise<void> }) {
  const session = useVaultSession()
  const [useVault, setUseVault] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const kdf = useRef<WorkerKdf | null>(null)
  const ids = { heading: useId(), pass: useId(), confirm: useId(), strength: useId() }
  const assessment = useMemo(() => assessPassphrase(passphrase, confirmation === '' ? undefined : confirmation), [passphrase, confirmation])
  const canSubmit = !working && (useVault ? passphrase !== '' : assessment.acceptable && confirmation === passphrase)

  useEffect(() => () => kdf.current?.terminate(), [])

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!canSubmit) return
    setWorking(true)
    setError(null)
    await nextPaint()
    kdf.current ??= createWorkerKdf()
    try {
      const key = await prepareScheduleKey(session.backupAccess(), { passphrase, passphraseSource: useVault ? 'vault' : 'new', kdf: kdf.current.derive })
      await onKey(key)
      setPassphrase('')
      setConfirmation('')
    } catch (err) {
      setError(err instanceof Error && err.name.startsWith('Backup') ? err.message : m.setUpFailed)
    } finally {
      setWorking(false)
    }
  }

  const key = schedule.key
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={ids.heading} aria-busy={working}>
      <h3 id={ids.heading}>{m.passphraseTitle}</h3>
      <p className="muted">{m.passphraseIntro}</p>
      <p className={key ? 'muted' : 'form-warning'} data-testid="schedule-passphrase">
        {key ? m.passphraseReady(formatTimestamp(key.setUpAt), key.passphraseSource === 'vault') : m.passphraseMissing}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={useVault}
          disabled={working}
          onChange={(e) => {
            setUseVault(e.target.checked)
            setConfirmation('')
          }}
        />
        {m.useVault}
      </label>
      <div className="field">
        <label htmlFor={ids.pass}>{useVault ? m.vaultPassphrase : m.backupPassphrase}</label>
        <input id={ids.pass} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} disabled={working} spellCheck={false} autoComplete={useVault ? 'current-password' : 'new-password'} />
      </div>
      {!useVault && (
        <>
          <PassphraseStrength id={ids.strength} assessment={assessment} empty={passphrase === ''} />
          <div className="field">
            <label htmlFor={ids.confirm}>{m.confirm}</label>
            <input id={ids.confirm} type="password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} disabled={working} spellCheck={false} autoComplete="new-password" />
          </div>
        </>
      )}
      {working && <p role="status">{m.preparing}</p>}
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={!canSubmit}>
        {key ? m.setUpAgain : m.setUp}
      </button>
    </form>
  )
}
