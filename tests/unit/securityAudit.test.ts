// The Electronegativity audit (electron/scripts/electron-audit.mjs): the justification convention
// on its own, the real sources passing, and — the test of the test — weakened copies of the window
// code failing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  auditDirectory,
  coveringLines,
  electronVersion,
  findJustifications,
  matchFindings,
  stageSources,
  type Finding
} from '../../electron/scripts/electron-audit.mjs'

const root = resolve(import.meta.dirname, '../..')
const version = electronVersion(root)
const WINDOW = 'electron/main/windows/mainWindow.ts'
/** Enough for the window checks and the global CSP check, and quick to scan. */
const WINDOW_CODE = ['electron/main', 'electron/preload', 'renderer/index.html']

const finding = (check: string, file: string, line: number): Finding => ({ check, file, line, severity: 'MEDIUM', description: '' })

describe('justification convention', () => {
  const source = [
    'const a = 1',
    '// electronegativity-justified: SANDBOX_JS_CHECK — this window shows only a static about page',
    '// (and a second comment line)',
    'const win = new BrowserWindow({',
    '',
    '  // electronegativity-justified: PRELOAD_JS_CHECK',
    '  preload: p,',
    '  x: 1 // electronegativity-justified: CSP_JS_CHECK — trailing comments justify their own line',
    '  /* electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — block comment with a reason given */',
    '  y: 2'
  ].join('\n')

  it('reads check name and reason from line, block and HTML comments', () => {
    expect(findJustifications(source)).toEqual([
      { line: 2, check: 'SANDBOX_JS_CHECK', reason: 'this window shows only a static about page' },
      { line: 6, check: 'PRELOAD_JS_CHECK', reason: '' },
      { line: 8, check: 'CSP_JS_CHECK', reason: 'trailing comments justify their own line' },
      { line: 9, check: 'OPEN_EXTERNAL_JS_CHECK', reason: 'block comment with a reason given' }
    ])
    const html = '<!-- electronegativity-justified: CSP_GLOBAL_CHECK — app:// serves only the bundle -->\n<meta />'
    expect(findJustifications(html)).toEqual([{ line: 1, check: 'CSP_GLOBAL_CHECK', reason: 'app:// serves only the bundle' }])
  })

  it('covers the finding line and the comment block directly above it, not past code or a blank line', () => {
    expect(coveringLines(source, 4)).toEqual([4, 3, 2])
    expect(coveringLines(source, 7)).toEqual([7, 6])
    expect(coveringLines(source, 10)).toEqual([10, 9])
    expect(coveringLines(source, 1)).toEqual([1])
    // Line 5 is blank: line 6's comment does not reach up to line 4's finding and vice versa.
    expect(coveringLines(source, 6)).toEqual([6])
  })

  it('justifies a finding only with the same check, next to it, with a reason', () => {
    const sources = new Map([['w.ts', source]])
    const result = matchFindings(
      [
        finding('SANDBOX_JS_CHECK', 'w.ts', 4),
        finding('CSP_JS_CHECK', 'w.ts', 8),
        finding('OPEN_EXTERNAL_JS_CHECK', 'w.ts', 10),
        // Named, but no reason: stays unjustified.
        finding('PRELOAD_JS_CHECK', 'w.ts', 7),
        // A different check on a justified line.
        finding('NODE_INTEGRATION_JS_CHECK', 'w.ts', 4),
        // Justified for line 4, not for line 1.
        finding('SANDBOX_JS_CHECK', 'w.ts', 1),
        // A global finding with no place in the code can never be justified.
        finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 'N/A', 0)
      ],
      sources
    )
    expect(result.justified.map((j) => `${j.finding.check}@${j.finding.line}`)).toEqual([
      'SANDBOX_JS_CHECK@4',
      'CSP_JS_CHECK@8',
      'OPEN_EXTERNAL_JS_CHECK@10'
    ])
    expect(result.unjustified.map((f) => `${f.check}@${f.line}`)).toEqual([
      'PRELOAD_JS_CHECK@7',
      'NODE_INTEGRATION_JS_CHECK@4',
      'SANDBOX_JS_CHECK@1',
      'LIMIT_NAVIGATION_GLOBAL_CHECK@0'
    ])
    expect(result.problems).toEqual([expect.stringMatching(/^w\.ts:6: justification of PRELOAD_JS_CHECK gives no reason/)])
  })

  it('reports a justification that no longer matches any finding', () => {
    const result = matchFindings([], new Map([['w.ts', source]]))
    expect(result.problems.filter((p) => p.includes('matches no finding'))).toHaveLength(3)
  })
})

describe('Electronegativity over the sources', () => {
  const stages: string[] = []
  const stage = (paths?: readonly string[]) => {
    const dir = stageSources(root, paths)
    stages.push(dir)
    return dir
  }
  afterEach(() => {
    for (const dir of stages.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('passes on the real sources, every finding justified', async () => {
    const report = await auditDirectory(stage(), { electronVersion: version })
    expect(report.files).toBeGreaterThan(100)
    expect(report.unjustified, JSON.stringify(report.unjustified)).toEqual([])
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
    // The scanner really looked at the window: its known review items are there, justified.
    expect(report.justified.map((j) => j.finding.check)).toEqual(expect.arrayContaining(['PRELOAD_JS_CHECK', 'CSP_GLOBAL_CHECK']))
  }, 120_000)

  it('passes on the window code alone (the baseline for the weakened copies below)', async () => {
    const report = await auditDirectory(stage(WINDOW_CODE), { electronVersion: version })
    expect(report.unjustified).toEqual([])
    expect(report.ok).toBe(true)
  }, 60_000)

  const weaken = (dir: string, from: string, to: string) => {
    const path = join(dir, WINDOW)
    const text = readFileSync(path, 'utf8')
    expect(text).toContain(from)
    writeFileSync(path, text.replace(from, to))
  }

  it.each([
    ['sandbox: true', 'sandbox: false', 'SANDBOX_JS_CHECK'],
    ['contextIsolation: true', 'contextIsolation: false', 'CONTEXT_ISOLATION_JS_CHECK'],
    ['webSecurity: true', 'webSecurity: false', 'WEB_SECURITY_JS_CHECK'],
    ['allowRunningInsecureContent: false', 'allowRunningInsecureContent: true', 'INSECURE_CONTENT_JS_CHECK'],
    ['experimentalFeatures: false', 'experimentalFeatures: true', 'EXPERIMENTAL_FEATURES_JS_CHECK']
    // Not here: the scanner does not flag `nodeIntegration: true` while `sandbox: true` stands
    // (measured); electron-hardening.test.ts catches that one.
  ])('fails when the window code says %s → %s (%s)', async (from, to, check) => {
    const dir = stage(WINDOW_CODE)
    weaken(dir, from, to)
    const report = await auditDirectory(dir, { electronVersion: version })
    expect(report.ok).toBe(false)
    expect(report.unjustified).toContainEqual(expect.objectContaining({ check, file: WINDOW }))
  }, 60_000)

  it('fails when a justification is removed, and when eng-disable silences a finding', async () => {
    const dir = stage(WINDOW_CODE)
    weaken(dir, '// electronegativity-justified: PRELOAD_JS_CHECK', '// (justification removed)')
    const report = await auditDirectory(dir, { electronVersion: version })
    expect(report.ok).toBe(false)
    expect(report.unjustified).toContainEqual(expect.objectContaining({ check: 'PRELOAD_JS_CHECK', file: WINDOW }))

    const silenced = stage(WINDOW_CODE)
    weaken(silenced, 'sandbox: true', 'sandbox: false /* eng-disable SANDBOX_JS_CHECK */')
    const silencedReport = await auditDirectory(silenced, { electronVersion: version })
    expect(silencedReport.ok).toBe(false)
    expect(silencedReport.problems).toContainEqual(expect.stringContaining(`${WINDOW}: uses eng-disable`))
  }, 60_000)
})
