// Shared vocabulary of the petition helpers: every piece of guidance carries the text the lawyer
// reads, the source it rests on, and how firm that source is. ccf-domain.md marks facts it could not
// confirm and points where practitioners disagree; the app must pass that on, never smooth it over.
import { z } from 'zod'
import type { GroundId } from './groundsCatalogue'

/**
 * - statutory: stated in a primary text (CCF Statute, RPD, Constitution, the 2017 refugee
 *   resolution as officially summarised);
 * - practice: General Secretariat guidance (Repository of Practice), published CCF decisions or
 *   practitioners' consistent reports;
 * - unsettled: the sources conflict, or the point is marked unconfirmed in ccf-domain.md.
 */
export const GuidanceCertainty = z.enum(['statutory', 'practice', 'unsettled'])
export type GuidanceCertainty = z.infer<typeof GuidanceCertainty>

/** A sentence of guidance with its source: "may support deletion (RPD Art. 83(1)(a)(ii))". */
export interface CitedText {
  text: string
  citation: string
  certainty: GuidanceCertainty
}

/** The four requests the app builds; refugee-status deletion is a deletion request on the refugee ground. */
export const PetitionType = z.enum(['access', 'correction-deletion', 'refugee-status-deletion', 'revision'])
export type PetitionType = z.infer<typeof PetitionType>

/** The CCF's own request kinds (Statute Arts 29, 42), which start the deadline clocks (shared/deadlines). */
export function ccfRequestTypeOf(type: PetitionType): 'access' | 'correction-deletion' | 'revision' {
  return type === 'refugee-status-deletion' ? 'correction-deletion' : type
}

export const PETITION_TYPE_NAMES: Record<PetitionType, string> = {
  access: 'Request for access',
  'correction-deletion': 'Request for correction and/or deletion',
  'refugee-status-deletion': 'Request for deletion (refugee status)',
  revision: 'Application for revision'
}

let regionNames: Intl.DisplayNames | undefined

/** "DE" → "Germany" for English guidance text; the code itself when the runtime does not know it. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })
    return regionNames.of(code) ?? code
  } catch {
    return code
  }
}

/**
 * How a check bears on the request: 'supports' the lawyer's case, points 'against' it (a risk),
 * 'unknown' until the lawyer records the facts, or 'not-applicable' to this data item or request.
 */
export const CheckStatus = z.enum(['supports', 'against', 'unknown', 'not-applicable'])
export type CheckStatus = z.infer<typeof CheckStatus>

/** One piece of eligibility guidance. The text says "may support" or "consider", never "is unlawful". */
export interface EligibilityCheck extends CitedText {
  id: string
  status: CheckStatus
  /** The ground of the catalogue (groundsCatalogue.ts) this check bears on, if any. */
  groundId?: GroundId
}
