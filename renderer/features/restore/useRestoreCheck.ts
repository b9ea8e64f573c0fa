// The state shared by both restore flows (Settings and first run): the chosen file and backup
// passphrase, the dry-run check with its progress and Cancel, the re-plan when the lawyer changes
// the policy, and one way of turning any failure into the message to show. The chosen file and
// passphrase survive a failure so that the lawyer can retry at once.
import { useCallback, useEffect, useRef, useState } from 'react'
import { BackupFormatError, RestorePlanError, type RestorePolicy } from '@shared/backup'
import { useVaultController } from '../../vault/vaultHooks'
import { replanRestore, type RestoreCheck } from '../../restore/restoreCheck'
import { RestoreCheckError, RestoreWriteError } from '../../restore/restoreErrors'
import type { RestoreProgress } from '../../restore/restoreProgress'
import { nextPaint } from '../access/nextPaint'
import { restoreMessages as m } from './restoreMessages'

export type RestoreWork = 'checking' | 'restoring'

export interface RestoreCheckState {
  file: File | null
  chooseFile(file: File | null): void
  passphrase: string
  setPassphrase(passphrase: string): void
  check: RestoreCheck | null
  policy: RestorePolicy
  choosePolicy(policy: RestorePolicy): void
  /** What is running now, with its latest progress; null when idle. */
  work: { kind: RestoreWork; progress: RestoreProgress | null } | null
  /** The last failure's message, and whether it happened while checking or restoring. */
  error: { text: string; during: RestoreWork } | null
  runCheck(): Promise<void>
  /** Runs a restore step with the same progress, Cancel and error handling; null when it failed or was cancelled. */
  runRestore<T>(restore: (options: { signal: AbortSignal; onProgress: (p: RestoreProgress) => void }) => Promise<T>): Promise<T | null>
  cancel(): void
}

export function useRestoreCheck(): RestoreCheckState {
  const controller = useVaultController()
  const [file, setFile] = useState<File | null>(null)
  const [passphrase, setPassphraseState] = useState('')
  const [check, setCheck] = useState<RestoreCheck | null>(null)
  const [policy, setPolicy] = useState<RestorePolicy>('newer-wins')
  const [work, setWork] = useState<RestoreCheckState['work']>(null)
  const [error, setError] = useState<RestoreCheckState['error']>(null)
  const abort = useRef<AbortController | null>(null)

  useEffect(() => () => abort.current?.abort(), [])

  const run = useCallback(async <T,>(kind: RestoreWork, step: (options: { signal: AbortSignal; onProgress: (p: RestoreProgress) => void }) => Promise<T>): Promise<T | null> => {
    const aborter = new AbortController()
    abort.current = aborter
    setError(null)
    setWork({ kind, progress: null })
    await nextPaint()
    let shown = ''
    const onProgress = (p: RestoreProgress) => {
      // One re-render per step and tenth of a megabyte, not per chunk.
      const key = `${p.step}:${Math.floor(p.bytesRead / 100_000)}`
      if (key === shown) return
      shown = key
      setWork({ kind, progress: p })
    }
    try {
      return await step({ signal: aborter.signal, onProgress })
    } catch (err) {
      setError({ text: aborter.signal.aborted ? (kind === 'checking' ? m.checkCancelled : m.restoreCancelled) : describeRestoreFailure(err), during: kind })
      return null
    } finally {
      if (abort.current === aborter) abort.current = null
      setWork(null)
    }
  }, [])

  const runCheck = useCallback(async () => {
    if (!file || passphrase === '') return
    setCheck(null)
    const result = await run('checking', (options) => controller.checkRestore(file, passphrase, { ...options, policy }))
    if (result) setCheck(result)
  }, [controller, file, passphrase, policy, run])

  const runRestore = useCallback(<T,>(restore: (options: { signal: AbortSignal; onProgress: (p: RestoreProgress) => void }) => Promise<T>) => run('restoring', restore), [run])

  return {
    file,
    chooseFile(next) {
      setFile(next)
      setCheck(null) // a check is about one file: choosing another means checking again
      setError(null)
    },
    passphrase,
    setPassphrase(next) {
      setPassphraseState(next)
      setCheck(null)
    },
    check,
    policy,
    choosePolicy(next) {
      setPolicy(next)
      // Re-planning is pure and instant: the file is not read again.
      if (check) setCheck(replanRestore(check, next))
    },
    work,
    error,
    runCheck,
    runRestore,
    cancel: () => abort.current?.abort()
  }
}

/** The restore code's own messages already say what failed, what to do and that nothing was restored. */
export function describeRestoreFailure(err: unknown): string {
  if (err instanceof BackupFormatError || err instanceof RestoreCheckError || err instanceof RestoreWriteError || err instanceof RestorePlanError) return err.message
  return m.unexpected
}
