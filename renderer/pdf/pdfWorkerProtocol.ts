// Messages to and from the PDF worker, validated on both sides. The document model itself is
// validated by renderDocument (DocumentModel), whose errors name the bad field.
import { z } from 'zod'

/** What the worker is doing; the caller adds 'done' when the bytes arrive. */
export const WorkerPhase = z.enum(['fonts', 'layout', 'writing'])
export type WorkerPhase = z.infer<typeof WorkerPhase>

export const PdfRequest = z
  .object({
    type: z.literal('render'),
    requestId: z.number().int().positive(),
    model: z.unknown(),
    creationDate: z.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'creationDate must be a valid date.' })
  })
  .strict()
export type PdfRequest = z.infer<typeof PdfRequest>

export const PdfResponse = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), requestId: z.number().int(), phase: WorkerPhase }).strict(),
  // The bytes arrive transferred (their buffer moved, not copied).
  z.object({ type: z.literal('done'), requestId: z.number().int(), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'bytes must be a Uint8Array.' }) }).strict(),
  z.object({ type: z.literal('error'), requestId: z.number().int(), message: z.string().max(2000) }).strict()
])
export type PdfResponse = z.infer<typeof PdfResponse>
