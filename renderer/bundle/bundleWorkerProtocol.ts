// Messages to and from the bundle worker, validated on both sides: the exhibits' bytes go in
// transferred inside a BundleInput, the volumes come back transferred inside a BundleResult.
import { z } from 'zod'
import { FrozenNumbering } from '@shared/exhibits/bundleDefinition'

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'bytes must be a Uint8Array.' })

export const BundleRequest = z
  .object({
    type: z.literal('build'),
    requestId: z.number().int().positive(),
    // Checked again by the worker with BundleInput, so a bad field is named in the error.
    input: z.unknown(),
    creationDate: z.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'creationDate must be a valid date.' })
  })
  .strict()
export type BundleRequest = z.infer<typeof BundleRequest>

export const BundleProgressMessage = z
  .object({
    stage: z.enum(['exhibits', 'index', 'manifest', 'saving']),
    done: z.number().int().min(0),
    total: z.number().int().min(0)
  })
  .strict()

export const BundleResultMessage = z
  .object({
    volumes: z.array(z.object({ volume: z.number().int().min(1), bytes, pageCount: z.number().int().min(0) }).strict()).min(1),
    placed: z.array(
      z
        .object({
          exhibitId: z.string(),
          label: z.string(),
          volume: z.number().int().min(1),
          firstPageIndex: z.number().int().min(1),
          pageCount: z.number().int().min(0),
          pageNumbers: z.array(z.string())
        })
        .strict()
    ),
    skipped: z.array(z.object({ exhibitId: z.string(), title: z.string(), message: z.string() }).strict()),
    numbering: FrozenNumbering,
    manifestJson: z.string(),
    // Set only when there is something to say (an exhibit alone over the size limit).
    warnings: z.array(z.string().max(1000)).max(200).optional()
  })
  .strict()

export const BundleResponse = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), requestId: z.number().int(), progress: BundleProgressMessage }).strict(),
  z.object({ type: z.literal('done'), requestId: z.number().int(), result: BundleResultMessage }).strict(),
  z.object({ type: z.literal('error'), requestId: z.number().int(), message: z.string().max(2000) }).strict()
])
export type BundleResponse = z.infer<typeof BundleResponse>

