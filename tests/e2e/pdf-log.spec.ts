// The daily deadline log as a PDF: rendered in the PDF worker with fonts fetched from the app's own
// origin, saved as a download, and checked with poppler (pdftotext, pdffonts, pdftoppm) rather
// than with the library that wrote it. Page 1 is rendered to /tmp/redress-log-pdf*.png for a
// person to look at.
import { spawnSync } from 'node:child_process'
import type { Download, Page, Request } from '@playwright/test'
import { YERLAN, addMatter, createClient, createVault, expect, goTo, test } from './helpers'
import { addEvent, openDeadlinePage } from './deadlineSteps'

const MATTER = 'Red notice — Kazakhstan'
const ADMISSIBLE = { type: 'ccf-admissibility', date: '2026-05-31', summary: 'Deletion request declared admissible', matter: MATTER, requestType: 'correction-deletion' } as const
const TITLE = 'Deadline log — 23 November 2026'
const FILE_NAME = 'Redress deadline log 2026-11-23.pdf'
const CLIENT_NAMES = ['Ерлан', 'Жақсылықов', 'Yerlan', 'Zhaksylykov']

test.beforeEach(async ({ page }) => {
  await page.clock.setSystemTime(new Date('2026-11-23T10:00:00'))
})

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' })
  if (result.error) throw result.error
  // Poppler reports broken fonts and damaged files on stderr.
  expect(result.stderr, `${tool} stderr`).toBe('')
  expect(result.status, `${tool} exit status`).toBe(0)
  return result.stdout
}

/** pdffonts rows: name (subset tag stripped) and whether the font is embedded. */
function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      return { name: cols[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: cols[cols.length - 5] === 'yes' }
    })
}

async function savePdf(page: Page): Promise<{ download: Download; ms: number }> {
  const started = Date.now()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF' }).click()])
  return { download, ms: Date.now() - started }
}

/** A vault with one Kazakh client whose matter has a CCF clock running, on the log page. */
async function logWithEntries(page: Page): Promise<string> {
  await createVault(page)
  await createClient(page, YERLAN)
  await addMatter(page, { kind: 'red-notice', requestingCountry: 'KZ' })
  await addEvent(page, ADMISSIBLE)
  await openDeadlinePage(page, 'Deadline log')
  const log = page.getByRole('region', { name: TITLE })
  await expect(log.getByRole('row').filter({ hasText: 'Added: CCF decision: due 2027-02-28' })).toHaveCount(1)
  return (await log.locator('td.day-log__matter').first().innerText()).trim()
}

const pdfWorkers = (page: Page) => page.workers().filter((w) => /pdf\.worker/.test(w.url())).length

test('Save as PDF renders the day’s log in the worker: title, matter reference and rule present, no client name, every font embedded', async ({ page }, testInfo) => {
  const fontRequests: string[] = []
  page.context().on('request', (r: Request) => {
    if (/\.(ttf|otf)$/.test(new URL(r.url()).pathname)) fontRequests.push(new URL(r.url()).pathname)
  })
  const reference = await logWithEntries(page)
  expect(reference).toMatch(/^RN-KZ-[0-9A-F]{4}$/)

  const { download, ms: coldMs } = await savePdf(page)
  expect(download.suggestedFilename()).toBe(FILE_NAME)
  await expect(page.getByRole('status').filter({ hasText: `Saved ${FILE_NAME}.` })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeFocused()
  expect(pdfWorkers(page)).toBe(1)

  const file = testInfo.outputPath('log.pdf')
  await download.saveAs(file)
  const text = run('pdftotext', ['-layout', file, '-'])
  expect(text).toContain(TITLE)
  expect(text).toContain(reference)
  expect(text).toContain('Added: CCF decision: due 2027-02-28 (Statute Art. 40(2))')
  expect(text).toContain('Vault owner')
  expect(text).toMatch(/\d+ entries\./)
  for (const name of CLIENT_NAMES) expect(text).not.toContain(name)
  expect(run('pdfinfo', [file])).toMatch(new RegExp(`Title:\\s+${TITLE}`))

  const fonts = pdfFonts(file)
  expect(fonts.length).toBeGreaterThan(0)
  expect(fonts.filter((f) => !f.embedded)).toEqual([])
  expect(fonts.map((f) => f.name).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular'])

  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, '/tmp/redress-log-pdf'])

  // The four Latin and Arabic files, each fetched once by the worker; the 8 MB CJK font never.
  expect(fontRequests.filter((p) => /NotoSansHans/.test(p))).toEqual([])
  expect(fontRequests).toHaveLength(4)

  // A second PDF reuses the worker and its fonts.
  const { ms: warmMs } = await savePdf(page)
  expect(fontRequests).toHaveLength(4)
  console.log(`daily log PDF, click to download: first ${coldMs} ms (fonts fetched and parsed), then ${warmMs} ms`)
  await page.screenshot({ path: '/tmp/redress-log-pdf-page.png' })

  // The worker itself: it ignores a malformed message, reports its phases, and hands the bytes
  // over by transfer (after posting, its own copy is detached).
  const worker = page.workers().find((w) => /pdf\.worker/.test(w.url()))!
  const reply = await worker.evaluate(
    () =>
      new Promise<{ seen: string[]; transferred: boolean; detached: boolean; size: number }>((resolve) => {
        const original = self.postMessage.bind(self)
        const seen: string[] = []
        self.postMessage = ((message: { type: string; phase?: string; bytes?: Uint8Array }, options?: StructuredSerializeOptions) => {
          seen.push(message.type === 'progress' ? message.phase! : message.type)
          if (message.type !== 'done' || !message.bytes) return
          const { bytes } = message
          const size = bytes.byteLength
          const transferred = options?.transfer?.[0] === bytes.buffer
          // Delivered to the page, which ignores a request id it never sent.
          original(message, options)
          self.postMessage = original
          resolve({ seen, transferred, detached: bytes.byteLength === 0, size })
        }) as typeof self.postMessage
        self.dispatchEvent(new MessageEvent('message', { data: { type: 'render', requestId: 'x' } }))
        const model = { title: 'Probe', language: 'en', direction: 'ltr', blocks: [{ type: 'paragraph', text: 'Probe' }] }
        self.dispatchEvent(new MessageEvent('message', { data: { type: 'render', requestId: 1000, model, creationDate: new Date() } }))
      })
  )
  expect(reply).toMatchObject({ seen: ['fonts', 'layout', 'writing', 'done'], transferred: true, detached: true })
  expect(reply.size).toBeGreaterThan(1000)
})

test('Cancel stops the render and nothing is downloaded; a CJK name loads the CJK font and is embedded', async ({ page }, testInfo) => {
  // A name in Chinese script puts CJK text in every log entry, so the render needs the CJK font.
  await createVault(page)
  await goTo(page, 'Settings')
  await page.getByLabel('Your name or initials for the deadline log').fill('王律师')
  await page.getByRole('button', { name: 'Save deadline settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await createClient(page, YERLAN)
  await addMatter(page, { kind: 'red-notice', requestingCountry: 'KZ' })
  await addEvent(page, ADMISSIBLE)
  await openDeadlinePage(page, 'Deadline log')
  await expect(page.getByRole('region', { name: TITLE }).getByRole('row').nth(1)).toContainText('王律师')

  // Hold the CJK font's request: the render waits in "Preparing fonts…" until cancelled.
  const held: Array<{ abort: () => Promise<void> }> = []
  await page.context().route('**/NotoSansHans-*.otf', (route) => {
    held.push(route)
  })
  let downloads = 0
  page.on('download', () => downloads++)

  await page.getByRole('button', { name: 'Save as PDF' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Preparing fonts…' })).toBeVisible()
  await expect.poll(() => held.length).toBe(1)
  expect(pdfWorkers(page)).toBe(1)
  const cancel = page.getByRole('button', { name: 'Cancel' })
  await expect(cancel).toBeFocused()
  await page.screenshot({ path: '/tmp/redress-log-pdf-progress.png' })
  await cancel.click()
  await expect(page.getByRole('status').filter({ hasText: 'The PDF was cancelled. Nothing was saved.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeEnabled()
  // The worker is terminated, not left running.
  await expect.poll(() => pdfWorkers(page)).toBe(0)
  await held[0]!.abort().catch(() => undefined)
  await page.context().unroute('**/NotoSansHans-*.otf')
  await page.waitForTimeout(500)
  expect(downloads).toBe(0)

  // Again, with the font let through: a new worker makes the PDF.
  const { download, ms } = await savePdf(page)
  console.log(`daily log PDF with the CJK font (8.4 MB fetched and parsed in a new worker): ${ms} ms`)
  expect(downloads).toBe(1)
  const file = testInfo.outputPath('log-cjk.pdf')
  await download.saveAs(file)
  expect(run('pdftotext', ['-layout', file, '-'])).toContain('王律师')
  const fonts = pdfFonts(file)
  expect(fonts.map((f) => f.name)).toContain('NotoSansHans-Regular')
  expect(fonts.filter((f) => !f.embedded)).toEqual([])
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, '/tmp/redress-log-pdf-cjk'])
})

test('a PDF that cannot be made says why, and nothing is saved', async ({ page, consoleErrors }) => {
  await logWithEntries(page)
  await page.context().route('**/NotoSans-Bold-*.ttf', (route) => route.fulfill({ status: 404, body: 'Not found' }))
  let downloads = 0
  page.on('download', () => downloads++)
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toHaveText(/^The PDF could not be made: The font file NotoSans-Bold\.ttf could not be loaded \(HTTP 404\)\. Nothing was saved\.$/)
  expect(downloads).toBe(0)
  await page.screenshot({ path: '/tmp/redress-log-pdf-failed.png' })
  // The browser logs the refused font itself; that one console error is expected here.
  const expected = consoleErrors.filter((e) => /Failed to load resource: the server responded with a status of 404/.test(e))
  expect(expected.length).toBeLessThanOrEqual(1)
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !expected.includes(e)))

  // The font is fetched again next time, and the PDF is made.
  await page.context().unroute('**/NotoSans-Bold-*.ttf')
  const { download } = await savePdf(page)
  expect(download.suggestedFilename()).toBe(FILE_NAME)
  await expect(page.getByRole('alert')).toHaveCount(0)
})
