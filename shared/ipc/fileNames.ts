// File names that cross IPC are bare basenames: a path would tell the renderer (and anything that
// compromises it) where the lawyer keeps files, and would let it aim a write outside the dialog.
import { z } from 'zod'

export const MAX_FILE_NAME_LENGTH = 255

// Control characters, path separators and the characters Windows forbids in names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f/\\:*?"<>|]/
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS_GLOBAL = /[\u0000-\u001f\u007f/\\:*?"<>|]/g
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i

/** A basename that is safe on Linux, macOS and Windows. Messages name the rule, never the value. */
export const FileName = z
  .string()
  .min(1, { message: 'File name is required.' })
  .max(MAX_FILE_NAME_LENGTH, { message: `File name must be at most ${MAX_FILE_NAME_LENGTH} characters.` })
  .refine((s) => !FORBIDDEN_CHARS.test(s), { message: 'File name must not contain path separators or control characters.' })
  .refine((s) => s !== '.' && s !== '..' && !/[. ]$/.test(s), { message: 'File name must not end with a dot or a space.' })
  .refine((s) => !WINDOWS_RESERVED.test(s), { message: 'File name is reserved by Windows.' })
export type FileName = z.infer<typeof FileName>

/**
 * Turns any name (a title the lawyer typed, a basename the OS returned) into one that passes
 * `FileName`, so a legitimate but odd name is repaired instead of failing the whole call.
 */
export function sanitizeFileName(raw: string, fallback = 'file'): string {
  let name = raw.normalize('NFC').replace(FORBIDDEN_CHARS_GLOBAL, '_').trim()
  name = name.replace(/[. ]+$/, '')
  if (name === '' || /^_*$/.test(name)) name = fallback
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`
  if (name.length > MAX_FILE_NAME_LENGTH) {
    // Keep the extension: it decides which program opens the file.
    const dot = name.lastIndexOf('.')
    const ext = dot > 0 && name.length - dot <= 17 ? name.slice(dot) : ''
    name = name.slice(0, MAX_FILE_NAME_LENGTH - ext.length).replace(/[. ]+$/, '') + ext
  }
  return name
}
