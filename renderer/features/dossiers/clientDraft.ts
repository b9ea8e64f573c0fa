// What the client form holds while the lawyer types (all strings, nothing lost), and its
// conversion to and from the Client schema.
import type { Client, ClientInput, IdDocument, ProtectionStatus } from '@shared/domain'
import { dossierMessages as m } from './messages'

export interface KeyedText {
  key: string
  value: string
}

export interface IdDocumentDraft {
  key: string
  kind: IdDocument['kind']
  number: string
  issuingCountry: string
  issuedOn: string
  expiresOn: string
}

export interface ClientDraft {
  legalName: string
  latinName: string
  aliases: KeyedText[]
  dateOfBirth: string
  placeOfBirth: string
  nationalities: string[]
  idDocuments: IdDocumentDraft[]
  email: string
  phone: string
  address: string
  secureChannel: string
  preferredLanguage: string
  protectionKind: ProtectionStatus['kind']
  grantingCountry: string
  grantedOn: string
  protectionReference: string
}

export const newKey = (): string => crypto.randomUUID()

export function emptyIdDocument(): IdDocumentDraft {
  return { key: newKey(), kind: 'passport', number: '', issuingCountry: '', issuedOn: '', expiresOn: '' }
}

export function emptyClientDraft(): ClientDraft {
  return {
    legalName: '',
    latinName: '',
    aliases: [],
    dateOfBirth: '',
    placeOfBirth: '',
    nationalities: [],
    idDocuments: [],
    email: '',
    phone: '',
    address: '',
    secureChannel: '',
    preferredLanguage: '',
    protectionKind: 'none',
    grantingCountry: '',
    grantedOn: '',
    protectionReference: ''
  }
}

export function draftFromClient(c: Client): ClientDraft {
  return {
    legalName: c.legalName,
    latinName: c.latinName,
    aliases: c.aliases.map((value) => ({ key: newKey(), value })),
    dateOfBirth: c.dateOfBirth ?? '',
    placeOfBirth: c.placeOfBirth,
    nationalities: [...c.nationalities],
    idDocuments: c.idDocuments.map((d) => ({
      key: newKey(),
      kind: d.kind,
      number: d.number,
      issuingCountry: d.issuingCountry,
      issuedOn: d.issuedOn ?? '',
      expiresOn: d.expiresOn ?? ''
    })),
    email: c.contact.email,
    phone: c.contact.phone,
    address: c.contact.address,
    secureChannel: c.contact.secureChannel,
    preferredLanguage: c.preferredLanguage ?? '',
    protectionKind: c.protection.kind,
    grantingCountry: c.protection.grantingCountry ?? '',
    grantedOn: c.protection.grantedOn ?? '',
    protectionReference: c.protection.reference
  }
}

/** Empty optional inputs become "absent" rather than an invalid empty value. */
export const optional = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim())

export function clientInputFromDraft(d: ClientDraft, base: { id: string; createdAt: string; updatedAt: string }): ClientInput {
  const hasProtection = d.protectionKind !== 'none'
  return {
    ...base,
    legalName: d.legalName,
    latinName: d.latinName,
    aliases: d.aliases.map((a) => a.value).filter((a) => a.trim() !== ''),
    dateOfBirth: optional(d.dateOfBirth),
    placeOfBirth: d.placeOfBirth,
    nationalities: d.nationalities,
    idDocuments: d.idDocuments.map((doc) => ({
      kind: doc.kind,
      number: doc.number,
      issuingCountry: doc.issuingCountry,
      issuedOn: optional(doc.issuedOn),
      expiresOn: optional(doc.expiresOn)
    })),
    contact: { email: d.email.trim(), phone: d.phone, address: d.address, secureChannel: d.secureChannel },
    preferredLanguage: optional(d.preferredLanguage),
    protection: {
      kind: d.protectionKind,
      grantingCountry: hasProtection ? optional(d.grantingCountry) : undefined,
      grantedOn: hasProtection ? optional(d.grantedOn) : undefined,
      reference: hasProtection ? d.protectionReference : ''
    }
  }
}

/** Field names for schema messages that do not name their field. */
export function clientErrorLabel(path: string): string | undefined {
  if (path === 'dateOfBirth') return m.dateOfBirth
  if (path === 'preferredLanguage') return m.preferredLanguage
  if (path === 'protection.grantedOn') return m.grantedOn
  if (path === 'protection.grantingCountry') return m.grantingCountry
  if (/^nationalities\.\d+$/.test(path)) return m.nationalities
  const doc = /^idDocuments\.(\d+)\.(issuedOn|expiresOn|issuingCountry)$/.exec(path)
  if (doc) return doc[2] === 'issuedOn' ? m.issuedOn : doc[2] === 'expiresOn' ? m.expiresOn : m.issuingCountry
  return undefined
}
