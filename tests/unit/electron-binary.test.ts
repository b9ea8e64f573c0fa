// The Electron tests' skip decision (tests/electron/electronBinary.ts): both answers, so the path
// that runs them where the binary exists is exercised here too, not only the skip.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findElectronBinary, skipMessage } from '../electron/electronBinary'

const root = resolve(import.meta.dirname, '../..')
const saved = process.env.ELECTRON_OVERRIDE_DIST_PATH

afterEach(() => {
  if (saved === undefined) delete process.env.ELECTRON_OVERRIDE_DIST_PATH
  else process.env.ELECTRON_OVERRIDE_DIST_PATH = saved
})

describe('findElectronBinary', () => {
  it('finds an unpacked Electron named by ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = mkdtempSync(join(tmpdir(), 'redress-electron-dist-'))
    try {
      writeFileSync(join(dist, 'electron'), '')
      process.env.ELECTRON_OVERRIDE_DIST_PATH = dist
      expect(findElectronBinary(root)).toEqual({ path: join(dist, 'electron') })
    } finally {
      rmSync(dist, { recursive: true, force: true })
    }
  })

  it('gives the reason, and what to do, when the override points at nothing', () => {
    process.env.ELECTRON_OVERRIDE_DIST_PATH = join(tmpdir(), 'redress-no-such-electron')
    const result = findElectronBinary(root)
    expect(result).toEqual({ reason: `${join(tmpdir(), 'redress-no-such-electron', 'electron')} does not exist` })
    const message = skipMessage(result)
    expect(message).toContain('does not exist')
    expect(message).toContain('ensure-electron.mjs')
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH')
  })

  it('gives a reason rather than throwing when there is no electron package at all', () => {
    const empty = mkdtempSync(join(tmpdir(), 'redress-no-electron-'))
    try {
      writeFileSync(join(empty, 'package.json'), '{}')
      const result = findElectronBinary(empty)
      expect(result).toHaveProperty('reason')
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
