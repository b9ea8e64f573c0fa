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
  /** The CCF received the request (Statute Arts 31(1), 32(1) clocks start). */
  'ccf-request-received',
  'ccf-acknowledgement',
  /** The request was declared admissible (Statute Art. 40(1)/(2) clocks start). */
  'ccf-admissibility',
  /** The CCF asked the General Secretariat whether data are processed (Art. 33(2)). */
  'ccf-asked-general-secretariat',
  /** The CCF extended its time limit (Art. 40(3)); `newDueDate` is the date it gave. */
  'ccf-extension',
  /** The CCF set a date for further submissions (Art. 31(3)). */
  'ccf-submission-deadline-set',
  'ccf-reply',
  'ccf-decision',
  /** The General Secretariat received the CCF decision (Art. 41(2)). */
  'gs-received-decision',
  /** The CCF was notified that its decision was implemented (Art. 41(3)). */
  'implementation-notified',
  'submission-filed',
  'discovery-of-new-fact',
  'notice-suspended',
  'retention-expiry',
  'asylum-decision',
  /** UK extradition (ccf-domain.md §4.4). */
  'uk-part1-extradition-order',
  'uk-part2-order-notified',
  'uk-high-court-decision',
  'uk-supreme-court-leave-granted',
  'other'
])
export type EventType = z.infer<typeof EventType>

/** The kind of CCF request a clock belongs to (Statute Art. 40(1) access: 4 months; 40(2) correction/deletion: 9 months). */
export const CcfRequestType = z.enum(['access', 'correction-deletion', 'revision'])
export type CcfRequestType = z.infer<typeof CcfRequestType>

export const TimelineEvent = z.object({
  id: RecordId,
  matterId: RecordId.optional(),
  type: EventType,
  date: IsoDate,
  summary: NonEmptyText('Summary', 500),
  details: OptionalText('Details', 5000),
  /** For CCF procedure events: which request they concern. */
  requestType: CcfRequestType.optional(),
  /** For 'ccf-extension' and 'ccf-submission-deadline-set': the date the CCF gave. */
  newDueDate: IsoDate.optional(),
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
