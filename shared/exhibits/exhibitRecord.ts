// An exhibit: one original file kept byte-for-byte (encrypted in chunks in the vault) plus what the
// lawyer records about it. The SHA-256 is taken of the original bytes at intake and never changes;
// the bundle's integrity manifest and the "verify" action compare against it.
import { z } from 'zod'
import { IsoDate, LanguageTag, RecordId, Timestamp } from '../domain/primitives'
import { GroundId } from '../petitions/groundsCatalogue'

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'Must be a SHA-256 in lower-case hex.' })
export type Sha256Hex = z.infer<typeof Sha256Hex>

/** Decided from the file's first bytes, not its extension. 'other' is kept but never bundled. */
export const ExhibitFileKind = z.enum(['pdf', 'jpeg', 'png', 'other'])
export type ExhibitFileKind = z.infer<typeof ExhibitFileKind>

/** The stored original: where its encrypted chunks are and what it was on arrival. */
export const StoredFile = z
  .object({
    fileId: RecordId,
    fileName: z.string().min(1).max(255),
    sizeBytes: z.number().int().min(0),
    mediaType: z.string().max(120),
    sha256: Sha256Hex,
    chunkCount: z.number().int().min(0),
    intakeAt: Timestamp
  })
  .strict()
export type StoredFile = z.infer<typeof StoredFile>

export const PreflightCode = z.enum([
  'empty-file',
  'encrypted-pdf',
  'corrupt-pdf',
  'truncated-pdf',
  'no-pages',
  'unreadable-image',
  'image-too-small',
  'no-text-layer',
  'not-bundleable',
  'missing-translation'
])
export type PreflightCode = z.infer<typeof PreflightCode>

/** error: the exhibit is left out of bundles; warning: it is bundled but needs attention. */
export const PreflightFinding = z
  .object({
    code: PreflightCode,
    severity: z.enum(['error', 'warning']),
    /** Says what is wrong and what to do, in the lawyer's words; never quotes file content. */
    message: z.string().min(1).max(600)
  })
  .strict()
export type PreflightFinding = z.infer<typeof PreflightFinding>

export const DocumentDateSource = z.enum(['file-name', 'pdf-metadata', 'user'])

export const Exhibit = z
  .object({
    id: RecordId,
    dossierId: RecordId,
    matterId: RecordId,
    file: StoredFile,
    kind: ExhibitFileKind,
    title: z.string().trim().min(1, { message: 'Give the exhibit a title.' }).max(300, { message: 'Keep the title under 300 characters.' }),
    documentDate: IsoDate.nullable(),
    documentDateSource: DocumentDateSource.nullable(),
    author: z.string().max(300, { message: 'Keep the author or source under 300 characters.' }),
    /** Language of the document itself; null when not yet recorded. */
    language: LanguageTag.nullable(),
    /** This exhibit is a translation of that one (same matter). */
    translationOf: RecordId.nullable(),
    /** STAT Art. 35 / PROC: items marked confidential are not passed on, which may limit the CCF's review. */
    confidential: z.boolean(),
    grounds: z.array(GroundId).max(20),
    notes: z.string().max(20_000, { message: 'Keep notes under 20,000 characters.' }),
    /** PDFs: pages found at intake; images: 1; other files: null. */
    pageCount: z.number().int().min(0).nullable(),
    /** File-level pre-flight findings computed once at intake (matter-level ones are computed on view). */
    preflight: z.array(PreflightFinding).max(20),
    createdAt: Timestamp,
    updatedAt: Timestamp
  })
  .strict()
  .refine((e) => e.translationOf !== e.id, { message: 'An exhibit cannot be a translation of itself.', path: ['translationOf'] })
export type Exhibit = z.infer<typeof Exhibit>
