// The integrity manifest: for each exhibit, the original file's name, size and SHA-256 as taken at
// intake, and where it sits in the bundle. Written as an annex page in the bundle and as
// manifest.json; "verify" re-hashes the stored originals against it.
import { z } from 'zod'
import { Timestamp } from '../domain/primitives'
import { Sha256Hex } from './exhibitRecord'

export const MANIFEST_FORMAT = 'redress-bundle-manifest'
export const MANIFEST_VERSION = 1

export const ManifestEntry = z
  .object({
    exhibitId: z.string().min(1).max(200),
    label: z.string().min(1).max(12),
    title: z.string().min(1).max(300),
    fileName: z.string().min(1).max(255),
    sizeBytes: z.number().int().min(0),
    sha256: Sha256Hex,
    /** Printed bundle page numbers of its first and last page; null when it was left out of the bundle. */
    firstPage: z.string().max(16).nullable(),
    lastPage: z.string().max(16).nullable(),
    volume: z.number().int().min(1).nullable()
  })
  .strict()
export type ManifestEntry = z.infer<typeof ManifestEntry>

export const BundleManifest = z
  .object({
    format: z.literal(MANIFEST_FORMAT),
    version: z.literal(MANIFEST_VERSION),
    title: z.string().max(200),
    reference: z.string().max(200),
    generatedAt: Timestamp,
    hashAlgorithm: z.literal('SHA-256'),
    exhibits: z.array(ManifestEntry).max(2000)
  })
  .strict()
export type BundleManifest = z.infer<typeof BundleManifest>

/** Stable, readable JSON (two-space indent, trailing newline) so the same bundle gives the same bytes. */
export function manifestJson(manifest: BundleManifest): string {
  return `${JSON.stringify(BundleManifest.parse(manifest), null, 2)}\n`
}
