// One volume of the bundle: exhibit pages placed in order, then (once numbering is known) the
// manifest annex at the end, the index at the front, the stamp on every page, index links,
// outline and metadata, and the saved bytes.
import { PDFDocument, StandardFonts, type PDFPage } from 'pdf-lib'
import type { FontSet } from '../fontSet'
import { writeOutline, type OutlineTarget } from '../pdfOutline'
import { PRODUCER } from '../renderDocument'
import { addIndexLink, drawIndex, type IndexHeader, type IndexSection } from './bundleIndex'
import { romanPageNumber, type ExhibitNumbers } from './bundleNumbering'
import { stampPage, type StampText } from './bundleStamp'
import { BundleText } from './bundleText'
import { placeExhibit, type ExhibitSource } from './exhibitPages'
import { drawManifestAnnex, type AnnexEntry } from './manifestAnnex'
import { writePdf } from './pdfWriter'

export interface VolumeExhibit extends ExhibitSource {
  exhibitId: string
  title: string
  sectionIndex: number
}

export interface PlacementReport {
  placed: Map<string, PDFPage[]>
  skipped: Map<string, string>
}

export const cancelled = (): DOMException => new DOMException('The bundle was cancelled.', 'AbortError')

export async function newVolumeDocument(): Promise<PDFDocument> {
  // updateMetadata: false, or pdf-lib stamps its own producer and the current time.
  return PDFDocument.create({ updateMetadata: false })
}

/** Places the exhibits in order; a bad one is reported and leaves nothing behind in the volume. */
export async function placeExhibits(
  doc: PDFDocument,
  exhibits: readonly VolumeExhibit[],
  onPlaced: () => void,
  signal: AbortSignal | undefined
): Promise<PlacementReport> {
  const placed = new Map<string, PDFPage[]>()
  const skipped = new Map<string, string>()
  for (const exhibit of exhibits) {
    if (signal?.aborted) throw cancelled()
    const outcome = await placeExhibit(doc, exhibit)
    if (outcome.ok) placed.set(exhibit.exhibitId, outcome.pages)
    else skipped.set(exhibit.exhibitId, outcome.message)
    onPlaced()
  }
  if (signal?.aborted) throw cancelled()
  return { placed, skipped }
}

export interface VolumeFinish {
  fonts: FontSet
  creationDate: Date
  title: string
  reference: string
  volume: number
  volumeCount: number
  /** The whole bundle's index (every volume carries all of it). */
  indexSections: readonly IndexSection[]
  sectionTitles: readonly string[]
  /** Placed exhibits of this volume, in order. */
  exhibits: readonly VolumeExhibit[]
  placed: ReadonlyMap<string, PDFPage[]>
  numbers: ReadonlyMap<string, ExhibitNumbers>
  /** Only the last volume carries the annex. */
  annex: { entries: readonly AnnexEntry[]; firstPage: number } | null
  onStage: (stage: 'index' | 'manifest' | 'saving') => void
}

export interface FinishedVolume {
  bytes: Uint8Array
  pageCount: number
  /** 1-based page index of each placed exhibit's first page in this volume. */
  firstPageIndex: Map<string, number>
}

export async function finishVolume(doc: PDFDocument, v: VolumeFinish): Promise<FinishedVolume> {
  const text = new BundleText(doc, v.fonts)
  const stampFonts = { bold: await doc.embedStandardFont(StandardFonts.HelveticaBold), regular: await doc.embedStandardFont(StandardFonts.Helvetica) }

  v.onStage('manifest')
  const annexPages = v.annex ? await drawManifestAnnex(doc, text, v.annex.entries) : []
  v.onStage('index')
  const header: IndexHeader = { title: v.title, reference: v.reference, volumeLine: v.volumeCount > 1 ? `Volume ${v.volume} of ${v.volumeCount}` : '' }
  const index = await drawIndex(doc, text, header, v.indexSections)

  const aside = v.volumeCount > 1 ? `Volume ${v.volume} of ${v.volumeCount}` : undefined
  const stamp = (page: PDFPage, main: string): number => {
    const label: StampText = aside ? { main, aside } : { main }
    return stampPage(page, label, stampFonts).top
  }
  const tops = new Map<PDFPage, number>()
  index.pages.forEach((page, i) => tops.set(page, stamp(page, `Bundle p. ${romanPageNumber(i + 1)} — Index`)))
  for (const exhibit of v.exhibits) {
    const pages = v.placed.get(exhibit.exhibitId)
    const numbers = v.numbers.get(exhibit.exhibitId)
    if (!pages || !numbers) continue
    pages.forEach((page, i) => tops.set(page, stamp(page, `Bundle p. ${numbers.pageNumbers[i]!} — Exhibit ${numbers.label}`)))
  }
  annexPages.forEach((page, i) => tops.set(page, stamp(page, `Bundle p. ${v.annex!.firstPage + i} — Integrity manifest`)))

  for (const hotspot of index.hotspots) {
    const first = v.placed.get(hotspot.exhibitId)?.[0]
    if (first) addIndexLink(doc, hotspot, first.ref, tops.get(first)!)
  }

  const outline: OutlineTarget[] = []
  const target = (page: PDFPage, title: string, level: number): OutlineTarget => ({ title, level, page: page.ref, top: tops.get(page)! })
  outline.push(target(index.pages[0]!, 'Index', 1))
  let section = -1
  for (const exhibit of v.exhibits) {
    const first = v.placed.get(exhibit.exhibitId)?.[0]
    const numbers = v.numbers.get(exhibit.exhibitId)
    if (!first || !numbers) continue
    if (exhibit.sectionIndex !== section) {
      section = exhibit.sectionIndex
      outline.push(target(first, v.sectionTitles[section]!, 1))
    }
    outline.push(target(first, `Exhibit ${numbers.label} — ${exhibit.title}`, 2))
  }
  if (annexPages[0]) outline.push(target(annexPages[0], 'Integrity manifest', 1))
  writeOutline(doc, outline)

  const volumeSuffix = v.volumeCount > 1 ? ` (volume ${v.volume} of ${v.volumeCount})` : ''
  doc.setTitle(`${v.title}${volumeSuffix}`, { showInWindowTitleBar: true })
  if (v.reference !== '') doc.setSubject(v.reference)
  doc.setProducer(PRODUCER)
  doc.setCreator('Redress')
  doc.setCreationDate(v.creationDate)
  doc.setModificationDate(v.creationDate)

  v.onStage('saving')
  const pages = doc.getPages()
  const position = new Map(pages.map((page, i) => [page, i + 1]))
  const firstPageIndex = new Map<string, number>()
  for (const [exhibitId, placedPages] of v.placed) firstPageIndex.set(exhibitId, position.get(placedPages[0]!)!)
  // No object streams: they save a little space and cost a lot of time on a 1,000-page bundle.
  const bytes = await writePdf(doc)
  return { bytes, pageCount: pages.length, firstPageIndex }
}
