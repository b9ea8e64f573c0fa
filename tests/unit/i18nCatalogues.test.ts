// Every UI message exists in every language, parses as ICU, uses the same arguments as English,
// gives each language the plural forms its grammar needs, and formats without throwing.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { registeredCatalogues, type MessageTree } from '../../renderer/i18n/defineMessages'
import { UI_LOCALES, setUiLocalePreference } from '../../renderer/i18n/uiLocale'

// Importing every messages module registers its catalogues.
const modules = import.meta.glob(['../../renderer/**/messages.ts', '../../renderer/**/*Messages.ts', '!../../renderer/i18n/**'], { eager: true })

interface ArgumentUse {
  name: string
  kind: 'plural' | 'select' | 'number' | 'date' | 'plain'
  /** For plural/select: the option keys written. */
  options?: string[]
}

function argumentsOf(elements: MessageFormatElement[], into: ArgumentUse[] = []): ArgumentUse[] {
  for (const el of elements) {
    if (el.type === TYPE.plural) {
      into.push({ name: el.value, kind: 'plural', options: Object.keys(el.options) })
      for (const option of Object.values(el.options)) argumentsOf(option.value, into)
    } else if (el.type === TYPE.select) {
      into.push({ name: el.value, kind: 'select', options: Object.keys(el.options) })
      for (const option of Object.values(el.options)) argumentsOf(option.value, into)
    } else if (el.type === TYPE.number) into.push({ name: el.value, kind: 'number' })
    else if (el.type === TYPE.date || el.type === TYPE.time) into.push({ name: el.value, kind: 'date' })
    else if (el.type === TYPE.argument) into.push({ name: el.value, kind: 'plain' })
    else if (el.type === TYPE.tag) argumentsOf(el.children, into)
  }
  return into
}

function leaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)))
}

function sampleValues(uses: ArgumentUse[]): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {}
  for (const use of uses) {
    if (use.kind === 'plural' || use.kind === 'number') values[use.name] = 3
    else if (use.kind === 'date') values[use.name] = new Date(Date.UTC(2026, 10, 23))
    else if (use.kind === 'select') values[use.name] = use.options?.find((o) => o !== 'other') ?? 'other'
    else values[use.name] ??= 'Sample'
  }
  return values
}

const catalogues = registeredCatalogues()

describe('UI message catalogues', () => {
  it('are found: every messages module registers at least one catalogue', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(1)
    expect(catalogues.length).toBeGreaterThanOrEqual(Object.keys(modules).length)
    expect(new Set(catalogues.map((c) => c.feature)).size).toBe(catalogues.length)
  })

  for (const { feature, catalogues: byLocale, withArguments } of catalogues) {
    describe(feature, () => {
      const english = new Map(leaves(byLocale.en))

      it('has every English key in every language, and no other', () => {
        for (const locale of UI_LOCALES) expect(leaves(byLocale[locale]).map(([k]) => k).sort(), `${feature} in ${locale}`).toEqual([...english.keys()].sort())
      })

      it('parses as ICU in every language with the same arguments as English, and takes arguments exactly where the component passes them', () => {
        for (const [key, pattern] of english) {
          const englishArgs = new Set(argumentsOf(parse(pattern, { ignoreTag: true })).map((a) => a.name))
          const topLevel = !key.includes('.')
          expect(englishArgs.size > 0, `${feature}.${key}: arguments ${[...englishArgs].join(', ') || 'none'} vs the argument map`).toBe(topLevel && withArguments.has(key))
          for (const locale of UI_LOCALES) {
            const translated = new Map(leaves(byLocale[locale])).get(key) ?? ''
            let uses: ArgumentUse[] = []
            expect(() => (uses = argumentsOf(parse(translated, { ignoreTag: true }))), `${feature}.${key} in ${locale}`).not.toThrow()
            expect(new Set(uses.map((a) => a.name)), `${feature}.${key} in ${locale}`).toEqual(englishArgs)
          }
        }
      })

      it('gives every plural the forms the language needs (Intl.PluralRules), and every select an "other"', () => {
        for (const locale of UI_LOCALES) {
          // The forms whole counts up to 1,000 take (fr/es "many" is for millions only; ICU requires "other" anyway).
          const rules = new Intl.PluralRules(locale)
          const needed = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))
          for (const [key, pattern] of leaves(byLocale[locale])) {
            for (const use of argumentsOf(parse(pattern, { ignoreTag: true }))) {
              if (use.kind === 'plural') for (const category of needed) expect(use.options, `${feature}.${key} in ${locale} lacks "${category}"`).toContain(category)
              if (use.kind === 'select') expect(use.options, `${feature}.${key} in ${locale}`).toContain('other')
            }
          }
        }
      })

      it('formats every message in every language', async () => {
        const { IntlMessageFormat } = await import('intl-messageformat')
        for (const locale of UI_LOCALES) {
          for (const [key, pattern] of leaves(byLocale[locale])) {
            const values = sampleValues(argumentsOf(parse(pattern, { ignoreTag: true })))
            const out = String(new IntlMessageFormat(pattern, locale, undefined, { ignoreTag: true }).format(values))
            expect(out.trim().length, `${feature}.${key} in ${locale}`).toBeGreaterThan(0)
          }
        }
      })

      it('is translated: no sentence of four words or more is left in English', () => {
        for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
          for (const [key, translated] of leaves(byLocale[locale])) {
            const englishText = english.get(key) ?? ''
            if (englishText.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 4) expect(translated, `${feature}.${key} in ${locale}`).not.toBe(englishText)
          }
        }
      })
    })
  }
})

describe('bound messages follow the language switch', () => {
  it('the frame reads in Arabic, then Russian, then English again without a reload', async () => {
    const { shellMessages } = await import('../../renderer/features/shell/messages')
    try {
      setUiLocalePreference('ar')
      expect(shellMessages.settings).toBe('الإعدادات')
      expect(shellMessages.unreadable(2)).toContain('سجلين')
      setUiLocalePreference('ru')
      expect(shellMessages.settings).toBe('Настройки')
      expect(shellMessages.unreadable(5)).toContain('5 сохранённых записей')
      expect(shellMessages.unreadable(1)).toContain('1 сохранённую запись')
      setUiLocalePreference('en')
      expect(shellMessages.unreadable(1)).toBe('1 stored record could not be read. It has not been deleted. Restore it from a backup.')
      expect(shellMessages.lockTitle('Ctrl+Shift+L')).toBe('Lock the vault now (Ctrl+Shift+L)')
    } finally {
      setUiLocalePreference('system')
    }
  })
})
