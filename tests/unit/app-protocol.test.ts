// Runs the real app:// handler (electron/main/security/appProtocol.ts) against a temporary bundle
// folder, with Electron's `protocol` mocked: the realpath containment check and the headers are
// exercised on a real filesystem, symlinks included.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Session } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/ipc/appProtocol'

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }))

const { registerAppScheme, serveAppProtocol } = await import('../../electron/main/security/appProtocol')
const { protocol } = await import('electron')

let base = ''
let handler: (request: Request) => Promise<Response>

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'redress-protocol-'))
  const renderer = join(base, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Redress</title>')
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(base, 'secret.txt'), 'vault key material')
  // A link planted inside the bundle that points outside it must not be served.
  symlinkSync(join(base, 'secret.txt'), join(renderer, 'assets', 'escape.js'))
  symlinkSync(base, join(renderer, 'up'))

  let registered: ((request: Request) => Promise<Response>) | undefined
  const session = {
    protocol: {
      isProtocolHandled: () => registered !== undefined,
      handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => {
        registered = fn
      }
    }
  } as unknown as Session
  serveAppProtocol(session, renderer)
  serveAppProtocol(session, renderer) // second call is a no-op, not a throw
  if (!registered) throw new Error('handler not registered')
  handler = registered
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('app:// protocol handler', () => {
  it('registers the scheme as standard, secure and fetch-capable', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
  })

  it('serves index.html for / with the strict CSP and no caching', async () => {
    const response = await handler(new Request('app://redress/'))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Redress</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('serves bundle assets with their MIME type', async () => {
    const response = await handler(new Request('app://redress/assets/index-abc.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers HEAD without a body', async () => {
    const response = await handler(new Request('app://redress/index.html', { method: 'HEAD' }))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it.each([
    'app://redress/assets/escape.js',
    'app://redress/up/secret.txt',
    'app://redress/../secret.txt',
    'app://redress/%2e%2e/secret.txt',
    'app://redress/assets',
    'app://redress/missing.js',
    'app://other/index.html'
  ])('refuses %s with a bare 404', async (url) => {
    const response = await handler(new Request(url))
    expect(response.status).toBe(404)
    const body = await response.text()
    expect(body).toBe('Not found')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(new Request('app://redress/index.html', { method: 'POST', body: 'x' }))
    expect(response.status).toBe(405)
  })
})
