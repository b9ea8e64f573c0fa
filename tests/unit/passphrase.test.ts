import { describe, expect, it } from 'vitest'
import { assessPassphrase } from '@shared/vault/passphrasePolicy'
import { FREE_ATTEMPTS, MAX_DELAY_MS, remainingWaitMs, unlockDelayMs } from '@shared/vault/unlockThrottle'

describe('first-run passphrase policy', () => {
  it('asks for length, strength and a matching confirmation', () => {
    expect(assessPassphrase('Tr0ub4dor&3').problems[0]).toMatch(/at least 12 characters/)
    expect(assessPassphrase('password1234').problems).toContain('This passphrase is too easy to guess. Add more unrelated words.')
    const good = assessPassphrase('ferry lantern quartz mosaic 1984', 'ferry lantern quartz mosaic 1984')
    expect(good).toMatchObject({ acceptable: true, problems: [] })
    expect(good.score).toBeGreaterThanOrEqual(3)
    expect(assessPassphrase('ferry lantern quartz mosaic 1984', 'ferry lantern quartz mosaic').problems).toContain('The two passphrases do not match.')
  })

  it('counts characters, not UTF-16 units, so non-Latin passphrases are judged fairly', () => {
    expect(assessPassphrase('汉字汉字汉字汉字汉字汉').problems[0]).toMatch(/at least 12/) // 11 characters
  })
})

describe('unlock throttle', () => {
  it('lets the first attempts through, then doubles the wait up to a cap', () => {
    expect(unlockDelayMs(FREE_ATTEMPTS)).toBe(0)
    expect(unlockDelayMs(FREE_ATTEMPTS + 1)).toBe(2_000)
    expect(unlockDelayMs(FREE_ATTEMPTS + 2)).toBe(4_000)
    expect(unlockDelayMs(100)).toBe(MAX_DELAY_MS)
    expect(remainingWaitMs(FREE_ATTEMPTS + 1, 10_000, 11_000)).toBe(1_000)
    expect(remainingWaitMs(FREE_ATTEMPTS + 1, 10_000, 13_000)).toBe(0)
    expect(remainingWaitMs(0, undefined, 0)).toBe(0)
  })
})
