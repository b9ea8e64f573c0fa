// File names for exported documents and for the files the lawyer uploads to the portal. They
// carry the matter reference, never the client's name, unless the user opts in (issue #4 item 7):
// a file name shows in download bars, recent-file lists and e-mail attachments. Safe on Windows,
// macOS and Linux: no reserved characters, no control characters, no trailing dot or space.
import type { RequestType } from './documentInput'

export type ExportKind = 'memorandum' | 'power-of-attorney' | 'refugee-authority-letter' | 'portal-sheet'
export type UploadKind = 'identity-document' | 'exhibit' | 'revision-summary'

export interface FileNameOptions {
  /** Put the client's name (Latin spelling when recorded) in the file name. Default: no. */
  readonly includeClientName: boolean
}

/** The parts of a petition input a file name uses (a raw or a parsed input both fit). */
export interface FileNameInput {
  readonly requestType: RequestType
  readonly matterReference: string
  readonly date: string
  readonly applicant: { readonly legalName: string; readonly latinName?: string | undefined }
}

const MAX_PART = 80

/**
 * One part of a file name: reserved characters (\ / : * ? " < > |) and control characters become
 * "-", bidi controls are dropped, runs of spaces one space, no leading or trailing dots or spaces; at most 80 characters.
 */
export function safeFileNamePart(text: string): string {
  const cleaned = text
    .normalize('NFC')
    // Bidi overrides and marks could make "fdp.exe" display as "exe.pdf": dropped.
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  return [...cleaned].slice(0, MAX_PART).join('').trim()
}

function clientPart(input: FileNameInput, options: FileNameOptions): string[] {
  if (!options.includeClientName) return []
  const name = safeFileNamePart(input.applicant.latinName?.trim() || input.applicant.legalName)
  return name ? [name] : []
}

const reference = (input: FileNameInput) => safeFileNamePart(input.matterReference) || 'matter'

const LEADS: Record<ExportKind, (input: FileNameInput) => string[]> = {
  memorandum: (input) => ['CCF request', input.requestType],
  'power-of-attorney': () => ['Power of attorney'],
  'refugee-authority-letter': () => ['Letter to asylum authority'],
  'portal-sheet': (input) => ['CCF portal sheet', input.requestType]
}

/** e.g. "CCF request - correction-deletion - RN-TR-7A1D - 2026-11-23.pdf". */
export function exportFileName(kind: ExportKind, input: FileNameInput, options: FileNameOptions = { includeClientName: false }): string {
  const parts = [...LEADS[kind](input), reference(input), ...clientPart(input, options), safeFileNamePart(input.date)]
  return `${parts.join(' - ')}.pdf`
}

/**
 * What to call a file the lawyer uploads (no extension: a scan keeps its own), e.g.
 * "Exhibit A-1 - RN-TR-7A1D". `exhibitLabel` is required for an exhibit.
 */
export function uploadFileName(kind: UploadKind, input: FileNameInput, options: FileNameOptions = { includeClientName: false }, exhibitLabel?: string): string {
  const lead = kind === 'identity-document' ? 'Identity document' : kind === 'revision-summary' ? 'Revision summary' : `Exhibit ${safeFileNamePart(exhibitLabel ?? '') || '?'}`
  return [lead, reference(input), ...clientPart(input, options)].join(' - ')
}
