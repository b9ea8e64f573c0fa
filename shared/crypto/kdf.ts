// Passphrase → key-encryption key (KEK). Argon2id resists GPU guessing far better than PBKDF2,
// which matters when a seized laptop is attacked offline (architecture.md, "Data at rest").
import { z } from 'zod'
import { argon2id } from 'hash-wasm'

export const KdfParams = z
  .object({
    algorithm: z.literal('argon2id'),
    /** Memory in KiB. */
    memoryKiB: z.number().int().min(19_456).max(4_194_304),
    iterations: z.number().int().min(2).max(64),
    parallelism: z.number().int().min(1).max(16),
    /** Salt bytes stored beside the parameters. */
    salt: z.instanceof(Uint8Array).refine((s) => s.length >= 16, { message: 'KDF salt must be at least 16 bytes.' })
  })
  .strict()
export type KdfParams = z.infer<typeof KdfParams>

/**
 * Pinned: 64 MiB, 3 passes, 4 lanes — Bitwarden's Argon2id defaults (style-anchors.md §3.4),
 * about 0.3 s here. Changing these changes every new vault; existing vaults keep their stored ones.
 */
export const DEFAULT_KDF = Object.freeze({ algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 4 } as const)

export function newKdfParams(random: (n: number) => Uint8Array<ArrayBuffer> = randomBytes): KdfParams {
  return { ...DEFAULT_KDF, salt: random(16) }
}

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n)
  crypto.getRandomValues(out)
  return out
}

/** Raw Argon2id output; exported for the known-answer test. */
export async function argon2idBytes(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt: params.salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary'
  })
}

/** Computes the raw Argon2id output; the renderer runs it in a worker so the UI keeps moving. */
export type KdfFunction = (passphrase: string, params: KdfParams) => Promise<Uint8Array>

/** The KEK can only wrap and unwrap the data key, and can never be read back out. */
export async function deriveKeyEncryptionKey(passphrase: string, params: KdfParams, kdf: KdfFunction = argon2idBytes): Promise<CryptoKey> {
  const raw = await kdf(passphrase, params)
  if (raw.length !== 32) throw new Error('Key derivation returned a key of the wrong length.')
  try {
    return await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, ['wrapKey', 'unwrapKey'])
  } finally {
    raw.fill(0)
  }
}
