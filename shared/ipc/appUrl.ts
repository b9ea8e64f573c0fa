// The app:// origin: who may talk to main, which bundle file a URL may name, and which URLs the
// session lets through. Pure so that every rule is unit-tested without Electron.

export const APP_SCHEME = 'app'
export const APP_HOST = 'redress'
/** IndexedDB is per-origin: this string can never change without losing every vault. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

const MAX_URL_LENGTH = 2048

function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True when `url` belongs exactly to `trustedOrigin` (scheme + host, no credentials, no port).
 * `URL.origin` is "null" for custom schemes in Node, so protocol and host are compared directly;
 * lookalikes such as `app://redress.evil` or `app://redress@evil` fail.
 */
export function isTrustedAppUrl(url: string, trustedOrigin: string = APP_ORIGIN): boolean {
  const trusted = parseUrl(trustedOrigin)
  const candidate = parseUrl(url)
  if (!trusted || !candidate || trusted.host === '') return false
  return (
    candidate.protocol === trusted.protocol &&
    candidate.host === trusted.host &&
    candidate.username === '' &&
    candidate.password === ''
  )
}

export type AppPathRejection =
  | 'not-app-origin'
  | 'too-long'
  | 'bad-encoding'
  | 'dot-segment'
  | 'empty-segment'
  | 'forbidden-character'
  | 'hidden-file'
  | 'directory'

export type AppPathResult = { ok: true; path: string } | { ok: false; reason: AppPathRejection }

// Separators (also once decoded), NUL and control characters, drive-letter colons, and a left-over
// "%" (double encoding: we never decode twice, so refuse anything that still looks encoded).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f/\\:%*?"<>|]/

/**
 * Maps `app://redress/<path>` to a relative POSIX path inside the renderer bundle, e.g.
 * `assets/index-abc.js`; `/` maps to `index.html`. The raw text is checked before any URL
 * normalisation, so `..` and `%2e%2e` are refused rather than quietly resolved. The caller still
 * takes the realpath and checks it stays inside the bundle (symlinks).
 */
export function resolveAppPath(url: string, origin: string = APP_ORIGIN): AppPathResult {
  if (url.length > MAX_URL_LENGTH) return { ok: false, reason: 'too-long' }
  const prefix = `${origin}/`
  let rest: string
  if (url === origin) rest = ''
  else if (url.startsWith(prefix)) rest = url.slice(prefix.length)
  else return { ok: false, reason: 'not-app-origin' }
  if (!isTrustedAppUrl(url, origin)) return { ok: false, reason: 'not-app-origin' }

  const end = rest.search(/[?#]/)
  const rawPath = end === -1 ? rest : rest.slice(0, end)
  if (rawPath === '') return { ok: true, path: 'index.html' }
  if (rawPath.endsWith('/')) return { ok: false, reason: 'directory' }

  const segments: string[] = []
  for (const raw of rawPath.split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return { ok: false, reason: 'bad-encoding' }
    }
    if (segment === '') return { ok: false, reason: 'empty-segment' }
    if (segment === '.' || segment === '..') return { ok: false, reason: 'dot-segment' }
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return { ok: false, reason: 'forbidden-character' }
    if (segment.startsWith('.')) return { ok: false, reason: 'hidden-file' }
    segments.push(segment)
  }
  return { ok: true, path: segments.join('/') }
}

/**
 * The network block: the only URLs a session may load are the app's own, plus local `data:` and
 * same-origin `blob:` URLs (allowed by the CSP for images and workers; neither reaches the network).
 * DevTools' own pages are allowed only in development builds.
 */
export function isAllowedRequestUrl(url: string, options: { allowDevtools: boolean }): boolean {
  if (url.startsWith('data:')) return true
  if (url.startsWith('blob:')) return isTrustedAppUrl(url.slice('blob:'.length))
  if (options.allowDevtools && url.startsWith('devtools://')) return true
  return isTrustedAppUrl(url)
}
