// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { IpcResult, LockRequested, RedressApi } from '@shared/ipc/contract'
import { acceptAttribute, createBrowserPlatform, readPickedFiles } from '../../renderer/platform/browserPlatform'
import { createElectronPlatform, isRedressApi } from '../../renderer/platform/electronPlatform'
import { getPlatform, PlatformError, resetPlatformForTests } from '../../renderer/platform/platform'

const ok = <T>(data: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, data })

function fakeApi(overrides: Partial<RedressApi> = {}): RedressApi {
  return {
    getAppInfo: vi.fn(() => ok({ name: 'Redress', version: '0.1.0', platform: 'linux', electronVersion: '41.7.1' })),
    saveFile: vi.fn(() => ok({ saved: true, fileName: 'memo.pdf' })),
    openFiles: vi.fn(() => ok({ files: [{ name: 'scan.pdf', bytes: new Uint8Array([1]) }] })),
    setIdleTimeout: vi.fn((minutes: number) => ok({ minutes })),
    showNotification: vi.fn(() => ok({ shown: true })),
    onLockRequested: vi.fn(() => () => undefined),
    beginBackupFile: vi.fn(() => ok({ status: 'cancelled' as const })),
    writeBackupFile: vi.fn(() => ok({ written: 0 })),
    finishBackupFile: vi.fn(() => ok({ fileName: 'b.redress-backup', bytes: 1, pruned: 0 })),
    abortBackupFile: vi.fn(() => ok({ aborted: true })),
    chooseBackupFolder: vi.fn(() => ok({ changed: false, status: { folderName: null, available: false, keepLast: 10 } })),
    getBackupFolderStatus: vi.fn(() => ok({ folderName: null, available: false, keepLast: 10 })),
    setBackupKeepLast: vi.fn((keepLast: number) => ok({ folderName: null, available: false, keepLast })),
    ...overrides
  }
}

afterEach(() => {
  resetPlatformForTests()
  Reflect.deleteProperty(window, 'redress')
  vi.restoreAllMocks()
})

describe('getPlatform', () => {
  it('falls back to the browser when there is no bridge', () => {
    expect(getPlatform().kind).toBe('browser')
  })

  it('uses the bridge when window.redress is complete', () => {
    Object.defineProperty(window, 'redress', { value: fakeApi(), configurable: true })
    expect(getPlatform().kind).toBe('electron')
  })

  it('ignores a partial or fake bridge', () => {
    expect(isRedressApi({ getAppInfo: () => undefined })).toBe(false)
    expect(isRedressApi(null)).toBe(false)
    expect(isRedressApi(fakeApi())).toBe(true)
    const { showNotification: _omitted, ...withoutNotify } = fakeApi()
    expect(isRedressApi(withoutNotify)).toBe(false)
  })
})

describe('electron platform', () => {
  it('unwraps validated results', async () => {
    const api = fakeApi()
    const platform = createElectronPlatform(api)
    expect(await platform.getAppInfo()).toEqual({ name: 'Redress', version: '0.1.0', platform: 'linux', electronVersion: '41.7.1' })
    const files = await platform.openFiles({ accept: [{ name: 'PDF', extensions: ['pdf'] }], multiple: false })
    expect(files).toEqual([{ name: 'scan.pdf', bytes: new Uint8Array([1]) }])
    expect(api.openFiles).toHaveBeenCalledWith({ filters: [{ name: 'PDF', extensions: ['pdf'] }], multiple: false })
  })

  it('sanitizes the suggested name and drops mimeType before crossing IPC', async () => {
    const api = fakeApi()
    const bytes = new Uint8Array([1, 2])
    const result = await createElectronPlatform(api).saveFile({ suggestedName: '../Dossier: A/B.pdf', bytes, mimeType: 'application/pdf', filters: [] })
    expect(result).toEqual({ saved: true, fileName: 'memo.pdf' })
    expect(api.saveFile).toHaveBeenCalledWith({ suggestedName: '.._Dossier_ A_B.pdf', bytes, filters: [] })
  })

  it('turns an error result into a PlatformError with its code', async () => {
    const api = fakeApi({ openFiles: () => Promise.resolve({ ok: false, error: { code: 'too-large', message: 'A selected file is larger than 200 MB.' } }) })
    const error = await createElectronPlatform(api).openFiles({ accept: [], multiple: true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PlatformError)
    expect(error).toMatchObject({ code: 'too-large', message: 'A selected file is larger than 200 MB.' })
  })

  it('rejects a malformed result instead of trusting it', async () => {
    const api = fakeApi({ getAppInfo: () => Promise.resolve({ ok: true, data: { name: 'Redress', userDataPath: '/home/x' } } as never) })
    await expect(createElectronPlatform(api).getAppInfo()).rejects.toMatchObject({ code: 'bad-response' })
    const paths = fakeApi({ saveFile: () => Promise.resolve({ ok: true, data: { saved: true, fileName: '/home/x/memo.pdf' } }) })
    await expect(
      createElectronPlatform(paths).saveFile({ suggestedName: 'memo.pdf', bytes: new Uint8Array(1), mimeType: '', filters: [] })
    ).rejects.toMatchObject({ code: 'bad-response' })
  })

  it('hides a bridge exception behind a generic error', async () => {
    const api = fakeApi({ getAppInfo: () => Promise.reject(new Error('/home/lawyer/secret')) })
    const error = await createElectronPlatform(api).getAppInfo().catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'internal' })
    expect(String((error as Error).message)).not.toContain('secret')
  })

  it('validates idle minutes before sending them', () => {
    const api = fakeApi()
    const platform = createElectronPlatform(api)
    platform.setIdleTimeout(15)
    expect(api.setIdleTimeout).toHaveBeenCalledWith(15)
    expect(() => platform.setIdleTimeout(0)).toThrow(RangeError)
    expect(() => platform.setIdleTimeout(241)).toThrow(RangeError)
  })

  it('forwards lock requests and returns the bridge unsubscribe', () => {
    let forward: ((payload: LockRequested) => void) | undefined
    const unsubscribe = vi.fn()
    const api = fakeApi({
      onLockRequested: (cb) => {
        forward = cb
        return unsubscribe
      }
    })
    const seen: LockRequested[] = []
    const off = createElectronPlatform(api).onLockRequested((request) => seen.push(request))
    forward?.({ reason: 'suspend' })
    expect(seen).toEqual([{ reason: 'suspend' }])
    off()
    expect(unsubscribe).toHaveBeenCalledOnce()
  })
})

describe('electron platform: notify', () => {
  const note = { title: 'Deadline in 2 days — Matter RN-TR-01', body: 'CCF decision on the correction/deletion request: due 28 February 2027.' }

  it('sends title and body through the bridge and returns shown', async () => {
    const api = fakeApi()
    expect(await createElectronPlatform(api).notify(note)).toBe(true)
    expect(api.showNotification).toHaveBeenCalledWith(note.title, note.body)
    const unsupported = fakeApi({ showNotification: vi.fn(() => ok({ shown: false })) })
    expect(await createElectronPlatform(unsupported).notify(note)).toBe(false)
  })

  it('refuses text over the limits before crossing IPC', async () => {
    const api = fakeApi()
    for (const bad of [
      { ...note, title: 'x'.repeat(121) },
      { ...note, body: 'x'.repeat(501) },
      { ...note, title: '  ' },
      { ...note, title: 'two\nlines' }
    ]) {
      await expect(createElectronPlatform(api).notify(bad)).rejects.toMatchObject({ code: 'bad-request' })
    }
    expect(api.showNotification).not.toHaveBeenCalled()
  })

  it('resolves false, and logs the code only, when main refuses or the bridge fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const refused = fakeApi({ showNotification: () => Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'notify:show: sender is not the app window.' } }) })
    expect(await createElectronPlatform(refused).notify(note)).toBe(false)
    const broken = fakeApi({ showNotification: () => Promise.reject(new Error('gone')) })
    expect(await createElectronPlatform(broken).notify(note)).toBe(false)
    const malformed = fakeApi({ showNotification: () => Promise.resolve({ ok: true, data: { shown: 'yes' } } as never) })
    expect(await createElectronPlatform(malformed).notify(note)).toBe(false)
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      '[platform] notify:show failed: forbidden',
      '[platform] notify:show failed: internal',
      '[platform] notify:show failed: bad-response'
    ])
    expect(JSON.stringify(warn.mock.calls)).not.toContain('RN-TR-01')
  })
})

describe('browser platform', () => {
  it('builds the accept attribute from filters', () => {
    expect(acceptAttribute([{ name: 'PDF', extensions: ['pdf', 'PDF'] }, { name: 'Images', extensions: ['png', 'jpg'] }])).toBe('.pdf,.png,.jpg')
    expect(acceptAttribute([{ name: 'Any', extensions: ['*'] }])).toBe('')
    expect(acceptAttribute([])).toBe('')
  })

  it('saves through an <a download> Blob link and cleans up', async () => {
    vi.useFakeTimers()
    const created: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:app://redress/1'
    })
    URL.revokeObjectURL = vi.fn()
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    const result = await createBrowserPlatform().saveFile({
      suggestedName: 'a/b.pdf',
      bytes: new Uint8Array([37, 80]),
      mimeType: 'application/pdf',
      filters: []
    })
    expect(result).toEqual({ saved: true, fileName: 'a_b.pdf' })
    expect(clicked[0]?.download).toBe('a_b.pdf')
    expect(created[0]?.type).toBe('application/pdf')
    expect(document.querySelector('a')).toBeNull()
    vi.runAllTimers()
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:app://redress/1')
    vi.useRealTimers()
  })

  it('resolves [] when the file picker is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'))
    })
    const files = await createBrowserPlatform().openFiles({ accept: [{ name: 'PDF', extensions: ['pdf'] }], multiple: true })
    expect(files).toEqual([])
    expect(document.querySelector('input[type=file]')).toBeNull()
  })

  it('reads picked files as bytes with safe names and enforces limits', async () => {
    const picked = await readPickedFiles([new File([new Uint8Array([1, 2, 3])], 'scan:1.pdf')])
    expect(picked).toHaveLength(1)
    expect(picked[0]?.name).toBe('scan_1.pdf')
    expect(Array.from(picked[0]?.bytes ?? [])).toEqual([1, 2, 3])
    const huge = { size: 201 * 1024 * 1024, name: 'big.pdf' } as File
    await expect(readPickedFiles([huge])).rejects.toMatchObject({ code: 'too-large' })
  })

  it('has no OS lock source and validates idle minutes', () => {
    const platform = createBrowserPlatform()
    const off = platform.onLockRequested(() => undefined)
    expect(typeof off).toBe('function')
    off()
    expect(() => platform.setIdleTimeout(10)).not.toThrow()
    expect(() => platform.setIdleTimeout(1000)).toThrow(RangeError)
  })

  describe('notify', () => {
    const note = { title: 'Deadline today — Matter RN-TR-01', body: 'Further submissions to the CCF: due 15 December 2026.' }

    function fakeNotification(permission: NotificationPermission, options: { throws?: boolean } = {}) {
      const shown: Array<{ title: string; options?: NotificationOptions }> = []
      const requestPermission = vi.fn(() => Promise.resolve('granted' as NotificationPermission))
      class FakeNotification {
        static permission = permission
        static requestPermission = requestPermission
        constructor(title: string, init?: NotificationOptions) {
          if (options.throws) throw new TypeError('Illegal constructor')
          shown.push(init === undefined ? { title } : { title, options: init })
        }
      }
      Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true, writable: true })
      return { shown, requestPermission }
    }

    afterEach(() => {
      Reflect.deleteProperty(window, 'Notification')
    })

    it('shows a web notification when permission was already granted', async () => {
      const { shown, requestPermission } = fakeNotification('granted')
      expect(await createBrowserPlatform().notify(note)).toBe(true)
      expect(shown).toEqual([{ title: note.title, options: { body: note.body, silent: false } }])
      expect(requestPermission).not.toHaveBeenCalled()
    })

    it.each(['default', 'denied'] as NotificationPermission[])('returns false and never asks when permission is %s', async (permission) => {
      const { shown, requestPermission } = fakeNotification(permission)
      expect(await createBrowserPlatform().notify(note)).toBe(false)
      expect(shown).toEqual([])
      expect(requestPermission).not.toHaveBeenCalled()
    })

    it('returns false without a Notification API or when the constructor refuses', async () => {
      Reflect.deleteProperty(window, 'Notification')
      expect(await createBrowserPlatform().notify(note)).toBe(false)
      fakeNotification('granted', { throws: true })
      expect(await createBrowserPlatform().notify(note)).toBe(false)
    })

    it('refuses text over the limits', async () => {
      const { shown } = fakeNotification('granted')
      await expect(createBrowserPlatform().notify({ ...note, title: 'x'.repeat(121) })).rejects.toMatchObject({ code: 'bad-request' })
      expect(shown).toEqual([])
    })
  })
})
