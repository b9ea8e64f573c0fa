// Outcome statistics and the anonymised report, from a fixture caseload built on the scenario
// clients of ../shared/fixtures/scenarios.md. The leak checks read the exported bytes: the CSV as
// saved and the PDF's text as pdftotext extracts it.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Matter, TimelineEvent, type DataItemKind, type MatterStage } from '@shared/domain'
import { parseDocumentModel, renderDocument } from '@shared/pdf'
import { matterOutcomeFacts } from '@shared/practice/matterOutcome'
import {
  anonymisedReport,
  caseloadStatistics,
  documentText,
  reportCsvBytes,
  reportCsvRows,
  reportPdfModel,
  suppressTable,
  type ReportLabels
} from '@shared/statistics'
import { notoFontSet } from '../bench/pdfFonts'

const NOW = '2026-11-23T09:00:00.000Z'

/** Scenario clients with every identifying string the caseload carries about them. */
const CLIENTS = [
  { names: ['Gülşen Yıldırım', 'Gulsen Yildirim'], country: 'TR', kind: 'red-notice', refs: ['2017/118', 'NCB Ankara'] },
  { names: ['Ерлан Жақсылықов', 'Yerlan Zhaksylykov'], country: 'KZ', kind: 'diffusion', refs: ['KZ-DIFF-2026-77'] },
  { names: ['Фёдор Щербаков', 'Fyodor Shcherbakov'], country: 'RU', kind: 'red-notice', refs: ['3/1-204/2023'] },
  { names: ['ئابدۇرېھىم قادىر', '阿卜杜热合曼·卡德尔', 'Abdurehim Qadir'], country: 'CN', kind: 'red-notice', refs: ['2410-0087'] },
  { names: ['Ўладзімір Дзьмітрыевіч Клімовіч', 'Uladzimir Klimovich'], country: 'BY', kind: 'sltd', refs: ['MP4412093'] },
  { names: ['Нодира Раҳимова', 'Nodira Rahimova'], country: 'TJ', kind: 'red-notice', refs: ['CCF/2025/0412'] },
  { names: ['Karim Haddad', 'كريم حداد'], country: 'AE', kind: 'red-notice', refs: ['2019/CHQ/554'] }
] as const

let seq = 0
const uuid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`

interface Built {
  matters: Matter[]
  events: TimelineEvent[]
}

/**
 * Turkey 7 matters, Russia 6, the other five countries one each: 18 matters. Each matter's title,
 * file reference, INTERPOL reference and warrant number carry the client's name and case numbers;
 * each has an access request and most a correction/deletion request, with exact dates.
 */
function fixtureCaseload(): Built {
  const plan: Array<[number, number]> = [[0, 7], [2, 6], [1, 1], [3, 1], [4, 1], [5, 1], [6, 1]]
  const stages: MatterStage[] = ['deleted', 'deleted', 'retained', 'challenged', 'implementation-confirmed', 'corrected', 'deleted']
  const built: Built = { matters: [], events: [] }
  let n = 0
  for (const [clientIndex, count] of plan) {
    const client = CLIENTS[clientIndex]!
    for (let k = 0; k < count; k++, n++) {
      const id = uuid()
      built.matters.push(
        Matter.parse({
          id,
          clientId: uuid(),
          kind: client.kind as DataItemKind,
          title: `${client.names[0]} (${client.names.at(-1)})`,
          fileReference: `FILE-${client.refs[0]}-${k}`,
          requestingCountry: client.country,
          ncb: `NCB ${client.country}`,
          interpolReference: `2026/${client.refs[0]}`,
          warrant: { date: '2017-02-02', court: 'Court', number: client.refs[0] },
          stage: stages[n % stages.length],
          createdAt: NOW,
          updatedAt: NOW
        })
      )
      const event = (type: TimelineEvent['type'], date: string, requestType?: TimelineEvent['requestType']) =>
        built.events.push(TimelineEvent.parse({ id: uuid(), matterId: id, type, date, summary: `${client.names[1]}: ${type} ${client.refs[0]}`, requestType, createdAt: NOW }))
      // Access: admissible 2026-01-1x; decided within 4 months for even n, after 5 months for odd n.
      event('ccf-request-received', `2025-12-${String(10 + (n % 9)).padStart(2, '0')}`, 'access')
      event('ccf-admissibility', `2026-01-${String(10 + (n % 9)).padStart(2, '0')}`, 'access')
      if (n % 3 !== 2) event('ccf-decision', n % 2 === 0 ? '2026-04-02' : '2026-06-20', 'access')
      if (n % 4 === 1) event('ccf-extension', '2026-05-01', 'access')
      if (n % 2 === 0) {
        event('ccf-admissibility', '2026-02-03', 'correction-deletion')
        if (n % 4 === 0) event('ccf-decision', '2026-10-01', 'correction-deletion')
      }
    }
  }
  return built
}

const LABELS: ReportLabels = {
  title: 'Anonymised outcome statistics',
  prepared: (month) => `Prepared in ${month}`,
  columns: { table: 'Table', category: 'Category', subcategory: 'Subcategory', count: 'Count' },
  summary: 'Summary',
  preparedMonth: 'Prepared (month)',
  matters: 'Matters',
  requests: 'CCF requests',
  tables: { countries: 'Requesting country', kinds: 'Data item', outcomes: 'Outcome', requestTypes: 'Request type', timing: 'Time to decision' },
  country: (code) => `Country, "${code}"`,
  kinds: { 'red-notice': 'Red notice', diffusion: 'Diffusion', sltd: 'SLTD', other: 'Other' },
  outcomes: { pending: 'Pending', deleted: 'Deleted', corrected: 'Corrected', retained: 'Retained', implemented: 'Implemented' },
  requestTypes: { access: 'Access', 'correction-deletion': 'Correction/deletion', revision: 'Revision' },
  timedRequestTypes: { access: 'Access (STAT Art. 40(1), 4 months)', 'correction-deletion': 'Correction/deletion (STAT Art. 40(2), 9 months)' },
  timings: { within: 'Within the limit', extended: 'Late, limit extended', over: 'Late', pending: 'Not decided', 'unknown-start': 'Start not recorded' },
  underFive: '<5',
  withheld: 'withheld',
  notesHeading: 'Notes',
  notes: ['Counts under 5 are shown as <5.']
}

function caseload() {
  const { matters, events } = fixtureCaseload()
  const facts = matters.map((m) => matterOutcomeFacts(m, events))
  return { matters, events, stats: caseloadStatistics(facts) }
}

/** Every string in the fixture that identifies a client or a case. */
function identifyingStrings(matters: Matter[], events: TimelineEvent[]): string[] {
  const strings = new Set<string>()
  for (const c of CLIENTS) for (const s of [...c.names, ...c.refs]) strings.add(s)
  for (const m of matters) for (const s of [m.id, m.clientId, m.title, m.fileReference, m.interpolReference, m.warrant.number]) if (s) strings.add(s)
  for (const e of events) strings.add(e.id)
  return [...strings]
}

const ISO_DAY = /\d{4}-\d{2}-\d{2}/

/** Parses RFC 4180 text (quoted fields, doubled quotes, CRLF) independently of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let fieldText = ''
  let quoted = false
  const endField = () => {
    row.push(fieldText)
    fieldText = ''
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        fieldText += '"'
        i++
      } else if (ch === '"') quoted = false
      else fieldText += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') endField()
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField()
      rows.push(row)
      row = []
      i++
    } else fieldText += ch
  }
  expect(row).toEqual([])
  return rows
}

describe('caseload statistics', () => {
  it('counts matters by country, kind and outcome, and requests by type and timing', () => {
    const { stats } = caseload()
    expect(stats.matters).toBe(18)
    expect(stats.byCountry.map((c) => [c.country, c.count])).toEqual([['TR', 7], ['RU', 6], ['AE', 1], ['BY', 1], ['CN', 1], ['KZ', 1], ['TJ', 1]])
    expect(stats.byKind).toEqual({ 'red-notice': 16, diffusion: 1, sltd: 1, other: 0 })
    // stages cycle through 7 values over 18 matters: deleted at n%7 ∈ {0,1,6}.
    expect(stats.byOutcome).toEqual({ deleted: 8, retained: 3, pending: 3, implemented: 2, corrected: 2 })
    expect(stats.byRequestType).toEqual({ access: 18, 'correction-deletion': 9, revision: 0 })
    expect(stats.requests).toBe(27)
    // Access: decided unless n%3==2 (12 decided); even n in time, odd n late; odd n with n%4==1 extended.
    expect(stats.timing.access).toEqual({ within: 6, over: 3, extended: 3, pending: 6, 'unknown-start': 0 })
    expect(stats.timing['correction-deletion']).toEqual({ within: 5, over: 0, extended: 0, pending: 4, 'unknown-start': 0 })
    expect(stats.byCountry[0]!.outcomes.deleted).toBe(3)
  })
})

describe('small-count suppression', () => {
  it('shows 4 as <5 and 5 as 5', () => {
    expect(suppressTable([4], false)).toEqual([{ kind: 'under-five' }])
    expect(suppressTable([5], false)).toEqual([{ kind: 'count', value: 5 }])
    expect(suppressTable([0, 5, 6], false)).toEqual([{ kind: 'under-five' }, { kind: 'count', value: 5 }, { kind: 'count', value: 6 }])
  })
  it('withholds the smallest shown cell when a lone <5 could be recomputed from the total', () => {
    expect(suppressTable([10, 3, 7], true)).toEqual([{ kind: 'count', value: 10 }, { kind: 'under-five' }, { kind: 'withheld' }])
  })
  it('needs no secondary suppression when the total is not published or the suppressed cells stay ambiguous', () => {
    expect(suppressTable([10, 3], false)).toEqual([{ kind: 'count', value: 10 }, { kind: 'under-five' }])
    expect(suppressTable([10, 2, 1], true)).toEqual([{ kind: 'count', value: 10 }, { kind: 'under-five' }, { kind: 'under-five' }])
  })
  it('treats cells whose sum leaves one possibility (all zero, all four) as recoverable', () => {
    expect(suppressTable([9, 0, 0], true)).toEqual([{ kind: 'withheld' }, { kind: 'under-five' }, { kind: 'under-five' }])
    expect(suppressTable([9, 4, 4, 6], true)).toEqual([{ kind: 'count', value: 9 }, { kind: 'under-five' }, { kind: 'under-five' }, { kind: 'withheld' }])
  })
})

describe('anonymised report', () => {
  it('refuses a full date as the report month', () => {
    const { stats } = caseload()
    expect(() => anonymisedReport(stats, '2026-11-23')).toThrow(/yyyy-mm/)
  })

  it('exports CSV bytes with no name, alias, case number or exact date, and nothing under 5', () => {
    const { matters, events, stats } = caseload()
    const bytes = reportCsvBytes(anonymisedReport(stats, '2026-11'), LABELS)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3))
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    for (const s of identifyingStrings(matters, events)) expect(text).not.toContain(s)
    expect(text).not.toMatch(ISO_DAY)

    const rows = parseCsv(text)
    expect(rows[0]).toEqual(['Table', 'Category', 'Subcategory', 'Count'])
    for (const row of rows) expect(row).toHaveLength(4)
    const count = (table: string, category: string, sub = '') => rows.find((r) => r[0] === table && r[1] === category && r[2] === sub)?.[3]
    expect(count('Summary', 'Prepared (month)')).toBe('2026-11')
    expect(count('Summary', 'Matters')).toBe('18')
    // The quoted, comma-bearing country label survives the round trip.
    expect(count('Requesting country', 'Country, "TR"')).toBe('7')
    expect(count('Requesting country', 'Country, "RU"')).toBe('6')
    for (const c of ['AE', 'BY', 'CN', 'KZ', 'TJ']) expect(count('Requesting country', `Country, "${c}"`)).toBe('<5')
    expect(count('Data item', 'Red notice')).toBe('16')
    expect(count('Data item', 'Diffusion')).toBe('<5')
    expect(count('Outcome', 'Deleted')).toBe('8')
    expect(count('Outcome', 'Pending')).toBe('<5')
    expect(count('Time to decision', 'Access (STAT Art. 40(1), 4 months)', 'Within the limit')).toBe('6')
    expect(count('Time to decision', 'Access (STAT Art. 40(1), 4 months)', 'Late')).toBe('<5')
    // Every count in the file is "<5", "withheld" or a number of at least 5.
    for (const row of rows.slice(2)) {
      const value = row[3]!
      if (value === '<5' || value === 'withheld') continue
      expect(Number(value)).toBeGreaterThanOrEqual(5)
    }
    // Matter-level tables add up to 18; where only one small cell remains it is never recomputable.
    expect(rows.filter((r) => r[3] === 'withheld').length).toBeGreaterThan(0)
  })

  it('renders a PDF whose text carries the same rows and no identifying string', async () => {
    const { matters, events, stats } = caseload()
    const report = anonymisedReport(stats, '2026-11')
    const model = parseDocumentModel(reportPdfModel(report, LABELS, { language: 'en', direction: 'ltr' }))
    const bytes = await renderDocument(model, notoFontSet(), { creationDate: new Date('2026-11-01T00:00:00Z') })
    const dir = join(tmpdir(), 'redress-statistics')
    mkdirSync(dir, { recursive: true })
    const file = join(dir, 'report.pdf')
    writeFileSync(file, bytes)
    const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(result.stderr).toBe('')
    const text = result.stdout.replace(/\s+/g, ' ')
    for (const s of identifyingStrings(matters, events)) expect(text).not.toContain(s)
    expect(text).not.toMatch(ISO_DAY)
    expect(text).toContain('Anonymised outcome statistics')
    expect(text).toContain('Prepared in 2026-11')
    expect(text).toMatch(/Country, "TR" 7/)
    expect(text).toMatch(/Country, "KZ" <5/)
    // The preview text is what the PDF says: every preview line's words are on the page.
    const preview = documentText(model)
    for (const line of preview.split('\n')) for (const word of line.split(/[\s|]+/).filter((w) => w.length > 3 && !w.endsWith(':'))) expect(text).toContain(word)
    // The CSV and the PDF come from the same model: each CSV category appears in the PDF.
    for (const row of reportCsvRows(report, LABELS).slice(4)) expect(text).toContain(row[1]!)
  })
})
