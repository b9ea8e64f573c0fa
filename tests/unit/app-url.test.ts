import { describe, expect, it } from 'vitest'
import { appResponseHeaders, CONTENT_SECURITY_POLICY, isInsideRoot, mimeTypeFor } from '@shared/ipc/appProtocol'
import { APP_ENTRY_URL, APP_ORIGIN, isAllowedRequestUrl, isTrustedAppUrl, resolveAppPath } from '@shared/ipc/appUrl'

describe('resolveAppPath', () => {
  it.each([
    ['app://redress/', 'index.html'],
    ['app://redress', 'index.html'],
    [APP_ENTRY_URL, 'index.html'],
    ['app://redress/index.html?lang=ar#/dossiers', 'index.html'],
    ['app://redress/assets/index-BZ2x_ab3.js', 'assets/index-BZ2x_ab3.js'],
    ['app://redress/fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Regular.ttf'],
    ['app://redress/assets/a%20b.css', 'assets/a b.css']
  ])('maps %s to %s', (url, path) => {
    expect(resolveAppPath(url)).toEqual({ ok: true, path })
  })

  it.each([
    ['app://redress/../etc/passwd', 'dot-segment'],
    ['app://redress/assets/../../etc/passwd', 'dot-segment'],
    ['app://redress/./index.html', 'dot-segment'],
    ['app://redress/%2e%2e/etc/passwd', 'dot-segment'],
    ['app://redress/%2E%2E/etc/passwd', 'dot-segment'],
    ['app://redress/.%2e/etc/passwd', 'dot-segment'],
    ['app://redress/..%2f..%2fetc%2fpasswd', 'forbidden-character'],
    ['app://redress/assets%2f..%2f..%2fsecret', 'forbidden-character'],
    ['app://redress/..%5c..%5cwindows%5cwin.ini', 'forbidden-character'],
    ['app://redress/assets\\..\\..\\secret', 'forbidden-character'],
    ['app://redress/%252e%252e/etc/passwd', 'forbidden-character'],
    ['app://redress//etc/passwd', 'empty-segment'],
    ['app://redress/assets//x.js', 'empty-segment'],
    ['app://redress/%2fetc%2fpasswd', 'forbidden-character'],
    ['app://redress/C:/Windows/win.ini', 'forbidden-character'],
    ['app://redress/C%3A%5CWindows', 'forbidden-character'],
    ['app://redress/index.html%00.png', 'forbidden-character'],
    ['app://redress/%00', 'forbidden-character'],
    ['app://redress/a%0Ab', 'forbidden-character'],
    ['app://redress/%E0%A4%A', 'bad-encoding'],
    ['app://redress/.env', 'hidden-file'],
    ['app://redress/assets/', 'directory'],
    ['app://redress.evil/index.html', 'not-app-origin'],
    ['app://redress@evil/index.html', 'not-app-origin'],
    ['app://evil/index.html', 'not-app-origin'],
    ['app://redress:80/index.html', 'not-app-origin'],
    ['http://redress/index.html', 'not-app-origin'],
    ['file:///etc/passwd', 'not-app-origin'],
    ['/etc/passwd', 'not-app-origin'],
    ['app:/etc/passwd', 'not-app-origin'],
    [`app://redress/${'a'.repeat(3000)}`, 'too-long']
  ])('rejects %s (%s)', (url, reason) => {
    expect(resolveAppPath(url)).toEqual({ ok: false, reason })
  })
})

describe('isTrustedAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isTrustedAppUrl('app://redress/index.html', APP_ORIGIN)).toBe(true)
    expect(isTrustedAppUrl('app://redress/', APP_ORIGIN)).toBe(true)
    for (const url of ['app://redress.evil/', 'app://evilredress/', 'app://redress:1/', 'app://a@redress/', 'https://redress/', 'app:redress', '']) {
      expect(isTrustedAppUrl(url, APP_ORIGIN), url).toBe(false)
    }
  })

  it('refuses everything when the trusted origin itself is malformed', () => {
    expect(isTrustedAppUrl('app://redress/', 'redress')).toBe(false)
    expect(isTrustedAppUrl('app:x', 'app:x')).toBe(false)
  })
})

describe('isAllowedRequestUrl (network block)', () => {
  const prod = { allowDevtools: false }
  it.each([
    ['app://redress/index.html', true],
    ['app://redress/assets/x.js', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://redress/6a3f8a1e-0000-4000-8000-000000000000', true],
    ['blob:https://evil.example/6a3f', false],
    ['https://interpol.int/', false],
    ['http://127.0.0.1:4173/', false],
    ['ws://localhost:5173/', false],
    ['wss://example.org/', false],
    ['ftp://example.org/', false],
    ['file:///etc/passwd', false],
    ['app://evil/index.html', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['chrome-extension://abc/x.js', false]
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedRequestUrl(url, prod)).toBe(allowed)
  })

  it('lets devtools through only when allowed', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { allowDevtools: true })).toBe(true)
    expect(isAllowedRequestUrl('https://chrome-devtools-frontend.appspot.com/x', { allowDevtools: true })).toBe(false)
  })
})

describe('app:// response headers', () => {
  it('sends the exact strict CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; " +
        "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'"
    )
    // 'wasm-unsafe-eval' (Argon2 in WebAssembly) is the only relaxation; no hosts, no wildcards.
    expect(CONTENT_SECURITY_POLICY.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe|https?:|\*/)
    const headers = appResponseHeaders('index.html')
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(headers['x-content-type-options']).toBe('nosniff')
  })

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.CSS', 'text/css; charset=utf-8'],
    ['assets/argon2.wasm', 'application/wasm'],
    ['fonts/NotoNaskhArabic-Regular.ttf', 'font/ttf'],
    ['icon.svg', 'image/svg+xml'],
    ['LICENSE', 'application/octet-stream'],
    ['assets/x.unknown', 'application/octet-stream']
  ])('MIME type of %s is %s', (path, type) => {
    expect(mimeTypeFor(path)).toBe(type)
  })
})

describe('isInsideRoot', () => {
  const posix = { separator: '/' as const, caseInsensitive: false }
  const win = { separator: '\\' as const, caseInsensitive: true }

  it('accepts files below the root', () => {
    expect(isInsideRoot('/opt/redress/out/renderer', '/opt/redress/out/renderer/index.html', posix)).toBe(true)
    expect(isInsideRoot('/opt/redress/out/renderer/', '/opt/redress/out/renderer/assets/a.js', posix)).toBe(true)
    expect(isInsideRoot('C:\\Redress\\out\\renderer', 'c:\\redress\\OUT\\renderer\\index.html', win)).toBe(true)
  })

  it('rejects siblings, parents and prefixes that are not whole segments', () => {
    expect(isInsideRoot('/opt/redress/out/renderer', '/opt/redress/out/renderer-evil/x.js', posix)).toBe(false)
    expect(isInsideRoot('/opt/redress/out/renderer', '/opt/redress/out/main/index.js', posix)).toBe(false)
    expect(isInsideRoot('/opt/redress/out/renderer', '/etc/passwd', posix)).toBe(false)
    expect(isInsideRoot('/opt/redress/out/renderer', '/opt/redress/out/renderer/../main/index.js', posix)).toBe(false)
    expect(isInsideRoot('/opt/redress/out/renderer', '/OPT/redress/out/renderer/index.html', posix)).toBe(false)
    expect(isInsideRoot('C:\\Redress\\out\\renderer', 'C:\\Redress\\out\\renderer2\\x.js', win)).toBe(false)
    expect(isInsideRoot('', '/x', posix)).toBe(false)
  })
})
