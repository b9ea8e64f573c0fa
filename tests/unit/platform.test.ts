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
    onLockRequested: vi.fn(() => () => undefined),
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
})
