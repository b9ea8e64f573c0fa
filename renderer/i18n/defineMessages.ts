// ICU messages per feature, in every UI language, bound to the current language.
//
// A feature writes its English catalogue (the type source), one translation per language typed
// against it (a missing or extra key is a compile error), and a map from the positional arguments
// its components pass to the ICU argument names:
//
//   const dossierMessages = defineMessages('dossiers', { en, fr, es, ar, ru }, {
//     resultCount: (n: number) => ({ n })      // en: '{n, plural, one {# dossier} other {# dossiers}}'
//   })
//   dossierMessages.listTitle          → 'Dossiers' / 'Dossiers' / 'Expedientes' / 'الملفات' / 'Досье'
//   dossierMessages.resultCount(3)     → '3 dossiers' …
//
// Every read goes through a getter, so a component re-rendered after a language switch shows the
// new language without a reload. Never copy a message into a module-level constant.
import { IntlMessageFormat } from 'intl-messageformat'
import { type UiLocale, uiLocale } from './uiLocale'

export type MessageTree = { readonly [key: string]: string | MessageTree }

/** The same keys as the English catalogue, every leaf a string. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }

export type Catalogues<T extends MessageTree> = { readonly en: T } & { readonly [L in Exclude<UiLocale, 'en'>]: Translation<T> }

export type MessageValue = string | number | Date
type ArgumentMap<T> = { readonly [K in keyof T]?: T[K] extends string ? (...args: never[]) => Record<string, MessageValue> : never }

export type BoundMessages<T, P> = {
  readonly [K in keyof T]: K extends keyof P
    ? P[K] extends (...args: infer A) => Record<string, MessageValue>
      ? (...args: A) => string
      : never
    : T[K] extends string
      ? string
      : BoundMessages<T[K], object>
}

export interface RegisteredCatalogue {
  readonly feature: string
  readonly catalogues: Catalogues<MessageTree>
  /** Top-level keys whose messages take arguments. */
  readonly withArguments: ReadonlySet<string>
}

const registry: RegisteredCatalogue[] = []

/** Every catalogue defined so far (the key-completeness test reads them). */
export function registeredCatalogues(): readonly RegisteredCatalogue[] {
  return registry
}

const formatters = new Map<string, IntlMessageFormat>()

function formatterFor(locale: UiLocale, path: string, pattern: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${path}\u0000${pattern}`
  let formatter = formatters.get(cacheKey)
  if (!formatter) {
    formatter = new IntlMessageFormat(pattern, locale, undefined, { ignoreTag: true })
    formatters.set(cacheKey, formatter)
  }
  return formatter
}

function leafAt(tree: MessageTree, path: readonly string[]): string | undefined {
  let node: string | MessageTree | undefined = tree
  for (const key of path) node = typeof node === 'object' ? node[key] : undefined
  return typeof node === 'string' ? node : undefined
}

/** Formats in the current language; a broken or missing translation falls back to English rather than blanking the screen. */
function format(feature: string, catalogues: Catalogues<MessageTree>, path: readonly string[], values?: Record<string, MessageValue>): string {
  const locale = uiLocale()
  const joined = `${feature}.${path.join('.')}`
  for (const candidate of locale === 'en' ? (['en'] as const) : ([locale, 'en'] as const)) {
    const pattern = leafAt(catalogues[candidate], path)
    if (pattern === undefined) continue
    try {
      return String(formatterFor(candidate, joined, pattern).format(values))
    } catch {
      // fall through to English
    }
  }
  return leafAt(catalogues.en, path) ?? joined
}

function bind(feature: string, catalogues: Catalogues<MessageTree>, node: MessageTree, path: readonly string[], args: Record<string, unknown>): object {
  const bound = {}
  for (const key of Object.keys(node)) {
    const child = node[key]!
    const childPath = [...path, key]
    const toValues = path.length === 0 ? args[key] : undefined
    if (typeof child !== 'string') {
      const nested = bind(feature, catalogues, child, childPath, {})
      Object.defineProperty(bound, key, { value: nested, enumerable: true })
    } else if (typeof toValues === 'function') {
      const call = (...a: unknown[]) => format(feature, catalogues, childPath, (toValues as (...x: unknown[]) => Record<string, MessageValue>)(...a))
      Object.defineProperty(bound, key, { value: call, enumerable: true })
    } else {
      Object.defineProperty(bound, key, { get: () => format(feature, catalogues, childPath), enumerable: true })
    }
  }
  return Object.freeze(bound)
}

export function defineMessages<T extends MessageTree, const P extends ArgumentMap<T> = object>(
  feature: string,
  catalogues: Catalogues<T>,
  args: P = {} as P
): BoundMessages<T, P> {
  const entries = args as Record<string, unknown>
  registry.push({ feature, catalogues, withArguments: new Set(Object.keys(entries).filter((k) => typeof entries[k] === 'function')) })
  return bind(feature, catalogues, catalogues.en, [], entries) as BoundMessages<T, P>
}
