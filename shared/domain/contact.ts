import { z } from 'zod'
import { CountryCode, NonEmptyText, OptionalText, RecordId, Timestamp } from './primitives'

export const ContactRole = z.enum(['ccf', 'ncb', 'court', 'co-counsel', 'ngo', 'authority', 'other'])

/** Institutions and colleagues, shared across dossiers. */
export const Contact = z.object({
  id: RecordId,
  role: ContactRole,
  name: NonEmptyText('Name', 200),
  organisation: OptionalText('Organisation', 200),
  country: CountryCode.optional(),
  email: z.union([z.email({ message: 'E-mail address is not valid.' }), z.literal('')]).default(''),
  phone: OptionalText('Phone', 60),
  notes: OptionalText('Notes', 2000),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Contact = z.infer<typeof Contact>
