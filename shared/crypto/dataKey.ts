// A random 256-bit data key encrypts every record; the passphrase only wraps it, so changing the
// passphrase rewraps 60 bytes instead of re-encrypting the whole vault.
import { randomBytes } from './kdf'

const WRAP_AAD = new TextEncoder().encode('redress|data-key|v1')

export interface WrappedDataKey {
  iv: Uint8Array<ArrayBuffer>
  wrapped: Uint8Array<ArrayBuffer>
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is not correct.')
    this.name = 'WrongPassphraseError'
  }
}

export async function generateDataKey(): Promise<CryptoKey> {
  // Extractable only for the moment of wrapping; unwrapped copies are non-extractable.
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt'])
}

export async function wrapDataKey(dataKey: CryptoKey, kek: CryptoKey): Promise<WrappedDataKey> {
  const iv = randomBytes(12)
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: WRAP_AAD })
  return { iv, wrapped: new Uint8Array(wrapped) }
}

/** A wrong passphrase yields a wrong KEK, and AES-GCM refuses to unwrap: that is the check. */
export async function unwrapDataKey(w: WrappedDataKey, kek: CryptoKey, extractable = false): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      w.wrapped as Uint8Array<ArrayBuffer>,
      kek,
      { name: 'AES-GCM', iv: w.iv as Uint8Array<ArrayBuffer>, additionalData: WRAP_AAD },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt']
    )
  } catch {
    throw new WrongPassphraseError()
  }
}
