// One entry of the precedents library (issue 8): a CCF decision or excerpt, a Repository of
// Practice paragraph, a court or extradition ruling, a UN or ECtHR finding. Entries are tagged
// with the grounds of the petition wizard (GroundId), so a ground can be matched to its authorities.
import { z } from 'zod'
import { GroundId } from '../petitions/groundsCatalogue'

export const PrecedentKind = z.enum(['ccf-decision', 'repository-of-practice', 'court-ruling', 'extradition-ruling', 'un-finding', 'ecthr-finding', 'other'], {
  message: 'Choose the kind of precedent.'
})
export type PrecedentKind = z.infer<typeof PrecedentKind>
export const PRECEDENT_KINDS = PrecedentKind.options

/** How the data fared: the CCF's "compliant / not compliant", or deleted (by the source or GS) before a finding. */
export const PrecedentOutcome = z.enum(['compliant', 'not-compliant', 'deleted', 'not-applicable'], { message: 'Choose the outcome.' })
export type PrecedentOutcome = z.infer<typeof PrecedentOutcome>
export const PRECEDENT_OUTCOMES = PrecedentOutcome.options

/** 'reference-set': shipped with the app, read-only; 'own': written by the lawyer, kept in the vault. */
export const PrecedentOrigin = z.enum(['reference-set', 'own'])
export type PrecedentOrigin = z.infer<typeof PrecedentOrigin>

function isRealDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number) as [number, number?, number?]
  const t = new Date(Date.UTC(y, m - 1, d))
  return y >= 1900 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/**
 * yyyy-mm-dd, or yyyy-mm, or yyyy: published CCF decision excerpts are known by number and year
 * only ("Decision No. 2 (2024)") and the Repository of Practice by edition month (November 2024),
 * so a full day would invent precision the source does not give. The three forms sort as text.
 */
export const PrecedentDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'Use yyyy-mm-dd, yyyy-mm or yyyy (e.g. 2024-11 when only the month is known).', abort: true })
  .refine(isRealDate, { message: 'This date does not exist in the calendar.' })
export type PrecedentDate = z.infer<typeof PrecedentDate>

export type DatePrecision = 'year' | 'month' | 'day'
export function datePrecision(date: PrecedentDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day'
}

/** Short facts tag, e.g. "opposition politician", "trial in absentia". */
export const FactTag = z.string().trim().min(1, { message: 'A fact tag cannot be empty.' }).max(60, { message: 'A fact tag must be at most 60 characters.' })

const text = (field: string, max: number) =>
  z.string().trim().min(1, { message: `${field} is required.` }).max(max, { message: `${field} must be at most ${max} characters.` })
const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${field} must be at most ${max} characters.` })
    .transform((s) => (s === '' ? undefined : s))
    .optional()

/** Only web addresses: a file: or javascript: link in a library entry would be opened by a click. */
const SourceUrl = z
  .string()
  .trim()
  .max(1000, { message: 'The source address must be at most 1000 characters.' })
  .transform((s) => (s === '' ? undefined : s))
  .pipe(z.url({ protocol: /^https?$/, message: 'The source address must start with http:// or https://.' }).optional())
  .optional()

export const Precedent = z
  .strictObject({
    id: z.string().trim().min(1).max(100),
    origin: PrecedentOrigin,
    kind: PrecedentKind,
    /** As it is cited in a memorandum, e.g. "CCF Decision No. 2 (2024)" or "ROP para 57". */
    citation: text('Citation', 300),
    date: PrecedentDate,
    /** Who decided or wrote it: "CCF Requests Chamber", "INTERPOL General Secretariat". */
    body: text('Body', 200),
    groundIds: z
      .array(GroundId, { message: 'Choose at least one ground.' })
      .min(1, { message: 'Choose at least one ground.' })
      .max(GroundId.options.length)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Each ground can be chosen once.' }),
    facts: z.array(FactTag).max(20, { message: 'At most 20 fact tags.' }).default([]),
    outcome: PrecedentOutcome,
    /** The lawyer's (or, for the reference set, our) own words; never a quotation passed off as a summary. */
    summary: text('Summary', 4000),
    sourceUrl: SourceUrl,
    /** Where the text comes from when an address alone does not say it (a reference tag, a file, a copy). */
    sourceNote: optionalText('Source note', 1000),
    updatedAt: z.iso.datetime({ offset: true }).optional()
  })
  .superRefine((p, ctx) => {
    // The reference set carries nothing without a source (ccf-domain.md marks every fact with one).
    if (p.origin === 'reference-set' && !p.sourceUrl && !p.sourceNote)
      ctx.addIssue({ code: 'custom', path: ['sourceNote'], message: 'An entry of the reference set needs its source.' })
  })
export type Precedent = z.infer<typeof Precedent>
export type PrecedentInput = z.input<typeof Precedent>

/** The lawyer's own entry as it is stored in the vault (record kind 'precedent'). */
export const OwnPrecedent = Precedent.refine((p) => p.origin === 'own', { message: 'Only the lawyer’s own precedents are stored in the vault.', path: ['origin'] })
