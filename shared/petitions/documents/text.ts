// One document's language: its message table, dates, lists and the names of countries and
// languages, all in that language. Names come from Intl.DisplayNames unless the caller passes its
// own resolver (the app may prefer its country list's spelling).
import { formatMessage, LANGUAGE_PROFILE, MESSAGES, type DocumentLanguage, type LanguageProfile, type MessageKey } from './messages'

/** A country's name for a document in `language` ("TR", "fr" → "Turquie"). */
export type CountryNameResolver = (code: string, language: DocumentLanguage) => string

export interface DocumentOptions {
  /** Default: Intl.DisplayNames in the document's locale, falling back to the code. */
  readonly countryName?: CountryNameResolver
}

const displayNames = new Map<string, Intl.DisplayNames>()
function names(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${type}:${locale}`
  let value = displayNames.get(key)
  if (!value) {
    value = new Intl.DisplayNames([locale], { type, fallback: 'code' })
    displayNames.set(key, value)
  }
  return value
}

export const defaultCountryName: CountryNameResolver = (code, language) => {
  try {
    return names(LANGUAGE_PROFILE[language].locale, 'region').of(code) ?? code
  } catch {
    return code
  }
}

/** "français" → "Français", for labels and table cells; sentences keep the lower case. */
export const capitalise = (text: string): string => (text === '' ? text : text[0]!.toLocaleUpperCase() + text.slice(1))

export class DocumentText {
  readonly profile: LanguageProfile
  private readonly resolveCountry: CountryNameResolver
  private readonly dates: Intl.DateTimeFormat
  private readonly lists: Intl.ListFormat

  constructor(
    readonly language: DocumentLanguage,
    options: DocumentOptions = {}
  ) {
    this.profile = LANGUAGE_PROFILE[language]
    this.resolveCountry = options.countryName ?? defaultCountryName
    this.dates = new Intl.DateTimeFormat(this.profile.locale, { dateStyle: 'long', timeZone: 'UTC' })
    this.lists = new Intl.ListFormat(this.profile.locale, { type: 'conjunction', style: 'long' })
  }

  get direction(): 'ltr' | 'rtl' {
    return this.profile.direction
  }

  t(key: MessageKey, values?: Record<string, string>): string {
    return formatMessage(MESSAGES[this.language], key, values)
  }

  /** yyyy-mm-dd → "23 November 2026" / "23 novembre 2026" / "23 de noviembre de 2026". */
  date(iso: string): string {
    return this.dates.format(new Date(`${iso}T00:00:00Z`))
  }

  country(code: string): string {
    return this.resolveCountry(code, this.language)
  }

  countries(codes: readonly string[]): string {
    return this.list(codes.map((code) => this.country(code)))
  }

  /** A language's name in the document's language ("de" → "German"), lower case where the language writes it so. */
  languageName(tag: string): string {
    try {
      return names(this.profile.locale, 'language').of(tag) ?? tag
    } catch {
      return tag
    }
  }

  /** "1, 2 and 3" / "1, 2 et 3" / "1, 2 y 3". */
  list(items: readonly string[]): string {
    return this.lists.format(items)
  }
}
