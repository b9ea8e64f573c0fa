// The template languages: one message table each, and how each is written (locale for dates and
// lists, page direction). Adding Arabic = an ar.ts table with the same keys, an entry in each
// record below, and 'ar' in DOCUMENT_LANGUAGES; the builders take the direction from here.
import { en, type MessageKey, type Messages } from './en'
import { es } from './es'
import { fr } from './fr'

export type { MessageKey, Messages }

export const DOCUMENT_LANGUAGES = ['en', 'fr', 'es'] as const
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number]

export const MESSAGES: Record<DocumentLanguage, Messages> = { en, fr, es }

export interface LanguageProfile {
  /** BCP 47 locale for dates, lists and language/country names. */
  readonly locale: string
  readonly direction: 'ltr' | 'rtl'
}

export const LANGUAGE_PROFILE: Record<DocumentLanguage, LanguageProfile> = {
  en: { locale: 'en-GB', direction: 'ltr' },
  fr: { locale: 'fr-FR', direction: 'ltr' },
  es: { locale: 'es-ES', direction: 'ltr' }
}

export function isDocumentLanguage(tag: string): tag is DocumentLanguage {
  return (DOCUMENT_LANGUAGES as readonly string[]).includes(tag)
}

/** The template for a BCP 47 tag ("fr-CH" → "fr"), if there is one. */
export function templateLanguage(tag: string | undefined): DocumentLanguage | undefined {
  const primary = tag?.split('-')[0]?.toLowerCase()
  return primary !== undefined && isDocumentLanguage(primary) ? primary : undefined
}

/** The {name} placeholders of a template, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
}

/**
 * Fills {name} placeholders. A placeholder without a value is a bug in a builder, not a user
 * error: it throws, naming the key, so a half-filled sentence never reaches a filing.
 */
export function formatMessage(messages: Messages, key: MessageKey, values: Record<string, string> = {}): string {
  const template = messages[key]
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`Message ${key} needs a value for {${name}}`)
    return value
  })
}
