// A lawyer's day in the real desktop shell: create and unlock a vault, open a dossier, export a PDF
// through the native save dialog, get locked when the machine goes idle, and leave nothing readable
// on disk. Runs where the Electron binary is installed (README: Electron tests); skips elsewhere.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { ElectronApplication, Page } from '@playwright/test'
import { GULSEN, GULSEN_RED_NOTICE, PASSPHRASE, addMatter, createClient, expectLocked, unlock } from '../e2e/helpers'
import { addEvent, openDeadlinePage } from '../e2e/deadlineSteps'
import { expect, skipWithoutElectron, stubSaveDialog, test } from './fixtures'

skipWithoutElectron()
// Launches, PDF rendering and the 10 s idle poll take longer than a web test.
test.setTimeout(120_000)

/** The first-run screen of a fresh user-data dir: create the vault (the app is already on app://). */
async function createVaultHere(window: Page): Promise<void> {
  await expect(window.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
  await window.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await window.getByLabel('Repeat the passphrase').fill(PASSPHRASE)
  await window.getByLabel('I understand').check()
  await window.getByRole('button', { name: 'Create vault' }).click()
  await expect(window.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()
}

/** Every regular file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return entry.isFile() ? [path] : []
  })
}

/** Files under `dir` whose bytes contain `text` as UTF-8 or UTF-16LE (Chromium stores strings both ways). */
function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')]
  return filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file)
    return needles.some((needle) => bytes.includes(needle))
  })
}

async function quit(app: ElectronApplication): Promise<void> {
  // Closing the window quits the app (window-all-closed), which flushes IndexedDB to disk.
  await app.close()
}

test('creates a vault, and unlocks it again after a restart', async ({ launchApp }) => {
  const first = await launchApp()
  await createVaultHere(first.window)
  await quit(first.app)

  const second = await launchApp()
  await unlock(second.window)
  await expect(second.window.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible()
})

test('creates a dossier and exports a PDF through the native save dialog', async ({ electronApp, window, userDataDir }) => {
  await createVaultHere(window)
  await createClient(window, GULSEN)
  await addMatter(window, GULSEN_RED_NOTICE)
  await addEvent(window, {
    type: 'ccf-admissibility',
    date: '2026-05-31',
    summary: 'Deletion request declared admissible',
    matter: 'Red notice — Türkiye',
    requestType: 'correction-deletion'
  })
  await openDeadlinePage(window, 'Deadline log')

  const target = join(userDataDir, '..', `${userDataDir.split(/[\\/]/).pop()}-log.pdf`)
  await stubSaveDialog(electronApp, target)
  await window.getByRole('button', { name: 'Save as PDF' }).click()
  await expect.poll(() => statSync(target, { throwIfNoEntry: false })?.size ?? 0, { timeout: 30_000 }).toBeGreaterThan(1000)
  expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-')
})

test('locks the vault when the machine has been idle past the timeout', async ({ electronApp, window }) => {
  await createVaultHere(window)
  await createClient(window, GULSEN)
  // The OS reports a long idle time; main's lock monitor polls it every 10 s (IDLE_POLL_MS).
  await electronApp.evaluate(({ powerMonitor }) => {
    powerMonitor.getSystemIdleTime = () => 24 * 60 * 60
  })
  await expect(window.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible({ timeout: 30_000 })
  await expectLocked(window)
  await expect(window.locator('body')).not.toContainText(GULSEN.legalName)
})

test('leaves no client data readable anywhere in the user-data directory', async ({ launchApp, userDataDir }) => {
  const CANARY = 'Canary Ňoxwell-Жақ 7Q3'
  const CONTROL = 'positive-control-7Q3-written-in-clear'
  const { app, window } = await launchApp()
  await createVaultHere(window)
  await createClient(window, { legalName: CANARY, latinName: 'Canary Noxwell', nationalities: ['TR'] })
  await addMatter(window, GULSEN_RED_NOTICE)
  // Positive control: a string the page stores unencrypted (localStorage, Chromium's LevelDB in the
  // same partition) must be found, or the scan proves nothing.
  await window.evaluate((control) => localStorage.setItem('at-rest-control', control), CONTROL)
  await quit(app)

  expect(filesUnder(userDataDir).length).toBeGreaterThan(0)
  expect(filesContaining(userDataDir, CONTROL).length, 'the positive control was not found on disk').toBeGreaterThan(0)
  for (const secret of [CANARY, 'Canary Noxwell', 'Ňoxwell', 'Жақ', '2017/118']) {
    expect(filesContaining(userDataDir, secret), `"${secret}" found in plain text`).toEqual([])
  }
})
