// The bundle benchmark's exhibits: 100 files, 1,000 pages in all, written to a directory once per
// run of the benchmark (outside any timing). 84 born-digital PDFs of 10–11 text pages, 10 scanned
// PDFs with one large JPEG per page (image-heavy, as court files often arrive), and 6 standalone
// photos/scans (JPEG, one turned by EXIF, and PNG: RGB, greyscale and one RGBA). For qpdf's plain merge each standalone image
// is also written as a one-page PDF, since qpdf only merges PDFs.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { samplePng, sampleJpeg } from '../support/exhibitSamples'

export interface BenchExhibit {
  file: string
  /** What qpdf merges: the file itself, or a one-page PDF holding the image. */
  qpdfFile: string
  kind: 'pdf' | 'jpeg' | 'png'
  title: string
  pages: number
}

const A4: [number, number] = [595.28, 841.89]
const TITLES = [
  'Arrest warrant, Ankara 2nd Criminal Court of Peace',
  'Постановление Верховного суда Республики Казахстан',
  'Decision of the Federal Office for Migration and Refugees',
  'ئۇيغۇر كىشىلىك ھوقۇق دوكلاتى',
  '联合国任意拘留问题工作组意见',
  'Human Rights Watch report: Central Asia, extraterritorial abductions'
]
const BODY = [
  'The court, having examined the request of the prosecutor and the materials of the case, finds as follows.',
  'The applicant was detained on the basis of a red notice and held for fourteen days pending extradition.',
  'The chamber notes that the offence charged is of a predominantly political character within Article 3.',
  'No evidence has been produced that the applicant was personally involved in the acts alleged.'
]

/** A 200 dpi grey-ish "scan" of an A4 page: soft gradients and grain, so it compresses like a real scan. */
function scanJpeg(seed: number): Uint8Array {
  const width = 1654
  const height = 2339
  const data = Buffer.alloc(width * height * 4)
  let state = seed * 2654435761
  const noise = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 16) & 15
  }
  for (let y = 0; y < height; y++) {
    const line = y % 48 < 22 && y > 200 && y < height - 200
    for (let x = 0; x < width; x++) {
      const ink = line && x > 160 && x < width - 160 && (x * 7 + y * 3 + seed) % 23 < 9
      const v = ink ? 60 + noise() : 232 - ((x + y) >> 8) + noise()
      const o = (y * width + x) * 4
      data[o] = v
      data[o + 1] = v
      data[o + 2] = v - 4
      data[o + 3] = 255
    }
  }
  return new Uint8Array(jpeg.encode({ data, width, height }, 70).data)
}

/** A PNG without alpha (colour type 2 RGB or 0 greyscale), as scanners save pages. */
export function opaquePng(width: number, height: number, colorType: 0 | 2): Uint8Array {
  const png = new PNG({ width, height })
  png.data.set(PNG.sync.read(Buffer.from(samplePng(width, height))).data)
  return new Uint8Array(PNG.sync.write(png, { colorType }))
}

async function textPdf(pages: number, label: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage(A4)
    page.drawText(label, { x: 64, y: 780, size: 14, font: bold })
    for (let line = 0; line < 44; line++) page.drawText(BODY[(line + i) % BODY.length]!, { x: 64, y: 740 - line * 15, size: 10, font })
    page.drawText(`Page ${i} of ${pages}`, { x: 480, y: 30, size: 9, font })
  }
  return doc.save()
}

async function scannedPdf(pages: number, scans: readonly Uint8Array[], offset: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  for (let i = 0; i < pages; i++) {
    // One image object per page, as a scanner writes them (never shared between pages).
    const image = await doc.embedJpg(scans[(offset + i) % scans.length]!)
    doc.addPage(A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] })
  }
  return doc.save()
}

async function imageAsPdf(bytes: Uint8Array, kind: 'jpeg' | 'png'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  const image = kind === 'jpeg' ? await doc.embedJpg(bytes) : await doc.embedPng(bytes)
  const page = doc.addPage(A4)
  const scale = Math.min((A4[0] - 72) / image.width, (A4[1] - 72) / image.height)
  page.drawImage(image, { x: 36, y: 36, width: image.width * scale, height: image.height * scale })
  return doc.save()
}

/** Writes the 100 exhibits into `dir` and lists them in bundle order. */
export async function writeBenchExhibits(dir: string): Promise<BenchExhibit[]> {
  const scans = [1, 2, 3, 4].map(scanJpeg)
  const out: BenchExhibit[] = []
  const write = (name: string, bytes: Uint8Array) => {
    const file = join(dir, name)
    writeFileSync(file, bytes)
    return file
  }
  for (let i = 0; i < 100; i++) {
    const n = String(i + 1).padStart(3, '0')
    const title = `${TITLES[i % TITLES.length]!} (${i + 1})`
    if (i % 17 === 7) {
      const k = out.filter((e) => e.kind !== 'pdf').length
      const kind = k % 2 === 0 ? 'jpeg' : 'png'
      // PNGs as scanners write them (RGB, greyscale) and one screenshot-like RGBA.
      const bytes = kind === 'jpeg' ? (k === 0 ? sampleJpeg(2339, 1654, 6) : scans[k % scans.length]!) : k === 5 ? samplePng(1240, 1754) : opaquePng(1240, 1754, k === 1 ? 2 : 0)
      const file = write(`${n}.${kind === 'jpeg' ? 'jpg' : 'png'}`, bytes)
      out.push({ file, qpdfFile: write(`${n}-image.pdf`, await imageAsPdf(bytes, kind)), kind, title, pages: 1 })
    } else if (i % 10 === 3) {
      const file = write(`${n}.pdf`, await scannedPdf(10, scans, i))
      out.push({ file, qpdfFile: file, kind: 'pdf', title, pages: 10 })
    } else {
      out.push({ file: '', qpdfFile: '', kind: 'pdf', title, pages: 0 })
    }
  }
  // The born-digital PDFs share what is left so the bundle has exactly 1,000 exhibit pages.
  const textSlots = out.filter((e) => e.pages === 0)
  let left = 1000 - out.reduce((sum, e) => sum + e.pages, 0)
  for (const [k, slot] of textSlots.entries()) {
    const pages = Math.round(left / (textSlots.length - k))
    left -= pages
    const n = String(out.indexOf(slot) + 1).padStart(3, '0')
    slot.file = slot.qpdfFile = write(`${n}.pdf`, await textPdf(pages, slot.title.replace(/[^\x20-\x7e]/g, '?')))
    slot.pages = pages
  }
  return out
}
