// Smoke test of the real Electron shell (out/main/index.js after `npm run build`). The binary
// cannot be downloaded on our build machines, so this file skips itself there with the reason.
import { expect, skipWithoutElectron, test } from './fixtures'

skipWithoutElectron()

test.describe('Electron shell', () => {
  test('opens the hardened window on app:// with the bridge and without Node', async ({ electronApp: app, window: page }) => {
    {
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
        // Only functions cross the bridge: no ipcRenderer, no Electron objects.
        kinds: [...new Set(Object.values(window.redress ?? {}).map((value) => typeof value))],
        require: typeof (globalThis as Record<string, unknown>).require,
        process: typeof (globalThis as Record<string, unknown>).process
      }))
      expect(globals).toEqual({
        bridge: 'object',
        functions: expect.arrayContaining(['getAppInfo', 'onLockRequested', 'openFiles', 'saveFile', 'setIdleTimeout']),
        kinds: ['function'],
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
    }
  })
})
