// The bundle builder end to end on generated exhibits, checked with independent tools: qpdf --check
// on every output, pdftotext for every page's stamp, pdftoppm renders for where the band and images
// land, and pdf-lib's low-level objects for the outline and the index links.
import { PDFDocument, degrees } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { BundleManifest } from '../../shared/exhibits/bundleManifest'
import { buildBundle } from '../../shared/pdf/bundle'
import type { BundleInput, BundleResult } from '../../shared/pdf/bundle/bundleInput'
import { STAMP_BAND } from '../../shared/pdf/bundle/bundleStamp'
import { opaquePng } from '../bench/bundleBenchExhibits'
import { notoFontSet } from '../bench/pdfFonts'
import { encryptedPdf, samplePdf, samplePng, sampleJpeg, sha256File, truncatedPdf } from '../support/exhibitSamples'
import { box, exhibit, pageText, qpdfCheck, readLinks, readOutline, renderGrey, writePdf } from './bundleTestKit'

const creationDate = new Date('2026-11-20T10:00:00Z')
const build = (input: BundleInput, extra: Partial<Parameters<typeof buildBundle>[1]> = {}): Promise<BundleResult> =>
  buildBundle(input, { creationDate, fonts: notoFontSet(), ...extra })

describe('a bundle of PDFs and images', () => {
  let input: BundleInput
  let result: BundleResult
  let file: string
  let doc: PDFDocument
  let indexPages: number
  const exhibitPages = [3, 2, 1, 4]

  beforeAll(async () => {
    input = {
      title: 'Evidence bundle — Yılmaz v. INTERPOL',
      reference: 'CCF/2026/0117',
      sections: [
        {
          title: 'A. Proceedings in the requesting country',
          exhibits: [
            exhibit('pdf', await samplePdf({ pages: 3, label: 'Arrest warrant', ownPageNumbers: true }), 'Arrest warrant of the Ankara 2nd Criminal Court of Peace', { documentDate: '2024-03-11' }),
            exhibit('pdf', await samplePdf({ pages: 2, label: 'Decision' }), 'Постановление об отказе в экстрадиции', { note: 'Translation of Exhibit 1' })
          ]
        },
        {
          title: 'B. Findings of international bodies',
          exhibits: [
            exhibit('png', samplePng(600, 800), 'ئۇيغۇر كىشىلىك ھوقۇق دوكلاتى'),
            exhibit('pdf', await samplePdf({ pages: 4, label: 'Opinion' }), '联合国任意拘留问题工作组意见 No. 8/2025')
          ]
        }
      ]
    }
    result = await build(input)
    file = writePdf('bundle-basic', result.volumes[0]!.bytes)
    doc = await PDFDocument.load(result.volumes[0]!.bytes)
    indexPages = result.placed[0]!.firstPageIndex - 1
  })

  it('passes qpdf --check', () => {
    const check = qpdfCheck(file)
    expect(check.out).toContain('No syntax or stream encoding errors')
    expect(check.status).toBe(0)
  })

  it('has index pages + manifest pages + every exhibit page, nothing else', () => {
    expect(result.volumes).toHaveLength(1)
    expect(result.skipped).toEqual([])
    expect(indexPages).toBeGreaterThanOrEqual(1)
    const manifestPages = result.volumes[0]!.pageCount - indexPages - exhibitPages.reduce((a, b) => a + b, 0)
    expect(manifestPages).toBeGreaterThanOrEqual(1)
    expect(doc.getPageCount()).toBe(result.volumes[0]!.pageCount)
    // The manifest pages are the ones stamped "Integrity manifest", and only those.
    const annexStamped = Array.from({ length: doc.getPageCount() }, (_, i) => pageText(file, i + 1)).filter((t) => t.includes('— Integrity manifest')).length
    expect(annexStamped).toBe(manifestPages)
  })

  it('numbers exhibits 1…n in section order and pages continuously', () => {
    expect(result.placed.map((p) => p.label)).toEqual(['1', '2', '3', '4'])
    expect(result.placed.map((p) => p.pageCount)).toEqual(exhibitPages)
    expect(result.placed.flatMap((p) => p.pageNumbers)).toEqual(Array.from({ length: 10 }, (_, i) => String(i + 1)))
    let next = indexPages + 1
    for (const placed of result.placed) {
      expect(placed.firstPageIndex).toBe(next)
      next += placed.pageCount
    }
  })

  it('stamps every page: index in roman numerals, exhibits with their bundle page and label, then the annex', () => {
    for (let i = 1; i <= indexPages; i++) expect(pageText(file, i)).toContain(`Bundle p. ${['i', 'ii', 'iii'][i - 1]} — Index`)
    for (const placed of result.placed)
      placed.pageNumbers.forEach((n, k) => expect(pageText(file, placed.firstPageIndex + k)).toContain(`Bundle p. ${n} — Exhibit ${placed.label}`))
    const last = result.volumes[0]!.pageCount
    expect(pageText(file, last)).toContain('Bundle p. 11 — Integrity manifest')
  })

  it("keeps the document's own page number readable next to the stamp", () => {
    const first = result.placed[0]!.firstPageIndex
    const text = pageText(file, first + 1)
    expect(text).toContain('Page 2')
    expect(text).toContain('Bundle p. 2 — Exhibit 1')
    // The band was added below the page: the original A4 box is intact above it.
    expect(box(doc, first)).toEqual([0, -STAMP_BAND, 595.28, 841.89])
  })

  it('lists every exhibit in the index, each row linking to its first page', () => {
    const text = Array.from({ length: indexPages }, (_, i) => pageText(file, i + 1)).join(' ')
    expect(text).toContain('Evidence bundle — Yılmaz v. INTERPOL')
    expect(text).toContain('CCF/2026/0117')
    expect(text).toContain('A. Proceedings in the requesting country')
    expect(text).toContain('Постановление об отказе в экстрадиции')
    expect(text).toContain('Translation of Exhibit 1')
    expect(text).toContain('2024-03-11')
    expect(text).toContain('undated')
    const links = readLinks(doc)
    expect(links).toHaveLength(4)
    expect(links.every((l) => l.onPage < indexPages)).toBe(true)
    // Rows top to bottom are exhibits in order: sort by the rectangle's top edge.
    const ordered = [...links].sort((a, b) => a.onPage - b.onPage || b.rect[3]! - a.rect[3]!)
    expect(ordered.map((l) => l.toPage + 1)).toEqual(result.placed.map((p) => p.firstPageIndex))
  })

  it('has one bookmark per section with one child per exhibit, plus Index and Integrity manifest', () => {
    const outline = readOutline(doc)
    expect(outline.map((n) => n.title)).toEqual(['Index', 'A. Proceedings in the requesting country', 'B. Findings of international bodies', 'Integrity manifest'])
    const children = outline.flatMap((n) => n.children)
    expect(children).toHaveLength(4)
    expect(children[1]!.title).toBe('Exhibit 2 — Постановление об отказе в экстрадиции')
    expect(children.map((c) => c.pageIndex + 1)).toEqual(result.placed.map((p) => p.firstPageIndex))
    expect(outline[0]!.pageIndex).toBe(0)
    expect(outline[3]!.pageIndex).toBe(indexPages + 10)
  })

  it('lists each original with its size and full SHA-256 in the annex and in manifest.json', () => {
    const annex = pageText(file, result.volumes[0]!.pageCount)
    const all = input.sections.flatMap((s) => s.exhibits)
    const compact = annex.replace(/\s/g, '')
    for (const e of all) expect(annex).toContain(sha256File(e.bytes))
    // Long names wrap; right-to-left names come back from pdftotext in visual order, so Latin, Cyrillic and CJK only.
    for (const e of [all[0]!, all[1]!, all[3]!]) expect(compact).toContain(e.fileName)
    expect(annex).toContain('1,696 bytes'.replace('1,696', (all[0]!.sizeBytes).toLocaleString('en-US')))
    expect(annex).toContain('1–3')
    expect(annex).toContain('7–10')
    const manifest = BundleManifest.parse(JSON.parse(result.manifestJson))
    expect(manifest.generatedAt).toBe(creationDate.toISOString())
    expect(manifest.exhibits.map((e) => e.sha256)).toEqual(all.map((e) => sha256File(e.bytes)))
    expect(manifest.exhibits.map((e) => [e.firstPage, e.lastPage])).toEqual([['1', '3'], ['4', '5'], ['6', '6'], ['7', '10']])
  })

  it('writes the metadata with the given date and freezes the numbering it used', () => {
    expect(doc.getTitle()).toBe('Evidence bundle — Yılmaz v. INTERPOL')
    expect(doc.getSubject()).toBe('CCF/2026/0117')
    expect(doc.getCreator()).toBe('Redress')
    expect(doc.getCreationDate()?.toISOString()).toBe(creationDate.toISOString())
    expect(result.numbering.frozenAt).toBe(creationDate.toISOString())
    expect(result.numbering.exhibits.map((e) => e.pageNumbers.length)).toEqual(exhibitPages)
  })

  it('prints the reference under the title on the index, but not twice when the title already names it', async () => {
    expect(pageText(file, 1)).toContain('CCF/2026/0117')
    const named = await build({ ...input, title: 'Evidence bundle — CCF/2026/0117', sections: [input.sections[0]!] })
    const text = pageText(writePdf('bundle-title-reference', named.volumes[0]!.bytes), 1)
    expect(text.split('CCF/2026/0117').length - 1).toBe(1)
  })
})

describe('page orientation', () => {
  it('puts the band on the visual bottom of a page turned with /Rotate 90, 180 and 270', async () => {
    const rotated = async (rotate: 0 | 90 | 180 | 270) => exhibit('pdf', await samplePdf({ pages: 1, label: `Rotated ${rotate}`, rotate }), `Rotated ${rotate}`)
    const input: BundleInput = { title: 'Rotation', sections: [{ title: 'Pages', exhibits: [await rotated(90), await rotated(180), await rotated(270)] }] }
    const result = await build(input)
    const file = writePdf('bundle-rotated', result.volumes[0]!.bytes)
    const doc = await PDFDocument.load(result.volumes[0]!.bytes)
    const [p90, p180, p270] = result.placed.map((p) => p.firstPageIndex - 1)
    // In the page's own (unrotated) space the band grows the edge that is seen as the bottom.
    expect(box(doc, p90!)).toEqual([0, 0, 595.28 + STAMP_BAND, 841.89])
    expect(box(doc, p180!)).toEqual([0, 0, 595.28, 841.89 + STAMP_BAND])
    expect(box(doc, p270!)).toEqual([-STAMP_BAND, 0, 595.28, 841.89])
    expect(doc.getPage(p90!).getRotation()).toEqual(degrees(90))
    for (const [i, index] of [p90!, p180!, p270!].entries()) {
      expect(pageText(file, index + 1)).toContain(`Bundle p. ${i + 1} — Exhibit ${i + 1}`)
      // Rendered as a viewer shows it, the tinted band is the bottom strip, the top strip is white.
      const page = renderGrey(file, index + 1)
      const bandRow = page.height - 2
      const tinted = Array.from({ length: 10 }, (_, k) => page.at((page.width * (k + 0.5)) / 10, bandRow))
      expect(Math.max(...tinted)).toBeLessThan(245)
      expect(page.at(page.width / 2, 1)).toBeGreaterThan(250)
    }
    expect(qpdfCheck(file).status).toBe(0)
  })

  it('places a JPEG with EXIF orientation 6 upright on a portrait A4 page', async () => {
    // Stored 800 × 600 (landscape) with its dark quadrant top-left; orientation 6 means "turn 90° clockwise".
    const input: BundleInput = { title: 'Photo', sections: [{ title: 'Photos', exhibits: [exhibit('jpeg', sampleJpeg(800, 600, 6), 'Photo of the summons')] }] }
    const result = await build(input)
    const file = writePdf('bundle-exif6', result.volumes[0]!.bytes)
    const doc = await PDFDocument.load(result.volumes[0]!.bytes)
    const index = result.placed[0]!.firstPageIndex - 1
    const { width, height } = doc.getPage(index).getSize()
    expect(height - STAMP_BAND).toBeGreaterThan(width)
    // Turned clockwise, the stored top-left quadrant is seen top-right.
    const page = renderGrey(file, index + 1, 30)
    const imageTop = page.height * 0.25
    expect(page.at(page.width * 0.7, imageTop)).toBeLessThan(80)
    expect(page.at(page.width * 0.3, imageTop)).toBeGreaterThan(180)
    expect(page.at(page.width * 0.3, page.height * 0.7)).toBeGreaterThan(180)
  })

  it('puts a landscape image on a landscape page', async () => {
    const input: BundleInput = { title: 'Photo', sections: [{ title: 'Photos', exhibits: [exhibit('png', samplePng(900, 500), 'Wide scan')] }] }
    const result = await build(input)
    const doc = await PDFDocument.load(result.volumes[0]!.bytes)
    const { width, height } = doc.getPage(result.placed[0]!.firstPageIndex - 1).getSize()
    expect(width).toBeCloseTo(841.89, 1)
    expect(height).toBeCloseTo(595.28 + STAMP_BAND, 1)
  })
})

describe('bad exhibits', () => {
  it('leaves out encrypted, truncated and empty files with a clear message while the others build', async () => {
    const good1 = exhibit('pdf', await samplePdf({ pages: 2, label: 'Good one' }), 'Good one')
    const locked = exhibit('pdf', await encryptedPdf(), 'Locked ruling')
    const cut = exhibit('pdf', truncatedPdf(await samplePdf({ pages: 6, label: 'Cut' }), 0.6), 'Interrupted download')
    const empty = exhibit('pdf', new Uint8Array(0), 'Empty file')
    const brokenImage = exhibit('jpeg', sampleJpeg(600, 800).slice(0, 400), 'Broken photo')
    const good2 = exhibit('png', samplePng(600, 800), 'Good two')
    const originals = [good1, locked, cut, empty, brokenImage, good2].map((e) => e.bytes.slice())
    const input: BundleInput = { title: 'Mixed', sections: [{ title: 'All', exhibits: [good1, locked, cut, empty, brokenImage, good2] }] }
    const result = await build(input)
    const file = writePdf('bundle-bad-inputs', result.volumes[0]!.bytes)

    expect(result.placed.map((p) => p.exhibitId)).toEqual([good1.exhibitId, good2.exhibitId])
    expect(result.placed.map((p) => p.label)).toEqual(['1', '2'])
    const messages = new Map(result.skipped.map((s) => [s.exhibitId, s.message]))
    expect(messages.get(locked.exhibitId)).toMatch(/password-protected or encrypted/)
    expect(messages.get(cut.exhibitId)).toMatch(/incomplete/)
    expect(messages.get(empty.exhibitId)).toMatch(/empty \(0 bytes\)/)
    expect(messages.get(brokenImage.exhibitId)).toMatch(/cannot be read/)
    expect(result.skipped.map((s) => s.title)).toEqual(['Locked ruling', 'Interrupted download', 'Empty file', 'Broken photo'])
    expect(qpdfCheck(file).status).toBe(0)

    // The annex still accounts for every file, saying why some are not in the bundle.
    const annex = pageText(file, result.volumes[0]!.pageCount)
    expect(annex).toContain(sha256File(locked.bytes))
    expect(annex).toContain('Not included: This PDF is password-protected')
    const manifest = BundleManifest.parse(JSON.parse(result.manifestJson))
    expect(manifest.exhibits.filter((e) => e.firstPage === null).map((e) => e.exhibitId)).toEqual([locked.exhibitId, cut.exhibitId, empty.exhibitId, brokenImage.exhibitId])
    // The inputs were not touched.
    ;[good1, locked, cut, empty, brokenImage, good2].forEach((e, i) => expect(e.bytes).toEqual(originals[i]))
  })

  it('leaves out a file whose bytes are not the size recorded when it was added', async () => {
    const bytes = await samplePdf({ pages: 1 })
    const input: BundleInput = { title: 'Size', sections: [{ title: 'All', exhibits: [exhibit('pdf', bytes, 'Changed', { sizeBytes: bytes.length + 1 })] }] }
    const result = await build(input)
    expect(result.placed).toEqual([])
    expect(result.skipped[0]!.message).toMatch(/not the size recorded when it was added/)
  })

  it('rejects an exhibit listed twice, naming it', async () => {
    const e = exhibit('pdf', await samplePdf(), 'Twice listed')
    await expect(build({ title: 'Dup', sections: [{ title: 'A', exhibits: [e] }, { title: 'B', exhibits: [e] }] })).rejects.toThrow(/"Twice listed" is in the bundle twice/)
  })
})

describe('progress and cancelling', () => {
  it('reports progress once per exhibit and stops with an AbortError when cancelled', async () => {
    const exhibits = await Promise.all([1, 2, 3, 4].map(async (n) => exhibit('pdf', await samplePdf({ pages: 2 }), `Exhibit ${n}`)))
    const seen: Array<[string, number, number]> = []
    await build({ title: 'Progress', sections: [{ title: 'All', exhibits }] }, { onProgress: (p) => seen.push([p.stage, p.done, p.total]) })
    expect(seen.filter(([stage]) => stage === 'exhibits').map(([, done]) => done)).toEqual([0, 1, 2, 3, 4])
    expect(seen.map(([stage]) => stage)).toContain('saving')

    const controller = new AbortController()
    const run = build({ title: 'Cancelled', sections: [{ title: 'All', exhibits }] }, {
      onProgress: (p) => {
        if (p.stage === 'exhibits' && p.done === 2) controller.abort()
      },
      signal: controller.signal
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError', message: 'The bundle was cancelled.' })
  })
})

describe('late insertions', () => {
  it('numbers an exhibit added after serving as 2A on pages 3A, 3B and leaves every served number unchanged', async () => {
    const [a, b, c] = await Promise.all([2, 1, 2].map(async (pages, i) => exhibit('pdf', await samplePdf({ pages, label: `Served ${i + 1}` }), `Served ${i + 1}`)))
    const served = await build({ title: 'Served', sections: [{ title: 'All', exhibits: [a!, b!, c!] }] })
    const late = exhibit('pdf', await samplePdf({ pages: 2, label: 'Late' }), 'Late addition')
    const result = await build({ title: 'Served', sections: [{ title: 'All', exhibits: [a!, b!, late, c!] }], numbering: served.numbering })
    expect(result.placed.map((p) => [p.label, p.pageNumbers])).toEqual([['1', ['1', '2']], ['2', ['3']], ['2A', ['3A', '3B']], ['3', ['4', '5']]])
    for (const frozen of served.numbering.exhibits) expect(result.numbering.exhibits.find((e) => e.exhibitId === frozen.exhibitId)).toEqual(frozen)
    const file = writePdf('bundle-late', result.volumes[0]!.bytes)
    const lateFirst = result.placed[2]!.firstPageIndex
    expect(pageText(file, lateFirst)).toContain('Bundle p. 3A — Exhibit 2A')
    expect(pageText(file, lateFirst + 1)).toContain('Bundle p. 3B — Exhibit 2A')
    expect(pageText(file, lateFirst + 2)).toContain('Bundle p. 4 — Exhibit 3')
    expect(pageText(file, result.volumes[0]!.pageCount)).toContain('Bundle p. 6 — Integrity manifest')
    expect(pageText(file, 1)).toMatch(/2A Late addition undated 3A/)
    expect(qpdfCheck(file).status).toBe(0)
  })

  it('refuses to build when a served exhibit changed its page count, saying how to renumber', async () => {
    const a = exhibit('pdf', await samplePdf({ pages: 2 }), 'Served')
    const served = await build({ title: 'Served', sections: [{ title: 'All', exhibits: [a] }] })
    const replaced = { ...a, ...exhibit('pdf', await samplePdf({ pages: 3 }), 'Served'), exhibitId: a.exhibitId }
    await expect(build({ title: 'Served', sections: [{ title: 'All', exhibits: [replaced] }], numbering: served.numbering })).rejects.toThrow(/Clear the frozen numbering/)
  })
})

describe('volumes', () => {
  it('splits a bundle over the size limit into volumes with continuous numbering, the manifest in the last', async () => {
    const exhibits = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (i) => (i % 2 === 0 ? exhibit('jpeg', sampleJpeg(1200 + i * 8, 1600), `Photo ${i + 1}`) : exhibit('pdf', await samplePdf({ pages: 3, label: `Report ${i + 1}` }), `Report ${i + 1}`)))
    )
    const input: BundleInput = { title: 'Large', sections: [{ title: 'Photos and reports', exhibits }] }
    const whole = await build(input)
    const maxBytes = Math.round(whole.volumes[0]!.bytes.length / 2.2)
    const result = await build({ ...input, maxBytes })

    expect(result.volumes.length).toBeGreaterThanOrEqual(2)
    expect(result.warnings).toBeUndefined()
    expect(result.placed.map((p) => p.label)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(result.placed.flatMap((p) => p.pageNumbers)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)))
    const volumeOf = result.placed.map((p) => p.volume)
    expect(volumeOf).toEqual([...volumeOf].sort((x, y) => x - y))
    const stamps: string[] = []
    for (const volume of result.volumes) {
      expect(volume.bytes.length).toBeLessThanOrEqual(maxBytes)
      const file = writePdf(`bundle-volume-${volume.volume}`, volume.bytes)
      expect(qpdfCheck(file).status).toBe(0)
      const doc = await PDFDocument.load(volume.bytes)
      const texts = Array.from({ length: volume.pageCount }, (_, i) => pageText(file, i + 1))
      stamps.push(...texts.flatMap((t) => /Bundle p\. (\d+) — Exhibit/.exec(t)?.[1] ?? []))
      expect(texts.some((t) => t.includes('Integrity manifest'))).toBe(volume.volume === result.volumes.length)
      expect(texts.every((t) => t.includes(`Volume ${volume.volume} of ${result.volumes.length}`))).toBe(true)
      // The full index in every volume; links only to this volume's exhibits, each to its first page.
      expect(texts[0]).toContain('Vol. 1 p. 1')
      expect(texts[0]).toContain(`Vol. ${result.volumes.length} p.`)
      const mine = result.placed.filter((p) => p.volume === volume.volume)
      const links = readLinks(doc).sort((x, y) => x.onPage - y.onPage || y.rect[3]! - x.rect[3]!)
      expect(links.map((l) => l.toPage + 1)).toEqual(mine.map((p) => p.firstPageIndex))
      expect(readOutline(doc).flatMap((n) => n.children)).toHaveLength(mine.length)
    }
    expect(stamps).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)))
    const manifest = BundleManifest.parse(JSON.parse(result.manifestJson))
    expect(manifest.exhibits.map((e) => e.volume)).toEqual(volumeOf)
  })

  it('gives an exhibit larger than the limit a volume of its own and says so', async () => {
    const small = exhibit('pdf', await samplePdf({ pages: 1 }), 'Small letter')
    const big = exhibit('jpeg', sampleJpeg(2400, 3200), 'Huge photo')
    const another = exhibit('pdf', await samplePdf({ pages: 1 }), 'Another letter')
    const result = await build({ title: 'Limit', sections: [{ title: 'All', exhibits: [small, big, another] }], maxBytes: Math.round(big.bytes.length * 0.6) })
    expect(result.volumes).toHaveLength(3)
    expect(result.placed.map((p) => p.volume)).toEqual([1, 2, 3])
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings![0]).toMatch(/Exhibit 2 \("Huge photo"\) is larger than the .* size limit on its own, so volume 2 exceeds the limit/)
  })
})

describe('PNG exhibits without transparency', () => {
  it('embeds RGB and greyscale PNGs as they are (no re-encoding) and they render the right way up', async () => {
    const rgb = opaquePng(600, 800, 2)
    const grey = opaquePng(600, 800, 0)
    const input: BundleInput = { title: 'PNG', sections: [{ title: 'Scans', exhibits: [exhibit('png', rgb, 'RGB scan'), exhibit('png', grey, 'Grey scan')] }] }
    const result = await build(input)
    const file = writePdf('bundle-png-direct', result.volumes[0]!.bytes)
    expect(qpdfCheck(file).status).toBe(0)
    // The PNG's compressed image data appears unchanged in the PDF.
    const idat = (png: Uint8Array) => {
      const at = Buffer.from(png).indexOf('IDAT')
      return Buffer.from(png.subarray(at + 4, at + 4 + 64))
    }
    const pdf = Buffer.from(result.volumes[0]!.bytes)
    expect(pdf.indexOf(idat(rgb))).toBeGreaterThan(0)
    expect(pdf.indexOf(idat(grey))).toBeGreaterThan(0)
    for (const placed of result.placed) {
      const page = renderGrey(file, placed.firstPageIndex, 30)
      // Dark quadrant top-left of the image, light elsewhere.
      expect(page.at(page.width * 0.3, page.height * 0.3)).toBeLessThan(80)
      expect(page.at(page.width * 0.7, page.height * 0.3)).toBeGreaterThan(180)
      expect(page.at(page.width * 0.3, page.height * 0.7)).toBeGreaterThan(180)
    }
  })
})

describe('page boxes and long bundles', () => {
  it('adds the band below the visible (cropped) page and grows the CropBox with it', async () => {
    const source = await PDFDocument.load(await samplePdf({ pages: 1, label: 'Cropped', ownPageNumbers: true }))
    source.getPage(0).setCropBox(20, 10, 555, 820)
    const input: BundleInput = { title: 'Crop', sections: [{ title: 'All', exhibits: [exhibit('pdf', await source.save(), 'Cropped page')] }] }
    const result = await build(input)
    const file = writePdf('bundle-cropbox', result.volumes[0]!.bytes)
    const doc = await PDFDocument.load(result.volumes[0]!.bytes)
    const index = result.placed[0]!.firstPageIndex - 1
    // The band starts at the crop's bottom (y = 10) and reaches below the MediaBox, which grows too.
    expect(box(doc, index, 'CropBox')).toEqual([20, 10 - STAMP_BAND, 575, 830])
    expect(box(doc, index, 'MediaBox')).toEqual([0, 10 - STAMP_BAND, 595.28, 841.89])
    expect(pageText(file, index + 1)).toContain('Page 1')
    expect(pageText(file, index + 1)).toContain('Bundle p. 1 — Exhibit 1')
    const page = renderGrey(file, index + 1)
    expect(page.at(page.width / 2, page.height - 2)).toBeLessThan(245)
    expect(qpdfCheck(file).status).toBe(0)
  })

  it('runs the index and the manifest over several pages, numbering and linking every row', async () => {
    const one = await samplePdf({ pages: 1 })
    const exhibits = Array.from({ length: 70 }, (_, i) => exhibit('pdf', one, `Press article ${i + 1}: ${'a long headline that wraps onto a second line in the index '.repeat(i % 3 === 0 ? 2 : 1)}`))
    const result = await build({ title: 'Long', sections: [{ title: 'Press', exhibits: exhibits.slice(0, 35) }, { title: 'Reports', exhibits: exhibits.slice(35) }] })
    const file = writePdf('bundle-long', result.volumes[0]!.bytes)
    const doc = await PDFDocument.load(result.volumes[0]!.bytes)
    const indexPages = result.placed[0]!.firstPageIndex - 1
    expect(indexPages).toBeGreaterThanOrEqual(2)
    expect(pageText(file, 2)).toContain('Bundle p. ii — Index')
    expect(pageText(file, 2)).toContain('Index (continued)')
    const annexPages = result.volumes[0]!.pageCount - indexPages - 70
    expect(annexPages).toBeGreaterThanOrEqual(2)
    expect(pageText(file, indexPages + 70 + 2)).toContain('Bundle p. 72 — Integrity manifest')
    const links = readLinks(doc).sort((a, b) => a.onPage - b.onPage || b.rect[3]! - a.rect[3]!)
    expect(links.map((l) => l.toPage + 1)).toEqual(result.placed.map((p) => p.firstPageIndex))
    expect(new Set(links.map((l) => l.onPage)).size).toBe(indexPages)
    // The same file 70 times is one original: the manifest lists its hash for each exhibit.
    expect(BundleManifest.parse(JSON.parse(result.manifestJson)).exhibits.every((e) => e.sha256 === sha256File(one))).toBe(true)
    expect(qpdfCheck(file).status).toBe(0)
  })
})
