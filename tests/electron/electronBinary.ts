// Where the Electron binary is, or why there is none. Installs use ELECTRON_SKIP_BINARY_DOWNLOAD=1
// (the binary comes from GitHub, which build machines may not reach), so the Electron tests ask
// this first and skip themselves with the reason. Plain Node, so a unit test covers both answers.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

export type ElectronBinary = { path: string } | { reason: string }

/** What `require('electron')` resolves to from `root` (honours ELECTRON_OVERRIDE_DIST_PATH). */
export function findElectronBinary(root: string): ElectronBinary {
  try {
    const requireFromRoot = createRequire(join(root, 'package.json'))
    // electron/index.js computes the path when first loaded: load it afresh to see the current env.
    const id = requireFromRoot.resolve('electron')
    delete requireFromRoot.cache[id]
    const path = requireFromRoot(id) as unknown
    if (typeof path !== 'string') return { reason: 'require("electron") did not return a path' }
    if (!existsSync(path)) return { reason: `${path} does not exist` }
    return { path }
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) }
  }
}

/** The message a skipped Electron test shows: why, and what to do about it. */
export function skipMessage(binary: ElectronBinary): string {
  const reason = 'reason' in binary ? binary.reason : ''
  return (
    `Electron binary not installed: ${reason} ` +
    '(installs use ELECTRON_SKIP_BINARY_DOWNLOAD=1; run `node electron/scripts/ensure-electron.mjs` for the options, ' +
    'or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 41)'
  )
}
