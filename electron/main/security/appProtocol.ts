// The app:// scheme: the renderer's one and only origin (IndexedDB is per-origin, so this is
// permanent). Files are served from the built renderer folder and nowhere else.
import { readFile, realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { protocol, type Session } from 'electron'
import { appErrorHeaders, appResponseHeaders, isInsideRoot } from '@shared/ipc/appProtocol'
import { APP_SCHEME, resolveAppPath } from '@shared/ipc/appUrl'

/** Must run before `app.whenReady()`: privileges can only be granted at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

function refuse(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', { status, headers: appErrorHeaders() })
}

// NTFS and APFS are case-insensitive by default; a case-only difference must not escape the check.
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin'

async function respond(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405)
  const resolved = resolveAppPath(request.url)
  if (!resolved.ok) return refuse(404)
  try {
    const root = await realpath(rendererDir)
    // realpath follows symlinks, so a link planted in the bundle cannot point outside it.
    const real = await realpath(join(root, ...resolved.path.split('/')))
    if (!isInsideRoot(root, real, { separator: sep === '\\' ? '\\' : '/', caseInsensitive })) return refuse(404)
    if (!(await stat(real)).isFile()) return refuse(404)
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(real))
    return new Response(body, { status: 200, headers: appResponseHeaders(resolved.path) })
  } catch {
    // Missing file or unreadable: the same 404, with no path in the body.
    return refuse(404)
  }
}

/** Serves `rendererDir` on `ses` as app://redress/. Safe to call again for the same session. */
export function serveAppProtocol(ses: Session, rendererDir: string): void {
  if (ses.protocol.isProtocolHandled(APP_SCHEME)) return
  ses.protocol.handle(APP_SCHEME, (request) => respond(request, rendererDir))
}
