// Pre-flight of a PDF exhibit: can the bundle builder use it, how many pages it has, whether it has
// a text layer, and the creation day its metadata records. Never throws: every problem becomes a
// finding the lawyer can act on, so one bad file never stops the others.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFInvalidObject, PDFName, PDFRef, PDFStream, PDFString } from 'pdf-lib'
import type { PDFObject } from 'pdf-lib'
import { IsoDate } from '../domain/primitives'
import type { PreflightFinding } from './exhibitRecord'
import { pdfHeaderOffset } from './fileKind'

export interface PdfInspection {
  /** null when the file could not be opened. */
  pageCount: number | null
  hasTextLayer: boolean | null
  /** The day in the Info dictionary's CreationDate, as written (the author's local day). */
  creationDay: string | null
  findings: PreflightFinding[]
}

export const pdfMessages = {
  empty: 'This file is empty (0 bytes), so there is nothing to file. Add the document again from its original source.',
  encrypted:
    'This PDF is password-protected or encrypted, so it cannot be bundled. Remove the protection (open it and print it to a new PDF, or run "qpdf --decrypt"), then add the unprotected copy.',
  truncated:
    'This PDF is incomplete: the file stops before its end, as an interrupted download or copy leaves it. Get a complete copy from the source and add it again.',
  corrupt:
    'This PDF is damaged and cannot be read reliably. Open it in a PDF reader and save or print it to a new PDF, or get a fresh copy from the source, then add it again.',
  noPages: 'This PDF has no pages, so there is nothing to put in the bundle. Check that the right file was chosen.',
  noTextLayer:
    'This PDF has no text layer: it looks scanned. Run OCR on it before filing so the CCF can search and quote it. It can still be bundled as it is.'
} as const

const EOF_WINDOW = 2048
/** Trailers (and linearised first-page trailers) sit at the ends of the file; 64 KiB covers them. */
const TRAILER_WINDOW = 65_536
/** Form XObjects can nest; real files rarely go beyond 3 levels, and a cycle must not hang intake. */
const MAX_FORM_DEPTH = 8

export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const failed = (code: PreflightFinding['code'], message: string): PdfInspection => ({
    pageCount: null,
    hasTextLayer: null,
    creationDay: null,
    findings: [{ code, severity: 'error', message }]
  })
  if (bytes.length === 0) return failed('empty-file', pdfMessages.empty)
  if (pdfHeaderOffset(bytes) === null) return failed('corrupt-pdf', pdfMessages.corrupt)
  if (hasEncryptDictionary(bytes)) return failed('encrypted-pdf', pdfMessages.encrypted)
  // pdf-lib ignores the cross-reference table and parses objects in order, so a file cut after its
  // last page object "loads" with every page present; the missing %%EOF is what gives it away.
  if (!endsWithEofMarker(bytes)) return failed('truncated-pdf', pdfMessages.truncated)

  let doc: PDFDocument
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false })
  } catch (error) {
    // pdf-lib's EncryptedPDFError is an ES5 subclass of Error, so instanceof does not work on it.
    if (error instanceof Error && /is encrypted/.test(error.message)) return failed('encrypted-pdf', pdfMessages.encrypted)
    return failed('corrupt-pdf', pdfMessages.corrupt)
  }
  if (doc.isEncrypted) return failed('encrypted-pdf', pdfMessages.encrypted)

  let pages: PDFDict[]
  try {
    pages = doc.getPages().map((page) => page.node)
  } catch {
    return failed('corrupt-pdf', pdfMessages.corrupt)
  }
  const creationDay = readCreationDay(doc)
  if (pages.length === 0) return { pageCount: 0, hasTextLayer: null, creationDay, findings: [{ code: 'no-pages', severity: 'error', message: pdfMessages.noPages }] }
  if (!pages.every((page) => pageObjectsResolve(doc, page))) return failed('corrupt-pdf', pdfMessages.corrupt)

  const hasTextLayer = pages.some((page) => resourcesHaveFonts(doc, inheritedResources(doc, page), 0))
  const findings: PreflightFinding[] = hasTextLayer ? [] : [{ code: 'no-text-layer', severity: 'warning', message: pdfMessages.noTextLayer }]
  return { pageCount: pages.length, hasTextLayer, creationDay, findings }
}

/** A trailer (classic or cross-reference stream) with /Encrypt, which is how PDF marks encryption. */
function hasEncryptDictionary(bytes: Uint8Array): boolean {
  const pattern = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/
  const head = latin1(bytes.subarray(0, TRAILER_WINDOW))
  if (pattern.test(head)) return true
  return bytes.length > TRAILER_WINDOW && pattern.test(latin1(bytes.subarray(bytes.length - TRAILER_WINDOW)))
}

function endsWithEofMarker(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW))).includes('%%EOF')
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes)
}

/** What a reference points at; undefined when the object is missing or could not be parsed. */
function resolve(doc: PDFDocument, value: PDFObject | undefined): PDFObject | undefined {
  const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value
  return resolved instanceof PDFInvalidObject ? undefined : resolved
}

/**
 * Each page's content streams and the fonts and images it names must exist. A file cut short, or
 * with a damaged object, loads in pdf-lib with holes where those objects were; copying such a page
 * into the bundle would silently produce a blank or broken page.
 */
function pageObjectsResolve(doc: PDFDocument, page: PDFDict): boolean {
  const contents = page.get(PDFName.of('Contents'))
  if (contents !== undefined) {
    const resolved = resolve(doc, contents)
    if (resolved instanceof PDFArray) {
      if (!resolved.asArray().every((item) => resolve(doc, item) instanceof PDFStream)) return false
    } else if (!(resolved instanceof PDFStream)) {
      return false
    }
  }
  const resources = inheritedResources(doc, page)
  if (!resources) return true
  for (const category of ['Font', 'XObject']) {
    const entries = resolve(doc, resources.get(PDFName.of(category)))
    if (entries === undefined) continue
    if (!(entries instanceof PDFDict)) return false
    for (const value of entries.values()) {
      if (resolve(doc, value) === undefined) return false
    }
  }
  return true
}

/** /Resources may sit on the page or on any ancestor in the page tree (PDF 32000-1 §7.7.3.4). */
function inheritedResources(doc: PDFDocument, page: PDFDict): PDFDict | undefined {
  let node: PDFDict | undefined = page
  for (let depth = 0; node && depth < 64; depth++) {
    const resources = resolve(doc, node.get(PDFName.of('Resources')))
    if (resources instanceof PDFDict) return resources
    const parent = resolve(doc, node.get(PDFName.of('Parent')))
    node = parent instanceof PDFDict ? parent : undefined
  }
  return undefined
}

/**
 * Text-layer heuristic: a page has text when its resources (or a Form XObject it uses) name at
 * least one font. Scans without OCR carry only images; OCR'd scans carry an (invisible) font, and
 * born-digital PDFs always do. A font used only for a header stamp would count as text — rare
 * enough that a false "has text" is acceptable, while a false "scanned" would nag the lawyer.
 */
function resourcesHaveFonts(doc: PDFDocument, resources: PDFDict | undefined, depth: number): boolean {
  if (!resources || depth > MAX_FORM_DEPTH) return false
  const fonts = resolve(doc, resources.get(PDFName.of('Font')))
  if (fonts instanceof PDFDict && fonts.keys().length > 0) return true
  const xObjects = resolve(doc, resources.get(PDFName.of('XObject')))
  if (!(xObjects instanceof PDFDict)) return false
  for (const value of xObjects.values()) {
    const xObject = resolve(doc, value)
    if (!(xObject instanceof PDFStream)) continue
    if (xObject.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) continue
    const formResources = resolve(doc, xObject.dict.get(PDFName.of('Resources')))
    if (formResources instanceof PDFDict && resourcesHaveFonts(doc, formResources, depth + 1)) return true
  }
  return false
}

/** "D:20240311…" → "2024-03-11"; null when absent, partial (year only) or not a real day. */
function readCreationDay(doc: PDFDocument): string | null {
  try {
    const infoRef = doc.context.trailerInfo.Info
    const info = resolve(doc, infoRef)
    if (!(info instanceof PDFDict)) return null
    const raw = resolve(doc, info.get(PDFName.of('CreationDate')))
    if (!(raw instanceof PDFString || raw instanceof PDFHexString)) return null
    const match = /^\s*(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(raw.decodeText())
    if (!match) return null
    const day = `${match[1]}-${match[2]}-${match[3]}`
    return IsoDate.safeParse(day).success ? day : null
  } catch {
    return null
  }
}
