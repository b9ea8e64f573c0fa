import { afterEach, describe, expect, it } from 'vitest'
import { localeDirection, resolveUiLocale, setUiLocalePreference, uiLocale, uiLocalePreference } from '../../renderer/i18n/uiLocale'

describe('the UI language', () => {
  afterEach(() => setUiLocalePreference('system'))

  it('follows the OS languages by primary subtag, first one we have, else English', () => {
    expect(resolveUiLocale(['fr-CA', 'en-US'])).toBe('fr')
    expect(resolveUiLocale(['de-DE', 'ru_RU', 'ar'])).toBe('ru')
    expect(resolveUiLocale(['AR-EG'])).toBe('ar')
    expect(resolveUiLocale(['es-419'])).toBe('es')
    expect(resolveUiLocale(['de', 'tr'])).toBe('en')
    expect(resolveUiLocale([])).toBe('en')
  })

  it('an explicit choice wins over the OS', () => {
    expect(resolveUiLocale(['fr-FR'], 'ru')).toBe('ru')
    expect(resolveUiLocale(['fr-FR'], 'system')).toBe('fr')
  })

  it('Arabic is right to left, the others left to right', () => {
    expect(localeDirection('ar')).toBe('rtl')
    for (const l of ['en', 'fr', 'es', 'ru'] as const) expect(localeDirection(l)).toBe('ltr')
  })

  it('switching notifies and refuses a language we do not have', () => {
    setUiLocalePreference('es')
    expect(uiLocale()).toBe('es')
    expect(uiLocalePreference()).toBe('es')
    expect(() => setUiLocalePreference('de' as never)).toThrow()
    expect(uiLocale()).toBe('es')
  })
})
