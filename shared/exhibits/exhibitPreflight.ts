// Pre-flight of exhibits: per file at intake (inspectFile), and per matter on view
// (matterPreflight) for what depends on the other exhibits, such as missing translations.
import { WorkingLanguage } from '../petitions/draftModel'
import { documentDateFromFileName, suggestedTitle } from './documentDate'
import type { Exhibit, ExhibitFileKind, PreflightFinding } from './exhibitRecord'
import { detectFileKind, mediaTypeOf } from './fileKind'
import { inspectImage } from './imageInspection'
import { inspectPdf, pdfMessages } from './pdfInspection'

export interface FileInspection {
  kind: ExhibitFileKind
  mediaType: string
  /** PDFs: pages found (null if unreadable); readable images: 1; other files: null. */
  pageCount: number | null
  documentDate: string | null
  documentDateSource: 'file-name' | 'pdf-metadata' | null
  suggestedTitle: string
  findings: PreflightFinding[]
}

/** PROC; STAT Art. 35: shown wherever an exhibit is marked confidential. */
export const confidentialWarning =
  'Marked confidential: the CCF will not pass this item on to the National Central Bureau or other source of the data, and this may limit the CCF\u2019s review of your request (CCF Statute Art. 35; CCF procedure).'

export const preflightMessages = {
  notBundleable:
    'This file is not a PDF, JPEG or PNG, so it is kept as an attachment only and left out of bundles. To bundle it, save or print it as a PDF and add that file.',
  misnamed: (extension: string) =>
    `This file is named like a ${extension.toUpperCase()} but its contents are not one, so it is kept as an attachment only and left out of bundles. Open it in the program that made it and save or print it as a PDF, then add that file.`,
  missingTranslation: (language: string) =>
    `This document is in a language the CCF does not work in (${language}). Add a translation into Arabic, English, French or Spanish and mark it as a translation of this exhibit (CCF Statute Art. 18(1), Art. 30(2)).`
} as const

/** Everything intake learns from a file's bytes and name. Never throws: problems become findings. */
export async function inspectFile(bytes: Uint8Array, fileName: string): Promise<FileInspection> {
  const fromName = documentDateFromFileName(fileName)
  const base = { suggestedTitle: suggestedTitle(fileName), documentDate: fromName, documentDateSource: fromName ? ('file-name' as const) : null }
  if (bytes.length === 0) {
    const kind: ExhibitFileKind = 'other'
    return { ...base, kind, mediaType: mediaTypeOf(kind, fileName), pageCount: null, findings: [{ code: 'empty-file', severity: 'error', message: pdfMessages.empty }] }
  }
  const kind = detectFileKind(bytes)
  const mediaType = mediaTypeOf(kind, fileName)
  if (kind === 'pdf') {
    const pdf = await inspectPdf(bytes)
    // The name the lawyer (or clerk) gave is a deliberate choice; metadata is often the scan date.
    const useMetadata = !fromName && pdf.creationDay !== null
    return {
      ...base,
      kind,
      mediaType,
      pageCount: pdf.pageCount,
      documentDate: useMetadata ? pdf.creationDay : base.documentDate,
      documentDateSource: useMetadata ? 'pdf-metadata' : base.documentDateSource,
      findings: pdf.findings
    }
  }
  if (kind === 'jpeg' || kind === 'png') {
    const image = inspectImage(bytes, kind)
    return { ...base, kind, mediaType, pageCount: image.width === null ? null : 1, findings: image.findings }
  }
  const extension = bundleableExtension(fileName)
  const message = extension ? preflightMessages.misnamed(extension) : preflightMessages.notBundleable
  return { ...base, kind, mediaType, pageCount: null, findings: [{ code: 'not-bundleable', severity: 'warning', message }] }
}

/**
 * Findings for each exhibit of one matter: those stored at intake plus 'missing-translation' for a
 * document in a language that is not a CCF working language (STAT Art. 18(1)) when no exhibit in
 * the list is marked as its translation.
 */
export function matterPreflight(exhibits: readonly Exhibit[]): Map<string, PreflightFinding[]> {
  const translated = new Set(exhibits.map((e) => e.translationOf).filter((id): id is string => id !== null))
  const result = new Map<string, PreflightFinding[]>()
  for (const exhibit of exhibits) {
    // Matter-level findings are recomputed here, never trusted from storage.
    const findings = exhibit.preflight.filter((f) => f.code !== 'missing-translation')
    if (exhibit.language && !isWorkingLanguage(exhibit.language) && !translated.has(exhibit.id)) {
      findings.push({ code: 'missing-translation', severity: 'warning', message: preflightMessages.missingTranslation(exhibit.language) })
    }
    result.set(exhibit.id, findings)
  }
  return result
}

/** Compares the primary subtag only: "fr-CA" and "AR" are working languages, "tr" is not. */
export function isWorkingLanguage(tag: string): boolean {
  const primary = tag.split('-')[0]?.toLowerCase() ?? ''
  return WorkingLanguage.safeParse(primary).success
}

/** A PDF, JPEG or PNG with no error finding goes into bundles; warnings do not keep it out. */
export function isBundleable(exhibit: Pick<Exhibit, 'kind'>, findings: readonly PreflightFinding[]): boolean {
  return exhibit.kind !== 'other' && !findings.some((f) => f.severity === 'error')
}

function bundleableExtension(fileName: string): string | null {
  const match = /\.(pdf|jpe?g|png)$/i.exec(fileName.trim())
  return match ? match[1]!.replace(/^jpe?g$/i, 'jpeg') : null
}
