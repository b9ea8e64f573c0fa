// Settings → back up this vault (issue 6, part 1): backup passphrase, then the lawyer chooses where
// to save, then progress with Cancel while the file is written piece by piece (any vault size; a
// cancelled or failed backup leaves no file). Only a finished file is recorded as the last backup.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { useVaultSession } from '../../vault/vaultHooks'
import { createWorkerKdf, type WorkerKdf } from '../../vault/workerKdf'
import { getPlatform, PlatformError, type BackupFileSink } from '../../platform/platform'
import { backupFileName, checkBackupPassphrase, writeVaultBackup } from '../../backup/backupVault'
import { recordGoodBackup } from '../../backup/backupLog'
import { BackupSourceError } from '../../backup/vaultBackupSource'
import { PassphraseStrength } from '../access/PassphraseStrength'
import { nextPaint } from '../access/nextPaint'
import { BackupStatusLine, useLastBackup } from './BackupStatus'
import { settingsMessages as m } from './messages'

type Phase = { step: 'idle' } | { step: 'working'; percent: number } | { step: 'saving' }
type Outcome = { kind: 'success' | 'alert'; text: string } | null

export function BackupPanel() {
  const session = useVaultSession()
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [useVault, setUseVault] = useState(false)
  const [phase, setPhase] = useState<Phase>({ step: 'idle' })
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [last, refreshLast] = useLastBackup()
  const abort = useRef<AbortController | null>(null)
  const kdf = useRef<WorkerKdf | null>(null)
  const ids = { heading: useId(), pass: useId(), confirm: useId(), strength: useId(), hint: useId() }
  const assessment = useMemo(() => assessPassphrase(passphrase, confirmation === '' ? undefined : confirmation), [passphrase, confirmation])
  const busy = phase.step !== 'idle'
  const canStart = !busy && (useVault ? passphrase !== '' : assessment.acceptable && confirmation === passphrase)

  useEffect(
    () => () => {
      abort.current?.abort()
      kdf.current?.terminate()
    },
    []
  )

  async function start(e: FormEvent) {
    e.preventDefault()
    if (!canStart) return
    const controller = new AbortController()
    abort.current = controller
    kdf.current ??= createWorkerKdf()
    setOutcome(null)
    setPhase({ step: 'working', percent: 0 })
    await nextPaint()
    let sink: BackupFileSink | null = null
    try {
      const vault = session.backupAccess()
      const source = useVault ? 'vault' : 'new'
      const now = new Date()
      // Before the save dialog: a mistyped passphrase should not cost the lawyer a dialog.
      await checkBackupPassphrase(vault, { passphrase, passphraseSource: source, kdf: kdf.current.derive })
      try {
        sink = await getPlatform().saveBackupStream({ destination: 'ask', suggestedName: backupFileName(now) })
      } catch (err) {
        setOutcome({ kind: 'alert', text: m.backupSaveFailed(err instanceof Error ? err.message : '') })
        return
      }
      if (sink === null) {
        setOutcome({ kind: 'alert', text: m.backupNotSaved })
        return
      }
      const file = sink
      const backup = await writeVaultBackup(vault, (piece) => file.write(piece), {
        passphrase,
        passphraseSource: source,
        passphraseChecked: true,
        kdf: kdf.current.derive,
        signal: controller.signal,
        now,
        onProgress: (p) => {
          const total = p.counts.records + p.counts.fileBytes
          setPhase({ step: 'working', percent: total === 0 ? 100 : Math.floor(((p.records + p.fileBytes) / total) * 100) })
        }
      })
      setPhase({ step: 'saving' })
      sink = null // finishing: a failure here is reported by the platform and leaves no file
      let fileName: string
      try {
        fileName = (await file.finish()).fileName
      } catch (err) {
        setOutcome({ kind: 'alert', text: m.backupSaveFailed(err instanceof Error ? err.message : '') })
        return
      }
      try {
        await recordGoodBackup(vault, { ...backup, fileName })
      } catch {
        setOutcome({ kind: 'alert', text: m.backupLogFailed })
        return
      }
      setPassphrase('')
      setConfirmation('')
      setOutcome({ kind: 'success', text: m.backupDone(fileName, backup.counts.files) })
      await refreshLast()
    } catch (err) {
      // Whatever was written so far is deleted: a half backup must never look like a good one.
      await sink?.abort().catch(() => undefined)
      if (controller.signal.aborted) setOutcome({ kind: 'alert', text: m.backupCancelled })
      else setOutcome({ kind: 'alert', text: err instanceof BackupSourceError || err instanceof PlatformError || (err instanceof Error && err.name.startsWith('Backup')) ? err.message : m.backupFailed })
    } finally {
      abort.current = null
      setPhase({ step: 'idle' })
    }
  }

  return (
    <section className="panel" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{m.backupTitle}</h2>
      <p className="muted">{m.backupIntro}</p>
      <BackupStatusLine last={last} />
      <form className="stack narrow" onSubmit={start} noValidate aria-busy={busy}>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={useVault}
            onChange={(e) => {
              setUseVault(e.target.checked)
              setConfirmation('')
            }}
            disabled={busy}
          />
          {m.backupUseVault}
        </label>
        <div className="field">
          <label htmlFor={ids.pass}>{useVault ? m.backupVaultPassphrase : m.backupPassphrase}</label>
          <input
            id={ids.pass}
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={busy}
            spellCheck={false}
            autoComplete={useVault ? 'current-password' : 'new-password'}
            aria-describedby={useVault ? ids.hint : `${ids.hint} ${ids.strength}`}
          />
          <p className="muted" id={ids.hint}>
            {useVault ? m.backupVaultHint : m.backupPassphraseHint}
          </p>
        </div>
        {!useVault && (
          <>
            <PassphraseStrength id={ids.strength} assessment={assessment} empty={passphrase === ''} />
            <div className="field">
              <label htmlFor={ids.confirm}>{m.backupConfirm}</label>
              <input id={ids.confirm} type="password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} disabled={busy} spellCheck={false} autoComplete="new-password" />
            </div>
          </>
        )}
        {phase.step === 'working' && (
          <div className="bundle-progress" role="status">
            <progress max={100} value={phase.percent} aria-label={m.backupWorking(phase.percent)} />
            <p className="bundle-progress__text">{phase.percent === 0 ? m.backupPreparing : m.backupWorking(phase.percent)}</p>
          </div>
        )}
        {phase.step === 'saving' && <p role="status">{m.backupSaving}</p>}
        {outcome && (
          <p className={outcome.kind === 'success' ? 'form-success' : 'form-alert'} role={outcome.kind === 'success' ? 'status' : 'alert'}>
            {outcome.text}
          </p>
        )}
        {phase.step === 'working' ? (
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            {m.backupCancel}
          </button>
        ) : (
          <button type="submit" className="button button--primary" disabled={!canStart}>
            {m.backupStart}
          </button>
        )}
      </form>
    </section>
  )
}
