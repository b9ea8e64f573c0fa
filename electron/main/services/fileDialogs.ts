// Native open/save dialogs plus the file I/O behind them. The renderer never sees a path: it gets
// bytes and a basename, and it can only write where the lawyer pointed the save dialog.
import { randomBytes } from 'node:crypto'
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import {
  MAX_FILE_BYTES,
  MAX_OPEN_FILES,
  MAX_OPEN_TOTAL_BYTES,
  type OpenFilesRequest,
  type OpenFilesResponse,
  type SaveFileRequest,
  type SaveFileResponse
} from '@shared/ipc/contract'
import { sanitizeFileName } from '@shared/ipc/fileNames'
import { IpcFailure } from '@shared/ipc/handler'

export async function saveFileWithDialog(request: SaveFileRequest, parent: BrowserWindow | null): Promise<SaveFileResponse> {
  const options: SaveDialogOptions = {
    // A bare name: the dialog starts in the OS default folder, not one the renderer chose.
    defaultPath: request.suggestedName,
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return { saved: false }

  // Write next to the target, then rename: a crash never leaves a half-written exhibit bundle
  // under the real name.
  const target = result.filePath
  const partial = `${target}.${randomBytes(6).toString('hex')}.partial`
  try {
    await writeFile(partial, request.bytes, { flag: 'wx', mode: 0o600 })
    await rename(partial, target)
  } catch {
    await unlink(partial).catch(() => undefined)
    throw new IpcFailure('io-error', 'The file could not be saved. Check that the folder is writable and has space.')
  }
  return { saved: true, fileName: sanitizeFileName(basename(target)) }
}

export async function openFilesWithDialog(request: OpenFilesRequest, parent: BrowserWindow | null): Promise<OpenFilesResponse> {
  const options: OpenDialogOptions = {
    filters: request.filters,
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile']
  }
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  if (result.canceled || result.filePaths.length === 0) return { files: [] }
  if (result.filePaths.length > MAX_OPEN_FILES) {
    throw new IpcFailure('too-many', `Select at most ${MAX_OPEN_FILES} files at once.`)
  }

  // Check every size before reading anything, so one huge file costs nothing.
  let total = 0
  for (const path of result.filePaths) {
    const info = await stat(path).catch(() => null)
    if (!info || !info.isFile()) throw new IpcFailure('io-error', 'A selected item could not be read as a file.')
    if (info.size > MAX_FILE_BYTES) throw new IpcFailure('too-large', 'A selected file is larger than 200 MB.')
    total += info.size
  }
  if (total > MAX_OPEN_TOTAL_BYTES) throw new IpcFailure('too-large', 'The selected files are larger than 500 MB together.')

  const files: OpenFilesResponse['files'] = []
  for (const path of result.filePaths) {
    const bytes = await readFile(path).catch(() => null)
    if (!bytes) throw new IpcFailure('io-error', 'A selected file could not be read.')
    // The file may have grown between stat and read.
    if (bytes.byteLength > MAX_FILE_BYTES) throw new IpcFailure('too-large', 'A selected file is larger than 200 MB.')
    files.push({ name: sanitizeFileName(basename(path)), bytes })
  }
  return { files }
}
