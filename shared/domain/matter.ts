import { z } from 'zod'
import { CountryCode, IsoDate, NonEmptyText, OptionalText, RecordId, Timestamp } from './primitives'

/** One matter per INTERPOL data item (architecture.md; RPD Arts 82 red notice, 97 diffusion; SLTD ccf-domain §2.7). */
export const DataItemKind = z.enum(['red-notice', 'diffusion', 'sltd', 'other'])
export type DataItemKind = z.infer<typeof DataItemKind>

/** suspected → confirmed → challenged → deleted / retained / corrected → implementation confirmed. */
export const MatterStage = z.enum([
  'suspected',
  'confirmed',
  'challenged',
  'deleted',
  'retained',
  'corrected',
  'implementation-confirmed'
])
export type MatterStage = z.infer<typeof MatterStage>

/** Which stages may follow which; a lawyer may also step back one stage to correct a mistake. */
export const stageTransitions: Record<MatterStage, readonly MatterStage[]> = {
  suspected: ['confirmed', 'challenged'],
  confirmed: ['challenged', 'suspected'],
  challenged: ['deleted', 'retained', 'corrected', 'confirmed'],
  deleted: ['implementation-confirmed', 'challenged'],
  retained: ['challenged'],
  corrected: ['implementation-confirmed', 'challenged'],
  'implementation-confirmed': ['deleted', 'corrected']
}

export function canMoveStage(from: MatterStage, to: MatterStage): boolean {
  return from === to || stageTransitions[from].includes(to)
}

export const Offence = z.object({
  description: NonEmptyText('Offence description', 500),
  legalProvision: OptionalText('Legal provision', 300),
  /** Maximum penalty in months; null for life imprisonment. RPD Art. 83(1)(a)(ii) compares it to 2 years. */
  maxPenaltyMonths: z.number().int().min(0).max(1200).nullable().optional()
})
export type Offence = z.infer<typeof Offence>

export const ArrestWarrant = z.object({
  date: IsoDate.optional(),
  court: OptionalText('Issuing court', 300),
  number: OptionalText('Warrant number', 120)
})

export const Matter = z.object({
  id: RecordId,
  clientId: RecordId,
  kind: DataItemKind,
  title: OptionalText('Title', 200),
  /** The firm's own file reference; shown instead of the client's name where screens are shared. */
  fileReference: OptionalText('File reference', 60),
  requestingCountry: CountryCode,
  /** e.g. "NCB Ankara". */
  ncb: OptionalText('NCB', 120),
  /** INTERPOL control or reference number, when known (e.g. from an access reply). */
  interpolReference: OptionalText('INTERPOL reference', 120),
  offences: z.array(Offence).max(50).default([]),
  warrant: ArrestWarrant.default({ court: '', number: '' }),
  howLearned: OptionalText('How the client learned of it', 2000),
  stage: MatterStage.default('suspected'),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Matter = z.infer<typeof Matter>
export type MatterInput = z.input<typeof Matter>

const KIND_ABBREVIATION: Record<DataItemKind, string> = { 'red-notice': 'RN', diffusion: 'DF', sltd: 'SLTD', other: 'OT' }

/**
 * A short reference that names no one: the lawyer's file reference when set, otherwise data-item
 * kind, requesting country and the start of the record id ("RN-TR-7A1D"). Used in calendar exports,
 * notifications and logs, where a client's name must not appear by default.
 */
export function matterReference(matter: Pick<Matter, 'id' | 'kind' | 'requestingCountry' | 'fileReference'>): string {
  if (matter.fileReference.trim() !== '') return matter.fileReference.trim()
  return `${KIND_ABBREVIATION[matter.kind]}-${matter.requestingCountry}-${matter.id.slice(0, 4).toUpperCase()}`
}
