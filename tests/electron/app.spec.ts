// Smoke test of the real Electron shell (out/main/index.js after `npm run build`). The binary
// cannot be downloaded on our build machines, so this file skips itself there with the reason.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

const root = resolve(__dirname, '../..')
const mainEntry = join(root, 'out/main/index.js')

/** What `require('electron')` resolves to in Node: the binary path, or why there is none. */
function findElectronBinary(): { path: string } | { reason: string } {
  try {
    const requireFromRoot = createRequire(join(root, 'package.json'))
    const path = requireFromRoot('electron') as unknown
    if (typeof path !== 'string') return { reason: 'require("electron") did not return a path' }
    if (!existsSync(path)) return { reason: `${path} does not exist` }
    return { path }
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) }
  }
}

const binary = findElectronBinary()
const skipReason =
  `Electron binary not installed: ${'reason' in binary ? binary.reason : ''} ` +
  '(installs use ELECTRON_SKIP_BINARY_DOWNLOAD=1; run `node electron/scripts/ensure-electron.mjs` for the options)'
// Printed as well, because the list reporter shows a skip without its reason.
if (!('path' in binary)) console.log(`[electron tests skipped] ${skipReason}`)
test.skip(!('path' in binary), skipReason)

test.describe('Electron shell', () => {
  let userDataDir = ''

  test.beforeEach(() => {
    expect(existsSync(mainEntry), 'out/main/index.js is missing: run `npm run build` first').toBe(true)
    userDataDir = mkdtempSync(join(tmpdir(), 'redress-electron-'))
  })

  test.afterEach(() => {
    rmSync(userDataDir, { recursive: true, force: true })
  })

  test('opens the hardened window on app:// with the bridge and without Node', async () => {
    const executablePath = 'path' in binary ? binary.path : ''
    const app = await electron.launch({ executablePath, args: [mainEntry, `--user-data-dir=${userDataDir}`] })
    try {
      const page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')
      expect(page.url()).toBe('app://redress/index.html')

      const shell = await app.evaluate(({ BrowserWindow, session }) => {
        const wins = BrowserWindow.getAllWindows()
        const win = wins[0]
        const ses = win?.webContents.session
        return {
          windows: wins.length,
          title: win?.getTitle(),
          contentProtected: win?.isContentProtected(),
          // The vault's persistent partition, not the default session.
          vaultSession: ses !== undefined && ses !== session.defaultSession && ses.isPersistent()
        }
      })
      expect(shell).toEqual({ windows: 1, title: 'Redress', contentProtected: true, vaultSession: true })

      const globals = await page.evaluate(() => ({
        bridge: typeof window.redress,
        functions: Object.keys(window.redress ?? {}).sort(),
        require: typeof (globalThis as Record<string, unknown>).require,
        process: typeof (globalThis as Record<string, unknown>).process
      }))
      expect(globals).toEqual({
        bridge: 'object',
        functions: ['getAppInfo', 'onLockRequested', 'openFiles', 'saveFile', 'setIdleTimeout'],
        require: 'undefined',
        process: 'undefined'
      })

      const info = await page.evaluate(() => window.redress?.getAppInfo())
      expect(info).toMatchObject({ ok: true, data: { name: 'Redress', electronVersion: expect.any(String) } })

      // CSP and the session's network block both stand in the way; either way nothing leaves.
      const outbound = await page.evaluate(() => fetch('https://example.org/').then(() => 'reached', () => 'blocked'))
      expect(outbound).toBe('blocked')

      const opened = await page.evaluate(() => window.open('https://example.org/') === null)
      expect(opened).toBe(true)
    } finally {
      await app.close()
    }
  })
})
