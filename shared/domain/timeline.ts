import { z } from 'zod'
import { IsoDate, NonEmptyText, OptionalText, RecordId, Timestamp } from './primitives'

/** Dated timeline entries; later issues turn some of them into deadline triggers. */
export const EventType = z.enum([
  'border-stop',
  'arrest',
  'release',
  'court-hearing',
  'extradition-decision',
  'access-request-sent',
  'ccf-acknowledgement',
  'ccf-admissibility',
  'ccf-reply',
  'ccf-decision',
  'submission-filed',
  'discovery-of-new-fact',
  'asylum-decision',
  'other'
])
export type EventType = z.infer<typeof EventType>

export const TimelineEvent = z.object({
  id: RecordId,
  matterId: RecordId.optional(),
  type: EventType,
  date: IsoDate,
  summary: NonEmptyText('Summary', 500),
  details: OptionalText('Details', 5000),
  createdAt: Timestamp
})
export type TimelineEvent = z.infer<typeof TimelineEvent>

export const Note = z.object({
  id: RecordId,
  matterId: RecordId.optional(),
  body: NonEmptyText('Note', 20000),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Note = z.infer<typeof Note>
