// The page's Content Security Policy in real Chromium: an injected inline script does not run and
// a request to an outside address is never sent.
//
// How the CSP is delivered: the desktop app's app:// handler sends CONTENT_SECURITY_POLICY as a
// header on every response (shared/ipc/appProtocol.ts), and renderer/index.html repeats it in a
// <meta> tag (minus frame-ancestors, which a meta tag cannot carry). `vite preview` sends no CSP
// header, so the first test serves the built page the way app:// does — production header, meta
// tag removed, so the header alone is what is tested — and the second tests the web build as the
// preview serves it (meta tag only).
import { expect, test, type Page } from '@playwright/test'
import { CONTENT_SECURITY_POLICY } from '@shared/ipc/appProtocol'

const OUTSIDE = 'http://203.0.113.7' // TEST-NET-3: never a real host

interface Violation {
  directive: string
  blocked: string
}

const isPage = ({ pathname }: URL) => pathname === '/' || pathname.endsWith('/index.html')

/** Answers any request that gets past the CSP to the outside address, and records it. */
async function recordOutsideRequests(page: Page): Promise<string[]> {
  const reached: string[] = []
  await page.route(`${OUTSIDE}/**`, (route) => {
    reached.push(route.request().url())
    return route.fulfill({ status: 200, body: 'reached', headers: { 'access-control-allow-origin': '*' } })
  })
  return reached
}

async function openApp(page: Page) {
  await page.goto('/')
  // The app rendered: its own scripts ran under the policy.
  await expect(page.locator('#root > *').first()).toBeVisible()
  await page.evaluate(() => {
    const store: Violation[] = []
    ;(window as unknown as { __violations: Violation[] }).__violations = store
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push({ directive: event.effectiveDirective, blocked: event.blockedURI })
    })
  })
}

async function expectInlineScriptBlocked(page: Page) {
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(ran).toBe(false)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations))
    .toContainEqual({ directive: 'script-src-elem', blocked: 'inline' })
}

async function expectOutsideRequestBlocked(page: Page, reached: string[]) {
  const outcome = await page.evaluate(
    (url) => fetch(url).then(() => 'reached', (error: unknown) => `blocked: ${String(error)}`),
    `${OUTSIDE}/probe`
  )
  expect(outcome).toMatch(/^blocked: TypeError/)
  // An image is fetched without CORS: it needs img-src to stop it, not connect-src.
  await page.evaluate((url) => {
    const image = new Image()
    image.src = url
  }, `${OUTSIDE}/pixel.png`)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations.map((v) => v.directive)))
    .toEqual(expect.arrayContaining(['connect-src', 'img-src']))
  // Nothing ever left the page.
  expect(reached).toEqual([])
}

test.describe('Content Security Policy', () => {
  test('the app:// header policy blocks an inline script and requests to an outside address', async ({ page }) => {
    let headerSent = ''
    await page.route(isPage, async (route) => {
      const response = await route.fetch()
      const html = await response.text()
      const withoutMeta = html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, '')
      expect(withoutMeta, 'the built page should carry a CSP meta tag to remove').not.toBe(html)
      headerSent = CONTENT_SECURITY_POLICY
      await route.fulfill({
        response,
        body: withoutMeta,
        headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY }
      })
    })
    const reached = await recordOutsideRequests(page)
    await openApp(page)
    expect(headerSent).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0)

    await expectInlineScriptBlocked(page)
    await expectOutsideRequestBlocked(page, reached)
  })

  test('the web build (meta tag, as vite preview serves it) blocks them too, with the same policy', async ({ page, request }) => {
    const response = await request.get('/')
    // Documented above: the preview sends no CSP header, so only the meta tag protects this page.
    expect(response.headers()['content-security-policy']).toBeUndefined()

    const reached = await recordOutsideRequests(page)
    await openApp(page)
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    const withoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ')
    expect(meta).toBe(withoutFrameAncestors)

    await expectInlineScriptBlocked(page)
    await expectOutsideRequestBlocked(page, reached)
  })
})
