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
