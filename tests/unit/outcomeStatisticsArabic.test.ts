// The anonymised report in Arabic, with the UI catalogue's labels: a right-to-left PDF with embedded
// Arabic fonts that poppler reads without errors, and a CSV whose labels are Arabic.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseDocumentModel, renderDocument } from '@shared/pdf'
import { anonymisedReport, caseloadStatistics, reportCsvText, reportPdfModel } from '@shared/statistics'
import type { MatterOutcomeFacts } from '@shared/practice/matterOutcome'
import { setUiLocalePreference } from '../../renderer/i18n/uiLocale'
import { reportLabels, reportLanguage } from '../../renderer/features/statistics/statisticsModel'
import { notoFontSet } from '../bench/pdfFonts'

const facts: MatterOutcomeFacts[] = Array.from({ length: 9 }, (_, i) => ({
  matterId: `m${i}`,
  requestingCountry: i < 6 ? 'TR' : 'RU',
  kind: 'red-notice',
  outcome: i % 2 === 0 ? 'deleted' : 'pending',
  requests: [{ requestType: 'access', extended: false, statuteLimitMonths: 4, admissibleOn: '2026-01-10', decidedOn: '2026-03-01', monthsToDecision: 1, withinLimit: true }]
}))

afterAll(() => setUiLocalePreference('en'))

describe('anonymised report in Arabic', () => {
  it('renders right to left with Arabic labels and no unreadable glyphs', async () => {
    setUiLocalePreference('ar')
    const report = anonymisedReport(caseloadStatistics(facts), '2026-11')
    const labels = reportLabels()
    expect(reportLanguage()).toEqual({ language: 'ar', direction: 'rtl' })
    const csv = reportCsvText(report, labels)
    expect(csv).toContain('القضايا حسب الدولة الطالبة')
    const model = parseDocumentModel(reportPdfModel(report, labels, reportLanguage()))
    const bytes = await renderDocument(model, notoFontSet(), { creationDate: new Date('2026-11-01T00:00:00Z') })
    const dir = join(tmpdir(), 'redress-statistics')
    mkdirSync(dir, { recursive: true })
    const file = join(dir, 'report-ar.pdf')
    writeFileSync(file, bytes)
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text.stderr).toBe('')
    expect(text.stdout).toContain('إحصاءات النتائج مجهولة الهوية')
    expect(text.stdout).toContain('STAT Art.')
    expect(text.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    const png = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'report-ar')], { encoding: 'utf8' })
    expect(png.stderr).toBe('')
  })
})
