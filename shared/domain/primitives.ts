// Value types shared by every record. Each schema's message names the field's rule, never its value.
import { z } from 'zod'

/** Record ids are random UUIDs: they reveal nothing about the client. */
export const RecordId = z.uuid({ message: 'Must be a record id (UUID).' })
export type RecordId = z.infer<typeof RecordId>

/**
 * True when yyyy-mm-dd names a real day (no 2025-02-29). Done by hand rather than with date-fns'
 * isMatch because unlock validates ~100,000 dates per 5,000 dossiers and isMatch re-parses its
 * format string on every call (measured: most of the unlock budget).
 */
function isCalendarDate(s: string): boolean {
  const y = Number(s.slice(0, 4))
  const m = Number(s.slice(5, 7))
  const d = Number(s.slice(8, 10))
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1000
}

/** A calendar date as a lawyer writes it on a filing: yyyy-mm-dd, and a day that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use the form yyyy-mm-dd, e.g. 2026-03-26.' })
  .refine(isCalendarDate, { message: 'This date does not exist in the calendar.' })
export type IsoDate = z.infer<typeof IsoDate>

/** Moment of a change, for "newer wins" merges and audit. */
export const Timestamp = z.iso.datetime({ message: 'Must be an ISO timestamp.' })

/** ISO 3166-1 alpha-2 code; names come from Intl.DisplayNames in the UI's language. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'Choose a country from the list.' })
export type CountryCode = z.infer<typeof CountryCode>

/** BCP 47 language tag (e.g. "tr", "kk", "ug-Arab"). */
export const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'Use a language code such as "en", "ru" or "ug".' })

export const NonEmptyText = (field: string, max = 500) =>
  z
    .string()
    .trim()
    .min(1, { message: `${field} is required.` })
    .max(max, { message: `${field} must be at most ${max} characters.` })

export const OptionalText = (field: string, max = 2000) =>
  z.string().trim().max(max, { message: `${field} must be at most ${max} characters.` }).default('')
