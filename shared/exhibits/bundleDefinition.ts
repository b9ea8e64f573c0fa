// What the lawyer arranges for a matter's evidence bundle: sections, the order of exhibits in
// them, the portal size limit, and — once a bundle has been numbered and served — the frozen
// numbering that late insertions (sub-pages such as 37A) must not disturb.
import { z } from 'zod'
import { RecordId, Timestamp } from '../domain/primitives'

export const BundleSection = z
  .object({
    id: RecordId,
    title: z.string().trim().min(1, { message: 'Give the section a title.' }).max(200, { message: 'Keep the section title under 200 characters.' }),
    exhibitIds: z.array(RecordId).max(2000)
  })
  .strict()
export type BundleSection = z.infer<typeof BundleSection>

/** Where an exhibit sat when the bundle was numbered: the numbers late insertions must keep. */
export const FrozenExhibitNumbers = z
  .object({
    exhibitId: RecordId,
    /** "5", or "4A" for an exhibit that was itself a late insertion. */
    label: z.string().min(1).max(12),
    /** Bundle page numbers as printed: "37", "37A". */
    pageNumbers: z.array(z.string().min(1).max(16)).min(1)
  })
  .strict()
export type FrozenExhibitNumbers = z.infer<typeof FrozenExhibitNumbers>

export const FrozenNumbering = z
  .object({
    frozenAt: Timestamp,
    exhibits: z.array(FrozenExhibitNumbers).max(2000)
  })
  .strict()
export type FrozenNumbering = z.infer<typeof FrozenNumbering>

/** The portal's own limit is not published; 20 MB is our default, and the UI says so. */
export const DEFAULT_MAX_BUNDLE_MB = 20

export const BundleDefinition = z
  .object({
    /** One definition per matter: its id is the matter's id. */
    matterId: RecordId,
    dossierId: RecordId,
    title: z.string().trim().min(1, { message: 'Give the bundle a title.' }).max(200),
    sections: z.array(BundleSection).max(50),
    maxFileMb: z.number().min(1, { message: 'The size limit must be at least 1 MB.' }).max(2000, { message: 'The size limit can be at most 2,000 MB.' }),
    /** When set, exhibits not in it are late insertions and get sub-page numbers instead of renumbering. */
    numbering: FrozenNumbering.nullable(),
    updatedAt: Timestamp
  })
  .strict()
export type BundleDefinition = z.infer<typeof BundleDefinition>
