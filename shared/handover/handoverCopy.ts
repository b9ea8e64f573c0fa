// "Import as a copy": the same client file under fresh ids, so it can sit beside the original in
// one vault. Every id the package defines (dossier, matters, events, notes, exhibits, stored files)
// gets a new UUID and every reference to it follows, deadline keys built from event ids included.
import { Dossier } from '../domain/dossier'
import { Exhibit } from '../exhibits/exhibitRecord'
import type { OpenedHandover } from './handoverPackage'

export function handoverAsCopy(opened: OpenedHandover, newId: () => string = () => crypto.randomUUID()): OpenedHandover {
  const { manifest } = opened
  const d = manifest.dossier
  const ids = new Map<string, string>()
  const give = (old: string) => {
    if (!ids.has(old)) ids.set(old, newId())
  }
  give(d.id)
  for (const x of [...d.matters, ...d.events, ...d.notes, ...manifest.exhibits]) give(x.id)
  for (const e of manifest.exhibits) give(e.file.fileId)
  // UUIDs are 36 characters of one fixed shape: a textual swap cannot hit anything but the id itself.
  const swap = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (m) => ids.get(m.toLowerCase()) ?? ids.get(m) ?? m))
  const dossier = Dossier.parse(swap(d))
  const exhibits = manifest.exhibits.map((e) => Exhibit.parse(swap(e)))
  const originals = new Map<string, Uint8Array>()
  for (const [id, bytes] of opened.originals) originals.set(ids.get(id) ?? id, bytes)
  return { manifest: { ...manifest, dossier, exhibits, files: manifest.files.map((f) => ({ ...f, exhibitId: ids.get(f.exhibitId) ?? f.exhibitId })) }, originals }
}
