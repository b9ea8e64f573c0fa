// What the exhibit shelf accepts from the lawyer: files at intake, edits to an exhibit's metadata,
// and a bundle arrangement. Each refusal says what is wrong and what to do.
import type { z } from 'zod'
import { RecordId } from '@shared/domain/primitives'
import { detectFileKind, inspectFile, type FileInspection } from '@shared/exhibits'
import { Exhibit as ExhibitSchema, type Exhibit, type PreflightFinding, type StoredFile } from '@shared/exhibits/exhibitRecord'
import { BundleDefinition as BundleDefinitionSchema, type BundleDefinition } from '@shared/exhibits/bundleDefinition'

export class ExhibitEditError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExhibitEditError'
  }
}

function firstIssue(error: z.ZodError, subject: string): ExhibitEditError {
  const issue = error.issues[0]
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : ''
  return new ExhibitEditError(issue ? `${issue.message}${where}` : `The ${subject} is not valid.`)
}

/** The stored name is the name the file arrived with; StoredFile allows 1–255 characters. */
export function checkIntakeFileName(name: string): string {
  if (typeof name !== 'string' || name.trim() === '') throw new ExhibitEditError('The file has no name. Save it under a name and add it again.')
  if (name.length > 255) throw new ExhibitEditError('The file name is longer than 255 characters. Rename the file and add it again.')
  return name
}

export function checkIntakePlace(dossierId: string, matterId: string): void {
  if (!RecordId.safeParse(dossierId).success || !RecordId.safeParse(matterId).success)
    throw new ExhibitEditError('Choose the dossier and matter this exhibit belongs to, then add it again.')
}

function sameFile(a: StoredFile, b: StoredFile): boolean {
  const keys: (keyof StoredFile)[] = ['fileId', 'fileName', 'sizeBytes', 'mediaType', 'sha256', 'chunkCount', 'intakeAt']
  return keys.every((k) => a[k] === b[k])
}

/**
 * Checks an edited exhibit against the stored one and returns what to save. Only the lawyer's
 * metadata changes: the file and what was found in it at intake stay as they arrived.
 */
export function checkExhibitEdit(candidate: Exhibit, stored: Exhibit, others: ReadonlyMap<string, Exhibit>, now: string): Exhibit {
  const parsed = ExhibitSchema.safeParse(candidate)
  if (!parsed.success) throw firstIssue(parsed.error, 'exhibit')
  const next = parsed.data
  if (next.dossierId !== stored.dossierId || next.matterId !== stored.matterId)
    throw new ExhibitEditError('An exhibit cannot be moved to another dossier or matter. Add the file to that matter instead.')
  if (next.kind !== stored.kind || !sameFile(next.file, stored.file))
    throw new ExhibitEditError('The stored file of an exhibit cannot be changed: its name, size and SHA-256 are fixed at intake. To use another file, add it as a new exhibit.')
  if (next.translationOf !== null) {
    const original = others.get(next.translationOf)
    if (!original || original.matterId !== next.matterId)
      throw new ExhibitEditError('A translation must point at another exhibit of the same matter. Choose the original from this matter’s exhibits.')
    if (original.translationOf === next.id)
      throw new ExhibitEditError(`“${original.title}” is already recorded as a translation of this exhibit. Remove that link first.`)
  }
  const dateChanged = next.documentDate !== stored.documentDate
  return {
    ...next,
    documentDateSource: dateChanged ? (next.documentDate === null ? null : 'user') : stored.documentDateSource,
    pageCount: stored.pageCount,
    preflight: stored.preflight,
    createdAt: stored.createdAt,
    updatedAt: now
  }
}

/** A bundle lists each exhibit of its own matter at most once. */
export function checkBundleDefinition(candidate: BundleDefinition, exhibits: ReadonlyMap<string, Exhibit>, now: string): BundleDefinition {
  const parsed = BundleDefinitionSchema.safeParse({ ...candidate, updatedAt: now })
  if (!parsed.success) throw firstIssue(parsed.error, 'bundle')
  const def = parsed.data
  const sectionIds = new Set<string>()
  const seen = new Set<string>()
  for (const section of def.sections) {
    if (sectionIds.has(section.id)) throw new ExhibitEditError(`Two sections share one id (“${section.title}”). Remove the copy and add the section again.`)
    sectionIds.add(section.id)
    for (const id of section.exhibitIds) {
      const exhibit = exhibits.get(id)
      if (!exhibit || exhibit.matterId !== def.matterId || exhibit.dossierId !== def.dossierId)
        throw new ExhibitEditError(`Section “${section.title}” lists an exhibit that is not in this matter. Remove it from the bundle.`)
      if (seen.has(id)) throw new ExhibitEditError(`“${exhibit.title}” appears twice in the bundle. An exhibit can appear only once; remove the second copy.`)
      seen.add(id)
    }
  }
  return def
}

/** Inspection must not cost the lawyer a file: if it fails unexpectedly, keep the file and say so. */
export async function inspectForIntake(bytes: Uint8Array, fileName: string): Promise<FileInspection> {
  try {
    return await inspectFile(bytes, fileName)
  } catch {
    const kind = detectFileKind(bytes)
    const finding: PreflightFinding =
      kind === 'pdf'
        ? { code: 'corrupt-pdf', severity: 'error', message: 'Redress could not read this PDF, so it is kept but left out of bundles. Open it in a PDF reader, save a new copy and add that.' }
        : kind === 'other'
          ? { code: 'not-bundleable', severity: 'warning', message: 'This file type cannot go into a bundle. It is kept as an attachment only.' }
          : { code: 'unreadable-image', severity: 'error', message: 'Redress could not read this image, so it is kept but left out of bundles. Export it again as PDF, JPEG or PNG and add that.' }
    const mediaType = kind === 'pdf' ? 'application/pdf' : kind === 'jpeg' ? 'image/jpeg' : kind === 'png' ? 'image/png' : 'application/octet-stream'
    return { kind, mediaType, pageCount: null, documentDate: null, documentDateSource: null, suggestedTitle: fileName, findings: [finding] }
  }
}
