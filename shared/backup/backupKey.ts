// The backup key comes from the backup passphrase and the backup's own random salt, so it differs
// from the vault key even when the passphrases are the same, and it never leaves WebCrypto.
import { argon2idBytes, type KdfFunction, type KdfParams } from '@shared/crypto'

export async function deriveBackupKey(passphrase: string, params: KdfParams, kdf: KdfFunction = argon2idBytes): Promise<CryptoKey> {
  const raw = await kdf(passphrase, params)
  try {
    if (raw.length !== 32) throw new Error('Key derivation returned a key of the wrong length.')
    return await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
  } finally {
    raw.fill(0)
  }
}
