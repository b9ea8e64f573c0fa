// The UI language: chosen from the OS (navigator.languages, which Electron fills from the system
// locale) unless the lawyer picked one in Settings. The choice is kept outside the vault (it is
// needed on the unlock screen, before any key exists) and names a language, not a client.
import { useSyncExternalStore } from 'react'
import { z } from 'zod'

export const UI_LOCALES = ['en', 'fr', 'es', 'ar', 'ru'] as const
export const UiLocale = z.enum(UI_LOCALES)
export type UiLocale = z.infer<typeof UiLocale>
/** 'system' follows the OS; anything else is the lawyer's explicit choice. */
export const UiLocalePreference = z.union([z.literal('system'), UiLocale])
export type UiLocalePreference = z.infer<typeof UiLocalePreference>

/** Each language named in itself, for the picker (a lawyer who cannot read the current UI must still find theirs). */
export const UI_LOCALE_NATIVE_NAMES: Record<UiLocale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский'
}

const STORAGE_KEY = 'redress.uiLocale'
const RTL: ReadonlySet<UiLocale> = new Set<UiLocale>(['ar'])

export function localeDirection(locale: UiLocale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr'
}

/** The first OS language we have (by primary subtag: fr-CA → fr), else English. */
export function resolveUiLocale(osLanguages: readonly string[], preference: UiLocalePreference = 'system'): UiLocale {
  if (preference !== 'system') return preference
  for (const tag of osLanguages) {
    const primary = UiLocale.safeParse(tag.toLowerCase().split(/[-_]/)[0])
    if (primary.success) return primary.data
  }
  return 'en'
}

function readPreference(): UiLocalePreference {
  try {
    const parsed = UiLocalePreference.safeParse(globalThis.localStorage?.getItem(STORAGE_KEY))
    return parsed.success ? parsed.data : 'system'
  } catch {
    return 'system' // storage disabled: follow the OS
  }
}

function osLanguages(): readonly string[] {
  const nav = globalThis.navigator as Navigator | undefined
  return nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []
}

let preference: UiLocalePreference = readPreference()
let current: UiLocale = resolveUiLocale(osLanguages(), preference)
const listeners = new Set<() => void>()

export function uiLocale(): UiLocale {
  return current
}

export function uiLocalePreference(): UiLocalePreference {
  return preference
}

/** Switches the UI at once (no reload: a reload would lock the vault) and remembers the choice. */
export function setUiLocalePreference(next: UiLocalePreference): void {
  preference = UiLocalePreference.parse(next)
  try {
    if (preference === 'system') globalThis.localStorage?.removeItem(STORAGE_KEY)
    else globalThis.localStorage?.setItem(STORAGE_KEY, preference)
  } catch {
    // Not remembered across restarts when storage is disabled; the switch itself still happens.
  }
  const resolved = resolveUiLocale(osLanguages(), preference)
  if (resolved !== current) {
    current = resolved
    if (typeof document !== 'undefined') applyDocumentLocale(document)
  }
  for (const listener of listeners) listener()
}

export function subscribeUiLocale(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Re-renders the caller when the language changes; App calls it so the whole tree re-renders. */
export function useUiLocale(): UiLocale {
  return useSyncExternalStore(subscribeUiLocale, uiLocale, uiLocale)
}

/** `<html lang dir>`: screen readers pick their voice from lang, the browser mirrors on dir. */
export function applyDocumentLocale(doc: Document): void {
  doc.documentElement.lang = current
  doc.documentElement.dir = localeDirection(current)
}
