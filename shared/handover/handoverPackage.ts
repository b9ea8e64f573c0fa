// A hand-over package (issue 6, part 4): one client's file, or one matter of it, for new counsel or
// a partner. A zip with handover.json (the dossier and exhibit records, validated by the vault's own
// schemas), the exhibit originals under exhibits/ and a SHA256SUMS that `sha256sum -c` accepts.
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { z } from 'zod'
import { Dossier } from '../domain/dossier'
import { Timestamp } from '../domain/primitives'
import { Exhibit, Sha256Hex } from '../exhibits/exhibitRecord'
import { safeEntryName } from '../exhibits/evidenceZip'
import { sha256Sums } from '../exhibits/integrity'
import { sha256Hex } from '../exhibits/sha256'

export const HANDOVER_FORMAT = 'redress-handover'
export const HANDOVER_VERSION = 1
const MANIFEST_PATH = 'handover.json'
const EXHIBITS = 'exhibits'
/** As in evidenceZip: Info-ZIP unzip mangles non-Latin names on entries "made by" MS-DOS. */
const MADE_BY_UNIX = 3
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0

export const HandoverFile = z
  .object({ exhibitId: z.uuid(), path: z.string().min(1).max(400), sha256: Sha256Hex, size: z.number().int().min(0) })
  .strict()
export type HandoverFile = z.infer<typeof HandoverFile>

export const HandoverManifest = z
  .object({
    format: z.literal(HANDOVER_FORMAT),
    version: z.number().int().min(1),
    createdAt: Timestamp,
    scope: z.enum(['client', 'matter']),
    dossier: Dossier,
    exhibits: z.array(Exhibit).max(10_000),
    files: z.array(HandoverFile).max(10_000)
  })
  .strict()
export type HandoverManifest = z.infer<typeof HandoverManifest>

export class HandoverError extends Error {
  override name = 'HandoverError'
}

export interface HandoverInput {
  dossier: Dossier
  /** Set for a one-matter hand-over; the whole client otherwise. */
  matterId?: string
  exhibits: readonly Exhibit[]
  /** The original of each exhibit, by exhibit id (already checked against its SHA-256 by the shelf). */
  originals: ReadonlyMap<string, Uint8Array>
  createdAt: string
}

/** The dossier reduced to one matter, with only that matter's events and notes. */
export function dossierForMatter(dossier: Dossier, matterId: string): Dossier {
  const matter = dossier.matters.find((m) => m.id === matterId)
  if (!matter) throw new HandoverError('This matter is no longer in the dossier, so it cannot be handed over. Reopen the dossier and try again.')
  return {
    ...dossier,
    matters: [matter],
    events: dossier.events.filter((e) => e.matterId === matterId),
    notes: dossier.notes.filter((n) => n.matterId === matterId),
    deadlineStates: dossier.deadlineStates.filter((s) => s.matterId === matterId)
  }
}

/** Builds the zip. Throws HandoverError if an original is missing or no longer matches its record. */
export async function writeHandover(input: HandoverInput): Promise<Uint8Array> {
  const dossier = input.matterId ? dossierForMatter(input.dossier, input.matterId) : input.dossier
  const matterIds = new Set(dossier.matters.map((m) => m.id))
  const exhibits = input.exhibits.filter((e) => e.dossierId === dossier.id && matterIds.has(e.matterId))
  const taken = new Set([MANIFEST_PATH, 'sha256sums'])
  const files: HandoverFile[] = []
  const entries: Zippable = {}
  for (const exhibit of exhibits) {
    const bytes = input.originals.get(exhibit.id)
    if (!bytes) throw new HandoverError(`The original of “${exhibit.title}” could not be read, so nothing was exported. Run "Verify" on the matter's exhibits.`)
    const sha256 = await sha256Hex(bytes)
    if (sha256 !== exhibit.file.sha256) throw new HandoverError(`The original of “${exhibit.title}” no longer matches its SHA-256, so nothing was exported. Run "Verify" on the matter's exhibits.`)
    const path = `${EXHIBITS}/${claim(taken, safeEntryName(exhibitFileName(exhibit), 'exhibit'))}`
    entries[path] = [bytes, { level: /\.(pdf|jpe?g|png)$/i.test(path) ? 0 : 6, os: MADE_BY_UNIX, attrs: REGULAR_FILE_0644 }]
    files.push({ exhibitId: exhibit.id, path, sha256, size: bytes.length })
  }
  const manifest = HandoverManifest.parse({ format: HANDOVER_FORMAT, version: HANDOVER_VERSION, createdAt: input.createdAt, scope: input.matterId ? 'matter' : 'client', dossier, exhibits, files })
  const text = { level: 6 as const, os: MADE_BY_UNIX, attrs: REGULAR_FILE_0644 }
  entries[MANIFEST_PATH] = [strToU8(JSON.stringify(manifest, null, 2)), text]
  entries['SHA256SUMS'] = [strToU8(sha256Sums(files.map((f) => ({ sha256: f.sha256, path: f.path })))), text]
  return zipSync(entries)
}

export interface OpenedHandover {
  manifest: HandoverManifest
  /** Each exhibit's original, by exhibit id, every one checked against the manifest's SHA-256. */
  originals: Map<string, Uint8Array>
}

/** Reads and checks a package completely; throws HandoverError (what is wrong, what to do) otherwise. */
export async function openHandover(zip: Uint8Array): Promise<OpenedHandover> {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(zip)
  } catch {
    throw new HandoverError('This file is not a readable hand-over package (the zip is damaged or incomplete). Ask the sender for the file again.')
  }
  const raw = entries[MANIFEST_PATH]
  if (!raw) throw new HandoverError('This zip has no handover.json, so it is not a Redress hand-over package. Ask the sender to export it again with "Hand over…".')
  let json: unknown
  try {
    json = JSON.parse(strFromU8(raw))
  } catch {
    throw new HandoverError('The handover.json in this package is damaged (not valid JSON). Ask the sender to export it again.')
  }
  const head = z.object({ format: z.literal(HANDOVER_FORMAT), version: z.number() }).safeParse(json)
  if (!head.success) throw new HandoverError('This zip is not a Redress hand-over package. Ask the sender to export it again with "Hand over…".')
  if (head.data.version > HANDOVER_VERSION)
    throw new HandoverError(`This package was made by a newer version of Redress (format ${head.data.version}; this one reads up to ${HANDOVER_VERSION}). Update Redress, then import it again.`)
  const parsed = HandoverManifest.safeParse(json)
  if (!parsed.success) throw new HandoverError(`${describeIssue(parsed.error.issues[0])} Nothing was imported. Ask the sender to correct it and export again.`)
  const manifest = parsed.data
  const originals = new Map<string, Uint8Array>()
  for (const exhibit of manifest.exhibits) {
    const file = manifest.files.find((f) => f.exhibitId === exhibit.id)
    const bytes = file ? entries[file.path] : undefined
    if (!file || !bytes) throw new HandoverError(`The original of exhibit “${exhibit.title}” is missing from the package. Nothing was imported. Ask the sender for the file again.`)
    const sha256 = await sha256Hex(bytes)
    if (sha256 !== file.sha256 || sha256 !== exhibit.file.sha256 || bytes.length !== file.size)
      throw new HandoverError(`The file “${file.path}” does not match the SHA-256 in the package: it was altered or damaged on the way. Nothing was imported. Ask the sender for the file again.`)
    originals.set(exhibit.id, bytes)
  }
  return { manifest, originals }
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'The package failed validation.'
  const [part, ...rest] = issue.path
  const where = part === 'dossier' ? 'the client’s dossier' : part === 'exhibits' ? `exhibit record ${Number(rest[0]) + 1}` : part === 'files' ? 'the file list' : `“${String(part)}”`
  const field = (part === 'exhibits' || part === 'files' ? rest.slice(1) : rest).join('.')
  return `In ${where}${field ? `, field “${field}”` : ''}: ${issue.message}`
}

function exhibitFileName(exhibit: Exhibit): string {
  const dot = exhibit.file.fileName.lastIndexOf('.')
  const extension = dot > 0 ? exhibit.file.fileName.slice(dot) : ''
  return exhibit.title.toLowerCase().endsWith(extension.toLowerCase()) ? exhibit.title : `${exhibit.title}${extension}`
}

/** Unique ignoring case, as Windows and macOS folders are: "x (2).pdf". */
function claim(taken: Set<string>, name: string): string {
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  const extension = dot > 0 ? name.slice(dot) : ''
  let candidate = name
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`
  taken.add(candidate.toLowerCase())
  return candidate
}
