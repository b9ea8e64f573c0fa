import { describe, expect, it, vi } from 'vitest'
import { APP_ORIGIN } from '@shared/ipc/appUrl'
import { createHandler, describeIssues, IpcFailure, isTrustedSender, type IpcSenderEvent } from '@shared/ipc/handler'

const mainFrame = (url: string): IpcSenderEvent => ({ senderFrame: { url, parent: null } })
const good = mainFrame('app://redress/index.html')
const options = { trustedOrigin: APP_ORIGIN }

const saveRequest = () => ({
  suggestedName: 'memorandum.pdf',
  bytes: new Uint8Array([37, 80, 68, 70]),
  filters: [{ name: 'PDF', extensions: ['pdf'] }]
})

describe('createHandler: sender check', () => {
  const impl = vi.fn(() => ({ minutes: 5 }))
  const handler = createHandler('idle:setTimeout', impl, options)

  it.each([
    ['foreign origin', mainFrame('https://evil.example/index.html')],
    ['lookalike host', mainFrame('app://redress.evil/index.html')],
    ['lookalike with credentials', mainFrame('app://redress@evil/index.html')],
    ['credentials on the right host', mainFrame('app://user:pw@redress/index.html')],
    ['explicit port', mainFrame('app://redress:443/index.html')],
    ['other scheme, same host', mainFrame('http://redress/index.html')],
    ['file URL', mainFrame('file:///opt/Redress/resources/app.asar/out/renderer/index.html')],
    ['about:blank', mainFrame('about:blank')],
    ['garbage URL', mainFrame('not a url')],
    ['subframe of the app', { senderFrame: { url: 'app://redress/index.html', parent: {} } }],
    ['missing frame', { senderFrame: null }]
  ] as Array<[string, IpcSenderEvent]>)('rejects %s', async (_label, event) => {
    const result = await handler(event, { minutes: 5 })
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } })
    expect(impl).not.toHaveBeenCalled()
  })

  it('rejects a frame whose getters throw (disposed frame)', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed')
      }
    }
    expect(isTrustedSender(event, APP_ORIGIN)).toBe(false)
    const result = await handler(event, { minutes: 5 })
    expect(result.ok).toBe(false)
  })

  it('accepts the main frame of the app origin and returns { ok: true, data }', async () => {
    const result = await handler(good, { minutes: 5 })
    expect(result).toEqual({ ok: true, data: { minutes: 5 } })
    expect(impl).toHaveBeenCalledWith({ minutes: 5 }, good)
  })
})

describe('createHandler: request validation', () => {
  it.each([
    ['wrong type', { minutes: '5' }, 'minutes (invalid_type)'],
    ['out of range', { minutes: 0 }, 'minutes (too_small)'],
    ['not an integer', { minutes: 1.5 }, 'minutes (invalid_type)'],
    ['extra key', { minutes: 5, evil: true }, 'evil (unrecognized key)'],
    ['missing key', {}, 'minutes (invalid_type)'],
    ['not an object', 'minutes=5', '(root) (invalid_type)'],
    ['undefined', undefined, '(root) (invalid_type)']
  ])('rejects %s with bad-request naming the field', async (_label, payload, fragment) => {
    const impl = vi.fn(() => ({ minutes: 5 }))
    const result = await createHandler('idle:setTimeout', impl, options)(good, payload)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('bad-request')
    expect(result.error.message).toContain(fragment)
    expect(impl).not.toHaveBeenCalled()
  })

  it('never echoes the offending value', async () => {
    const secret = 'Yerlan Zhaksylykov passport N1234567'
    const handler = createHandler('file:save', vi.fn(), options)
    const result = await handler(good, { ...saveRequest(), suggestedName: `${secret}/x.pdf`, filters: secret })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toContain('suggestedName')
    expect(result.error.message).toContain('filters')
    expect(result.error.message).not.toContain('Yerlan')
    expect(result.error.message).not.toContain('N1234567')
  })

  it('names nested paths with indexes', () => {
    const message = describeIssues([
      { code: 'invalid_type', expected: 'string', path: ['filters', 0, 'name'], message: 'x', input: 1 }
    ])
    expect(message).toBe('filters[0].name (invalid_type)')
  })

  it('rejects bytes that are not a Uint8Array', async () => {
    const handler = createHandler('file:save', vi.fn(), options)
    const result = await handler(good, { ...saveRequest(), bytes: [37, 80, 68, 70] })
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })
})

describe('createHandler: impl failures and responses', () => {
  it('turns a thrown error into code internal without leaking its message', async () => {
    const onFailure = vi.fn()
    const handler = createHandler(
      'file:save',
      () => {
        throw new Error('EACCES: /home/lawyer/Clients/Zhaksylykov/memo.pdf')
      },
      { ...options, onFailure }
    )
    const result = await handler(good, saveRequest())
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } })
    if (result.ok) return
    expect(result.error.message).not.toMatch(/EACCES|lawyer|Zhaksylykov|memo/)
    expect(onFailure).toHaveBeenCalledWith('file:save', 'internal')
  })

  it('handles a rejected promise and a thrown non-Error the same way', async () => {
    const rejecting = createHandler('app:getInfo', () => Promise.reject(new Error('secret')), options)
    const throwingString = createHandler(
      'app:getInfo',
      () => {
        throw 'secret' as unknown as Error
      },
      options
    )
    for (const handler of [rejecting, throwingString]) {
      const result = await handler(good, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
      expect(JSON.stringify(result)).not.toContain('secret')
    }
  })

  it('passes an IpcFailure code and our own message through', async () => {
    const handler = createHandler(
      'file:open',
      () => {
        throw new IpcFailure('too-large', 'A selected file is larger than 200 MB.')
      },
      options
    )
    const result = await handler(good, { filters: [], multiple: true })
    expect(result).toEqual({ ok: false, error: { code: 'too-large', message: 'A selected file is larger than 200 MB.' } })
  })

  it('rejects a response that breaks the contract (bad-response)', async () => {
    const leaky = createHandler(
      'app:getInfo',
      () => ({ name: 'Redress', version: '0.1.0', platform: 'linux', electronVersion: '41.7.1', userDataPath: '/home/x' }) as never,
      options
    )
    const result = await leaky(good, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-response' } })
    expect(JSON.stringify(result)).not.toContain('/home/x')

    const pathInName = createHandler('file:save', () => ({ saved: true, fileName: '/home/x/memo.pdf' }), options)
    expect(await pathInName(good, saveRequest())).toMatchObject({ ok: false, error: { code: 'bad-response' } })
  })

  it('a throwing onFailure hook does not break the refusal', async () => {
    const handler = createHandler('app:getInfo', vi.fn(), {
      ...options,
      onFailure: () => {
        throw new Error('logger down')
      }
    })
    expect(await handler({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('returns the parsed response data for a good call', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    const handler = createHandler('file:open', () => ({ files: [{ name: 'scan.pdf', bytes }] }), options)
    const result = await handler(good, { filters: [{ name: 'PDF', extensions: ['pdf'] }], multiple: false })
    expect(result).toEqual({ ok: true, data: { files: [{ name: 'scan.pdf', bytes }] } })
  })
})

describe('createHandler: notify:show', () => {
  const note = { title: 'Deadline in 2 days — Matter RN-TR-01', body: 'Further submissions to the CCF: due 15 December 2026.' }

  it('passes a valid request to the impl and returns { shown }', async () => {
    const impl = vi.fn(() => ({ shown: true }))
    const result = await createHandler('notify:show', impl, options)(good, note)
    expect(result).toEqual({ ok: true, data: { shown: true } })
    expect(impl).toHaveBeenCalledWith(note, good)
  })

  it.each([
    ['over-long title', { ...note, title: 'x'.repeat(121) }, 'title (custom)|title (too_big)'],
    ['over-long body', { ...note, body: 'x'.repeat(501) }, 'body (too_big)'],
    ['empty title', { ...note, title: '' }, 'title (custom)'],
    ['title with a newline', { ...note, title: 'a\nb' }, 'title (custom)'],
    ['body not a string', { ...note, body: ['x'] }, 'body (invalid_type)'],
    ['missing body', { title: note.title }, 'body (invalid_type)'],
    ['extra option (actions)', { ...note, actions: [] }, 'actions (unrecognized key)'],
    ['not an object', 'Deadline', '(root) (invalid_type)']
  ])('rejects %s without calling the impl', async (_label, payload, fragment) => {
    const impl = vi.fn(() => ({ shown: true }))
    const result = await createHandler('notify:show', impl, options)(good, payload)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('bad-request')
    expect(result.error.message).toMatch(new RegExp(fragment.replace(/[()]/g, '\\$&')))
    expect(impl).not.toHaveBeenCalled()
  })

  it('never echoes the notification text in a refusal', async () => {
    const secret = 'Yerlan Zhaksylykov'
    const result = await createHandler('notify:show', vi.fn(), options)(good, { title: `${secret} ${'x'.repeat(200)}`, body: secret })
    expect(result.ok).toBe(false)
    expect(JSON.stringify(result)).not.toContain('Zhaksylykov')
  })

  it('refuses a sender other than the app window', async () => {
    const impl = vi.fn(() => ({ shown: true }))
    const result = await createHandler('notify:show', impl, options)(mainFrame('https://evil.example/'), note)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(impl).not.toHaveBeenCalled()
  })

  it('rejects an impl answer that is not { shown: boolean }', async () => {
    const result = await createHandler('notify:show', () => ({ shown: true, id: 7 }) as never, options)(good, note)
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-response' } })
  })
})
