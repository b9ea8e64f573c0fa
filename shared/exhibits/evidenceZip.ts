// The evidence zip a lawyer can hand to anyone: the bundle PDF(s), the untouched originals, the
// manifest and a SHA256SUMS file, so `sha256sum -c SHA256SUMS` proves nothing was altered.
import { strToU8, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { BundleManifest, manifestJson } from './bundleManifest'
import { sha256Sums } from './integrity'
import { sha256Hex } from './sha256'

export interface EvidenceZipInput {
  /** Bundle volumes, placed at the top level. */
  bundleFiles: { name: string; bytes: Uint8Array }[]
  /** Stored originals, placed under originals/ (the caller picks names, e.g. "5 - warrant.pdf"). */
  originals: { name: string; bytes: Uint8Array }[]
  manifest: BundleManifest
}

export class EvidenceZipError extends Error {
  override name = 'EvidenceZipError'
}

const ORIGINALS = 'originals'
const RESERVED_TOP_LEVEL = ['manifest.json', 'SHA256SUMS', ORIGINALS]
const MAX_NAME_CHARS = 150
/**
 * Info-ZIP unzip (Linux, macOS) ignores the UTF-8 name flag on entries "made by" MS-DOS and mangles
 * non-Latin names ("Решение" → "������"); entries made by Unix with ordinary rw-r--r-- file
 * permissions unpack with their names intact everywhere, Windows Explorer included.
 */
const MADE_BY_UNIX = 3
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0

export async function evidenceZip(input: EvidenceZipInput): Promise<Uint8Array> {
  const parsed = BundleManifest.safeParse(input.manifest)
  if (!parsed.success) throw new EvidenceZipError('The integrity manifest is incomplete or damaged, so the zip was not written. Build the bundle again, then export.')
  const manifest = parsed.data

  const recorded = new Set(manifest.exhibits.map((e) => e.sha256))
  const topNames = new UniqueNames(RESERVED_TOP_LEVEL)
  const originalNames = new UniqueNames([])
  const sums: { sha256: string; path: string }[] = []
  const files: Zippable = {}
  const mtime = zipTimestamp(manifest.generatedAt)
  const entry = (bytes: Uint8Array, level: 0 | 6): Zippable[string] => [bytes, { level, mtime, os: MADE_BY_UNIX, attrs: REGULAR_FILE_0644 }]

  for (const file of input.bundleFiles) {
    const name = topNames.claim(safeEntryName(file.name, 'bundle.pdf'))
    files[name] = entry(file.bytes, levelFor(name))
    sums.push({ sha256: await sha256Hex(file.bytes), path: name })
  }
  for (const file of input.originals) {
    const sha256 = await sha256Hex(file.bytes)
    // A zip whose originals disagree with its own manifest would undermine every other copy.
    if (!recorded.has(sha256)) throw new EvidenceZipError(`The original "${safeEntryName(file.name, 'file')}" no longer matches any hash in the manifest, so the zip was not written. Run "Verify" on the matter's exhibits.`)
    const name = originalNames.claim(safeEntryName(file.name, 'original'))
    // A flat "originals/…" key: a nested object would make fflate add a folder entry stamped "now".
    files[`${ORIGINALS}/${name}`] = entry(file.bytes, levelFor(name))
    sums.push({ sha256, path: `${ORIGINALS}/${name}` })
  }
  files['manifest.json'] = entry(strToU8(manifestJson(manifest)), 6)
  files['SHA256SUMS'] = entry(strToU8(sha256Sums(sums)), 6)
  return zipSync(files)
}

/**
 * One path segment, safe to unpack anywhere: no separators, no "..", no control characters, none of
 * the characters Windows refuses (: * ? " < > |); Unicode letters are kept as the lawyer typed them.
 */
export function safeEntryName(name: string, fallback: string): string {
  let cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\.{2,}/g, '.')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
  if (cleaned.length > MAX_NAME_CHARS) {
    const dot = cleaned.lastIndexOf('.')
    const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : ''
    cleaned = cleaned.slice(0, MAX_NAME_CHARS - extension.length).trimEnd() + extension
  }
  return cleaned.length > 0 ? cleaned : fallback
}

/** Hands out names unique ignoring case (Windows and macOS folders are case-insensitive): "x (2).pdf". */
class UniqueNames {
  private readonly taken: Set<string>
  constructor(reserved: readonly string[]) {
    this.taken = new Set(reserved.map((r) => r.toLowerCase()))
  }
  claim(name: string): string {
    const dot = name.lastIndexOf('.')
    const stem = dot > 0 ? name.slice(0, dot) : name
    const extension = dot > 0 ? name.slice(dot) : ''
    let candidate = name
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`
    this.taken.add(candidate.toLowerCase())
    return candidate
  }
}

/** PDFs and images are already compressed: storing them is as small and much faster. */
function levelFor(name: string): 0 | 6 {
  return /\.(pdf|jpe?g|png)$/i.test(name) ? 0 : 6
}

/**
 * Zip stores a local date-time without a zone, and fflate fills it from local-time getters. Shift
 * the instant so those getters return the UTC fields: the same manifest gives the same bytes
 * on every machine.
 */
function zipTimestamp(generatedAt: string): Date {
  const utc = new Date(generatedAt).getTime()
  const guess = new Date(utc + new Date(utc).getTimezoneOffset() * 60_000)
  // Near a daylight-saving change the offset at the shifted instant can differ by an hour.
  return new Date(utc + guess.getTimezoneOffset() * 60_000)
}
