// The concern form's draft and how the schema's findings read in the UI language: one message per
// field, chosen by which rule failed (the schema's English messages are its contract).
import {
  CountryConcern,
  LINK_MESSAGE,
  LINK_MISSING_MESSAGE,
  REPORT_DATE_IMPOSSIBLE_MESSAGE,
  REPORT_DATE_MESSAGE,
  REPORT_DATE_MISSING_MESSAGE
} from '@shared/countryProfiles/countryConcern'
import { formatNumber } from '../../src/locale'
import { countryProfileMessages as m } from './messages'

export const CONCERN_FIELDS = ['reportTitle', 'publisher', 'date', 'link', 'whatItSays'] as const
export type ConcernField = (typeof CONCERN_FIELDS)[number]
export type ConcernDraft = Record<ConcernField, string>

export function draftOf(existing?: CountryConcern): ConcernDraft {
  return {
    reportTitle: existing?.reportTitle ?? '',
    publisher: existing?.publisher ?? '',
    date: existing?.date ?? '',
    link: existing?.link ?? '',
    whatItSays: existing?.whatItSays ?? ''
  }
}

interface Issue {
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly code?: string
  readonly maximum?: unknown
}

function messageFor(issue: Issue): string {
  switch (issue.message) {
    case REPORT_DATE_MESSAGE:
      return m.errors.dateForm
    case REPORT_DATE_IMPOSSIBLE_MESSAGE:
      return m.errors.dateImpossible
    case LINK_MESSAGE:
      return m.errors.link
    case LINK_MISSING_MESSAGE:
    case REPORT_DATE_MISSING_MESSAGE:
      return m.errors.required
  }
  if (issue.code === 'too_small') return m.errors.required
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return m.tooLong(formatNumber(issue.maximum))
  return m.errors.other
}

/** The first finding per field, in the UI language. */
export function concernErrors(issues: readonly Issue[]): Partial<Record<ConcernField, string>> {
  const errors: Partial<Record<ConcernField, string>> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '') as ConcernField
    if (!CONCERN_FIELDS.includes(field) || errors[field] !== undefined) continue
    errors[field] = messageFor(issue)
  }
  return errors
}

export type ConcernCheck = { ok: true; concern: CountryConcern } | { ok: false; errors: Partial<Record<ConcernField, string>> }

/** Validates the draft for `country`; a new concern gets a fresh id, an edit keeps its own and its creation time. */
export function checkConcern(draft: ConcernDraft, country: string, existing?: CountryConcern): ConcernCheck {
  const now = new Date().toISOString()
  const parsed = CountryConcern.safeParse({
    ...draft,
    id: existing?.id ?? crypto.randomUUID(),
    country: existing?.country ?? country,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now
  })
  if (parsed.success) return { ok: true, concern: parsed.data }
  return { ok: false, errors: concernErrors(parsed.error.issues) }
}
