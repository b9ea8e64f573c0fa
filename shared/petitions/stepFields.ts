// Field schemas for the wizard's steps. Every message names the field it is about, because the
// lawyer reads it beside a form of twenty fields ("Date of birth: use the form yyyy-mm-dd…", not
// "Invalid date").
import { z } from 'zod'
import { isIsoDay } from '../deadlines/isoDates'

const COUNTRY = /^[A-Z]{2}$/
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/
const EMAIL = z.email()

export const requiredText = (field: string, max = 5000) =>
  z
    .string()
    .trim()
    .min(1, { message: `${field} is required.` })
    .max(max, { message: `${field} must be at most ${max} characters.` })

export const optionalText = (field: string, max = 5000) => z.string().max(max, { message: `${field} must be at most ${max} characters.` })

const dateMessage = (field: string) => `${field}: use the form yyyy-mm-dd (e.g. 2026-03-26) and a day that exists.`

export const requiredDate = (field: string) =>
  z.string().superRefine((value, ctx) => {
    if (value.trim() === '') ctx.addIssue({ code: 'custom', message: `${field} is required.` })
    else if (!isIsoDay(value)) ctx.addIssue({ code: 'custom', message: dateMessage(field) })
  })

export const optionalDate = (field: string) =>
  z.string().refine((value) => value === '' || isIsoDay(value), { message: dateMessage(field) })

export const requiredCountry = (field: string) =>
  z.string().superRefine((value, ctx) => {
    if (value === '') ctx.addIssue({ code: 'custom', message: `${field} is required: choose a country from the list.` })
    else if (!COUNTRY.test(value)) ctx.addIssue({ code: 'custom', message: `${field}: choose a country from the list.` })
  })

/** An item of a list of countries; the message gets the item's label and number ("Nationality 2: ..."). */
export const countryItem = z.string().regex(COUNTRY, { message: 'Choose a country from the list.' })

export const optionalCountry = (field: string) =>
  z.string().refine((value) => value === '' || COUNTRY.test(value), { message: `${field}: choose a country from the list.` })

export const optionalEmail = (field: string) =>
  z.string().refine((value) => value.trim() === '' || EMAIL.safeParse(value.trim()).success, { message: `${field} is not a valid e-mail address.` })

export const optionalLanguage = (field: string) =>
  z
    .string()
    .optional()
    .refine((value) => value === undefined || value === '' || LANGUAGE.test(value), { message: `${field}: use a language code such as "en", "ru" or "ug".` })

/** A reference to another item of the draft (an exhibit, a fact) that must exist. */
export const knownId = (field: string, known: ReadonlySet<string>) =>
  z.string().refine((value) => value === '' || known.has(value), { message: `${field} refers to an item that is not in the draft.` })

export const knownIds = (field: string, known: ReadonlySet<string>) =>
  z.array(z.string()).superRefine((values, ctx) => {
    values.forEach((value, i) => {
      if (!known.has(value)) ctx.addIssue({ code: 'custom', path: [i], message: `${field} refers to an item that is not in the draft.` })
    })
  })

/** Array sections whose items the messages number: "Fact 3: Text of the fact is required." */
const ITEM_LABELS: Record<string, string> = {
  exhibits: 'Exhibit',
  facts: 'Fact',
  chosen: 'Ground',
  offences: 'Offence',
  findings: 'Finding',
  nationalities: 'Nationality',
  article3Factors: 'Article 3 factor'
}

export interface StepIssue {
  /** Dotted path into the draft, for the form to highlight: "applicant.dateOfBirth", "facts.2.text". */
  path: string
  message: string
}

/** zod issues → the lawyer's messages, numbering items of lists (1-based, as they appear on screen). */
export function toStepIssues(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): StepIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String)
    let prefix = ''
    for (let i = 0; i < path.length - 1; i++) {
      const label = ITEM_LABELS[path[i] ?? '']
      const index = Number(path[i + 1])
      if (label && Number.isInteger(index)) prefix = `${label} ${index + 1}: `
    }
    return { path: path.join('.'), message: `${prefix}${issue.message}` }
  })
}
