// From the lawyer's arrangement to the builder's input: the exhibits in their sections with their
// original bytes, and back from the result to files to save (volume names, zip contents).
import type { BundleDefinition } from '@shared/exhibits/bundleDefinition'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import type { BundleInput, BundleResult, PlacedExhibit } from '@shared/pdf/bundle/bundleInput'

/** The exhibits to read, in bundle order, that are arranged and still exist and are bundleable. */
export function arrangedExhibits(definition: BundleDefinition, exhibits: ReadonlyMap<string, Exhibit>): Exhibit[] {
  const out: Exhibit[] = []
  for (const section of definition.sections)
    for (const id of section.exhibitIds) {
      const exhibit = exhibits.get(id)
      if (exhibit && exhibit.kind !== 'other') out.push(exhibit)
    }
  return out
}

/**
 * The builder's input. Exhibits without bytes (their original could not be read) are left out;
 * sections left empty are dropped. Null when nothing is left to bundle.
 */
export function bundleInputFor(
  definition: BundleDefinition,
  exhibits: ReadonlyMap<string, Exhibit>,
  originals: ReadonlyMap<string, Uint8Array<ArrayBuffer>>,
  reference: string,
  translationNote: (title: string) => string
): BundleInput | null {
  const sections = definition.sections
    .map((section) => ({
      title: section.title,
      exhibits: section.exhibitIds.flatMap((id) => {
        const exhibit = exhibits.get(id)
        const bytes = originals.get(id)
        if (!exhibit || !bytes || exhibit.kind === 'other') return []
        const original = exhibit.translationOf ? exhibits.get(exhibit.translationOf) : undefined
        return [
          {
            exhibitId: exhibit.id,
            title: exhibit.title,
            documentDate: exhibit.documentDate,
            kind: exhibit.kind,
            fileName: exhibit.file.fileName,
            sizeBytes: exhibit.file.sizeBytes,
            sha256: exhibit.file.sha256,
            note: original ? translationNote(original.title).slice(0, 300) : '',
            bytes
          }
        ]
      })
    }))
    .filter((s) => s.exhibits.length > 0)
  if (sections.length === 0) return null
  return { title: definition.title, reference, sections, numbering: definition.numbering, maxBytes: Math.round(definition.maxFileMb * 1_000_000) }
}

/** "RN-TR-1A2B evidence bundle.pdf", or "… vol 2 of 3.pdf" when split. */
/** The bytes on an ArrayBuffer of their own kind (the worker message needs a transferable buffer). */
export function transferableBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes)
}

export function volumeFileName(reference: string, volume: number, volumes: number): string {
  const base = `${reference} evidence bundle`.trim()
  return volumes > 1 ? `${base} vol ${volume} of ${volumes}.pdf` : `${base}.pdf`
}

/**
 * Names of the originals inside the zip: "5 - warrant.pdf", so the folder sorts in bundle order
 * (evidenceZip makes names safe and unique).
 */
export function originalEntryName(placed: PlacedExhibit, fileName: string): string {
  return `${placed.label} - ${fileName}`
}

export function totalPages(result: BundleResult): number {
  return result.volumes.reduce((n, v) => n + v.pageCount, 0)
}
