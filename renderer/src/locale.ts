// The UI language. English only for now; a later i18n pass swaps the messages modules and this.
export const UI_LOCALE = 'en'
export const UI_DIRECTION: 'ltr' | 'rtl' = 'ltr'

export function applyDocumentLocale(doc: Document = document): void {
  doc.documentElement.lang = UI_LOCALE
  doc.documentElement.dir = UI_DIRECTION
}

/** Dates are stored as yyyy-mm-dd; show them in the same unambiguous form. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return new Intl.DateTimeFormat(UI_LOCALE, { dateStyle: 'medium', timeStyle: 'short' }).format(d)
}
