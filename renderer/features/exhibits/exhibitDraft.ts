// The exhibit edit form's values and their conversion to an Exhibit, validated with the record's
// own schema so the form and the vault accept exactly the same things.
import { Exhibit, type Exhibit as ExhibitT } from '@shared/exhibits/exhibitRecord'
import type { GroundId } from '@shared/petitions/groundsCatalogue'
import { uiLocale } from '../../src/locale'
import { errorsFromIssues, type FieldErrors } from '../../src/ui/formErrors'
import { exhibitMessages as m } from './messages'

/** Common languages of INTERPOL matters, by BCP 47 code; anything else is typed. */
export const COMMON_LANGUAGES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'French' },
  { code: 'es', name: 'Spanish' },
  { code: 'ar', name: 'Arabic' },
  { code: 'ru', name: 'Russian' },
  { code: 'tr', name: 'Turkish' },
  { code: 'kk', name: 'Kazakh' },
  { code: 'uk', name: 'Ukrainian' },
  { code: 'fa', name: 'Persian' },
  { code: 'ug', name: 'Uyghur' },
  { code: 'zh', name: 'Chinese' },
  { code: 'de', name: 'German' },
  { code: 'tg', name: 'Tajik' },
  { code: 'uz', name: 'Uzbek' },
  { code: 'az', name: 'Azerbaijani' },
  { code: 'be', name: 'Belarusian' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'it', name: 'Italian' }
]

export const LANGUAGE_OTHER = 'other'

/** A language's name in the UI language ("fr" → "French" / "français" / "французский"), else `fallback`. */
export function languageName(code: string, fallback: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(code) ?? fallback
  } catch {
    return fallback
  }
}

export interface ExhibitDraft {
  title: string
  documentDate: string
  author: string
  /** '' not recorded, a COMMON_LANGUAGES code, or LANGUAGE_OTHER with `languageCode` typed. */
  languageChoice: string
  languageCode: string
  translationOf: string
  confidential: boolean
  grounds: GroundId[]
  notes: string
}

export function draftFromExhibit(e: ExhibitT): ExhibitDraft {
  const common = e.language !== null && COMMON_LANGUAGES.some((l) => l.code === e.language)
  return {
    title: e.title,
    documentDate: e.documentDate ?? '',
    author: e.author,
    languageChoice: e.language === null ? '' : common ? e.language : LANGUAGE_OTHER,
    languageCode: e.language !== null && !common ? e.language : '',
    translationOf: e.translationOf ?? '',
    confidential: e.confidential,
    grounds: [...e.grounds],
    notes: e.notes
  }
}

// Only fields whose schema message does not already say which field it is. A function, so the
// labels are read in the current UI language.
const labels = (): Record<string, string> => ({
  documentDate: m.documentDate,
  language: m.languageCode
})

/** The edited exhibit, or the messages per field. File, ids and pre-flight are never touched. */
export function exhibitFromDraft(existing: ExhibitT, draft: ExhibitDraft, now: string): { exhibit: ExhibitT; errors: null } | { exhibit: null; errors: FieldErrors } {
  const date = draft.documentDate.trim()
  const language = draft.languageChoice === LANGUAGE_OTHER ? draft.languageCode.trim() : draft.languageChoice
  const candidate = {
    ...existing,
    title: draft.title.trim(),
    documentDate: date === '' ? null : date,
    // Keeps where the date came from until the lawyer changes it.
    documentDateSource: date === '' ? null : date === existing.documentDate ? existing.documentDateSource : 'user',
    author: draft.author.trim(),
    language: draft.languageChoice === LANGUAGE_OTHER && language === '' ? '' : language === '' ? null : language,
    translationOf: draft.translationOf === '' ? null : draft.translationOf,
    confidential: draft.confidential,
    grounds: draft.grounds,
    notes: draft.notes,
    updatedAt: now
  }
  const parsed = Exhibit.safeParse(candidate)
  if (parsed.success) return { exhibit: parsed.data, errors: null }
  const errors = errorsFromIssues(parsed.error.issues, (path) => labels()[path])
  return { exhibit: null, errors }
}
