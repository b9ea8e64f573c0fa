// Settings → Scheduled backups, end to end in Chromium with the desktop bridge played by a small
// in-page stand-in for main (the Electron binary is not available here): the lawyer chooses a
// folder, sets keep-last, types the backup passphrase once (real Argon2id in the worker) and
// switches the schedule on; the app then writes a backup piece by piece that opens with that
// passphrase alone. A drive that fails mid-write aborts the file and shows a banner. In a plain
// browser the panel only explains that scheduled backups are a desktop feature.
import type { Page } from '@playwright/test'
import { openBackup, type BackupEntry } from '@shared/backup'
import { YERLAN, createClient, createVault, expect, goTo, test } from './helpers'

const BACKUP_PASS = 'saffron tideline walnut orbit 7731'

interface FakeMain {
  calls: string[]
  files: Array<{ name: string; bytes: number[]; state: string }>
  failWrites: boolean
}

/** Installs `window.redress` before the app loads; state lives in `window.fakeMain`. */
async function installFakeMain(page: Page, failWrites: boolean): Promise<void> {
  await page.addInitScript((fail: boolean) => {
    const ok = (data: unknown) => Promise.resolve({ ok: true, data })
    const state = { calls: [] as string[], files: [] as Array<{ name: string; bytes: number[]; state: string }>, failWrites: fail, folder: null as string | null, keepLast: 10 }
    const open = new Map<string, { name: string; bytes: number[]; state: string }>()
    const status = () => ({ folderName: state.folder, available: state.folder !== null, keepLast: state.keepLast })
    ;(window as unknown as { fakeMain: typeof state }).fakeMain = state
    Object.defineProperty(window, 'redress', {
      configurable: true,
      value: {
        getAppInfo: () => ok({ name: 'Redress', version: '0.1.0', platform: 'linux', electronVersion: 'test' }),
        saveFile: () => ok({ saved: false }),
        openFiles: () => ok({ files: [] }),
        setIdleTimeout: (minutes: number) => ok({ minutes }),
        showNotification: () => ok({ shown: false }),
        onLockRequested: () => () => undefined,
        chooseBackupFolder: () => {
          state.calls.push('chooseFolder')
          state.folder = 'Yedekler'
          return ok({ changed: true, status: status() })
        },
        getBackupFolderStatus: () => ok(status()),
        setBackupKeepLast: (keepLast: number) => {
          state.calls.push(`keepLast ${keepLast}`)
          state.keepLast = keepLast
          return ok(status())
        },
        beginBackupFile: (r: { destination: string; suggestedName: string }) => {
          state.calls.push(`begin ${r.destination}`)
          const token = 'ab'.repeat(16)
          const file = { name: r.suggestedName, bytes: [] as number[], state: 'open' }
          open.set(token, file)
          state.files.push(file)
          return ok({ status: 'started', token })
        },
        writeBackupFile: (r: { token: string; bytes: Uint8Array }) => {
          const file = open.get(r.token)
          if (!file) return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'not open' } })
          if (state.failWrites) {
            state.calls.push('write failed')
            file.state = 'deleted'
            open.delete(r.token)
            return Promise.resolve({ ok: false, error: { code: 'io-error', message: 'The backup could not be written: the drive may be full or was removed.' } })
          }
          for (const b of r.bytes) file.bytes.push(b)
          return ok({ written: file.bytes.length })
        },
        finishBackupFile: (r: { token: string }) => {
          const file = open.get(r.token)
          if (!file) return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'not open' } })
          open.delete(r.token)
          file.state = 'finished'
          state.calls.push('finish')
          return ok({ fileName: file.name, bytes: file.bytes.length, pruned: 0 })
        },
        abortBackupFile: (r: { token: string }) => {
          state.calls.push('abort')
          const file = open.get(r.token)
          if (file) file.state = 'deleted'
          return ok({ aborted: open.delete(r.token) })
        }
      }
    })
  }, failWrites)
}

const fakeMain = (page: Page) => page.evaluate(() => (window as unknown as { fakeMain: FakeMain }).fakeMain)

async function setUpSchedule(page: Page) {
  await goTo(page, 'Settings')
  const panel = page.getByRole('region', { name: 'Scheduled backups' })
  await expect(panel.getByTestId('schedule-folder')).toHaveText('No folder chosen yet.')
  await expect(panel.getByRole('checkbox', { name: 'Make scheduled backups' })).toBeDisabled()
  await panel.getByRole('button', { name: 'Choose folder…' }).click()
  await expect(panel.getByTestId('schedule-folder')).toHaveText('Backups go to the folder “Yedekler”.')

  const keep = panel.getByLabel('Keep this many backups in the folder')
  await keep.fill('0')
  await panel.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(panel.getByRole('alert')).toHaveText('Keep between 1 and 100 backups (a whole number).')
  await keep.fill('3')
  await panel.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(panel.getByRole('status')).toHaveText('Saved: the newest 3 backups are kept.')

  await expect(panel.getByTestId('schedule-passphrase')).toHaveText(/Not set up yet/)
  await panel.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASS)
  await panel.getByLabel('Repeat the backup passphrase').fill(BACKUP_PASS)
  await panel.getByRole('button', { name: 'Set up passphrase' }).click()
  await expect(panel.getByTestId('schedule-passphrase')).toHaveText(/Set up on .* \(a separate backup passphrase\)\./, { timeout: 30_000 })
  const enabled = panel.getByRole('checkbox', { name: 'Make scheduled backups' })
  await enabled.click()
  await expect(enabled).toBeChecked()
  return panel
}

test('a scheduled backup is written to the chosen folder in pieces and opens with the backup passphrase', async ({ page }) => {
  test.setTimeout(120_000)
  await installFakeMain(page, false)
  await createVault(page)
  await createClient(page, YERLAN)
  const panel = await setUpSchedule(page)

  await expect(panel.getByTestId('schedule-last-run')).toHaveText(/Last scheduled backup: .*, saved as “Redress backup \d{4}-\d{2}-\d{2} \d{4}\.redress-backup”\./, { timeout: 30_000 })
  const main = await fakeMain(page)
  expect(main.calls).toEqual(['chooseFolder', 'keepLast 3', 'begin scheduled-folder', 'finish'])
  expect(main.files).toHaveLength(1)
  expect(main.files[0]!.state).toBe('finished')

  async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
    yield bytes
  }
  const { header, entries } = await openBackup(once(Uint8Array.from(main.files[0]!.bytes)), { passphrase: BACKUP_PASS })
  const all: BackupEntry[] = []
  for await (const e of entries) all.push(e)
  expect(header.counts.records).toBeGreaterThan(0)
  expect(all.some((e) => e.type === 'record' && e.kind === 'dossier' && e.json.includes('Жақсылықов'))).toBe(true)
})

test('a scheduled backup on a failing drive leaves no file and shows a banner', async ({ page }) => {
  test.setTimeout(120_000)
  await installFakeMain(page, true)
  await createVault(page)
  await createClient(page, YERLAN)
  const panel = await setUpSchedule(page)

  const banner = page.getByTestId('scheduled-backup-failed')
  await expect(banner).toContainText('Scheduled backup failed: The backup could not be written: the drive may be full or was removed.', { timeout: 30_000 })
  await expect(panel.getByTestId('schedule-last-run')).toHaveText(/The scheduled backup at .* failed: The backup could not be written/)
  const main = await fakeMain(page)
  expect(main.calls).toEqual(['chooseFolder', 'keepLast 3', 'begin scheduled-folder', 'write failed', 'abort'])
  expect(main.files.map((f) => f.state)).toEqual(['deleted'])
  await banner.getByRole('button', { name: 'Dismiss' }).click()
  await expect(banner).toBeHidden()
})

test('in a browser the panel says scheduled backups are a desktop feature', async ({ page }) => {
  await createVault(page)
  await goTo(page, 'Settings')
  const panel = page.getByRole('region', { name: 'Scheduled backups' })
  await expect(panel).toContainText('Scheduled backups to a folder are available in the Redress desktop app.')
  await expect(panel.getByRole('button')).toHaveCount(0)
})
