import { describe, expect, it } from 'vitest'
import {
  AppInfo,
  ipcContract,
  ipcEvents,
  ipcResultSchema,
  MAX_FILE_BYTES,
  MAX_OPEN_FILES,
  NOTIFY_BODY_MAX,
  NOTIFY_TITLE_MAX,
  NotifyRequest,
  OpenFilesResponse,
  SaveFileRequest,
  SaveFileResponse
} from '@shared/ipc/contract'
import { FileName, sanitizeFileName } from '@shared/ipc/fileNames'
import { createIdleLockTracker, DEFAULT_IDLE_MINUTES } from '@shared/ipc/idleLock'

const samples = {
  'app:getInfo': {
    request: {},
    response: { name: 'Redress', version: '0.1.0', platform: 'linux', electronVersion: '41.7.1' }
  },
  'file:save': {
    request: { suggestedName: 'Memorandum — Жақсылықов.pdf', bytes: new Uint8Array([1, 2]), filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    response: { saved: true, fileName: 'Memorandum — Жақсылықов.pdf' }
  },
  'file:open': {
    request: { filters: [{ name: 'Any', extensions: ['*'] }], multiple: true },
    response: { files: [{ name: 'scan 01.jpg', bytes: new Uint8Array(16) }] }
  },
  'idle:setTimeout': { request: { minutes: 15 }, response: { minutes: 15 } },
  'notify:show': {
    request: { title: 'Deadline in 2 days — Matter RN-TR-01', body: 'CCF decision on the correction/deletion request: due 28 February 2027.\nOwed by the CCF.' },
    response: { shown: true }
  },
  // Backup files in pieces (shapes and limits: tests/unit/backupStream.test.ts).
  'backup:begin': { request: { destination: 'ask', suggestedName: 'Redress backup 2026-11-23 1405.redress-backup' }, response: { status: 'started', token: 'a'.repeat(32) } },
  'backup:write': { request: { token: 'a'.repeat(32), bytes: new Uint8Array(4) }, response: { written: 4 } },
  'backup:finish': { request: { token: 'a'.repeat(32) }, response: { fileName: 'Redress backup 2026-11-23 1405.redress-backup', bytes: 4, pruned: 1 } },
  'backup:abort': { request: { token: 'a'.repeat(32) }, response: { aborted: true } },
  'backup:chooseFolder': { request: {}, response: { changed: true, status: { folderName: 'Yedekler', available: true, keepLast: 10 } } },
  'backup:scheduleStatus': { request: {}, response: { folderName: null, available: false, keepLast: 10 } },
  'backup:setKeepLast': { request: { keepLast: 5 }, response: { folderName: 'Backups', available: true, keepLast: 5 } }
} as const

describe('ipcContract', () => {
  it('names every channel domain:verb and has a sample for each', () => {
    for (const channel of [...Object.keys(ipcContract), ...Object.keys(ipcEvents)]) {
      expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/)
    }
    expect(Object.keys(samples).sort()).toEqual(Object.keys(ipcContract).sort())
  })

  it.each(Object.keys(samples) as Array<keyof typeof samples>)('%s: request and response round-trip', (channel) => {
    const { request, response } = samples[channel]
    expect(ipcContract[channel].request.parse(request)).toEqual(request)
    expect(ipcContract[channel].response.parse(response)).toEqual(response)
  })

  it.each(Object.keys(samples) as Array<keyof typeof samples>)('%s: unknown keys are rejected both ways', (channel) => {
    const { request, response } = samples[channel]
    expect(ipcContract[channel].request.safeParse({ ...request, extra: 1 }).success).toBe(false)
    expect(ipcContract[channel].response.safeParse({ ...response, extra: 1 }).success).toBe(false)
  })

  it('keeps the same Uint8Array instance (no copy of large files)', () => {
    const bytes = new Uint8Array(8)
    expect(SaveFileRequest.parse({ ...samples['file:save'].request, bytes }).bytes).toBe(bytes)
  })

  it('does not expose userDataPath or any path in app:getInfo', () => {
    expect(AppInfo.safeParse({ ...samples['app:getInfo'].response, userDataPath: '/home/x/.config/Redress' }).success).toBe(false)
  })

  it('limits file sizes and counts', () => {
    const big = { byteLength: MAX_FILE_BYTES + 1 }
    const tooBig = Object.setPrototypeOf(big, Uint8Array.prototype) as Uint8Array
    expect(SaveFileRequest.safeParse({ ...samples['file:save'].request, bytes: tooBig }).success).toBe(false)
    const many = Array.from({ length: MAX_OPEN_FILES + 1 }, (_, i) => ({ name: `f${i}.pdf`, bytes: new Uint8Array(1) }))
    expect(OpenFilesResponse.safeParse({ files: many }).success).toBe(false)
  })

  it('rejects filters with dots or paths in extensions', () => {
    const bad = { ...samples['file:open'].request, filters: [{ name: 'PDF', extensions: ['.pdf'] }] }
    expect(ipcContract['file:open'].request.safeParse(bad).success).toBe(false)
    const path = { ...samples['file:open'].request, filters: [{ name: 'x', extensions: ['../x'] }] }
    expect(ipcContract['file:open'].request.safeParse(path).success).toBe(false)
  })

  it('allows idle timeouts of 1..240 whole minutes only', () => {
    const schema = ipcContract['idle:setTimeout'].request
    for (const minutes of [1, 240]) expect(schema.safeParse({ minutes }).success).toBe(true)
    for (const minutes of [0, 241, 2.5, Number.NaN, '10']) expect(schema.safeParse({ minutes }).success).toBe(false)
  })

  it('notify:show limits the title to one line of 120 characters and the body to 500', () => {
    const schema = ipcContract['notify:show'].request
    const ok = samples['notify:show'].request
    expect(NOTIFY_TITLE_MAX).toBe(120)
    expect(NOTIFY_BODY_MAX).toBe(500)
    expect(schema.safeParse({ title: 'x'.repeat(120), body: 'y'.repeat(500) }).success).toBe(true)
    expect(schema.safeParse({ title: 'Deadline today', body: '' }).success).toBe(true)
    for (const bad of [
      { ...ok, title: 'x'.repeat(121) },
      { ...ok, body: 'y'.repeat(501) },
      { ...ok, title: '' },
      { ...ok, title: '   ' },
      { ...ok, title: 'two\nlines' },
      { ...ok, title: 'tab\there' },
      { ...ok, body: 'bell\u0007' },
      { ...ok, body: 'nul\u0000' },
      { title: ok.title },
      { body: ok.body },
      { ...ok, title: 42 },
      { ...ok, silent: true },
      { ...ok, actions: [{ type: 'button', text: 'Open' }] }
    ]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
    expect(NotifyRequest).toBe(schema)
  })

  it('notify:show answers shown: boolean only', () => {
    const schema = ipcContract['notify:show'].response
    expect(schema.parse({ shown: false })).toEqual({ shown: false })
    expect(schema.safeParse({ shown: 'true' }).success).toBe(false)
    expect(schema.safeParse({}).success).toBe(false)
  })

  it('lock:requested carries a known reason only', () => {
    const schema = ipcEvents['lock:requested'].payload
    for (const reason of ['idle', 'lock-screen', 'suspend', 'shortcut']) expect(schema.parse({ reason })).toEqual({ reason })
    expect(schema.safeParse({ reason: 'remote' }).success).toBe(false)
    expect(schema.safeParse({ reason: 'idle', at: 1 }).success).toBe(false)
  })

  it('IpcResult schema accepts ok and error shapes and nothing else', () => {
    const schema = ipcResultSchema(SaveFileResponse)
    const ok = { ok: true, data: { saved: false } }
    const err = { ok: false, error: { code: 'io-error', message: 'Could not save.' } }
    expect(schema.parse(ok)).toEqual(ok)
    expect(schema.parse(err)).toEqual(err)
    expect(schema.safeParse({ ok: true, data: { saved: 'yes' } }).success).toBe(false)
    expect(schema.safeParse({ ok: false, error: { code: 'weird', message: '' } }).success).toBe(false)
    expect(schema.safeParse({ ok: true, data: { saved: true }, error: null }).success).toBe(false)
  })
})

describe('file names', () => {
  it.each(['memo.pdf', 'Заявление 2026.pdf', 'مذكرة.pdf', 'scan (1).jpg'])('accepts %s', (name) => {
    expect(FileName.safeParse(name).success).toBe(true)
  })

  it.each(['', '.', '..', 'a/b.pdf', 'a\\b.pdf', 'C:memo.pdf', 'memo.pdf\u0000.exe', 'line\nbreak', 'CON', 'nul.txt', 'memo.', 'memo ', 'x'.repeat(256)])(
    'rejects %j',
    (name) => {
      expect(FileName.safeParse(name).success).toBe(false)
    }
  )

  it('sanitizes anything into a valid name and keeps the extension', () => {
    for (const raw of ['../../etc/passwd', 'a\\b:c*d?.pdf', '   ', '...', 'CON', 'x'.repeat(300) + '.pdf', 'ok.pdf', '\u0000']) {
      const name = sanitizeFileName(raw)
      expect(FileName.safeParse(name).success, `${JSON.stringify(raw)} → ${JSON.stringify(name)}`).toBe(true)
    }
    expect(sanitizeFileName('x'.repeat(300) + '.pdf').endsWith('.pdf')).toBe(true)
    expect(sanitizeFileName('ok.pdf')).toBe('ok.pdf')
    expect(sanitizeFileName('a/b.pdf')).toBe('a_b.pdf')
  })
})

describe('idle lock tracker', () => {
  it('fires once per idle stretch and re-arms after activity', () => {
    const tracker = createIdleLockTracker(2)
    expect(tracker.observe(60)).toBe(false)
    expect(tracker.observe(120)).toBe(true)
    expect(tracker.observe(180)).toBe(false)
    expect(tracker.observe(3)).toBe(false)
    expect(tracker.observe(121)).toBe(true)
  })

  it('clamps the timeout to 1..240 minutes and ignores nonsense idle values', () => {
    const tracker = createIdleLockTracker()
    expect(tracker.timeoutMinutes).toBe(DEFAULT_IDLE_MINUTES)
    expect(tracker.setTimeoutMinutes(0)).toBe(1)
    expect(tracker.setTimeoutMinutes(10_000)).toBe(240)
    expect(tracker.setTimeoutMinutes(Number.NaN)).toBe(DEFAULT_IDLE_MINUTES)
    expect(tracker.observe(Number.NaN)).toBe(false)
    expect(tracker.observe(-5)).toBe(false)
  })

  it('re-arms when the timeout changes', () => {
    const tracker = createIdleLockTracker(1)
    expect(tracker.observe(60)).toBe(true)
    tracker.setTimeoutMinutes(1)
    expect(tracker.observe(61)).toBe(true)
  })
})
