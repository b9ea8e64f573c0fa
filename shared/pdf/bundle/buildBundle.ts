// Exhibits → a filing-grade evidence bundle: index with links at the front, every page stamped
// with its continuous bundle number, one bookmark per section and exhibit, the integrity manifest
// as an annex and as manifest.json, and — when the portal's size limit requires it — volumes with
// numbering continuous across them. Bad exhibits are left out with a message; the rest build.
import type { PDFDocument, PDFPage } from 'pdf-lib'
import { manifestJson, MANIFEST_FORMAT, MANIFEST_VERSION, type BundleManifest } from '../../exhibits/bundleManifest'
import type { FontSet } from '../fontSet'
import type { IndexSection } from './bundleIndex'
import { BundleInput, type BundleProgress, type BundleResult, type BundleVolume, type PlacedExhibit, type SkippedExhibit } from './bundleInput'
import { freezeNumbering, numberBundle, type BundleNumbers, type ExhibitNumbers } from './bundleNumbering'
import { cancelled, finishVolume, newVolumeDocument, placeExhibits, type FinishedVolume, type VolumeExhibit } from './bundleVolume'
import type { AnnexEntry } from './manifestAnnex'
import { estimateSizes, planVolumes } from './volumePlan'

export interface BuildBundleOptions {
  /** Written as CreationDate/ModDate, in the manifest and as the frozen numbering's date: no clock is read here. */
  creationDate: Date
  fonts: FontSet
  onProgress?: (progress: BundleProgress) => void
  /** Checked between exhibits; aborting rejects with a DOMException named 'AbortError'. */
  signal?: AbortSignal
}

type ParsedInput = ReturnType<typeof BundleInput.parse>
type ParsedExhibit = ParsedInput['sections'][number]['exhibits'][number]

/** Where each placed exhibit is: numbers and volume. */
interface Layout {
  numbers: Map<string, ExhibitNumbers>
  volumeOf: Map<string, number>
  volumeCount: number
}

const NOT_INCLUDED_LABEL = '—'
/** Attempts at a volume plan before accepting one whose estimates were too low. */
const PLAN_ATTEMPTS = 4

export async function buildBundle(raw: BundleInput, options: BuildBundleOptions): Promise<BundleResult> {
  const input = BundleInput.parse(raw)
  const { creationDate, signal } = options
  if (!(creationDate instanceof Date) || Number.isNaN(creationDate.getTime())) throw new TypeError('buildBundle: options.creationDate must be a valid Date')
  if (signal?.aborted) throw cancelled()
  const report = (progress: BundleProgress) => options.onProgress?.(progress)

  const all: Array<VolumeExhibit & { input: ParsedExhibit }> = []
  const seen = new Set<string>()
  input.sections.forEach((section, sectionIndex) => {
    for (const exhibit of section.exhibits) {
      if (seen.has(exhibit.exhibitId))
        throw new Error(`"${exhibit.title}" is in the bundle twice. An exhibit can appear only once: remove the second copy, then build again.`)
      seen.add(exhibit.exhibitId)
      all.push({ exhibitId: exhibit.exhibitId, title: exhibit.title, sectionIndex, kind: exhibit.kind, bytes: exhibit.bytes, sizeBytes: exhibit.sizeBytes, input: exhibit })
    }
  })

  let done = 0
  report({ stage: 'exhibits', done: 0, total: all.length })
  const tick = () => report({ stage: 'exhibits', done: ++done, total: all.length })
  const onStage = (stage: 'index' | 'manifest' | 'saving') => report({ stage, done: 0, total: 1 })

  const doc = await newVolumeDocument()
  const placement = await placeExhibits(doc, all, tick, signal)
  const skippedMessages = placement.skipped
  const placedExhibits = all.filter((e) => placement.placed.has(e.exhibitId))
  const numbers = numberBundle(
    placedExhibits.map((e) => ({ exhibitId: e.exhibitId, pageCount: placement.placed.get(e.exhibitId)!.length })),
    input.numbering
  )
  const numbersById = new Map(numbers.exhibits.map((n) => [n.exhibitId, n]))

  const finish = (docToFinish: PDFDocument, layout: Layout, volume: number, members: readonly VolumeExhibit[], placed: ReadonlyMap<string, PDFPage[]>) =>
    finishVolume(docToFinish, {
      fonts: options.fonts,
      creationDate,
      title: input.title,
      reference: input.reference,
      volume,
      volumeCount: layout.volumeCount,
      indexSections: indexSections(input, all, layout),
      sectionTitles: input.sections.map((s) => s.title),
      exhibits: members,
      placed,
      numbers: layout.numbers,
      annex: volume === layout.volumeCount ? { entries: annexEntries(all, layout, skippedMessages), firstPage: numbers.annexStart } : null,
      onStage
    })

  const oneVolume: Layout = { numbers: numbersById, volumeOf: new Map(placedExhibits.map((e) => [e.exhibitId, 1])), volumeCount: 1 }
  const single = await finish(doc, oneVolume, 1, placedExhibits, placement.placed)
  if (input.maxBytes === null || single.bytes.length <= input.maxBytes || placedExhibits.length === 0)
    return result(input, all, numbers, oneVolume, [single], skippedMessages, creationDate, [])

  // Too large: split by exhibits. The frame (index, annex, fonts) is measured, the rest estimated.
  const maxBytes = input.maxBytes
  const frame = await finish(await newVolumeDocument(), oneVolume, 1, [], new Map())
  const sized = estimateSizes(placedExhibits.map((e) => ({ exhibitId: e.exhibitId, sizeBytes: e.input.sizeBytes })), single.bytes.length, frame.bytes.length)
  let budget = (maxBytes - frame.bytes.length) * 0.95
  let built: { layout: Layout; volumes: FinishedVolume[]; plan: ReturnType<typeof planVolumes> } | undefined
  for (let attempt = 0; attempt < PLAN_ATTEMPTS; attempt++) {
    const plan = planVolumes(sized, Math.max(budget, 1))
    const layout: Layout = { numbers: numbersById, volumeCount: plan.volumes.length, volumeOf: new Map() }
    plan.volumes.forEach((ids, i) => ids.forEach((id) => layout.volumeOf.set(id, i + 1)))
    done = 0
    const volumes: FinishedVolume[] = []
    for (const [i, ids] of plan.volumes.entries()) {
      const members = placedExhibits.filter((e) => layout.volumeOf.get(e.exhibitId) === i + 1)
      const volumeDoc = await newVolumeDocument()
      const again = await placeExhibits(volumeDoc, members, tick, signal)
      // The same bytes place the same way; anything else would break the numbering.
      for (const id of ids)
        if (again.placed.get(id)?.length !== placement.placed.get(id)!.length) throw new Error('An exhibit placed differently on the second pass; build the bundle again.')
      volumes.push(await finish(volumeDoc, layout, i + 1, members, again.placed))
    }
    built = { layout, volumes, plan }
    const worst = Math.max(...volumes.map((v, i) => (plan.volumes[i]!.length > 1 ? v.bytes.length / maxBytes : 0)))
    if (worst <= 1) break
    budget = (budget / worst) * 0.95
  }
  const { layout, volumes, plan } = built!
  const warnings = plan.oversized.map((id) => {
    const n = numbersById.get(id)!
    const e = all.find((x) => x.exhibitId === id)!
    return `Exhibit ${n.label} ("${e.title}") is larger than the ${megabytes(maxBytes)} size limit on its own, so volume ${layout.volumeOf.get(id)} exceeds the limit. Compress or split that document, or raise the limit if the portal accepts larger files.`
  })
  volumes.forEach((v, i) => {
    if (v.bytes.length > maxBytes && plan.volumes[i]!.length > 1)
      warnings.push(`Volume ${i + 1} is ${megabytes(v.bytes.length)}, still over the ${megabytes(maxBytes)} limit after splitting: move an exhibit to another section or lower its size, then build again.`)
  })
  return result(input, all, numbers, layout, volumes, skippedMessages, creationDate, warnings)
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1_000_000) * 10) / 10} MB`

function pageRange(n: ExhibitNumbers, layout: Layout): string {
  const first = n.pageNumbers[0]!
  const last = n.pageNumbers[n.pageNumbers.length - 1]!
  const range = first === last ? first : `${first}–${last}`
  return layout.volumeCount > 1 ? `Vol. ${layout.volumeOf.get(n.exhibitId)} p. ${range}` : range
}

function indexSections(input: ParsedInput, all: ReadonlyArray<VolumeExhibit & { input: ParsedExhibit }>, layout: Layout): IndexSection[] {
  return input.sections.map((section, sectionIndex) => ({
    title: section.title,
    rows: all
      .filter((e) => e.sectionIndex === sectionIndex && layout.numbers.has(e.exhibitId))
      .map((e) => {
        const n = layout.numbers.get(e.exhibitId)!
        const first = n.pageNumbers[0]!
        return {
          exhibitId: e.exhibitId,
          label: n.label,
          title: e.title,
          note: e.input.note,
          documentDate: e.input.documentDate,
          pageText: layout.volumeCount > 1 ? `Vol. ${layout.volumeOf.get(e.exhibitId)} p. ${first}` : first
        }
      })
  }))
}

function annexEntries(all: ReadonlyArray<VolumeExhibit & { input: ParsedExhibit }>, layout: Layout, skipped: ReadonlyMap<string, string>): AnnexEntry[] {
  return all.map((e) => {
    const n = layout.numbers.get(e.exhibitId)
    return {
      label: n?.label ?? NOT_INCLUDED_LABEL,
      fileName: e.input.fileName,
      sizeBytes: e.input.sizeBytes,
      sha256: e.input.sha256,
      pagesText: n ? pageRange(n, layout) : null,
      skippedReason: n ? null : (skipped.get(e.exhibitId) ?? 'not placed.')
    }
  })
}

function result(
  input: ParsedInput,
  all: ReadonlyArray<VolumeExhibit & { input: ParsedExhibit }>,
  numbers: BundleNumbers,
  layout: Layout,
  finished: readonly FinishedVolume[],
  skippedMessages: ReadonlyMap<string, string>,
  creationDate: Date,
  warnings: string[]
): BundleResult {
  const volumes: BundleVolume[] = finished.map((v, i) => ({ volume: i + 1, bytes: v.bytes, pageCount: v.pageCount }))
  const placed: PlacedExhibit[] = numbers.exhibits.map((n) => {
    const volume = layout.volumeOf.get(n.exhibitId)!
    return { exhibitId: n.exhibitId, label: n.label, volume, firstPageIndex: finished[volume - 1]!.firstPageIndex.get(n.exhibitId)!, pageCount: n.pageNumbers.length, pageNumbers: [...n.pageNumbers] }
  })
  const skipped: SkippedExhibit[] = all
    .filter((e) => skippedMessages.has(e.exhibitId))
    .map((e) => ({ exhibitId: e.exhibitId, title: e.title, message: skippedMessages.get(e.exhibitId)! }))
  const manifest: BundleManifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    title: input.title,
    reference: input.reference,
    generatedAt: creationDate.toISOString(),
    hashAlgorithm: 'SHA-256',
    exhibits: all.map((e) => {
      const n = layout.numbers.get(e.exhibitId)
      return {
        exhibitId: e.exhibitId,
        label: n?.label ?? NOT_INCLUDED_LABEL,
        title: e.title,
        fileName: e.input.fileName,
        sizeBytes: e.input.sizeBytes,
        sha256: e.input.sha256,
        firstPage: n ? n.pageNumbers[0]! : null,
        lastPage: n ? n.pageNumbers[n.pageNumbers.length - 1]! : null,
        volume: n ? layout.volumeOf.get(e.exhibitId)! : null
      }
    })
  }
  const out: BundleResult = { volumes, placed, skipped, numbering: freezeNumbering(numbers, creationDate), manifestJson: manifestJson(manifest) }
  if (warnings.length > 0) out.warnings = warnings
  return out
}
