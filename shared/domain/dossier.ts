import { z } from 'zod'
import { Client } from './client'
import { Matter } from './matter'
import { Note, TimelineEvent } from './timeline'
import { RecordId } from './primitives'
import { DeadlineState } from '../deadlines/deadlineState'

/**
 * A client's whole file, stored as one encrypted envelope. Unlocking 5,000 dossiers is then
 * 5,000 decrypts rather than 100,000+ (architecture.md, "Mind the per-call cost of WebCrypto").
 */
export const DOSSIER_SCHEMA_VERSION = 1

export const Dossier = z
  .object({
    schemaVersion: z.literal(DOSSIER_SCHEMA_VERSION),
    id: RecordId,
    client: Client,
    matters: z.array(Matter).max(200).default([]),
    events: z.array(TimelineEvent).max(5000).default([]),
    notes: z.array(Note).max(5000).default([]),
    /** Done / overridden marks on computed deadlines (shared/deadlines). */
    deadlineStates: z.array(DeadlineState).max(5000).default([])
  })
  .superRefine((d, ctx) => {
    if (d.client.id !== d.id) ctx.addIssue({ code: 'custom', path: ['client', 'id'], message: 'Client id must equal the dossier id.' })
    const matterIds = new Set(d.matters.map((m) => m.id))
    d.matters.forEach((m, i) => {
      if (m.clientId !== d.id) ctx.addIssue({ code: 'custom', path: ['matters', i, 'clientId'], message: 'Matter belongs to another client.' })
    })
    d.events.forEach((e, i) => {
      if (e.matterId && !matterIds.has(e.matterId))
        ctx.addIssue({ code: 'custom', path: ['events', i, 'matterId'], message: 'Event refers to a matter not in this dossier.' })
    })
  })
export type Dossier = z.infer<typeof Dossier>
export type DossierInput = z.input<typeof Dossier>
