// The keyring: KDF parameters + the data key wrapped under the passphrase-derived KEK. It is the
// only plaintext the vault stores besides ciphertext envelopes.
import { z } from 'zod'
import {
  KdfParams,
  argon2idBytes,
  type KdfFunction,
  WrongPassphraseError,
  deriveKeyEncryptionKey,
  generateDataKey,
  newKdfParams,
  unwrapDataKey,
  wrapDataKey
} from '@shared/crypto'
import { remainingWaitMs } from '@shared/vault/unlockThrottle'
import type { VaultDatabase } from './vaultDatabase'

const KEYRING_KEY = 'keyring'
const THROTTLE_KEY = 'unlock-throttle'

const Keyring = z
  .object({
    key: z.literal(KEYRING_KEY),
    formatVersion: z.literal(1),
    kdf: KdfParams,
    wrappedDataKey: z.object({ iv: z.instanceof(Uint8Array), wrapped: z.instanceof(Uint8Array) }).strict(),
    createdAt: z.string()
  })
  .strict()
type Keyring = z.infer<typeof Keyring>

const Throttle = z.object({ key: z.literal(THROTTLE_KEY), failedAttempts: z.number().int().min(0), lastFailureAt: z.number() }).strict()

export class KeyringCorruptError extends Error {
  constructor() {
    super('The vault key record is damaged, so the vault cannot be opened. Restore from a backup; nothing has been changed.')
    this.name = 'KeyringCorruptError'
  }
}

export class VaultExistsError extends Error {
  constructor() {
    super('A vault already exists on this device; it was not replaced.')
    this.name = 'VaultExistsError'
  }
}

export async function hasKeyring(db: VaultDatabase): Promise<boolean> {
  return (await db.meta.get(KEYRING_KEY)) !== undefined
}

async function readKeyring(db: VaultDatabase): Promise<Keyring> {
  const parsed = Keyring.safeParse(await db.meta.get(KEYRING_KEY))
  if (!parsed.success) throw new KeyringCorruptError()
  return parsed.data
}

/**
 * A new keyring row and its data key, not yet written: a restore into a new vault (issue 6) adds
 * the row in the same transaction as the restored records, so a failed restore leaves no vault.
 */
export async function prepareKeyring(passphrase: string, derive: KdfFunction = argon2idBytes): Promise<{ row: Keyring; dataKey: CryptoKey }> {
  const kdf = newKdfParams()
  const kek = await deriveKeyEncryptionKey(passphrase, kdf, derive)
  const wrappedDataKey = await wrapDataKey(await generateDataKey(), kek)
  const row: Keyring = { key: KEYRING_KEY, formatVersion: 1, kdf, wrappedDataKey, createdAt: new Date().toISOString() }
  return { row, dataKey: await unwrapDataKey(wrappedDataKey, kek, false) }
}

/** First run: make a data key, wrap it, store the keyring. Returns a non-extractable data key. */
export async function createKeyring(db: VaultDatabase, passphrase: string, derive: KdfFunction = argon2idBytes): Promise<CryptoKey> {
  const { row, dataKey } = await prepareKeyring(passphrase, derive)
  await addKeyring(db, row)
  return dataKey
}

/** add, not put: never overwrite an existing vault. Inside a transaction over meta, it joins it. */
export async function addKeyring(db: VaultDatabase, row: { key: string }): Promise<void> {
  try {
    await db.meta.add(row)
  } catch (e) {
    if (e instanceof Error && e.name === 'ConstraintError') throw new VaultExistsError()
    throw e
  }
}

export type UnlockOutcome =
  | { ok: true; dataKey: CryptoKey }
  | { ok: false; reason: 'wrong-passphrase' | 'throttled'; retryAfterMs: number; failedAttempts: number }

async function readThrottle(db: VaultDatabase): Promise<{ failedAttempts: number; lastFailureAt?: number }> {
  const parsed = Throttle.safeParse(await db.meta.get(THROTTLE_KEY))
  return parsed.success ? parsed.data : { failedAttempts: 0 }
}

/** How long the user must wait before the next attempt; shown on the unlock screen. */
export async function currentUnlockWait(db: VaultDatabase, nowMs = Date.now()): Promise<number> {
  const t = await readThrottle(db)
  return remainingWaitMs(t.failedAttempts, t.lastFailureAt, nowMs)
}

export async function unlockKeyring(db: VaultDatabase, passphrase: string, nowMs = Date.now(), derive: KdfFunction = argon2idBytes): Promise<UnlockOutcome> {
  const keyring = await readKeyring(db)
  const throttle = await readThrottle(db)
  const wait = remainingWaitMs(throttle.failedAttempts, throttle.lastFailureAt, nowMs)
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait, failedAttempts: throttle.failedAttempts }
  try {
    const kek = await deriveKeyEncryptionKey(passphrase, keyring.kdf, derive)
    const dataKey = await unwrapDataKey(keyring.wrappedDataKey, kek, false)
    await db.meta.delete(THROTTLE_KEY)
    return { ok: true, dataKey }
  } catch (e) {
    if (!(e instanceof WrongPassphraseError)) throw e
    const failedAttempts = throttle.failedAttempts + 1
    const lastFailureAt = Date.now()
    await db.meta.put({ key: THROTTLE_KEY, failedAttempts, lastFailureAt })
    return { ok: false, reason: 'wrong-passphrase', failedAttempts, retryAfterMs: remainingWaitMs(failedAttempts, lastFailureAt, lastFailureAt) }
  }
}

/**
 * True when the passphrase opens the keyring. Writes nothing (no throttle count): it is asked only
 * inside an unlocked vault, e.g. to use the vault passphrase for a backup (issue 6).
 */
export async function checkKeyringPassphrase(db: VaultDatabase, passphrase: string, derive: KdfFunction = argon2idBytes): Promise<boolean> {
  const keyring = await readKeyring(db)
  try {
    await unwrapDataKey(keyring.wrappedDataKey, await deriveKeyEncryptionKey(passphrase, keyring.kdf, derive), false)
    return true
  } catch (e) {
    if (e instanceof WrongPassphraseError) return false
    throw e
  }
}

/** Rewraps the data key under a new passphrase; records are untouched. Throws WrongPassphraseError. */
export async function changeKeyringPassphrase(db: VaultDatabase, current: string, next: string, derive: KdfFunction = argon2idBytes): Promise<void> {
  const keyring = await readKeyring(db)
  const oldKek = await deriveKeyEncryptionKey(current, keyring.kdf, derive)
  const dataKey = await unwrapDataKey(keyring.wrappedDataKey, oldKek, true)
  const kdf = newKdfParams()
  const newKek = await deriveKeyEncryptionKey(next, kdf, derive)
  const wrappedDataKey = await wrapDataKey(dataKey, newKek)
  // One put replaces parameters and wrapped key together: a crash leaves either the old or the new keyring.
  await db.meta.put({ ...keyring, kdf, wrappedDataKey })
}
