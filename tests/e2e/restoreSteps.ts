// Steps shared by the restore specs (issue 6, part 2): make a backup through Settings, erase the
// vault, fill the restore form, and read every raw IndexedDB row of the vault so that a test can
// prove a refused restore changed nothing (or that an interrupted one left no mixture).
import { readFileSync, writeFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, goTo } from './helpers'

export const BACKUP_PASS = 'saffron tideline walnut orbit 7731'

/** store → primary key → SHA-256 of the whole row (byte fields hashed in place). */
export type RawRows = Record<string, Record<string, string>>

/** Every row of every store of redress-vault, read with the raw IndexedDB API (never through the app). */
export function rawRows(page: Page): Promise<RawRows> {
  return page.evaluate(async () => {
    const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('')
    const digestRow = async (row: unknown): Promise<string> => {
      const parts: string[] = []
      const walk = async (x: unknown): Promise<void> => {
        if (x instanceof ArrayBuffer || ArrayBuffer.isView(x)) {
          const bytes = x instanceof ArrayBuffer ? new Uint8Array(x) : new Uint8Array(x.buffer, x.byteOffset, x.byteLength)
          parts.push(`b:${hex(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)))}`)
        } else if (Array.isArray(x)) {
          parts.push('[')
          for (const item of x) await walk(item)
          parts.push(']')
        } else if (x !== null && typeof x === 'object') {
          parts.push('{')
          for (const k of Object.keys(x).sort()) {
            parts.push(`${JSON.stringify(k)}:`)
            await walk((x as Record<string, unknown>)[k])
          }
          parts.push('}')
        } else parts.push(JSON.stringify(x) ?? 'undefined')
      }
      await walk(row)
      return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join(','))))
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('redress-vault')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const out: Record<string, Record<string, string>> = {}
    for (const store of [...db.objectStoreNames]) {
      const [keys, values] = await new Promise<[IDBValidKey[], unknown[]]>((resolve, reject) => {
        const tx = db.transaction(store, 'readonly')
        const k = tx.objectStore(store).getAllKeys()
        const v = tx.objectStore(store).getAll()
        tx.oncomplete = () => resolve([k.result, v.result])
        tx.onerror = () => reject(tx.error)
      })
      out[store] = {}
      for (let i = 0; i < keys.length; i++) out[store][String(keys[i])] = await digestRow(values[i])
    }
    db.close() // an open raw connection would hold up a later deletion
    return out
  })
}

/** One store's rows (none when the store is absent). */
export function storeRows(rows: RawRows, store: 'meta' | 'records' | 'fileChunks'): Record<string, string> {
  return rows[store] ?? {}
}

export function rowCounts(rows: RawRows): { meta: number; records: number; fileChunks: number } {
  const count = (store: 'meta' | 'records' | 'fileChunks') => Object.keys(storeRows(rows, store)).length
  return { meta: count('meta'), records: count('records'), fileChunks: count('fileChunks') }
}

/** Settings → Back up this vault with a backup passphrase of its own; the file is saved to `path`. */
export async function makeBackup(page: Page, path: string, passphrase = BACKUP_PASS): Promise<Buffer> {
  await goTo(page, 'Settings')
  const panel = page.getByRole('region', { name: 'Back up this vault' })
  await panel.getByLabel('Backup passphrase', { exact: true }).fill(passphrase)
  await panel.getByLabel('Repeat the backup passphrase').fill(passphrase)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), panel.getByRole('button', { name: 'Make backup' }).click()])
  await download.saveAs(path)
  await expect(panel.getByRole('status').filter({ hasText: 'Backup saved as' })).toBeVisible({ timeout: 30_000 })
  return readFileSync(path)
}

/** Settings → Erase this vault, with the typed word; ends on the first-run screen. */
export async function eraseVault(page: Page): Promise<void> {
  await goTo(page, 'Settings')
  await page.getByRole('button', { name: 'Erase this vault…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Erase this vault from this device?' })
  await dialog.getByLabel('To confirm, type ERASE').fill('ERASE')
  await dialog.getByRole('button', { name: 'Erase everything' }).click()
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible()
}

/** Settings → Restore from a backup…: the open panel. */
export async function openRestorePanel(page: Page): Promise<Locator> {
  await goTo(page, 'Settings')
  const panel = page.getByRole('region', { name: 'Restore from a backup' })
  const open = panel.getByRole('button', { name: 'Restore from a backup…' })
  if (await open.isVisible()) await open.click()
  await expect(panel.getByLabel('Backup file')).toBeVisible()
  return panel
}

/** Chooses the file, types the passphrase and presses Check backup (the result is the caller's to await). */
export async function checkBackup(scope: Locator, file: string, passphrase = BACKUP_PASS): Promise<void> {
  await scope.getByLabel('Backup file').setInputFiles(file)
  await scope.getByLabel('Backup passphrase').fill(passphrase)
  await scope.getByRole('button', { name: /^Check (backup|again)$/ }).click()
}

/** The preview region once the check has passed. */
export function preview(scope: Locator): Locator {
  return scope.getByRole('region', { name: 'What this backup would restore' })
}

/** Adds files to the matter open on the dossier page through "Add files…". */
export async function addExhibitFiles(page: Page, paths: string[], expected: string | RegExp, timeout = 30_000): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add files…' }).click()])
  await chooser.setFiles(paths)
  await expect(page.getByRole('region', { name: 'Exhibits' }).getByRole('status')).toHaveText(expected, { timeout })
}

export function writeBytes(path: string, bytes: Uint8Array): string {
  writeFileSync(path, bytes)
  return path
}

/** Offsets of every frame of a .redress-backup file (FORMAT.md): [start, end) including the frame's own prefix. */
export function backupFrames(bytes: Uint8Array): { start: number; end: number; final: boolean }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 10 + 4 + view.getUint32(10)
  const frames: { start: number; end: number; final: boolean }[] = []
  while (at < bytes.length) {
    const ctLength = view.getUint32(at)
    const end = at + 4 + 1 + 12 + ctLength
    frames.push({ start: at, end, final: bytes[at + 4] === 1 })
    at = end
  }
  return frames
}
