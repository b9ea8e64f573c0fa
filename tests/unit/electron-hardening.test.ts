// The Electron binary is absent on build machines, so the main process cannot run here. These
// tests read its source instead: a refactor that drops a hardening flag, spreads it in from a
// constant (invisible to Electronegativity) or adds a second ipcMain user fails here.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
/** Drops // comments (whole-line or trailing) so prose about a flag never counts as the flag. */
const stripComments = (source: string) => source.replace(/(^|\s)\/\/.*$/gm, '$1')

/** The text of the balanced `{...}` that starts at `open`. */
function balancedBlock(source: string, open: number): string {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++
    else if (source[i] === '}' && --depth === 0) return source.slice(open, i + 1)
  }
  throw new Error('unbalanced braces')
}

function windowOptions(text = read('electron/main/windows/mainWindow.ts')): { options: string; webPreferences: string } {
  const source = stripComments(text)
  const calls = source.match(/new BrowserWindow\(\{/g) ?? []
  expect(calls).toHaveLength(1)
  const start = source.indexOf('new BrowserWindow({') + 'new BrowserWindow('.length
  const options = balancedBlock(source, start)
  const prefs = options.indexOf('webPreferences: {')
  expect(prefs).toBeGreaterThan(-1)
  return { options, webPreferences: balancedBlock(options, options.indexOf('{', prefs)) }
}

const expected: Array<[string, string]> = [
  ['contextIsolation', 'true'],
  ['sandbox', 'true'],
  ['nodeIntegration', 'false'],
  ['nodeIntegrationInWorker', 'false'],
  ['nodeIntegrationInSubFrames', 'false'],
  ['webSecurity', 'true'],
  ['allowRunningInsecureContent', 'false'],
  ['experimentalFeatures', 'false'],
  ['webviewTag', 'false'],
  ['spellcheck', 'false'],
  ['devTools', '!app.isPackaged'],
  ['session', "session.fromPartition('persist:vault', { cache: false })"],
  ['preload', "join(__dirname, '../preload/index.js')"]
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The expected flags that `webPreferences` does not set literally, exactly once, to the hardened value. */
function missingFlags(webPreferences: string): string[] {
  return expected
    .filter(([key, value]) => {
      const matches = webPreferences.match(new RegExp(`(^|[\\s,{])${key}\\s*:`, 'g')) ?? []
      return matches.length !== 1 || !new RegExp(`(^|[\\s,{])${key}\\s*:\\s*${escape(value)}\\s*(,|\\n|\\})`).test(webPreferences)
    })
    .map(([key]) => key)
}

describe('main window hardening (literal in new BrowserWindow({...}))', () => {
  it.each(expected)('webPreferences.%s is literally %s', (key) => {
    expect(missingFlags(windowOptions().webPreferences)).not.toContain(key)
  })

  it('would catch a weakened copy of the window code (test of the test)', () => {
    const source = read('electron/main/windows/mainWindow.ts')
    const weakened = (from: string, to: string) => {
      expect(source).toContain(from)
      return missingFlags(windowOptions(source.replace(from, to)).webPreferences)
    }
    expect(weakened('sandbox: true', 'sandbox: false')).toEqual(['sandbox'])
    expect(weakened('contextIsolation: true,', '')).toEqual(['contextIsolation'])
    expect(weakened('nodeIntegration: false', 'nodeIntegration: true')).toEqual(['nodeIntegration'])
    // A second, later key would override the first at run time.
    expect(weakened('webSecurity: true,', 'webSecurity: true, webSecurity: false,')).toEqual(['webSecurity'])
  })

  it('spreads nothing into the options (scanners cannot see spread values)', () => {
    const { options } = windowOptions()
    expect(options).not.toContain('...')
  })

  it('sets no relaxing flags', () => {
    const { webPreferences } = windowOptions()
    expect(webPreferences).not.toMatch(/enableBlinkFeatures|enableRemoteModule|allowpopups|disableDialogs\s*:\s*false/)
  })

  it('turns on content protection and loads only the app origin', () => {
    expect(read('electron/main/windows/mainWindow.ts')).toContain('win.setContentProtection(true)')
    const index = read('electron/main/index.ts')
    expect(index).toContain('win.loadURL(APP_ENTRY_URL)')
    expect(index).not.toMatch(/loadFile\(|file:\/\//)
  })
})

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [path] : []
  })
}

describe('main process invariants', () => {
  const files = sourceFiles('electron').map((path) => ({ path: relative(root, join(root, path)), text: read(path) }))

  it('only electron/main/ipc/register.ts uses ipcMain', () => {
    const users = files.filter((f) => /\bipcMain\b/.test(stripComments(f.text))).map((f) => f.path)
    expect(users).toEqual(['electron/main/ipc/register.ts'])
  })

  it('every ipcMain.handle goes through createHandler', () => {
    const register = read('electron/main/ipc/register.ts')
    const handles = register.match(/ipcMain\.handle\([^\n]*/g) ?? []
    expect(handles.length).toBeGreaterThan(0)
    for (const call of handles) expect(call).toContain('createHandler(')
    expect(register).not.toMatch(/ipcMain\.(on|once|handleOnce)\(/)
  })

  it('never opens external URLs, updates, uploads crashes or uses the network', () => {
    for (const { path, text } of files) {
      const code = stripComments(text)
      expect(code, path).not.toMatch(/shell\.openExternal|autoUpdater|crashReporter|electron-updater|\bnet\.(request|fetch)|require\(['"]https?['"]\)/)
    }
  })

  it('sets up the process guards in index.ts', () => {
    const index = read('electron/main/index.ts')
    for (const snippet of ['process.umask(0o077)', 'app.enableSandbox()', 'registerAppScheme()', 'app.requestSingleInstanceLock()', "'second-instance'", "'web-contents-created'"]) {
      expect(index).toContain(snippet)
    }
    // Both must run before 'ready'.
    expect(index.indexOf('app.enableSandbox()')).toBeLessThan(index.indexOf('app.whenReady()'))
    expect(index.indexOf('registerAppScheme()')).toBeLessThan(index.indexOf('app.whenReady()'))
  })

  it('denies navigation, new windows, webviews and every permission', () => {
    const guards = read('electron/main/security/webContentsGuards.ts')
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-attach-webview']) {
      expect(guards).toMatch(new RegExp(`'${event}', \\(event\\) => event\\.preventDefault\\(\\)`))
    }
    expect(guards).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))")
    const policy = read('electron/main/security/sessionPolicy.ts')
    expect(policy).toContain('setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))')
    expect(policy).toContain('setPermissionCheckHandler(() => false)')
    expect(policy).toContain('setDevicePermissionHandler(() => false)')
    expect(policy).toMatch(/onBeforeRequest\(\{ urls: \['<all_urls>'\] \}/)
  })

  it('registers app:// as standard, secure and fetch-capable', () => {
    const protocol = read('electron/main/security/appProtocol.ts')
    expect(protocol).toContain('privileges: { standard: true, secure: true, supportFetchAPI: true }')
    expect(protocol).toContain('realpath(')
    expect(protocol).toContain('isInsideRoot(')
  })

  it('exposes only named functions from the preload', () => {
    const preload = read('electron/preload/index.ts')
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(preload).toContain("exposeInMainWorld('redress', api)")
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/)
    expect(preload).not.toMatch(/\binvoke:\s|\bsend:\s|\bon:\s/)
  })
})
