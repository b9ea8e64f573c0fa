// Outcome statistics end to end: matters from three requesting countries with outcomes and CCF
// events entered through the UI; the statistics page draws them (SVG bars, screenshot); the
// anonymised CSV is previewed, downloaded, and its rows checked — counts under 5 as "<5", and no
// name, case number or exact date in the file.
import { mkdir, readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { addMatter, createClient, createVault, expect, GULSEN, test, YERLAN, type ClientData } from './helpers'
import { addEvent } from './deadlineSteps'

const FYODOR: ClientData = { legalName: 'Фёдор Щербаков', latinName: 'Fyodor Shcherbakov', dateOfBirth: '1990-07-07', nationalities: ['RU'] }
const SECRETS = ['Gülşen', 'Yıldırım', 'Yildirim', 'Жақсылықов', 'Zhaksylykov', 'Щербаков', 'Shcherbakov', '2017/118', '3/1-204/2023', 'TR file']

/** axe-core (WCAG 2.1 A/AA): no serious or critical violation on the screen as it stands. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(blocking, `serious or critical axe violations on ${screen}`).toEqual([])
}

/** RFC 4180 fields (quoted fields may hold commas and doubled quotes), rows ending in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  return rows
}

test('three requesting countries with outcomes: chart, preview and anonymised CSV', async ({ page }) => {
  test.setTimeout(240_000)
  await createVault(page)

  // Türkiye: five red notices at different stages; the first went through an access request.
  await createClient(page, GULSEN)
  const stages = ['deleted', 'deleted', 'retained', 'challenged', 'implementation-confirmed']
  for (const [i, stage] of stages.entries()) {
    await addMatter(page, { kind: 'red-notice', requestingCountry: 'TR', stage, title: `TR file ${i + 1}`, warrantNumber: '2017/118' })
  }
  const tr1 = 'Red notice — Türkiye (TR file 1)'
  await addEvent(page, { type: 'ccf-request-received', date: '2026-01-05', summary: 'Gülşen: access request received', matter: tr1, requestType: 'access' })
  await addEvent(page, { type: 'ccf-admissibility', date: '2026-01-20', summary: 'Declared admissible', matter: tr1, requestType: 'access' })
  await addEvent(page, { type: 'ccf-decision', date: '2026-04-10', summary: 'Access decision', matter: tr1, requestType: 'access' })

  // Kazakhstan: a diffusion corrected, decided after the 9 months (STAT Art. 40(2)) with no extension.
  await createClient(page, YERLAN)
  await addMatter(page, { kind: 'diffusion', requestingCountry: 'KZ', stage: 'corrected' })
  await addEvent(page, { type: 'ccf-admissibility', date: '2025-10-01', summary: 'Deletion request admissible', matter: 'Wanted-person diffusion — Kazakhstan', requestType: 'correction-deletion' })
  await addEvent(page, { type: 'ccf-decision', date: '2026-08-14', summary: 'Decision: data corrected', matter: 'Wanted-person diffusion — Kazakhstan', requestType: 'correction-deletion' })

  // Russia: a red notice retained, its deletion request still pending.
  await createClient(page, FYODOR)
  await addMatter(page, { kind: 'red-notice', requestingCountry: 'RU', stage: 'retained', warrantNumber: '3/1-204/2023' })
  await addEvent(page, { type: 'ccf-admissibility', date: '2026-03-02', summary: 'Deletion request admissible', matter: 'Red notice — Russia', requestType: 'correction-deletion' })

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Statistics' }).click()
  await expect(page.getByRole('heading', { name: 'Outcome statistics', level: 1 })).toBeVisible()
  await expect(page.getByText('7 matters, 3 CCF requests.')).toBeVisible()

  // The chart: one bar per country (most matters first), segments per outcome with a width.
  const chart = page.getByTestId('country-chart')
  await expect(chart.locator('svg.recharts-surface[role="application"]')).toBeVisible()
  // Axis labels may wrap into several tspans; their letters read in order, most matters first.
  const ticks = await chart.locator('.recharts-yAxis-tick-labels text').evaluateAll((texts) => texts.map((t) => (t.textContent ?? '').replace(/\s+/g, '')))
  expect(ticks).toEqual(['Türkiye(TR)', 'Kazakhstan(KZ)', 'Russia(RU)'])
  await expect(chart.getByRole('listitem')).toHaveText(['Pending', 'Deleted', 'Corrected', 'Retained', 'Implementation confirmed'])
  const widths = await chart.locator('.recharts-bar-rectangle path').evaluateAll((paths) => paths.map((p) => (p as SVGGraphicsElement).getBBox().width))
  const drawn = widths.filter((w) => w > 0)
  // Türkiye: deleted, retained, pending, implemented; Kazakhstan: corrected; Russia: retained.
  expect(drawn).toHaveLength(6)
  // Türkiye's deleted segment (2 matters) is twice Kazakhstan's corrected one (1).
  expect(Math.max(...drawn) / Math.min(...drawn)).toBeCloseTo(2, 1)

  // The same figures as a table for screen readers.
  const table = page.getByRole('table', { name: 'Matters by requesting country and outcome' })
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByRole('row', { name: /Türkiye/ })).toHaveText(/Türkiye \(TR\)\s*1\s*2\s*0\s*1\s*1\s*5/)
  const timing = page.getByRole('table', { name: 'Time to CCF decision against the Statute limits' })
  await expect(timing.getByRole('row', { name: /^Access/ })).toHaveText(/4 months\)\s*1\s*0\s*0\s*0\s*0/)
  await expect(timing.getByRole('row', { name: /^Correction/ })).toHaveText(/9 months\)\s*0\s*0\s*1\s*1\s*0/)
  await expect(page.getByTestId('timing-chart').locator('svg.recharts-surface[role="application"]')).toBeVisible()

  await mkdir('test-results/screenshots', { recursive: true })
  await page.screenshot({ path: 'test-results/screenshots/statistics.png', fullPage: true })
  await expectAccessible(page, 'statistics')

  // The preview shows exactly the CSV that will be saved.
  await page.getByRole('button', { name: 'Export anonymised report…' }).click()
  await expect(page.getByRole('heading', { name: 'Anonymised report: what will leave the app' })).toBeFocused()
  const previewText = (await page.getByTestId('csv-preview').textContent()) ?? ''
  const pdfText = (await page.getByTestId('pdf-preview').textContent()) ?? ''
  await expectAccessible(page, 'statistics with the report preview')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^outcome-statistics-\d{4}-\d{2}\.csv$/)
  await expect(page.getByRole('status').filter({ hasText: /^Saved outcome-statistics-/ })).toBeVisible()
  const bytes = await readFile(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.subarray(3).toString('utf8')
  expect(text).toBe(previewText)

  for (const secret of SECRETS) {
    expect(text).not.toContain(secret)
    expect(pdfText).not.toContain(secret)
  }
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  expect(pdfText).not.toMatch(/\d{4}-\d{2}-\d{2}/)

  const rows = parseCsv(text)
  const now = new Date()
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
  expect(rows.slice(0, 4)).toEqual([
    ['Table', 'Category', 'Subcategory', 'Count'],
    ['Summary', 'Prepared (month)', '', month],
    ['Summary', 'Matters', '', '7'],
    ['Summary', 'CCF requests', '', '<5']
  ])
  const table1 = rows.filter((r) => r[0] === 'Matters by requesting country')
  expect(table1).toEqual([
    ['Matters by requesting country', 'Kazakhstan (KZ)', '', '<5'],
    ['Matters by requesting country', 'Russia (RU)', '', '<5'],
    ['Matters by requesting country', 'Türkiye (TR)', '', '5']
  ])
  expect(rows.filter((r) => r[0] === 'Matters by data item').map((r) => [r[1], r[3]])).toEqual([
    ['Red notice', '6'],
    ['Diffusion', '<5'],
    ['SLTD', '<5'],
    ['Other data', '<5']
  ])
  expect(rows.filter((r) => r[0] === 'Matters by outcome').every((r) => r[3] === '<5')).toBe(true)
  // A timing row label holds a comma, so it arrives quoted and parses back whole.
  expect(rows.find((r) => r[1] === 'Access (STAT Art. 40(1), 4 months)' && r[2] === 'Decided within the limit')?.[3]).toBe('<5')
  for (const r of rows.slice(2)) expect(r[3] === '<5' || r[3] === month || Number(r[3]) >= 5).toBe(true)

  // In Arabic the page mirrors: the bars grow from the right, with the country names on the right.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar')
  await page.getByRole('navigation').first().getByRole('button', { name: 'الإحصاءات' }).click()
  await expect(page.getByRole('heading', { name: 'إحصاءات النتائج', level: 1 })).toBeVisible()
  const arChart = page.getByTestId('country-chart')
  const labelBox = await arChart.locator('.recharts-yAxis-tick-labels text').first().boundingBox()
  const barBoxes = await arChart.locator('.recharts-bar-rectangle path').evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ left: r.left, right: r.right })))
  expect(labelBox).not.toBeNull()
  for (const bar of barBoxes) expect(bar.right).toBeLessThanOrEqual(labelBox!.x + 1)
  await expect(arChart.getByRole('listitem').first()).toHaveText('قيد النظر')
  await page.screenshot({ path: 'test-results/screenshots/statistics-ar.png', fullPage: true })
  await page.getByTestId('timing-chart').screenshot({ path: 'test-results/screenshots/statistics-ar-timing.png' })
  await expectAccessible(page, 'statistics in Arabic')

  // The Arabic report: the preview names the tables in Arabic; the PDF renders (embedded Arabic fonts) and downloads.
  await page.getByRole('button', { name: 'تصدير التقرير مجهول الهوية…' }).click()
  await expect(page.getByTestId('pdf-preview')).toContainText('إحصاءات النتائج مجهولة الهوية')
  await expect(page.getByTestId('csv-preview')).toContainText('القضايا حسب الدولة الطالبة')
  const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'حفظ ملف PDF' }).click()])
  expect(pdfDownload.suggestedFilename()).toMatch(/^outcome-statistics-\d{4}-\d{2}\.pdf$/)
  const pdfBytes = await readFile(await pdfDownload.path())
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
})
