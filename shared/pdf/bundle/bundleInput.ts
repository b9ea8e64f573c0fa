// The bundle builder's input and output contract (validated with zod at the worker boundary).
// Exhibit bytes are the decrypted originals; the builder never changes them, it copies pages.
import { z } from 'zod'
import { IsoDate } from '../../domain/primitives'
import { FrozenNumbering } from '../../exhibits/bundleDefinition'
import { Sha256Hex } from '../../exhibits/exhibitRecord'

export const BundleExhibitInput = z
  .object({
    exhibitId: z.string().min(1).max(200),
    title: z.string().min(1).max(300),
    documentDate: IsoDate.nullable(),
    kind: z.enum(['pdf', 'jpeg', 'png']),
    fileName: z.string().min(1).max(255),
    sizeBytes: z.number().int().min(0),
    sha256: Sha256Hex,
    /** "Translation of Exhibit 3" etc., shown under the title in the index; optional. */
    note: z.string().max(300).default(''),
    bytes: z.instanceof(Uint8Array)
  })
  .strict()
export type BundleExhibitInput = z.input<typeof BundleExhibitInput>

export const BundleSectionInput = z
  .object({
    title: z.string().min(1).max(200),
    exhibits: z.array(BundleExhibitInput).max(2000)
  })
  .strict()

export const BundleInput = z
  .object({
    title: z.string().min(1).max(200),
    /** Printed on the index and in metadata, e.g. the matter's file reference. */
    reference: z.string().max(200).default(''),
    sections: z.array(BundleSectionInput).min(1).max(50),
    /** With a frozen numbering, exhibits missing from it become late insertions (37A, 37B …). */
    numbering: FrozenNumbering.nullable().default(null),
    /** Split into volumes when the PDF would exceed this many bytes; null: one file whatever its size. */
    maxBytes: z.number().int().positive().nullable().default(null)
  })
  .strict()
export type BundleInput = z.input<typeof BundleInput>

export type BundleStage = 'exhibits' | 'index' | 'manifest' | 'saving'
export interface BundleProgress {
  stage: BundleStage
  /** Exhibits placed so far (stage 'exhibits'), otherwise 0..total of that stage. */
  done: number
  total: number
}

/** An exhibit that could not be placed (encrypted, corrupt, truncated, empty …); the rest still build. */
export interface SkippedExhibit {
  exhibitId: string
  title: string
  message: string
}

/** Where an exhibit landed: 1-based page index in its volume's PDF, and the printed bundle numbers. */
export interface PlacedExhibit {
  exhibitId: string
  label: string
  volume: number
  firstPageIndex: number
  pageCount: number
  pageNumbers: string[]
}

export interface BundleVolume {
  volume: number
  bytes: Uint8Array
  pageCount: number
}

export interface BundleResult {
  volumes: BundleVolume[]
  placed: PlacedExhibit[]
  skipped: SkippedExhibit[]
  /** Numbering to freeze if the lawyer serves this bundle (late insertions then keep it). */
  numbering: FrozenNumbering
  /** The machine-readable manifest, as written in the annex. */
  manifestJson: string
  /** Present only when there is something to say, e.g. an exhibit alone larger than the size limit. */
  warnings?: string[]
}
