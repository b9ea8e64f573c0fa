// Types for electron-audit.mjs (a plain Node script, so `npm test` runs it without a build step).

export declare const JUSTIFICATION_MARK: 'electronegativity-justified:'
export declare const AUDITED_PATHS: readonly string[]
export declare const EXCLUDED_CHECKS: readonly string[]

export interface Finding {
  check: string
  /** Path relative to the scanned folder, with '/' separators; 'N/A' for a finding with no place. */
  file: string
  /** 1-based; 0 when the scanner gives no line. */
  line: number
  severity: string
  description: string
}

export interface Justification {
  line: number
  check: string
  reason: string
}

export interface MatchResult {
  justified: Array<{ finding: Finding; reason: string }>
  unjustified: Finding[]
  problems: string[]
}

export interface AuditReport extends MatchResult {
  checks: number
  files: number
  findings: Finding[]
  ok: boolean
}

export declare function commentLines(text: string): Array<string | null | { code: true; comment: string }>
export declare function findJustifications(text: string): Justification[]
export declare function coveringLines(text: string, line: number): number[]
export declare function matchFindings(findings: readonly Finding[], sources: ReadonlyMap<string, string>): MatchResult
export declare function stageSources(root: string, paths?: readonly string[]): string
export declare function electronVersion(root: string): string
export declare function auditDirectory(dir: string, options: { electronVersion: string }): Promise<AuditReport>
export declare function formatReport(report: AuditReport): string
