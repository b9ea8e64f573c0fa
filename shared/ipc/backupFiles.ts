// IPC shapes for writing a .redress-backup file in pieces (issue 6): a multi-GB backup must never
// cross IPC as one byte array, and a half-written backup must never look like a good one. Main
// opens a `.partial` file for a random token, appends each piece, and renames it on finish.
// Scheduled backups go to a folder the lawyer chose once; the renderer only ever sees that
// folder's display name, never its path.
import { z } from 'zod'
import { FileName } from './fileNames'

/** Largest piece one `backup:write` may carry: big enough to keep IPC overhead small. */
export const MAX_BACKUP_WRITE_BYTES = 8 * 1024 * 1024
export const KEEP_LAST_MIN = 1
export const KEEP_LAST_MAX = 100
export const DEFAULT_KEEP_LAST = 10

/** 128 random bits as hex: unguessable, one per open backup file. */
export const BackupToken = z.string().regex(/^[0-9a-f]{32}$/, { message: 'Backup token is malformed.' })
export type BackupToken = z.infer<typeof BackupToken>

/** 'ask': the native save dialog. 'scheduled-folder': the folder chosen for scheduled backups. */
export const BackupDestination = z.enum(['ask', 'scheduled-folder'])
export type BackupDestination = z.infer<typeof BackupDestination>

export const KeepLast = z
  .number()
  .int({ message: 'Keep a whole number of backups.' })
  .min(KEEP_LAST_MIN, { message: `Keep at least ${KEEP_LAST_MIN} backup.` })
  .max(KEEP_LAST_MAX, { message: `Keep at most ${KEEP_LAST_MAX} backups.` })

export const BackupBeginRequest = z.object({ destination: BackupDestination, suggestedName: FileName }).strict()
export type BackupBeginRequest = z.infer<typeof BackupBeginRequest>

/** 'cancelled': the lawyer closed the dialog. 'no-folder': no scheduled folder is chosen. */
export const BackupBeginResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('started'), token: BackupToken }).strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  z.object({ status: z.literal('no-folder') }).strict()
])
export type BackupBeginResponse = z.infer<typeof BackupBeginResponse>

const BackupPiece = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'Must be bytes (Uint8Array).' })
  .refine((b) => b.byteLength >= 1, { message: 'A backup piece must not be empty.' })
  .refine((b) => b.byteLength <= MAX_BACKUP_WRITE_BYTES, { message: 'A backup piece is larger than 8 MiB.' })

export const BackupWriteRequest = z.object({ token: BackupToken, bytes: BackupPiece }).strict()
export type BackupWriteRequest = z.infer<typeof BackupWriteRequest>
/** Bytes written to this file so far. */
export const BackupWriteResponse = z.object({ written: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }).strict()
export type BackupWriteResponse = z.infer<typeof BackupWriteResponse>

export const BackupTokenRequest = z.object({ token: BackupToken }).strict()
export type BackupTokenRequest = z.infer<typeof BackupTokenRequest>

/** `fileName` is a basename; `pruned` counts older scheduled backups deleted to keep the last N. */
export const BackupFinishResponse = z
  .object({ fileName: FileName, bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), pruned: z.number().int().min(0) })
  .strict()
export type BackupFinishResponse = z.infer<typeof BackupFinishResponse>

/** false when the token was already finished, aborted or never issued: aborting is always safe. */
export const BackupAbortResponse = z.object({ aborted: z.boolean() }).strict()
export type BackupAbortResponse = z.infer<typeof BackupAbortResponse>

/** What the renderer may know of the scheduled folder: its display name, never its path. */
export const BackupFolderStatus = z
  .object({
    folderName: z.string().min(1).max(255).nullable(),
    /** false when the folder is chosen but cannot be reached now (e.g. the USB stick is out). */
    available: z.boolean(),
    keepLast: KeepLast
  })
  .strict()
export type BackupFolderStatus = z.infer<typeof BackupFolderStatus>

export const ChooseBackupFolderResponse = z.object({ changed: z.boolean(), status: BackupFolderStatus }).strict()
export type ChooseBackupFolderResponse = z.infer<typeof ChooseBackupFolderResponse>

export const SetKeepLastRequest = z.object({ keepLast: KeepLast }).strict()
export type SetKeepLastRequest = z.infer<typeof SetKeepLastRequest>
