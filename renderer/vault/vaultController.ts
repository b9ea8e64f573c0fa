// The vault's life cycle: first run → unlocked ⇄ locked. The UI observes it through subscribe().
import { WrongPassphraseError, argon2idBytes, type Envelope, type KdfFunction } from '@shared/crypto'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { checkBackupForRestore, type RestoreCheck, type RestoreCheckOptions } from '../restore/restoreCheck'
import { RestoreWriteError, applyRestore, recoverInterruptedRestore, type ApplyRestoreOptions, type RestoreOutcome } from '../restore/restoreWriter'
import { changeKeyringPassphrase, createKeyring, currentUnlockWait, hasKeyring, prepareKeyring, unlockKeyring } from './keyring'
import { VaultSession } from './vaultSession'
import type { VaultDatabase } from './vaultDatabase'
import { VaultErasureError, eraseVault, erasureMessages } from './vaultErasure'

export type LockReason = 'manual' | 'idle' | 'lock-screen' | 'suspend' | 'shortcut' | 'startup'

export type VaultPhase =
  | { phase: 'opening' }
  | { phase: 'first-run' }
  | { phase: 'locked'; reason: LockReason }
  | { phase: 'unlocked'; session: VaultSession }
  | { phase: 'failed'; message: string }

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-passphrase' | 'throttled'; retryAfterMs: number; failedAttempts: number }

/** How the passphrase is stretched: in a worker in the app, on the calling thread in unit tests. */
export interface KeyDerivation {
  derive: KdfFunction
  warmUp?(): void
}

const inThreadDerivation: KeyDerivation = { derive: argon2idBytes }

export class VaultController {
  private state: VaultPhase = { phase: 'opening' }
  private listeners = new Set<() => void>()

  constructor(
    private readonly db: VaultDatabase,
    private readonly kdf: KeyDerivation = inThreadDerivation
  ) {
    // Erased in another window or tab: Dexie would close and later silently reopen (recreating an
    // empty database under our feet); instead drop the session and start again from first run.
    db.on('versionchange', (event) => {
      if (event.newVersion) return undefined // an upgrade: Dexie's own handling is right
      this.erasedElsewhere()
      return false // newest subscriber runs first; false skips Dexie's close-and-reopen default
    })
  }

  getState(): VaultPhase {
    return this.state
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async start(): Promise<void> {
    try {
      await this.db.open()
      this.kdf.warmUp?.()
      // A restore killed before its final transaction left staged chunks no record uses: drop them,
      // so the vault is the one from before that restore (or first run), never a mixture.
      await recoverInterruptedRestore(this.db).catch(() => console.warn('[vault] an interrupted restore could not be cleaned up yet; its staged files stay unused'))
      this.set((await hasKeyring(this.db)) ? { phase: 'locked', reason: 'startup' } : { phase: 'first-run' })
    } catch (e) {
      this.set({ phase: 'failed', message: describeStartupError(e) })
    }
  }

  async create(passphrase: string, confirmation: string): Promise<void> {
    const check = assessPassphrase(passphrase, confirmation)
    if (!check.acceptable) throw new Error(check.problems.join(' '))
    await this.db.open() // reopens the database after wipe() closed and deleted it
    const dataKey = await createKeyring(this.db, passphrase, this.kdf.derive)
    this.set({ phase: 'unlocked', session: await VaultSession.open(this.db, dataKey) })
  }

  async unlock(passphrase: string): Promise<UnlockResult> {
    // Read the ciphertext while the worker stretches the passphrase; it is only ciphertext, so
    // reading it for a wrong passphrase reveals nothing.
    const rows: Promise<Envelope[]> = this.db.records.toArray()
    rows.catch(() => undefined) // a failed read resurfaces below, where it is awaited
    const outcome = await unlockKeyring(this.db, passphrase, Date.now(), this.kdf.derive)
    if (!outcome.ok) return outcome
    this.set({ phase: 'unlocked', session: await VaultSession.open(this.db, outcome.dataKey, rows) })
    return { ok: true }
  }

  unlockWaitMs(): Promise<number> {
    return currentUnlockWait(this.db)
  }

  lock(reason: LockReason = 'manual'): void {
    if (this.state.phase !== 'unlocked') return
    const session = this.state.session
    this.set({ phase: 'locked', reason })
    session.close()
  }

  /**
   * Panic wipe: drops the session and its keys from memory at once, deletes every record, file
   * chunk and the keyring, then the database itself, and ends on the first-run screen. If another
   * window delays the deletion, the phase says so until it completes; on failure, it says how far
   * erasing got. Never rejects: the outcome is the phase.
   */
  async wipe(): Promise<void> {
    const previous = this.state
    // Client data leaves the screen before the (short) deletion starts.
    this.set({ phase: 'opening' })
    if (previous.phase === 'unlocked') previous.session.close()
    try {
      await eraseVault(this.db, { onBlocked: () => this.set({ phase: 'failed', message: erasureMessages.blocked }) })
      this.set({ phase: 'first-run' })
    } catch (e) {
      this.set({ phase: 'failed', message: e instanceof VaultErasureError ? e.message : erasureMessages.nothingErased })
    }
  }

  // ── Restore from a .redress-backup (issue 6); the work is in renderer/restore ──

  /** The dry run, against this vault when unlocked or an empty one at first run. Writes nothing. */
  async checkRestore(file: Blob, passphrase: string, options: Omit<RestoreCheckOptions, 'kdf'> = {}): Promise<RestoreCheck> {
    const vault = this.state.phase === 'unlocked' ? this.state.session.backupAccess() : null
    if (!vault && this.state.phase !== 'first-run') throw new Error('Unlock the vault to restore a backup into it.')
    return checkBackupForRestore(file, passphrase, vault, { ...options, kdf: this.kdf.derive })
  }

  /** Applies the checked plan to the unlocked vault, then re-opens the session so the restored records show. */
  async restoreIntoThisVault(file: Blob, passphrase: string, check: RestoreCheck, options: Omit<ApplyRestoreOptions, 'kdf'> = {}): Promise<RestoreOutcome> {
    if (this.state.phase !== 'unlocked') throw new RestoreWriteError('The vault is locked. Unlock it, then restore.')
    const session = this.state.session
    const vault = session.backupAccess()
    const outcome = await applyRestore(vault, file, passphrase, check, { ...options, kdf: this.kdf.derive })
    const current = () => this.state.phase === 'unlocked' && this.state.session === session
    if (!current()) return outcome // locked meanwhile: the next unlock reads the restored vault
    try {
      const fresh = await VaultSession.open(vault.db, vault.dataKey)
      if (current()) {
        this.set({ phase: 'unlocked', session: fresh })
        session.close()
      } else fresh.close()
    } catch {
      this.lock('manual') // restored and committed; unlocking again reads it
    }
    return outcome
  }

  /** First run: a new vault under `newPassphrase` holding the backup; its keyring is written with the records. Ends unlocked. */
  async restoreIntoNewVault(
    file: Blob,
    backupPassphrase: string,
    check: RestoreCheck,
    newPassphrase: string,
    confirmation: string,
    options: Omit<ApplyRestoreOptions, 'kdf'> = {}
  ): Promise<RestoreOutcome> {
    if (this.state.phase !== 'first-run') throw new RestoreWriteError('A vault already exists on this device. Unlock it and restore into it instead.')
    const assessment = assessPassphrase(newPassphrase, confirmation)
    if (!assessment.acceptable) throw new RestoreWriteError(assessment.problems.join(' '))
    await this.db.open() // reopens the database after wipe() closed and deleted it
    const { row, dataKey } = await prepareKeyring(newPassphrase, this.kdf.derive)
    const outcome = await applyRestore({ db: this.db, dataKey, keyringRow: row }, file, backupPassphrase, check, { ...options, kdf: this.kdf.derive })
    this.set({ phase: 'unlocked', session: await VaultSession.open(this.db, dataKey) })
    return outcome
  }

  private erasedElsewhere(): void {
    const previous = this.state
    this.db.close({ disableAutoOpen: true })
    this.set({ phase: 'first-run' })
    if (previous.phase === 'unlocked') previous.session.close()
  }

  /** Returns false when the current passphrase is wrong; nothing is changed then. */
  async changePassphrase(current: string, next: string, confirmation: string): Promise<boolean> {
    const check = assessPassphrase(next, confirmation)
    if (!check.acceptable) throw new Error(check.problems.join(' '))
    try {
      await changeKeyringPassphrase(this.db, current, next, this.kdf.derive)
      return true
    } catch (e) {
      if (e instanceof WrongPassphraseError) return false
      throw e
    }
  }

  private set(next: VaultPhase): void {
    this.state = next
    for (const l of [...this.listeners]) l()
  }
}

function describeStartupError(e: unknown): string {
  const name = e instanceof Error ? e.name : ''
  if (name === 'MissingAPIError' || name === 'InvalidStateError')
    return 'This browser does not allow local storage (private mode or blocked storage). Redress needs it to keep your vault.'
  if (name === 'VersionError') return 'The vault on this device was created by a newer version of Redress. Update Redress to open it.'
  return 'The vault could not be opened. Nothing has been changed. Restart Redress; if this persists, restore from a backup.'
}
