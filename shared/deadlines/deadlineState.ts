// What the lawyer has said about a computed deadline. Keyed by a stable key so that recomputing
// (after a trigger date moves) keeps "done" and overrides attached to the same deadline.
import { z } from 'zod'
import { IsoDate, OptionalText, RecordId, Timestamp } from '../domain/primitives'

/** `${ruleId}@${triggerKey}` where triggerKey is an event id or another deadline's key. */
export const DeadlineKey = z.string().min(3).max(2000)
export type DeadlineKey = z.infer<typeof DeadlineKey>

export const DeadlineState = z
  .object({
    key: DeadlineKey,
    matterId: RecordId.optional(),
    status: z.enum(['open', 'done', 'overridden']),
    /** With status 'overridden': the date the lawyer set by hand; recomputation leaves it alone. */
    overrideDate: IsoDate.optional(),
    doneOn: IsoDate.optional(),
    note: OptionalText('Note', 2000),
    changedAt: Timestamp
  })
  .strict()
export type DeadlineState = z.infer<typeof DeadlineState>
