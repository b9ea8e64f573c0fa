// The hardening as the main process actually applies it: our window, session and webContents code
// runs against a stand-in for the `electron` module (the binary is absent here), and the tests read
// back the options it passed and call the handlers it installed. electron-hardening.test.ts checks
// the same flags in the source text, where Electronegativity looks for them.
import type { Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const calls: string[] = []

  class Emitter {
    readonly listeners = new Map<string, Listener[]>()
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
      return this
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener)
    }
    off() {
      return this
    }
    /** Calls every listener; returns whether one of them called preventDefault on the event. */
    emitCancelable(event: string, ...args: unknown[]): boolean {
      let prevented = false
      const evt = { preventDefault: () => (prevented = true) }
      for (const listener of this.listeners.get(event) ?? []) listener(evt, ...args)
      return prevented
    }
    /** Calls every listener with exactly `args` (events like 'session-created' pass no event object). */
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args)
    }
  }

  class FakeSession extends Emitter {
    permissionRequest: Listener | null = null
    permissionCheck: Listener | null = null
    devicePermission: Listener | null = null
    beforeRequest: { filter: unknown; listener: Listener } | null = null
    spellChecker: boolean | null = null
    handled = new Map<string, Listener>()
    constructor(readonly name: string, readonly partitionOptions?: unknown) {
      super()
    }
    setPermissionRequestHandler(handler: Listener) {
      this.permissionRequest = handler
    }
    setPermissionCheckHandler(handler: Listener) {
      this.permissionCheck = handler
    }
    setDevicePermissionHandler(handler: Listener) {
      this.devicePermission = handler
    }
    setSpellCheckerEnabled(enabled: boolean) {
      this.spellChecker = enabled
    }
    webRequest = {
      onBeforeRequest: (filter: unknown, listener: Listener) => {
        this.beforeRequest = { filter, listener }
      }
    }
    protocol = {
      handle: (scheme: string, handler: Listener) => {
        calls.push(`protocol.handle:${scheme}@${this.name}`)
        this.handled.set(scheme, handler)
      },
      isProtocolHandled: (scheme: string) => this.handled.has(scheme)
    }
    isPersistent() {
      return this.name.startsWith('persist:')
    }
  }

  class FakeWebContents extends Emitter {
    windowOpenHandler: Listener | null = null
    constructor(readonly session: FakeSession) {
      super()
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler
    }
    send() {}
  }

  const partitions = new Map<string, FakeSession>()
  const session = {
    defaultSession: new FakeSession('default'),
    fromPartition(name: string, options?: unknown) {
      const existing = partitions.get(name) ?? new FakeSession(name, options)
      partitions.set(name, existing)
      return existing
    }
  }

  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = []
    readonly webContents: FakeWebContents
    contentProtection = false
    loaded: string | null = null
    constructor(readonly options: { webPreferences: { session?: FakeSession } }) {
      super()
      this.webContents = new FakeWebContents(options.webPreferences.session ?? session.defaultSession)
      FakeBrowserWindow.created.push(this)
    }
    setContentProtection(on: boolean) {
      this.contentProtection = on
    }
    loadURL(url: string) {
      calls.push(`loadURL:${url}`)
      this.loaded = url
      return Promise.resolve()
    }
    isDestroyed() {
      return false
    }
    static fromWebContents() {
      return null
    }
    static getFocusedWindow() {
      return null
    }
    static getAllWindows() {
      return FakeBrowserWindow.created
    }
  }

  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    enableSandbox: () => calls.push('app.enableSandbox'),
    requestSingleInstanceLock: () => (calls.push('app.requestSingleInstanceLock'), true),
    whenReady: () => (calls.push('app.whenReady'), ready),
    quit: () => calls.push('app.quit'),
    setAppUserModelId: () => undefined,
    getName: () => 'Redress',
    // Nothing is written at start-up; the path is only remembered by the services that use it.
    getPath: (name: string) => `/nonexistent/redress-test/${name}`,
    getVersion: () => '0.1.0'
  })

  const electron = {
    app,
    session,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showMessageBoxSync: () => 0, showSaveDialog: async () => ({ canceled: true }), showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    ipcMain: { handle: (channel: string) => calls.push(`ipcMain.handle:${channel}`), removeHandler: () => undefined },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`protocol.registerSchemesAsPrivileged:${JSON.stringify(schemes)}`) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => calls.push('Menu.setApplicationMenu') },
    powerMonitor: { on: () => undefined, off: () => undefined, getSystemIdleTime: () => 0 },
    Notification: class {
      static isSupported() {
        return false
      }
    }
  }
  return { calls, electron, FakeSession, FakeWebContents, FakeBrowserWindow, markReady, partitions }
})

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

const { createMainWindow } = await import('../../electron/main/windows/mainWindow')
const { hardenSession } = await import('../../electron/main/security/sessionPolicy')
const { guardWebContents } = await import('../../electron/main/security/webContentsGuards')

const asSession = (s: InstanceType<typeof fake.FakeSession>) => s as unknown as Session
const asContents = (c: InstanceType<typeof fake.FakeWebContents>) => c as unknown as WebContents

/** What the session's request filter decides for `url` (true = cancelled). */
function cancels(ses: InstanceType<typeof fake.FakeSession>, url: string): boolean {
  let decision: { cancel?: boolean } = {}
  ses.beforeRequest?.listener({ url }, (response: { cancel?: boolean }) => (decision = response))
  return decision.cancel === true
}

/** The answers of the three permission handlers for one permission. */
function permissionAnswers(ses: InstanceType<typeof fake.FakeSession>, permission: string) {
  let granted: unknown = 'no answer'
  ses.permissionRequest?.(null, permission, (answer: unknown) => (granted = answer), {})
  return { request: granted, check: ses.permissionCheck?.(null, permission, 'app://redress', {}), device: ses.devicePermission?.({ deviceType: 'hid' }) }
}

const HARDENED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true
}

describe('createMainWindow (the only code path that creates a BrowserWindow)', () => {
  beforeEach(() => {
    fake.FakeBrowserWindow.created.length = 0
  })

  it('passes exactly the hardened webPreferences, devTools off when packaged', () => {
    fake.electron.app.isPackaged = true
    createMainWindow()
    const [win] = fake.FakeBrowserWindow.created
    const { preload, session, ...prefs } = win!.options.webPreferences as Record<string, unknown>
    expect(prefs).toEqual({ ...HARDENED_PREFERENCES, devTools: false })
    expect(String(preload)).toMatch(/[\\/]preload[\\/]index\.js$/)
    // The vault's own persistent partition, with Chromium's HTTP cache off.
    expect(session).toBe(fake.partitions.get('persist:vault'))
    expect(fake.partitions.get('persist:vault')?.partitionOptions).toEqual({ cache: false })
  })

  it('allows devTools only in an unpackaged (development) run', () => {
    fake.electron.app.isPackaged = false
    createMainWindow()
    expect(fake.FakeBrowserWindow.created[0]!.options.webPreferences).toMatchObject({ devTools: true, sandbox: true })
    fake.electron.app.isPackaged = true
  })

  it('protects content, keeps the OS title fixed and shows nothing until ready', () => {
    createMainWindow()
    const win = fake.FakeBrowserWindow.created[0]!
    expect(win.contentProtection).toBe(true)
    expect(win.options).toMatchObject({ title: 'Redress', show: false })
    expect(win.emitCancelable('page-title-updated', 'Client X — Redress')).toBe(true)
  })
})

describe('hardenSession (every session: vault partition, default, any created later)', () => {
  it('denies every permission request, check and device', () => {
    const ses = new fake.FakeSession('persist:test')
    hardenSession(asSession(ses), { allowDevtools: false })
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'fullscreen']) {
      expect(permissionAnswers(ses, permission), permission).toEqual({ request: false, check: false, device: false })
    }
  })

  it('cancels every request that is not app:// (devtools:// only in development)', () => {
    const ses = new fake.FakeSession('persist:test')
    hardenSession(asSession(ses), { allowDevtools: false })
    expect(ses.beforeRequest?.filter).toEqual({ urls: ['<all_urls>'] })
    for (const url of ['https://example.org/', 'http://127.0.0.1:4173/', 'ws://10.0.0.1/', 'file:///etc/passwd', 'devtools://devtools/bundled/inspector.html', 'app://redress.evil/index.html']) {
      expect(cancels(ses, url), url).toBe(true)
    }
    expect(cancels(ses, 'app://redress/index.html')).toBe(false)

    const dev = new fake.FakeSession('persist:dev')
    hardenSession(asSession(dev), { allowDevtools: true })
    expect(cancels(dev, 'devtools://devtools/bundled/inspector.html')).toBe(false)
    expect(cancels(dev, 'https://example.org/')).toBe(true)
  })

  it('cancels downloads, turns the spellchecker off, and installs its handlers once', () => {
    const ses = new fake.FakeSession('persist:test')
    hardenSession(asSession(ses), { allowDevtools: false })
    hardenSession(asSession(ses), { allowDevtools: true })
    expect(ses.emitCancelable('will-download', {}, {})).toBe(true)
    expect(ses.spellChecker).toBe(false)
    expect(ses.listeners.get('will-download')).toHaveLength(1)
    // The second call (allowDevtools: true) did not loosen the first.
    expect(cancels(ses, 'devtools://devtools/bundled/inspector.html')).toBe(true)
  })
})

describe('guardWebContents (every webContents)', () => {
  it('prevents navigation, redirects and webviews, and denies new windows', () => {
    const contents = new fake.FakeWebContents(new fake.FakeSession('x'))
    guardWebContents(asContents(contents))
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.emitCancelable(event, 'https://example.org/'), event).toBe(true)
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'app://redress/index.html' })).toEqual({ action: 'deny' })
  })
})

describe('main process start-up (electron/main/index.ts)', () => {
  it('sandboxes and registers app:// before ready, hardens every session and webContents, and loads app:// last', async () => {
    fake.calls.length = 0
    fake.FakeBrowserWindow.created.length = 0
    const umask = vi.spyOn(process, 'umask').mockImplementation(() => 0o022)
    await import('../../electron/main/index')
    expect(umask).toHaveBeenCalledWith(0o077)
    umask.mockRestore()

    const ready = fake.calls.indexOf('app.whenReady')
    expect(fake.calls.indexOf('app.enableSandbox')).toBeGreaterThan(-1)
    expect(fake.calls.indexOf('app.enableSandbox')).toBeLessThan(ready)
    const scheme = fake.calls.findIndex((c) => c.startsWith('protocol.registerSchemesAsPrivileged:'))
    expect(scheme).toBeGreaterThan(-1)
    expect(scheme).toBeLessThan(ready)
    expect(fake.calls.indexOf('app.requestSingleInstanceLock')).toBeLessThan(ready)

    // Sessions and webContents created later by anyone get the same treatment.
    const app = fake.electron.app
    const later = new fake.FakeSession('persist:later')
    app.emit('session-created', later)
    expect(later.permissionRequest).not.toBeNull()
    const contents = new fake.FakeWebContents(later)
    app.emitCancelable('web-contents-created', contents)
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' })

    fake.markReady()
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.created).toHaveLength(1))
    const win = fake.FakeBrowserWindow.created[0]!
    const vault = win.webContents.session
    expect(vault.name).toBe('persist:vault')
    expect(permissionAnswers(vault, 'media')).toEqual({ request: false, check: false, device: false })
    expect(permissionAnswers(fake.electron.session.defaultSession, 'media')).toEqual({ request: false, check: false, device: false })
    expect(cancels(vault, 'https://example.org/')).toBe(true)
    // app:// is served on the vault session before the page is requested, and the page is app://.
    const served = fake.calls.indexOf('protocol.handle:app@persist:vault')
    const load = fake.calls.indexOf('loadURL:app://redress/index.html')
    expect(served).toBeGreaterThan(-1)
    expect(served).toBeLessThan(load)
    expect(win.loaded).toBe('app://redress/index.html')
    expect(fake.calls.filter((c) => c.startsWith('loadURL:'))).toEqual(['loadURL:app://redress/index.html'])
  })
})
