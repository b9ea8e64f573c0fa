// Every stored record is an AES-256-GCM envelope. The AAD binds kind|id|v, so a ciphertext cannot
// be moved to another record, another kind, or replayed under another schema version.
import { z } from 'zod'
import { randomBytes } from './kdf'

export const Envelope = z
  .object({
    id: z.string().min(1).max(200),
    kind: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    v: z.number().int().min(1),
    iv: z.instanceof(Uint8Array).refine((b) => b.length === 12, { message: 'IV must be 12 bytes.' }),
    ct: z.instanceof(Uint8Array).refine((b) => b.length >= 16, { message: 'Ciphertext is truncated.' })
  })
  .strict()
export type Envelope = z.infer<typeof Envelope>

export class EnvelopeIntegrityError extends Error {
  constructor(readonly kind: string, readonly id: string) {
    super(`A stored ${kind} record failed its integrity check and cannot be read.`)
    this.name = 'EnvelopeIntegrityError'
  }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export function envelopeAad(kind: string, id: string, v: number): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${kind}|${id}|${v}`)
}

export async function sealBytes(key: CryptoKey, kind: string, id: string, v: number, plaintext: Uint8Array): Promise<Envelope> {
  const iv = randomBytes(12)
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: envelopeAad(kind, id, v) },
    key,
    plaintext as Uint8Array<ArrayBuffer>
  )
  return { id, kind, v, iv, ct: new Uint8Array(ct) }
}

export async function openBytes(key: CryptoKey, env: Envelope): Promise<Uint8Array> {
  try {
    const pt = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: env.iv as Uint8Array<ArrayBuffer>, additionalData: envelopeAad(env.kind, env.id, env.v) },
      key,
      env.ct as Uint8Array<ArrayBuffer>
    )
    return new Uint8Array(pt)
  } catch {
    throw new EnvelopeIntegrityError(env.kind, env.id)
  }
}

export async function sealJson(key: CryptoKey, kind: string, id: string, v: number, value: unknown): Promise<Envelope> {
  return sealBytes(key, kind, id, v, encoder.encode(JSON.stringify(value)))
}

/** Returns unknown on purpose: the caller must zod-parse what comes out (parse, don't cast). */
export async function openJson(key: CryptoKey, env: Envelope): Promise<unknown> {
  const bytes = await openBytes(key, env)
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown
  } catch {
    throw new EnvelopeIntegrityError(env.kind, env.id)
  } finally {
    bytes.fill(0)
  }
}
