// The "done when": the page is killed in the middle of a restore (the renderer crashed, or
// the persistent browser context closed, at several points of the writing step) and the vault is
// opened again from the same profile directory. It must be exactly the old vault (same record ids
// and rows, same number of file chunks — the staged chunks cleaned away at start) or, had the final
// transaction committed, exactly the new one: never a mixture. Then Cancel mid-write, for comparison.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { patternBytes } from '../support/exhibitSamples'
import { GULSEN, GULSEN_RED_NOTICE, YERLAN, addMatter, createClient, createVault, expect, goTo, test, unlock } from './helpers'
import { addExhibitFiles, checkBackup, makeBackup, openRestorePanel, preview, rawRows, rowCounts, storeRows, writeBytes } from './restoreSteps'

// The same flags as playwright.config.ts (Debian's Chromium, never a downloaded browser).
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

/**
 * How much of the backup file the writing pass has read when the page is killed (1 = after
 * "Restored"), and how: 'close' closes the browser context (Playwright's ordinary close), 'crash'
 * crashes the page's renderer process first (CDP Page.crash), so no script runs after that instant.
 */
const KILL_POINTS: { at: number; how: 'close' | 'crash' }[] = [
  { at: 0.1, how: 'close' },
  { at: 0.3, how: 'crash' },
  { at: 0.6, how: 'crash' },
  { at: 0.85, how: 'crash' },
  { at: 1, how: 'close' }
]

function launch(dir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs, headless: true, baseURL })
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage())
}

/** Chunk rows stored right now (staged ones included), read with the raw IndexedDB API. */
function chunkRows(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('redress-vault')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const count = open.result.transaction('fileChunks').objectStore('fileChunks').count()
      count.onsuccess = () => {
        open.result.close()
        resolve(count.result)
      }
      count.onerror = () => reject(count.error)
    }
  })
}

async function dossierNames(page: Page): Promise<string[]> {
  await goTo(page, 'Dossiers')
  await expect(page.getByRole('button', { name: /Ерлан/ })).toBeVisible()
  return (await page.locator('.dossier-card__name').allTextContents()).sort()
}

test('killed in the middle of a restore, the vault reopens as the old one or the complete new one, never a mixture', async ({ page }, testInfo) => {
  test.setTimeout(900_000)
  const baseURL = String(testInfo.project.use.baseURL)

  // The backup: Gülşen's dossier with 60 MB of originals, so that writing takes a few seconds.
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const scans = [1, 2, 3].map((n) => writeBytes(testInfo.outputPath(`Court file volume ${n}.bin`), patternBytes(20_000_000, 100 + n)))
  await addExhibitFiles(page, scans, '3 exhibits added.', 180_000)
  const source = await rawRows(page)
  const file = testInfo.outputPath('large.redress-backup')
  await makeBackup(page, file)
  const backupIds = Object.keys(storeRows(source, 'records'))
  const backupChunks = rowCounts(source).fileChunks
  expect(backupChunks).toBeGreaterThanOrEqual(57) // 3 × 20 MB in 1 MiB chunks

  let cleanedStagedChunks = 0
  for (const { at: killAt, how } of KILL_POINTS) {
    const dir = mkdtempSync(join(tmpdir(), 'redress-e2e-restore-kill-'))
    try {
      // The old vault: Yerlan's dossier only.
      let context = await launch(dir, baseURL)
      let tab = await firstPage(context)
      await createVault(tab)
      await createClient(tab, YERLAN)
      const old = await rawRows(tab)
      const oldNames = await dossierNames(tab)

      const panel = await openRestorePanel(tab)
      await checkBackup(panel, file)
      await expect(preview(panel)).toContainText('1 dossier to add', { timeout: 120_000 })
      await expect(preview(panel)).toContainText('3 exhibits to add')
      await panel.getByRole('button', { name: 'Restore…' }).click()
      await tab.getByRole('dialog', { name: 'Restore from this backup?' }).getByRole('button', { name: 'Restore', exact: true }).click()
      if (killAt < 1) {
        await tab.waitForFunction(
          (fraction) => {
            const bar = document.querySelector<HTMLProgressElement>('[data-step="writing"] progress')
            return bar !== null && bar.value / bar.max >= fraction
          },
          killAt,
          { timeout: 120_000, polling: 'raf' }
        )
      } else await expect(panel.getByRole('status').filter({ hasText: /^Restored: / })).toBeVisible({ timeout: 120_000 })
      const chunksAtKill = await tab.evaluate(chunkRows)
      const finishedBeforeKill = await panel.getByRole('status').filter({ hasText: /^Restored: / }).isVisible()
      if (how === 'crash') {
        const cdp = await context.newCDPSession(tab)
        // The renderer dies at once; the CDP call itself never gets an answer, so it is not awaited.
        const crashed = tab.waitForEvent('crash', { timeout: 30_000 })
        void cdp.send('Page.crash').catch(() => undefined)
        await crashed
      }
      await context.close() // the kill: the page goes away mid-write

      context = await launch(dir, baseURL)
      tab = await firstPage(context)
      await tab.goto('/')
      await unlock(tab)
      const reopened = await rawRows(tab)
      const ids = Object.keys(storeRows(reopened, 'records')).sort()
      const oldIds = Object.keys(storeRows(old, 'records')).sort()
      const newIds = [...new Set([...oldIds, ...backupIds])].sort()
      expect(Object.keys(storeRows(reopened, 'meta'))).not.toContain('restore-staging')
      const names = await dossierNames(tab)
      const outcome = ids.length === oldIds.length ? 'old' : 'new'
      const note = `${how === 'crash' ? 'crashed' : 'closed'} at ${Math.round(killAt * 100)}% of the writing pass with ${chunksAtKill} chunk rows stored: reopened as the ${outcome} vault (${rowCounts(reopened).fileChunks} chunk rows)`
      testInfo.annotations.push({ type: 'kill point', description: note })
      console.log(note)
      if (outcome === 'old') {
        expect(finishedBeforeKill).toBe(false)
        expect(ids).toEqual(oldIds)
        expect(rowCounts(reopened).fileChunks).toBe(rowCounts(old).fileChunks)
        expect(storeRows(reopened, 'records')).toEqual(storeRows(old, 'records')) // byte for byte
        expect(names).toEqual(oldNames)
        cleanedStagedChunks += chunksAtKill - rowCounts(old).fileChunks
      } else {
        expect(ids).toEqual(newIds)
        expect(rowCounts(reopened).fileChunks).toBe(rowCounts(old).fileChunks + backupChunks)
        expect(names).toEqual([...oldNames, GULSEN.legalName].sort())
      }
      await context.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  // At least one kill came after staged chunks were stored and before the final transaction: the
  // start-up recovery removed them, which is what kept that vault the old one.
  expect(cleanedStagedChunks).toBeGreaterThan(0)

  // Cancel instead of a kill, at 10% of the writing pass: the staged chunks are removed at once and
  // every raw row is as before.
  const dir = mkdtempSync(join(tmpdir(), 'redress-e2e-restore-cancel-'))
  const context = await launch(dir, baseURL)
  try {
    const tab = await firstPage(context)
    await createVault(tab)
    await createClient(tab, YERLAN)
    const old = await rawRows(tab)
    const panel = await openRestorePanel(tab)
    await checkBackup(panel, file)
    await expect(preview(panel)).toContainText('3 exhibits to add', { timeout: 120_000 })
    await panel.getByRole('button', { name: 'Restore…' }).click()
    await tab.getByRole('dialog', { name: 'Restore from this backup?' }).getByRole('button', { name: 'Restore', exact: true }).click()
    await tab.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-step="writing"] progress')
      return bar !== null && bar.value / bar.max >= 0.1
    }, undefined, { timeout: 120_000, polling: 'raf' })
    await panel.getByRole('button', { name: 'Cancel' }).click()
    await expect(panel.getByRole('alert')).toHaveText('The restore was cancelled. Nothing was restored; your vault is unchanged.', { timeout: 60_000 })
    expect(await rawRows(tab)).toEqual(old)
    expect(await dossierNames(tab)).toEqual([YERLAN.legalName])
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
