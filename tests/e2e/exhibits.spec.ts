// Exhibits and the evidence bundle end to end in Chromium: four files through the file chooser
// (one password-protected, which pre-flight leaves out), reordered, built in the bundle worker,
// saved as PDF and as zip, and checked outside the app — qpdf --check, pdftotext of every page,
// the outline and the index links read with pdf-lib's low-level objects, sha256sum -c on the
// unpacked zip — then "Verify originals", and the exhibits still there after a reload and unlock.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import jpeg from 'jpeg-js'
import { PDFDocument } from 'pdf-lib'
import { encryptedPdf, sampleJpeg, samplePdf } from '../support/exhibitSamples'
import { pageText, qpdfCheck, readLinks, readOutline } from '../unit/bundleTestKit'
import { GULSEN, GULSEN_RED_NOTICE, addMatter, createClient, createVault, expect, test, unlock } from './helpers'

const workDir = mkdtempSync(join(tmpdir(), 'redress-e2e-exhibits-'))

function run(tool: string, args: string[], cwd?: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(tool, args, { encoding: 'utf8', cwd })
  if (result.error) throw result.error
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

interface Sample {
  name: string
  title: string
  mimeType: string
  bytes: Uint8Array
  pages: number
  /** Text pdftotext finds on each of its pages (images have none of their own). */
  marker: ((page: number) => string) | null
}

async function samples(): Promise<{ good: Sample[]; locked: Sample }> {
  return {
    good: [
      { name: '2017-02-02 Arrest warrant.pdf', title: 'Arrest warrant', mimeType: 'application/pdf', bytes: await samplePdf({ pages: 2, label: 'Warrant' }), pages: 2, marker: (p) => `Warrant — page ${p} of 2` },
      {
        name: '2019-06-10 Extradition refusal.pdf',
        title: 'Extradition refusal',
        mimeType: 'application/pdf',
        bytes: await samplePdf({ pages: 3, label: 'Refusal', ownPageNumbers: true }),
        pages: 3,
        marker: (p) => `Refusal — page ${p} of 3`
      },
      { name: 'Hearing photo.jpg', title: 'Hearing photo', mimeType: 'image/jpeg', bytes: sampleJpeg(900, 600, 6), pages: 1, marker: null }
    ],
    locked: { name: 'Asylum decision.pdf', title: 'Asylum decision', mimeType: 'application/pdf', bytes: await encryptedPdf(), pages: 0, marker: null }
  }
}

async function addThroughFileChooser(page: Page, files: Sample[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add files…' }).click()])
  expect(chooser.isMultiple()).toBe(true)
  await chooser.setFiles(files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.bytes) })))
}

async function download(page: Page, button: string, fileName: string): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  const file = join(workDir, fileName)
  await saved.saveAs(file)
  return file
}

test('three exhibits and a locked one: reorder, build in the worker, save PDF and zip, check them outside the app, verify', async ({ page }) => {
  test.setTimeout(120_000)
  const { good, locked } = await samples()
  for (const f of [...good, locked]) writeFileSync(join(workDir, f.name), f.bytes)

  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const exhibits = page.getByRole('region', { name: 'Exhibits' })
  await expect(exhibits.getByRole('button', { name: 'Build bundle' })).toBeDisabled()

  await addThroughFileChooser(page, [...good, locked])
  await expect(exhibits.getByRole('status')).toHaveText('4 exhibits added.')
  for (const f of [...good, locked]) await expect(exhibits.getByRole('article', { name: f.title })).toBeVisible()
  const warrant = exhibits.getByRole('article', { name: 'Arrest warrant' })
  await expect(warrant).toContainText('2017-02-02 · PDF · 2 pages')
  await expect(warrant.locator('code').first()).toHaveAttribute('title', run('sha256sum', [join(workDir, good[0]!.name)]).stdout.slice(0, 64))
  const lockedCard = exhibits.getByRole('article', { name: 'Asylum decision' })
  await expect(lockedCard).toContainText('left out of bundles')
  await expect(lockedCard).toContainText(/password/i)

  // The same file again is refused as a duplicate, nothing is stored twice.
  await addThroughFileChooser(page, [good[0]!])
  await expect(exhibits.getByRole('status')).toHaveText('2017-02-02 Arrest warrant.pdf is already in this matter as “Arrest warrant”; it was not added again.')
  await expect(exhibits.getByRole('article')).toHaveCount(4)
  await page.screenshot({ path: '/tmp/shots/exhibits-list.png', fullPage: true })

  await exhibits.getByRole('button', { name: 'Build bundle' }).click()
  await expect(page.getByRole('heading', { name: 'Evidence bundle', level: 1 })).toBeVisible()
  const order = page.locator('.bundle-order .bundle-item__title')
  await expect(order).toHaveText(good.map((f) => f.title))
  await expect(page.getByRole('region', { name: 'Left out of the bundle' })).toContainText('Asylum decision')
  await expect(page.getByText('The CCF portal’s own limit is not published; 20 MB is our default — change it if the portal refuses a file.')).toBeVisible()

  // Move the third up, from the keyboard: the focus stays on the moved exhibit's button.
  const moveUp = page.getByRole('button', { name: 'Move up: Hearing photo' })
  await moveUp.focus()
  await page.keyboard.press('Enter')
  const arranged = [good[0]!, good[2]!, good[1]!]
  await expect(order).toHaveText(arranged.map((f) => f.title))
  await expect(moveUp).toBeFocused()
  // Once more to the top: Move up is disabled there, so the focus moves to Move down.
  await page.keyboard.press('Enter')
  await expect(order).toHaveText([good[2]!, good[0]!, good[1]!].map((f) => f.title))
  await expect(page.getByRole('button', { name: 'Move down: Hearing photo' })).toBeFocused()
  await page.keyboard.press('Enter')

  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  const started = Date.now()
  await page.getByRole('button', { name: 'Build bundle' }).click()
  await expect(page.getByRole('heading', { name: 'Bundle built' })).toBeVisible({ timeout: 60_000 })
  console.log(`bundle of 3 exhibits built in the worker (vault reads and font fetch included): ${Date.now() - started} ms`)
  await page.screenshot({ path: '/tmp/shots/bundle-builder.png', fullPage: true })
  // Built in the module worker, not on the calling thread.
  expect(workers.some((url) => /bundle\.worker/.test(url))).toBe(true)

  // The PDF, read back with poppler, qpdf and pdf-lib's low-level objects.
  const pdfFile = await download(page, 'Save bundle PDF', 'bundle.pdf')
  expect(qpdfCheck(pdfFile).status).toBe(0)
  const doc = await PDFDocument.load(readFileSync(pdfFile), { updateMetadata: false })
  const total = doc.getPageCount()
  const texts = Array.from({ length: total }, (_, i) => pageText(pdfFile, i + 1))
  const indexPages = texts.filter((t) => / — Index/.test(t)).length
  const manifestPages = texts.filter((t) => / — Integrity manifest/.test(t)).length
  const exhibitPages = arranged.reduce((n, f) => n + f.pages, 0)
  expect(indexPages).toBeGreaterThanOrEqual(1)
  expect(manifestPages).toBeGreaterThanOrEqual(1)
  expect(total).toBe(indexPages + exhibitPages + manifestPages)
  expect(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdfFile]).stdout)?.[1])).toBe(total)

  let at = indexPages
  let bundlePage = 1
  const firstPages: number[] = []
  arranged.forEach((f, i) => {
    firstPages.push(at)
    for (let p = 1; p <= f.pages; p++, at++, bundlePage++) {
      expect(texts[at], `page ${at + 1}`).toContain(`Bundle p. ${bundlePage} — Exhibit ${i + 1}`)
      if (f.marker) expect(texts[at]).toContain(f.marker(p))
    }
  })
  // The refusal's own "Page n" survives next to the stamp.
  expect(texts[firstPages[2]!]).toContain('Page 1')
  for (const f of arranged) expect(texts.slice(0, indexPages).join(' ')).toContain(f.title)

  const exhibitEntries = readOutline(doc).flatMap((n) => n.children)
  expect(exhibitEntries).toHaveLength(3)
  arranged.forEach((f, i) => expect(exhibitEntries[i]!.title).toContain(f.title))
  expect(exhibitEntries.map((n) => n.pageIndex)).toEqual(firstPages)
  const indexLinks = readLinks(doc).filter((l) => l.onPage < indexPages)
  expect(indexLinks.map((l) => l.toPage)).toEqual(expect.arrayContaining(firstPages))

  // The zip: unpacked, SHA256SUMS checked by sha256sum itself, originals byte-identical.
  const zipFile = await download(page, 'Save as zip (bundle + originals + manifest + SHA256SUMS)', 'bundle.zip')
  const unpacked = join(workDir, 'unzipped')
  expect(run('unzip', ['-q', zipFile, '-d', unpacked]).status).toBe(0)
  const check = run('sha256sum', ['-c', 'SHA256SUMS'], unpacked)
  expect(check.status, check.stdout + check.stderr).toBe(0)
  const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { exhibits: Array<{ title: string; fileName: string; sha256: string; sizeBytes: number; firstPage: string | null }> }
  // The locked exhibit was left out by pre-flight before the build: the manifest lists what was bundled.
  expect(manifest.exhibits.map((e) => e.fileName)).toEqual(arranged.map((f) => f.name))
  for (const f of good) {
    const entry = manifest.exhibits.find((e) => e.fileName === f.name)
    expect(entry, f.name).toBeDefined()
    expect(entry!.sha256).toBe(run('sha256sum', [join(workDir, f.name)]).stdout.slice(0, 64))
    expect(entry!.sizeBytes).toBe(f.bytes.length)
  }
  const originals = readdirSync(join(unpacked, 'originals'))
  expect(originals).toHaveLength(3)
  for (const f of good) {
    const name = originals.find((n) => n.endsWith(f.name))
    expect(name, f.name).toBeDefined()
    expect(Buffer.compare(readFileSync(join(unpacked, 'originals', name!)), Buffer.from(f.bytes))).toBe(0)
  }

  // Verify originals: every stored original still has its intake hash.
  const verify = page.getByRole('region', { name: 'Integrity check' })
  await verify.getByRole('button', { name: 'Verify originals' }).click()
  await expect(verify.getByRole('status')).toHaveText('All 4 originals are unchanged.')
  await expect(verify.getByRole('row')).toHaveCount(5)
  // Against the manifest.json from the zip, and against one whose hash for the warrant was altered.
  const pickManifest = async (file: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), verify.getByRole('button', { name: 'Check against a manifest.json…' }).click()])
    await chooser.setFiles(file)
  }
  await pickManifest(join(unpacked, 'manifest.json'))
  await expect(verify.getByRole('status')).toHaveText('All 3 originals are unchanged.')
  const altered = join(workDir, 'altered-manifest.json')
  writeFileSync(altered, readFileSync(join(unpacked, 'manifest.json'), 'utf8').replace(manifest.exhibits[0]!.sha256, '0'.repeat(64)))
  await pickManifest(altered)
  await expect(verify.getByRole('status')).toHaveText('1 original does not match. See the table.')
  await expect(verify.getByRole('row', { name: /Arrest warrant/ })).toContainText('Changed')
  await verify.screenshot({ path: '/tmp/shots/bundle-verify.png' })
  const notJson = join(workDir, 'not-a-manifest.json')
  writeFileSync(notJson, '{"format":"something else"}')
  await pickManifest(notJson)
  await expect(verify.getByRole('alert')).toContainText('This file is not a Redress manifest.json')

  // Freeze, then after a reload and unlock the exhibits and the arrangement are still there.
  await page.getByRole('button', { name: 'Freeze this numbering (after serving the bundle)' }).click()
  await expect(page.getByText(/^Numbering frozen on /)).toBeVisible()
  await page.reload()
  await unlock(page)
  await page.getByRole('button', { name: new RegExp(GULSEN.legalName) }).first().click()
  await expect(page.getByRole('heading', { name: GULSEN.legalName, level: 1 })).toBeVisible()
  for (const f of [...good, locked]) await expect(page.getByRole('article', { name: f.title })).toBeVisible()

  // A late addition, dropped onto the drop zone, then dragged to sit after the warrant: with the
  // numbering frozen it becomes Exhibit 1A on page 2A and nothing else is renumbered.
  const opinion: Sample = { name: '2020-01-15 UN WGAD opinion.pdf', title: 'UN WGAD opinion', mimeType: 'application/pdf', bytes: await samplePdf({ pages: 1, label: 'Opinion' }), pages: 1, marker: (p) => `Opinion — page ${p} of 1` }
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(data)], name, { type: 'application/pdf' }))
      return transfer
    },
    { name: opinion.name, data: [...opinion.bytes] }
  )
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer })
  await expect(page.getByRole('region', { name: 'Exhibits' }).getByRole('status')).toHaveText('One exhibit added.')
  await page.getByRole('region', { name: 'Exhibits' }).getByRole('button', { name: 'Build bundle' }).click()
  await expect(order).toHaveText([...arranged, opinion].map((f) => f.title))
  await expect(page.getByText(/^Numbering frozen on /)).toBeVisible()
  await expect(page.locator('.bundle-item', { hasText: opinion.title })).toContainText('late insertion')
  await page.locator('.bundle-item', { hasText: opinion.title }).dragTo(page.locator('.bundle-item', { hasText: 'Hearing photo' }))
  const late = [good[0]!, opinion, good[2]!, good[1]!]
  await expect(order).toHaveText(late.map((f) => f.title))
  await page.getByRole('button', { name: 'Build bundle' }).click()
  await expect(page.getByRole('heading', { name: 'Bundle built' })).toBeVisible({ timeout: 60_000 })
  const lateFile = await download(page, 'Save bundle PDF', 'bundle-late.pdf')
  expect(qpdfCheck(lateFile).status).toBe(0)
  const lateDoc = await PDFDocument.load(readFileSync(lateFile), { updateMetadata: false })
  const lateTexts = Array.from({ length: lateDoc.getPageCount() }, (_, i) => pageText(lateFile, i + 1))
  const stamps = lateTexts.map((t) => /Bundle p\. (\S+) — Exhibit (\S+)/.exec(t)?.slice(1, 3).join('/')).filter(Boolean)
  expect(stamps).toEqual(['1/1', '2/1', '2A/1A', '3/2', '4/3', '5/3', '6/3'])
  expect(lateTexts.find((t) => t.includes('Exhibit 1A'))).toContain(opinion.marker!(1))
})

test('editing exhibits: messages per field, the confidential warning, a translation clearing the missing-translation warning, delete', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const karar: Sample = { name: '2019-06-10 Karar.pdf', title: 'Karar', mimeType: 'application/pdf', bytes: await samplePdf({ label: 'Karar' }), pages: 1, marker: null }
  const english: Sample = { name: 'Decision (English).pdf', title: 'Decision (English)', mimeType: 'application/pdf', bytes: await samplePdf({ label: 'Decision' }), pages: 1, marker: null }
  await addThroughFileChooser(page, [karar, english])
  const exhibits = page.getByRole('region', { name: 'Exhibits' })
  await expect(exhibits.getByRole('status')).toHaveText('2 exhibits added.')

  await exhibits.getByRole('button', { name: 'Edit: Karar' }).click()
  const form = page.getByRole('form', { name: 'Edit exhibit: Karar' })
  await form.getByRole('textbox', { name: 'Title' }).fill(' ')
  await form.getByRole('textbox', { name: 'Document date' }).fill('2019-02-30')
  await form.getByRole('button', { name: 'Save exhibit' }).click()
  await expect(form.getByRole('alert')).toHaveText('2 fields need attention. They are marked below.')
  await expect(form.getByText('Give the exhibit a title.')).toBeVisible()
  await expect(form.getByText('Document date: this date does not exist in the calendar.')).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused()
  await form.getByRole('textbox', { name: 'Title' }).fill('Court decision')
  await form.getByRole('textbox', { name: 'Document date' }).fill('2019-06-10')
  await form.getByRole('combobox', { name: 'Language of the document' }).selectOption('tr')
  await form.getByRole('checkbox', { name: 'Confidential' }).check()
  await expect(form.getByText(/^Marked confidential: the CCF will not pass this item on/)).toBeVisible()
  await form.getByRole('checkbox', { name: /^Predominantly political/ }).check()
  await form.screenshot({ path: '/tmp/shots/exhibit-edit.png' })
  await form.getByRole('button', { name: 'Save exhibit' }).click()
  const decision = exhibits.getByRole('article', { name: 'Court decision' })
  await expect(decision).toContainText('Confidential')
  await expect(decision).toContainText('needs attention')
  await expect(decision).toContainText('a language the CCF does not work in (tr)')

  await exhibits.getByRole('button', { name: 'Edit: Decision (English)' }).click()
  const second = page.getByRole('form', { name: 'Edit exhibit: Decision (English)' })
  await second.getByRole('combobox', { name: 'Translation of' }).selectOption({ label: 'Court decision' })
  await second.getByRole('combobox', { name: 'Language of the document' }).selectOption('other')
  await second.getByRole('textbox', { name: 'Language code (BCP 47)' }).fill('english')
  await second.getByRole('button', { name: 'Save exhibit' }).click()
  await expect(second.getByText(/^Language code \(BCP 47\): use a language code/)).toBeVisible()
  await second.getByRole('textbox', { name: 'Language code (BCP 47)' }).fill('en-GB')
  await second.getByRole('button', { name: 'Save exhibit' }).click()
  await expect(exhibits.getByRole('article', { name: 'Decision (English)' })).toContainText('Translation of “Court decision”')
  await expect(decision).not.toContainText('needs attention')

  await exhibits.getByRole('button', { name: 'Delete: Decision (English)' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this exhibit?' })
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(exhibits.getByRole('article')).toHaveCount(1)
  await expect(decision).toContainText('a language the CCF does not work in (tr)')

  // Cancel while the worker waits for its font: nothing is built, and the next build goes through.
  const held: Array<{ abort: () => Promise<void> }> = []
  await page.context().route('**/NotoSans-Regular*.ttf', (route) => {
    held.push(route)
  })
  await exhibits.getByRole('button', { name: 'Build bundle' }).click()
  await page.getByRole('button', { name: 'Build bundle' }).click()
  await expect(page.getByRole('progressbar', { name: 'Building the bundle' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Loading the fonts…' })).toBeVisible()
  await expect.poll(() => held.length).toBe(1)
  const cancel = page.getByRole('button', { name: 'Cancel' })
  await expect(cancel).toBeFocused()
  await cancel.click()
  await expect(page.getByRole('status').filter({ hasText: 'The build was cancelled. Nothing was saved.' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Bundle built' })).toHaveCount(0)
  await page.context().unroute('**/NotoSans-Regular*.ttf')
  await page.getByRole('button', { name: 'Build bundle' }).click()
  await expect(page.getByRole('heading', { name: 'Bundle built' })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByText(/^\d+ pages, 1 exhibit\.$/)).toBeVisible()
})

/** A photo-like JPEG that does not compress: seeded noise, so its size is predictable (~1.3 MB). */
function noiseJpeg(seed: number, size = 1000): Uint8Array {
  let state = seed
  const data = Buffer.alloc(size * size * 4)
  for (let i = 0; i < data.length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0
    data[i] = i % 4 === 3 ? 255 : state >>> 24
  }
  return new Uint8Array(jpeg.encode({ data, width: size, height: size }, 90).data)
}

test('a bundle above the size limit is split into volumes numbered continuously', async ({ page }) => {
  test.setTimeout(120_000)
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  const photos: Sample[] = [1, 2, 3].map((n) => ({ name: `Photo ${n}.jpg`, title: `Photo ${n}`, mimeType: 'image/jpeg', bytes: noiseJpeg(n), pages: 1, marker: null }))
  for (const p of photos) expect(p.bytes.length).toBeGreaterThan(1_000_000)
  await addThroughFileChooser(page, photos)
  await expect(page.getByRole('region', { name: 'Exhibits' }).getByRole('status')).toHaveText('3 exhibits added.')
  await page.getByRole('region', { name: 'Exhibits' }).getByRole('button', { name: 'Build bundle' }).click()

  const limit = page.getByRole('textbox', { name: 'Maximum file size for the portal (MB)' })
  await limit.fill('0')
  await page.getByRole('button', { name: 'Save size limit' }).click()
  await expect(page.getByText('The size limit must be at least 1 MB.')).toBeVisible()
  await limit.fill('2')
  await page.getByRole('button', { name: 'Save size limit' }).click()
  await expect(page.getByRole('button', { name: 'Save size limit' })).toBeDisabled()

  await page.getByRole('button', { name: 'Build bundle' }).click()
  await expect(page.getByRole('heading', { name: 'Bundle built' })).toBeVisible({ timeout: 60_000 })
  const volumes = page.locator('.bundle-volumes li')
  const count = await volumes.count()
  expect(count).toBeGreaterThanOrEqual(2)
  const stamps: string[] = []
  for (let v = 1; v <= count; v++) {
    const file = await download(page, `Save volume ${v} (PDF)`, `volume-${v}.pdf`)
    expect(qpdfCheck(file).status).toBe(0)
    expect(readFileSync(file).length).toBeLessThanOrEqual(2_000_000)
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).stdout)?.[1])
    for (let p = 1; p <= pages; p++) {
      const stamp = /Bundle p\. (\d+) — Exhibit (\d+)/.exec(pageText(file, p))
      if (stamp) stamps.push(`${stamp[1]}/${stamp[2]}`)
    }
  }
  // Continuous across volumes: one page per photo, Exhibits 1–3 on bundle pages 1–3.
  expect(stamps).toEqual(['1/1', '2/2', '3/3'])
})
