// How an exhibit's file facts read on screen. Sizes and moments go through renderer/src/locale.ts
// (Intl, in the UI language).

/** The first 12 hex digits: enough to tell files apart at a glance; the full hash is one click away. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 12)}…`
}
