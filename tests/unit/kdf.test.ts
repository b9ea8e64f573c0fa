import { describe, expect, it } from 'vitest'
import { argon2id as referenceArgon2id } from '@noble/hashes/argon2.js'
import { DEFAULT_KDF, argon2idBytes, newKdfParams, type KdfParams } from '@shared/crypto'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

describe('Argon2id key derivation', () => {
  it('pins the production parameters (64 MiB, 3 passes, 4 lanes)', () => {
    expect(DEFAULT_KDF).toEqual({ algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 4 })
    const p = newKdfParams()
    expect(p.salt).toHaveLength(16)
    expect(newKdfParams().salt).not.toEqual(p.salt)
  })

  it('matches an independent Argon2id implementation (known answer, small parameters)', async () => {
    const params: KdfParams = { algorithm: 'argon2id', memoryKiB: 19_456, iterations: 2, parallelism: 1, salt: new TextEncoder().encode('somesaltsomesalt') }
    const ours = await argon2idBytes('password', params)
    const reference = referenceArgon2id('password', 'somesaltsomesalt', { t: 2, m: 19_456, p: 1, dkLen: 32 })
    expect(hex(ours)).toBe(hex(reference))
    expect(hex(ours)).toBe(KNOWN_SMALL)
  })

  it('gives the pinned answer with the production parameters', async () => {
    const params: KdfParams = { ...DEFAULT_KDF, salt: new Uint8Array(16).fill(7) }
    expect(hex(await argon2idBytes('correct horse battery staple', params))).toBe(
      '0b167e20ffb8a31f75eb3e471872ba0a5747d56ec494db5becb07108141bff24'
    )
  })

  it('normalises the passphrase so the same words typed on another keyboard still unlock', async () => {
    const params: KdfParams = { algorithm: 'argon2id', memoryKiB: 19_456, iterations: 2, parallelism: 1, salt: new Uint8Array(16) }
    const composed = await argon2idBytes('Gül', params) // ü as one code point
    const decomposed = await argon2idBytes('Gu\u0308l', params) // u + combining diaeresis
    expect(hex(composed)).toBe(hex(decomposed))
  })
})

// Computed once with hash-wasm and confirmed equal to @noble/hashes' pure-JS Argon2id.
const KNOWN_SMALL = '2b5dc4054886ec957ef59c73b661c54dd6fb274590b278f657c6d96aac8fa6d1'
