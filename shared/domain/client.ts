import { z } from 'zod'
import { CountryCode, IsoDate, LanguageTag, NonEmptyText, OptionalText, RecordId, Timestamp } from './primitives'

export const IdDocumentKind = z.enum(['passport', 'national-id', 'residence-permit', 'refugee-travel-document', 'other'])

export const IdDocument = z.object({
  kind: IdDocumentKind,
  number: NonEmptyText('Document number', 64),
  issuingCountry: CountryCode,
  issuedOn: IsoDate.optional(),
  expiresOn: IsoDate.optional()
})
export type IdDocument = z.infer<typeof IdDocument>

/**
 * Protection status matters to the refugee-status deletion route
 * (GA-2017-86-RES-09; ccf-domain.md §3): who granted it, when, and under which reference.
 */
export const ProtectionStatus = z.object({
  kind: z.enum(['none', 'asylum-seeker', 'refugee', 'subsidiary-protection', 'humanitarian', 'revoked', 'naturalised']),
  grantingCountry: CountryCode.optional(),
  grantedOn: IsoDate.optional(),
  reference: OptionalText('Status reference', 120)
})
export type ProtectionStatus = z.infer<typeof ProtectionStatus>

export const ClientContact = z.object({
  email: z.union([z.email({ message: 'E-mail address is not valid.' }), z.literal('')]).default(''),
  phone: OptionalText('Phone', 60),
  address: OptionalText('Address', 500),
  secureChannel: OptionalText('Secure channel', 200)
})

export const Client = z.object({
  id: RecordId,
  /** Name exactly as the client writes it, in the original script (e.g. "Ерлан Жақсылықов"). */
  legalName: NonEmptyText('Legal name', 200),
  /** Latin transliteration as it appears on Latin-script documents (e.g. "Yerlan Zhaksylykov"). */
  latinName: OptionalText('Latin transliteration', 200),
  aliases: z.array(NonEmptyText('Alias', 200)).max(50).default([]),
  dateOfBirth: IsoDate.optional(),
  placeOfBirth: OptionalText('Place of birth', 200),
  nationalities: z.array(CountryCode).max(10).default([]),
  idDocuments: z.array(IdDocument).max(20).default([]),
  contact: ClientContact.default({ email: '', phone: '', address: '', secureChannel: '' }),
  preferredLanguage: LanguageTag.optional(),
  protection: ProtectionStatus.default({ kind: 'none', reference: '' }),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Client = z.infer<typeof Client>
export type ClientInput = z.input<typeof Client>
