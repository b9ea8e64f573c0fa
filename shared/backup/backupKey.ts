// The backup key comes from the backup passphrase and the backup's own random salt, so it differs
// from the vault key even when the passphrases are the same, and it never leaves WebCrypto.
import { argon2idBytes, type KdfFunction, type KdfParams } from '@shared/crypto'

export async function deriveBackupKey(passphrase: string, params: KdfParams, kdf: KdfFunction = argon2idBytes): Promise<CryptoKey> {
  const raw = await kdf(passphrase, params)
  try {
    return await importBackupKey(raw)
  } finally {
    raw.fill(0)
  }
}

/**
 * A key derived earlier with these same steps (scheduled backups derive once, at set-up, and keep
 * the raw key inside the encrypted vault). The caller's bytes are not changed.
 */
export async function importBackupKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== 32) throw new Error('Key derivation returned a key of the wrong length.')
  const copy = new Uint8Array(raw)
  try {
    return await crypto.subtle.importKey('raw', copy, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
  } finally {
    copy.fill(0)
  }
}

/**
 * The key a restore's check derived, kept (non-extractable, in memory only) for that restore's
 * write pass, so Argon2id runs once per restore instead of twice. It is handed out once, and only
 * for the same passphrase and the same KDF parameters (salt included); the write pass still proves
 * it on frame 0 and re-authenticates the header, so a changed file is caught as before.
 */
export class ReusableBackupKey {
  private held: { passphrase: string; params: KdfParams; key: CryptoKey } | null

  constructor(passphrase: string, params: KdfParams, key: CryptoKey) {
    this.held = { passphrase, params, key }
  }

  /** The key when passphrase and parameters match, else null; either way it is forgotten. */
  take(passphrase: string, params: KdfParams): CryptoKey | null {
    const held = this.held
    this.held = null
    return held !== null && held.passphrase === passphrase && sameKdfParams(held.params, params) ? held.key : null
  }

  forget(): void {
    this.held = null
  }
}

function sameKdfParams(a: KdfParams, b: KdfParams): boolean {
  return (
    a.algorithm === b.algorithm &&
    a.memoryKiB === b.memoryKiB &&
    a.iterations === b.iterations &&
    a.parallelism === b.parallelism &&
    a.salt.length === b.salt.length &&
    a.salt.every((x, i) => x === b.salt[i])
  )
}
