// Fixtures for the Electron end-to-end tests (Joplin's pattern, style-anchors.md §1.5):
//   userDataDir  a fresh temporary --user-data-dir per test, deleted afterwards
//   launchApp    starts out/main/index.js with it and waits for the main process's ready signal
//   electronApp  the first launch; closed after the test, its main-process log attached
//   window       the app window, on app://
// Native dialogs are replaced in the main process through electronApp.evaluate (stubSaveDialog).
// Without the Electron binary every test here skips with the reason (see electronBinary.ts).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test'
import { findElectronBinary, skipMessage } from './electronBinary'

export const root = resolve(__dirname, '../..')
export const mainEntry = join(root, 'out/main/index.js')
export const binary = findElectronBinary(root)

/** Call at the top of every Electron spec. */
export function skipWithoutElectron(): void {
  const missing = !('path' in binary)
  // Printed as well, because the list reporter shows a skip without its reason.
  if (missing) console.log(`[electron tests skipped] ${skipMessage(binary)}`)
  base.skip(missing, skipMessage(binary))
}

/**
 * The ready signal: main has created the window and the page on app:// has finished loading.
 * Asked of the main process itself, so it holds however long start-up takes.
 */
export async function waitForReady(app: ElectronApplication): Promise<Page> {
  await app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<void>((done) => {
        const poll = () => {
          const win = BrowserWindow.getAllWindows()[0]
          if (win && !win.webContents.isLoading() && win.webContents.getURL().startsWith('app://')) done()
          else setTimeout(poll, 50)
        }
        poll()
      })
  )
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return page
}

/** The next native save dialog answers `filePath` (as if the lawyer chose it), and only once. */
export async function stubSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    const original = dialog.showSaveDialog
    dialog.showSaveDialog = (async () => {
      dialog.showSaveDialog = original
      return { canceled: false, filePath: target }
    }) as typeof dialog.showSaveDialog
  }, filePath)
}

interface Fixtures {
  userDataDir: string
  launchApp: () => Promise<{ app: ElectronApplication; window: Page }>
  electronApp: ElectronApplication
  window: Page
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-electron-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  launchApp: async ({ userDataDir }, use, testInfo) => {
    expect(existsSync(mainEntry), 'out/main/index.js is missing: run `npm run build` first').toBe(true)
    const launched: ElectronApplication[] = []
    const log: string[] = []
    await use(async () => {
      const app = await _electron.launch({
        executablePath: 'path' in binary ? binary.path : '',
        args: [mainEntry, `--user-data-dir=${userDataDir}`],
        env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' }
      })
      app.process().stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()))
      app.process().stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()))
      launched.push(app)
      return { app, window: await waitForReady(app) }
    })
    for (const app of launched) await app.close().catch(() => undefined)
    await testInfo.attach('main-process.log', { body: log.join(''), contentType: 'text/plain' })
  },
  electronApp: async ({ launchApp }, use) => {
    const { app } = await launchApp()
    await use(app)
  },
  window: async ({ electronApp }, use) => {
    await use(await electronApp.firstWindow())
  }
})

export { expect }
