// The single typed IPC contract between renderer (through the preload) and main.
// Every channel is `domain:verb`; every object is `.strict()` so an unknown key is an error, not
// something silently carried along. Main parses requests and responses with these schemas
// (shared/ipc/handler.ts); the renderer parses responses again (renderer/platform).
import { z } from 'zod'
import { FileName } from './fileNames'
import {
  BackupAbortResponse,
  BackupBeginRequest,
  BackupBeginResponse,
  BackupFinishResponse,
  BackupFolderStatus,
  BackupTokenRequest,
  BackupWriteRequest,
  BackupWriteResponse,
  ChooseBackupFolderResponse,
  SetKeepLastRequest
} from './backupFiles'

/** Largest file that may cross IPC in either direction (exhibits are scans; bundles are big). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024
/** Most files one open dialog may return, so a stray "select all" cannot exhaust memory. */
export const MAX_OPEN_FILES = 50
/** Most bytes one open dialog may return in total (every byte is copied across IPC). */
export const MAX_OPEN_TOTAL_BYTES = 500 * 1024 * 1024
export const IDLE_MINUTES_MIN = 1
export const IDLE_MINUTES_MAX = 240

// z.custom rather than z.instanceof: the latter types as Uint8Array<ArrayBuffer>, which Node's
// Buffer (a Uint8Array on a possibly shared pool) does not satisfy at compile time.
const Bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'Must be bytes (Uint8Array).' })
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, { message: 'File is larger than 200 MB.' })

/** One entry of a native dialog's file-type list, e.g. { name: 'PDF', extensions: ['pdf'] }. */
export const FileFilter = z
  .object({
    name: z.string().min(1, { message: 'Filter name is required.' }).max(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, { message: 'Extension must be letters/digits without a dot, or "*".' }))
      .min(1)
      .max(20)
  })
  .strict()
export type FileFilter = z.infer<typeof FileFilter>
const FileFilters = z.array(FileFilter).max(10)

export const AppInfo = z
  .object({
    name: z.string().min(1).max(100),
    version: z.string().min(1).max(50),
    platform: z.string().min(1).max(32),
    electronVersion: z.string().min(1).max(50)
  })
  .strict()
export type AppInfo = z.infer<typeof AppInfo>

export const SaveFileRequest = z
  .object({ suggestedName: FileName, bytes: Bytes, filters: FileFilters })
  .strict()
export type SaveFileRequest = z.infer<typeof SaveFileRequest>

/** `fileName` is the basename the lawyer chose, never the folder. */
export const SaveFileResponse = z.object({ saved: z.boolean(), fileName: FileName.optional() }).strict()
export type SaveFileResponse = z.infer<typeof SaveFileResponse>

export const OpenFilesRequest = z.object({ filters: FileFilters, multiple: z.boolean() }).strict()
export type OpenFilesRequest = z.infer<typeof OpenFilesRequest>

export const OpenedFile = z.object({ name: FileName, bytes: Bytes }).strict()
export type OpenedFile = z.infer<typeof OpenedFile>

/** An empty list means the lawyer cancelled the dialog. */
export const OpenFilesResponse = z
  .object({
    files: z
      .array(OpenedFile)
      .max(MAX_OPEN_FILES, { message: `At most ${MAX_OPEN_FILES} files at once.` })
      .refine((files) => files.reduce((sum, f) => sum + f.bytes.byteLength, 0) <= MAX_OPEN_TOTAL_BYTES, {
        message: 'Selected files are larger than 500 MB together.'
      })
  })
  .strict()
export type OpenFilesResponse = z.infer<typeof OpenFilesResponse>

export const IdleMinutes = z
  .number()
  .int({ message: 'Idle timeout must be a whole number of minutes.' })
  .min(IDLE_MINUTES_MIN, { message: `Idle timeout must be at least ${IDLE_MINUTES_MIN} minute.` })
  .max(IDLE_MINUTES_MAX, { message: `Idle timeout must be at most ${IDLE_MINUTES_MAX} minutes.` })

export const SetIdleTimeoutRequest = z.object({ minutes: IdleMinutes }).strict()
export type SetIdleTimeoutRequest = z.infer<typeof SetIdleTimeoutRequest>
/** Main echoes the value it now enforces. */
export const SetIdleTimeoutResponse = z.object({ minutes: IdleMinutes }).strict()
export type SetIdleTimeoutResponse = z.infer<typeof SetIdleTimeoutResponse>

/** Desktop notification limits: enough for "Deadline in 2 days — Matter RN-TR-01" and a sentence. */
export const NOTIFY_TITLE_MAX = 120
export const NOTIFY_BODY_MAX = 500

// Control characters other than tab and newline have no business in a notification.
// eslint-disable-next-line no-control-regex
const NOTIFY_CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f]/

/**
 * A desktop notification. What the renderer sends here leaves the vault for the OS notification
 * centre, so by default it names a matter reference, never a client (shared/deadlines/reminders).
 */
export const NotifyRequest = z
  .object({
    title: z
      .string()
      .max(NOTIFY_TITLE_MAX, { message: `Notification title must be at most ${NOTIFY_TITLE_MAX} characters.` })
      .refine((s) => s.trim() !== '', { message: 'Notification title is required.' })
      .refine((s) => !NOTIFY_CONTROL_CHARS.test(s) && !/[\n\t]/.test(s), { message: 'Notification title must be one line of text.' }),
    body: z
      .string()
      .max(NOTIFY_BODY_MAX, { message: `Notification text must be at most ${NOTIFY_BODY_MAX} characters.` })
      .refine((s) => !NOTIFY_CONTROL_CHARS.test(s), { message: 'Notification text must not contain control characters.' })
  })
  .strict()
export type NotifyRequest = z.infer<typeof NotifyRequest>

/** false when the OS has no notification support; nothing else about the desktop is reported. */
export const NotifyResponse = z.object({ shown: z.boolean() }).strict()
export type NotifyResponse = z.infer<typeof NotifyResponse>

const EmptyRequest = z.object({}).strict()

/** Request/response channels (renderer invokes, main handles). */
export const ipcContract = {
  'app:getInfo': { request: EmptyRequest, response: AppInfo },
  'file:save': { request: SaveFileRequest, response: SaveFileResponse },
  'file:open': { request: OpenFilesRequest, response: OpenFilesResponse },
  'idle:setTimeout': { request: SetIdleTimeoutRequest, response: SetIdleTimeoutResponse },
  'notify:show': { request: NotifyRequest, response: NotifyResponse },
  // A backup file written in pieces (shared/ipc/backupFiles.ts), and the scheduled-backup folder.
  'backup:begin': { request: BackupBeginRequest, response: BackupBeginResponse },
  'backup:write': { request: BackupWriteRequest, response: BackupWriteResponse },
  'backup:finish': { request: BackupTokenRequest, response: BackupFinishResponse },
  'backup:abort': { request: BackupTokenRequest, response: BackupAbortResponse },
  'backup:chooseFolder': { request: EmptyRequest, response: ChooseBackupFolderResponse },
  'backup:scheduleStatus': { request: EmptyRequest, response: BackupFolderStatus },
  'backup:setKeepLast': { request: SetKeepLastRequest, response: BackupFolderStatus }
} as const satisfies Record<`${string}:${string}`, { request: z.ZodType; response: z.ZodType }>

export type InvokeChannel = keyof typeof ipcContract
export type IpcRequest<C extends InvokeChannel> = z.infer<(typeof ipcContract)[C]['request']>
export type IpcResponse<C extends InvokeChannel> = z.infer<(typeof ipcContract)[C]['response']>

export const LockReason = z.enum(['idle', 'lock-screen', 'suspend', 'shortcut'])
export type LockReason = z.infer<typeof LockReason>
export const LockRequested = z.object({ reason: LockReason }).strict()
export type LockRequested = z.infer<typeof LockRequested>

/** Event channels (main sends, renderer listens). */
export const ipcEvents = {
  'lock:requested': { payload: LockRequested }
} as const satisfies Record<`${string}:${string}`, { payload: z.ZodType }>

export type EventChannel = keyof typeof ipcEvents
export type IpcEventPayload<C extends EventChannel> = z.infer<(typeof ipcEvents)[C]['payload']>

/** Codes are stable identifiers the UI can switch on; messages are for people and carry no data. */
export const IpcErrorCode = z.enum(['forbidden', 'bad-request', 'bad-response', 'internal', 'too-large', 'too-many', 'io-error'])
export type IpcErrorCode = z.infer<typeof IpcErrorCode>
export const IpcError = z.object({ code: IpcErrorCode, message: z.string().max(1000) }).strict()
export type IpcError = z.infer<typeof IpcError>

/** What every handler returns: no thrown error ever crosses IPC. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }

export function ipcResultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }).strict(),
    z.object({ ok: z.literal(false), error: IpcError }).strict()
  ])
}

/**
 * The API the preload exposes as `window.redress`: named functions only, no generic invoke and no
 * ipcRenderer. Results are returned, not thrown, because errors lose their shape across
 * contextBridge.
 */
export interface RedressApi {
  getAppInfo(): Promise<IpcResult<AppInfo>>
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>
  openFiles(request: OpenFilesRequest): Promise<IpcResult<OpenFilesResponse>>
  setIdleTimeout(minutes: number): Promise<IpcResult<SetIdleTimeoutResponse>>
  showNotification(title: string, body: string): Promise<IpcResult<NotifyResponse>>
  beginBackupFile(request: BackupBeginRequest): Promise<IpcResult<BackupBeginResponse>>
  writeBackupFile(request: BackupWriteRequest): Promise<IpcResult<BackupWriteResponse>>
  finishBackupFile(request: BackupTokenRequest): Promise<IpcResult<BackupFinishResponse>>
  abortBackupFile(request: BackupTokenRequest): Promise<IpcResult<BackupAbortResponse>>
  chooseBackupFolder(): Promise<IpcResult<ChooseBackupFolderResponse>>
  getBackupFolderStatus(): Promise<IpcResult<BackupFolderStatus>>
  setBackupKeepLast(keepLast: number): Promise<IpcResult<BackupFolderStatus>>
  /** Returns an unsubscribe function. The callback never sees the Electron event object. */
  onLockRequested(callback: (payload: LockRequested) => void): () => void
}
