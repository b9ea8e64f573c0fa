import { describe, expect, it } from 'vitest'
import { EnvelopeIntegrityError, openJson, sealJson, type Envelope } from '@shared/crypto'

async function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
}

function flipBit(bytes: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes)
  copy[index] = (copy[index] ?? 0) ^ 0x01
  return copy
}

const record = { legalName: 'Gülşen Yıldırım', warrant: '2017/118' }

describe('record envelope (AES-256-GCM, AAD kind|id|v)', () => {
  it('round-trips a record and hides its content', async () => {
    const key = await newKey()
    const env = await sealJson(key, 'dossier', 'id-1', 1, record)
    expect(env.iv).toHaveLength(12)
    const raw = new TextDecoder('latin1').decode(env.ct)
    expect(raw).not.toContain('2017/118')
    expect(await openJson(key, env)).toEqual(record)
  })

  it('uses a fresh IV for every write', async () => {
    const key = await newKey()
    const a = await sealJson(key, 'dossier', 'id-1', 1, record)
    const b = await sealJson(key, 'dossier', 'id-1', 1, record)
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false)
  })

  it.each([
    ['the IV', (e: Envelope) => ({ ...e, iv: flipBit(e.iv, 5) })],
    ['the ciphertext', (e: Envelope) => ({ ...e, ct: flipBit(e.ct, 0) })],
    ['the tag', (e: Envelope) => ({ ...e, ct: flipBit(e.ct, e.ct.length - 1) })]
  ])('refuses a record when one bit of %s is flipped', async (_label, tamper) => {
    const key = await newKey()
    const env = await sealJson(key, 'dossier', 'id-1', 1, record)
    await expect(openJson(key, tamper(env))).rejects.toBeInstanceOf(EnvelopeIntegrityError)
  })

  it.each([
    ['another id', { id: 'id-2' }],
    ['another kind', { kind: 'contact' }],
    ['another schema version', { v: 2 }]
  ])('refuses an envelope moved to %s (AAD binding)', async (_label, change) => {
    const key = await newKey()
    const env = await sealJson(key, 'dossier', 'id-1', 1, record)
    await expect(openJson(key, { ...env, ...change })).rejects.toBeInstanceOf(EnvelopeIntegrityError)
  })

  it('refuses a record sealed under another key', async () => {
    const env = await sealJson(await newKey(), 'dossier', 'id-1', 1, record)
    await expect(openJson(await newKey(), env)).rejects.toBeInstanceOf(EnvelopeIntegrityError)
  })
})
