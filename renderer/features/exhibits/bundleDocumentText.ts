// Words the app writes into the bundle itself rather than on screen. The bundle's own pages (index,
// integrity manifest) are in English (shared/pdf/bundle), so these stay English whatever the UI
// language: a document filed with the CCF should not change language with the lawyer's screen.

/** The title a new bundle starts with; the lawyer can rename it. */
export function defaultBundleTitle(matter: string): string {
  return `Evidence bundle — ${matter}`
}

/** The index note under a translated exhibit. */
export function translationNote(originalTitle: string): string {
  return `Translation of “${originalTitle}”`
}
