// What the app:// handler sends with each bundle file. Pure, so the headers are unit-tested.

/**
 * Strict CSP, sent as a header on every app:// response. 'wasm-unsafe-eval' is the one exception:
 * Argon2id (hash-wasm) needs WebAssembly compilation; it does not allow eval of strings.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  ttf: 'font/ttf',
  otf: 'font/otf',
  woff: 'font/woff',
  woff2: 'font/woff2',
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf'
}

/** MIME type by extension; unknown files are opaque bytes (and `nosniff` stops guessing). */
export function mimeTypeFor(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return 'application/octet-stream'
  return MIME_TYPES[name.slice(dot + 1).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers for a bundle file. No caching: the session has no disk cache and should not gain one. */
export function appResponseHeaders(path: string): Record<string, string> {
  return {
    'content-type': mimeTypeFor(path),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer'
  }
}

/** Headers for a refusal: the same CSP, so even an error page cannot run anything. */
export function appErrorHeaders(): Record<string, string> {
  return {
    'content-type': 'text/plain; charset=utf-8',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store'
  }
}

/**
 * True when `candidate` (an already realpath'd absolute path) is `root` itself or lies below it.
 * Compares whole segments, so `/out/renderer-evil` is not inside `/out/renderer`. Windows paths are
 * compared case-insensitively because NTFS is.
 */
export function isInsideRoot(
  root: string,
  candidate: string,
  options: { separator: '/' | '\\'; caseInsensitive: boolean }
): boolean {
  const norm = (p: string) => {
    let s = options.separator === '\\' ? p.replace(/\//g, '\\') : p
    if (options.caseInsensitive) s = s.toLowerCase()
    while (s.length > 1 && s.endsWith(options.separator)) s = s.slice(0, -1)
    return s
  }
  const r = norm(root)
  const c = norm(candidate)
  if (r === '' || c === '') return false
  if (c === r) return true
  const base = r.endsWith(options.separator) ? r : r + options.separator
  if (!c.startsWith(base)) return false
  const parts = c.slice(base.length).split(options.separator)
  return !parts.some((part) => part === '..' || part === '.' || part === '')
}
