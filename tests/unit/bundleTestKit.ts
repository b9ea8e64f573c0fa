// Helpers for the bundle builder's tests: exhibits from bytes, and reading built PDFs back with
// independent tools (poppler's pdftotext/pdftoppm, qpdf) and with pdf-lib's low-level objects.
import { randomUUID } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib'
import type { BundleExhibitInput } from '../../shared/pdf/bundle/bundleInput'
import { sha256File } from '../support/exhibitSamples'

export const outDir = join(tmpdir(), 'redress-bundle-tests')
mkdirSync(outDir, { recursive: true })

export function exhibit(kind: 'pdf' | 'jpeg' | 'png', bytes: Uint8Array, title: string, extra: Partial<BundleExhibitInput> = {}): BundleExhibitInput {
  return {
    exhibitId: randomUUID(),
    title,
    documentDate: null,
    kind,
    fileName: `${title.replace(/[^\p{L}\p{N}]+/gu, '-')}.${kind === 'jpeg' ? 'jpg' : kind}`,
    sizeBytes: bytes.length,
    sha256: sha256File(bytes),
    note: '',
    bytes: new Uint8Array(bytes),
    ...extra
  }
}

export function run(tool: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

export function writePdf(name: string, bytes: Uint8Array): string {
  const file = join(outDir, `${name}.pdf`)
  writeFileSync(file, bytes)
  return file
}

/** pdftotext of one page (1-based), whitespace collapsed. */
export function pageText(file: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).stdout.replace(/\s+/g, ' ').trim()
}

export function qpdfCheck(file: string): { status: number | null; out: string } {
  const result = run('qpdf', ['--check', file])
  return { status: result.status, out: result.stdout + result.stderr }
}

function decode(value: PDFObject | undefined): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText()
  throw new Error(`not a PDF string: ${String(value)}`)
}

export interface OutlineNode {
  title: string
  pageIndex: number
  children: OutlineNode[]
}

/** The /Outlines tree, each entry's /Dest resolved to a 0-based page index. */
export function readOutline(doc: PDFDocument): OutlineNode[] {
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i]))
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const walk = (first: PDFDict | undefined): OutlineNode[] => {
    const out: OutlineNode[] = []
    for (let node = first; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const dest = node.lookup(PDFName.of('Dest'), PDFArray)
      out.push({ title: decode(node.get(PDFName.of('Title'))), pageIndex: pageIndex.get(dest.get(0).toString()) ?? -1, children: walk(node.lookupMaybe(PDFName.of('First'), PDFDict)) })
    }
    return out
  }
  return root ? walk(root.lookupMaybe(PDFName.of('First'), PDFDict)) : []
}

export interface LinkAnnotation {
  /** 0-based page the link sits on, and the 0-based page it goes to. */
  onPage: number
  toPage: number
  rect: number[]
}

export function readLinks(doc: PDFDocument): LinkAnnotation[] {
  const pages = doc.getPages()
  const pageIndex = new Map(pages.map((page, i) => [page.ref.toString(), i]))
  const links: LinkAnnotation[] = []
  pages.forEach((page, onPage) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    for (const item of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(item, PDFDict)
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue
      const dest = annot.lookup(PDFName.of('Dest'), PDFArray)
      const target = dest.get(0)
      if (!(target instanceof PDFRef)) throw new Error('link destination is not a page reference')
      links.push({ onPage, toPage: pageIndex.get(target.toString()) ?? -1, rect: annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber()) })
    }
  })
  return links
}

export function box(doc: PDFDocument, pageIndex: number, name = 'MediaBox'): number[] {
  const page = doc.getPage(pageIndex)
  return page.node.lookup(PDFName.of(name), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber())
}

/** Renders one page to an 8-bit grey PGM and returns its pixels (row-major) and size. */
export function renderGrey(file: string, page: number, dpi = 20): { width: number; height: number; at(x: number, y: number): number } {
  const prefix = join(outDir, `grey-${randomUUID()}`)
  const result = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix])
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${String(result.stderr)}`)
  const pgm = readFileSync(`${prefix}.pgm`)
  rmSync(`${prefix}.pgm`)
  // P5\n<w> <h>\n<max>\n<data>
  let offset = 0
  const fields: string[] = []
  while (fields.length < 4) {
    let token = ''
    while (/\s/.test(String.fromCharCode(pgm[offset]!))) offset++
    while (!/\s/.test(String.fromCharCode(pgm[offset]!))) token += String.fromCharCode(pgm[offset++]!)
    fields.push(token)
  }
  offset++
  const width = Number(fields[1])
  const height = Number(fields[2])
  return { width, height, at: (x, y) => pgm[offset + Math.floor(y) * width + Math.floor(x)]! }
}
