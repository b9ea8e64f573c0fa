// Integrity checks a third party can repeat: a SHA256SUMS file that `sha256sum -c` accepts, and a
// comparison of freshly computed hashes with a bundle's manifest.
import { z } from 'zod'
import { BundleManifest, MANIFEST_FORMAT } from './bundleManifest'
import { Sha256Hex } from './exhibitRecord'

export type ManifestCheckStatus = 'unchanged' | 'changed' | 'unreadable' | 'missing'

export interface ManifestCheckRow {
  exhibitId: string
  label: string
  title: string
  fileName: string
  expected: string
  actual: string | null
  status: ManifestCheckStatus
}

export interface ManifestCheck {
  ok: boolean
  rows: ManifestCheckRow[]
}

export class IntegrityInputError extends Error {
  override name = 'IntegrityInputError'
}

/** GNU coreutils format, in the order given: "<hex>  <path>\n" (two spaces: binary-agnostic text mode). */
export function sha256Sums(entries: readonly { sha256: string; path: string }[]): string {
  return entries
    .map(({ sha256, path }) => {
      if (!Sha256Hex.safeParse(sha256).success) throw new IntegrityInputError(`The checksum for "${printable(path)}" is not a SHA-256 in lower-case hex.`)
      // sha256sum reads one entry per line; a line break in a name would forge a second entry.
      if (/[\r\n]/.test(path) || path.length === 0) throw new IntegrityInputError(`The file name "${printable(path)}" cannot be listed in SHA256SUMS: rename it without line breaks.`)
      // A leading backslash tells sha256sum the name is escaped; avoid that reading altogether.
      if (path.startsWith('\\')) throw new IntegrityInputError(`The file name "${printable(path)}" cannot start with a backslash in SHA256SUMS.`)
      return `${sha256}  ${path}\n`
    })
    .join('')
}

/**
 * Compares the hashes taken now (by exhibit id; null when the stored original could not be read)
 * with those recorded in the manifest. An exhibit absent from `actual` has been deleted: 'missing'.
 */
export function compareWithManifest(manifest: BundleManifest, actual: ReadonlyMap<string, string | null>): ManifestCheck {
  const rows = manifest.exhibits.map((entry): ManifestCheckRow => {
    const base = { exhibitId: entry.exhibitId, label: entry.label, title: entry.title, fileName: entry.fileName, expected: entry.sha256 }
    if (!actual.has(entry.exhibitId)) return { ...base, actual: null, status: 'missing' }
    const now = actual.get(entry.exhibitId) ?? null
    if (now === null) return { ...base, actual: null, status: 'unreadable' }
    const normalised = now.toLowerCase()
    return { ...base, actual: normalised, status: normalised === entry.sha256 ? 'unchanged' : 'changed' }
  })
  return { ok: rows.every((row) => row.status === 'unchanged'), rows }
}

export type ManifestReading = { ok: true; manifest: BundleManifest } | { ok: false; message: string }

/** Reads a manifest.json someone hands back (e.g. from an earlier export) without trusting it. */
export function readManifestJson(text: string): ManifestReading {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so it is not a Redress manifest. Choose the manifest.json from the exported zip.' }
  }
  const format = z.object({ format: z.literal(MANIFEST_FORMAT) }).safeParse(raw)
  if (!format.success) return { ok: false, message: 'This JSON file is not a Redress bundle manifest. Choose the manifest.json from the exported zip.' }
  const parsed = BundleManifest.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue ? issue.path.join('.') : ''
    return { ok: false, message: `This manifest is damaged or was edited by hand (problem at "${where}"), so it cannot be used to verify. Use the manifest.json from the exported zip.` }
  }
  return { ok: true, manifest: parsed.data }
}

function printable(path: string): string {
  return path.replace(/\p{Cc}/gu, '?').slice(0, 120)
}
