#!/usr/bin/env node
// Security audit of the sources with Electronegativity (`npm run audit:electron`, part of `npm test`).
// Every finding must be justified in a comment next to the code it points at:
//
//   // electronegativity-justified: CHECK_ID — why this is safe here
//   <!-- electronegativity-justified: CHECK_ID — why this is safe here -->
//
// on the finding's line or in the comment lines directly above it. An unjustified finding, a
// justification that no longer matches any finding, a file the scanner could not parse and the
// tool's own silencer (`eng-disable`) all fail the run. Types: electron-audit.d.mts.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

export const JUSTIFICATION_MARK = 'electronegativity-justified:'

/**
 * What is scanned: the shell, the page that carries the CSP, the UI and the pure code it uses.
 * Not electron/scripts (build tools that never ship) and not package.json: JSON cannot hold a
 * justification, so the Electron version is passed to the scanner instead (see electronVersion).
 */
export const AUDITED_PATHS = ['electron/main', 'electron/preload', 'renderer', 'shared']

/**
 * AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK (class AvailableSecurityFixesGlobalCheck) downloads Electron's release list at scan time: the result
 * would depend on the day and on network access (CI has none). Electron's version is pinned in
 * package.json and raised deliberately instead.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

/** A justification needs a reason a reviewer can weigh, not just the check's name. */
const MIN_REASON_WORDS = 4
const JUSTIFICATION = /electronegativity-justified:\s*([A-Z][A-Z0-9_]*)\s*(?:—|–|-{1,2}|:)?\s*(.*?)\s*(?:\*\/|-->)?\s*$/

/** Each line's comment text, or null for a line that holds code (or nothing). */
export function commentLines(text) {
  const lines = text.split(/\r?\n/)
  let open = null // the closing token of a block comment still open: '*/' or '-->'
  return lines.map((line) => {
    let rest = line.trim()
    if (rest === '') return open ? '' : null
    let comment = ''
    while (rest !== '') {
      if (open) {
        const end = rest.indexOf(open)
        if (end === -1) return comment + rest
        comment += rest.slice(0, end)
        rest = rest.slice(end + open.length).trim()
        open = null
      } else if (rest.startsWith('//')) {
        return comment + rest.slice(2)
      } else if (rest.startsWith('/*') || rest.startsWith('<!--')) {
        open = rest.startsWith('/*') ? '*/' : '-->'
        rest = rest.slice(rest.startsWith('/*') ? 2 : 4)
      } else {
        // Code on this line; a trailing comment still justifies this very line.
        const trailing = rest.search(/\s\/\/|\/\*|<!--/)
        return trailing === -1 ? null : { code: true, comment: rest.slice(trailing) }
      }
    }
    return comment
  })
}

/** Every justification in a file: its 1-based line, the check it names and the reason given. */
export function findJustifications(text) {
  const found = []
  text.split(/\r?\n/).forEach((line, index) => {
    const at = line.indexOf(JUSTIFICATION_MARK)
    if (at === -1) return
    const match = JUSTIFICATION.exec(line.slice(at))
    found.push({ line: index + 1, check: match?.[1] ?? '', reason: (match?.[2] ?? '').trim() })
  })
  return found
}

/** Lines whose justifications apply to a finding on `line`: itself and the comment block above it. */
export function coveringLines(text, line) {
  const comments = commentLines(text)
  const covering = [line]
  for (let i = line - 2; i >= 0; i--) {
    const entry = comments[i]
    if (entry === null || entry === undefined || typeof entry === 'object') break
    covering.push(i + 1)
  }
  return covering
}

const reasonIsSubstantial = (reason) => reason.split(/\s+/).filter((word) => /\w/.test(word)).length >= MIN_REASON_WORDS

/**
 * Pairs findings with justifications. `sources` maps a scanned file (relative path) to its text.
 * Pure, so the convention itself is unit-tested without running the scanner.
 */
export function matchFindings(findings, sources) {
  const byFile = new Map()
  for (const [file, text] of sources) byFile.set(file, { text, justifications: findJustifications(text) })

  const used = new Set()
  const justified = []
  const unjustified = []
  for (const finding of findings) {
    const source = byFile.get(finding.file)
    const lines = source && finding.line > 0 ? new Set(coveringLines(source.text, finding.line)) : new Set()
    const match = source?.justifications.find((j) => lines.has(j.line) && j.check === finding.check && reasonIsSubstantial(j.reason))
    if (match) {
      used.add(`${finding.file}:${match.line}`)
      justified.push({ finding, reason: match.reason })
    } else unjustified.push(finding)
  }

  const problems = []
  for (const [file, { justifications }] of byFile) {
    for (const j of justifications) {
      const where = `${file}:${j.line}`
      if (!j.check) problems.push(`${where}: justification without a check name (write "${JUSTIFICATION_MARK} CHECK_ID — reason")`)
      else if (!reasonIsSubstantial(j.reason)) problems.push(`${where}: justification of ${j.check} gives no reason (at least ${MIN_REASON_WORDS} words)`)
      else if (!used.has(where)) problems.push(`${where}: justification of ${j.check} matches no finding; remove it (a stale one would hide a future finding)`)
    }
  }
  return { justified, unjustified, problems }
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path) : [path]
  })
}

/** Copies `paths` (relative to `root`) into a fresh temporary folder, ready to scan or to alter. */
export function stageSources(root, paths = AUDITED_PATHS) {
  const stage = mkdtempSync(join(tmpdir(), 'redress-audit-'))
  for (const path of paths) {
    if (!existsSync(join(root, path))) throw new Error(`audit: ${path} is missing under ${root}`)
    cpSync(join(root, path), join(stage, path), { recursive: true })
  }
  return stage
}

/**
 * The scanner fetches translations at start-up. Answer that request with "offline" instead, so a
 * scan is the same with or without network and never waits for a timeout.
 */
function keepScannerOffline() {
  const i18n = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js')
  const gotPath = createRequire(i18n).resolve('got')
  const offline = () => Promise.reject(new Error('Redress audit: no network'))
  offline.head = offline
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline }
}

/** The pinned Electron version from package.json, so version-dependent checks use the real one. */
export function electronVersion(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const version = pkg.devDependencies?.electron ?? pkg.dependencies?.electron
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error('audit: package.json must pin electron to an exact version (x.y.z)')
  }
  return version
}

async function runScanner(dir, version) {
  keepScannerOffline()
  const run = require('@doyensec/electronegativity')
  // The scanner logs progress and network notices through console.log; keep the report readable.
  const log = console.log
  console.log = () => undefined
  try {
    return await run({ input: dir, isRelative: true, customScan: [], excludeFromScan: EXCLUDED_CHECKS, electronVersionOverride: version })
  } finally {
    console.log = log
  }
}

/** Scans `dir` with Electronegativity and checks every finding against the justifications there. */
export async function auditDirectory(dir, options) {
  const result = await runScanner(dir, options.electronVersion)
  const toRelative = (file) => (file.startsWith(dir) ? relative(dir, file) : file).split(sep).join('/')
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    file: toRelative(issue.file),
    line: issue.location?.line ?? 0,
    severity: issue.severity?.name ?? 'UNKNOWN',
    description: issue.description
  }))

  const sources = new Map()
  const problems = []
  for (const path of listFiles(dir)) {
    const file = toRelative(path)
    const text = readFileSync(path, 'utf8')
    sources.set(file, text)
    // The tool's own silencer hides a finding without a reason; only justifications are accepted.
    if (/eng-disable/.test(text)) problems.push(`${file}: uses eng-disable; write "${JUSTIFICATION_MARK} CHECK_ID — reason" instead`)
  }
  // A file the scanner could not parse is a file nobody checked.
  for (const error of result.errors.filter((e) => !e.tolerable)) problems.push(`${toRelative(error.file)}: could not be scanned: ${error.message}`)
  if (result.atomicChecks === 0) problems.push('the scanner loaded no checks')

  const matched = matchFindings(findings, sources)
  const report = {
    checks: result.atomicChecks + result.globalChecks,
    files: sources.size,
    findings,
    justified: matched.justified,
    unjustified: matched.unjustified,
    problems: [...problems, ...matched.problems]
  }
  return { ...report, ok: report.unjustified.length === 0 && report.problems.length === 0 }
}

export function formatReport(report) {
  const lines = [`Electronegativity: ${report.checks} checks over ${report.files} files, ${report.findings.length} findings.`]
  for (const { finding, reason } of report.justified) lines.push(`  justified  ${finding.check} at ${finding.file}:${finding.line} — ${reason}`)
  for (const f of report.unjustified) {
    lines.push(`  UNJUSTIFIED ${f.check} (${f.severity}) at ${f.file}:${f.line}: ${f.description}`)
  }
  for (const problem of report.problems) lines.push(`  PROBLEM    ${problem}`)
  lines.push(
    report.ok
      ? 'Audit passed: every finding is justified next to its code.'
      : `Audit FAILED. Fix the code, or justify the finding where it points with "// ${JUSTIFICATION_MARK} CHECK_ID — reason".`
  )
  return lines.join('\n')
}

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
  const stage = stageSources(root)
  try {
    const report = await auditDirectory(stage, { electronVersion: electronVersion(root) })
    console.log(formatReport(report))
    const jsonAt = process.argv.indexOf('--json')
    if (jsonAt !== -1 && process.argv[jsonAt + 1]) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(report, null, 2))
    process.exitCode = report.ok ? 0 : 1
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
