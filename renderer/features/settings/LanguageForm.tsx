// Settings → Language: the OS language or one the lawyer picks. The switch is immediate (no reload,
// which would lock the vault) and remembered outside the vault; each language is named in itself so
// a lawyer who cannot read the current UI still finds theirs.
import { useId, useSyncExternalStore } from 'react'
import {
  UI_LOCALES,
  UI_LOCALE_NATIVE_NAMES,
  UiLocalePreference,
  resolveUiLocale,
  setUiLocalePreference,
  subscribeUiLocale,
  uiLocalePreference
} from '../../i18n/uiLocale'
import { settingsMessages as m } from './messages'

function systemLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : []
}

export function LanguageForm() {
  const headingId = useId()
  const selectId = useId()
  const preference = useSyncExternalStore(subscribeUiLocale, uiLocalePreference, uiLocalePreference)
  const system = resolveUiLocale(systemLanguages())
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.languageTitle}</h2>
      <div className="field field--narrow">
        <label htmlFor={selectId}>{m.languageLabel}</label>
        <select
          id={selectId}
          aria-describedby={`${selectId}-hint`}
          value={preference}
          onChange={(e) => {
            const next = UiLocalePreference.safeParse(e.target.value)
            if (next.success) setUiLocalePreference(next.data)
          }}
        >
          <option value="system">{m.languageSystem(UI_LOCALE_NATIVE_NAMES[system])}</option>
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {UI_LOCALE_NATIVE_NAMES[locale]}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${selectId}-hint`}>
          {m.languageHint}
        </p>
      </div>
    </section>
  )
}
