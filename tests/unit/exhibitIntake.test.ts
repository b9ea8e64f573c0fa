// Intake: what a file is (by its bytes), the date and title read from its name, its SHA-256, and
// what an image's header says about size and orientation.
import { describe, expect, it } from 'vitest'
import {
  detectFileKind,
  documentDateFromFileName,
  inspectFile,
  inspectImage,
  mediaTypeOf,
  orientedSize,
  sha256Hex,
  suggestedTitle
} from '@shared/exhibits'
import { samplePdf, samplePng, sampleJpeg, sha256File } from '../support/exhibitSamples'

describe('detectFileKind', () => {
  it('reads the kind from magic bytes, not the name', async () => {
    const pdf = await samplePdf()
    expect(detectFileKind(pdf)).toBe('pdf')
    expect(detectFileKind(samplePng(10, 10))).toBe('png')
    expect(detectFileKind(sampleJpeg(10, 10))).toBe('jpeg')
    expect(detectFileKind(new TextEncoder().encode('Just some notes'))).toBe('other')
    expect(detectFileKind(new Uint8Array())).toBe('other')
  })

  it('treats a PDF named .jpg as a PDF', async () => {
    const inspection = await inspectFile(await samplePdf({ pages: 2 }), 'scan.jpg')
    expect(inspection.kind).toBe('pdf')
    expect(inspection.mediaType).toBe('application/pdf')
    expect(inspection.pageCount).toBe(2)
  })

  it('finds a PDF header after leading junk within the first 1024 bytes, not beyond', async () => {
    const pdf = await samplePdf()
    const withJunk = (n: number) => {
      const out = new Uint8Array(n + pdf.length)
      out.fill(0x20, 0, n)
      out.set(pdf, n)
      return out
    }
    expect(detectFileKind(withJunk(500))).toBe('pdf')
    expect(detectFileKind(withJunk(2000))).toBe('other')
  })

  it('gives the media type of the detected kind, or of the extension for other files', () => {
    expect(mediaTypeOf('png', 'x.jpg')).toBe('image/png')
    expect(mediaTypeOf('other', 'letter.DOCX')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(mediaTypeOf('other', 'mystery')).toBe('application/octet-stream')
  })
})

describe('document date and title from the file name', () => {
  it.each([
    ['2024-03-11 Arrest warrant.pdf', '2024-03-11'],
    ['2024_03_11_arrest_warrant.pdf', '2024-03-11'],
    ['2024.03.11-ruling.pdf', '2024-03-11'],
    ['2024-03-11.pdf', '2024-03-11'],
    ['2024-03-11', '2024-03-11'],
    ['2024-02-29 leap day.pdf', '2024-02-29']
  ])('reads %s as %s', (name, date) => {
    expect(documentDateFromFileName(name)).toBe(date)
  })

  it.each([
    '2025-02-29 not a leap year.pdf',
    '2024-13-01 month 13.pdf',
    '2024-03-11x ruling.pdf',
    '2024-03_11 mixed separators.pdf',
    '20240311 ruling.pdf',
    '11.03.2024 ruling.pdf',
    'Ruling 2024-03-11.pdf',
    ''
  ])('finds no date in "%s"', (name) => {
    expect(documentDateFromFileName(name)).toBeNull()
  })

  it('suggests a title without extension, date prefix or underscores', () => {
    expect(suggestedTitle('2024-03-11_Arrest__warrant-Almaty court.pdf')).toBe('Arrest warrant Almaty court')
    expect(suggestedTitle('Решение суда.pdf')).toBe('Решение суда')
    expect(suggestedTitle('2024-03-11.pdf')).toBe('2024-03-11')
    expect(suggestedTitle('.pdf')).toBe('Untitled exhibit')
  })

  it('uses the file name date before the PDF metadata, and the metadata when the name has none', async () => {
    const pdf = await samplePdf({ creationDate: new Date('2023-07-04T12:00:00Z') })
    const named = await inspectFile(pdf, '2024-03-11 Ruling.pdf')
    expect(named).toMatchObject({ documentDate: '2024-03-11', documentDateSource: 'file-name', suggestedTitle: 'Ruling' })
    const unnamed = await inspectFile(pdf, 'Ruling.pdf')
    expect(unnamed).toMatchObject({ documentDate: '2023-07-04', documentDateSource: 'pdf-metadata' })
    const none = await inspectFile(await samplePdf(), 'Ruling.pdf')
    expect(none).toMatchObject({ documentDate: null, documentDateSource: null })
  })
})

describe('sha256Hex', () => {
  it('equals the reference SHA-256 of the original bytes', async () => {
    const pdf = await samplePdf({ pages: 3 })
    expect(await sha256Hex(pdf)).toBe(sha256File(pdf))
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('hashes only the bytes of a view, not its whole backing buffer', async () => {
    const backing = new Uint8Array([1, 2, 3, 4, 5, 6])
    const view = backing.subarray(2, 4)
    expect(await sha256Hex(view)).toBe(sha256File(new Uint8Array([3, 4])))
  })
})

describe('image inspection', () => {
  it('reads size and passes a large image', () => {
    const result = inspectImage(samplePng(1240, 1754), 'png')
    expect(result).toEqual({ width: 1240, height: 1754, orientation: 1, findings: [] })
  })

  it('warns about an image too small to read on A4, and still lets it be bundled', async () => {
    const result = await inspectFile(sampleJpeg(400, 300), 'photo.jpg')
    expect(result.kind).toBe('jpeg')
    expect(result.pageCount).toBe(1)
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({ code: 'image-too-small', severity: 'warning' })
    expect(result.findings[0]!.message).toContain('400 × 300')
  })

  it('flags a long but narrow image (shorter side under 500 px)', () => {
    expect(inspectImage(samplePng(450, 2000), 'png').findings.map((f) => f.code)).toEqual(['image-too-small'])
    expect(inspectImage(samplePng(500, 700), 'png').findings).toEqual([])
  })

  it('reads EXIF orientation 6 and reports the size as shown upright', () => {
    const result = inspectImage(sampleJpeg(800, 600, 6), 'jpeg')
    expect(result.orientation).toBe(6)
    expect([result.width, result.height]).toEqual([800, 600])
    expect(orientedSize(800, 600, result.orientation)).toEqual({ width: 600, height: 800 })
    expect(orientedSize(800, 600, 3)).toEqual({ width: 800, height: 600 })
    expect(inspectImage(sampleJpeg(800, 600), 'jpeg').orientation).toBe(1)
  })

  it('reports a damaged or truncated image as unreadable', () => {
    const jpeg = sampleJpeg(800, 600)
    expect(inspectImage(jpeg.slice(0, Math.floor(jpeg.length / 2)), 'jpeg').findings.map((f) => f.code)).toEqual(['unreadable-image'])
    const png = samplePng(800, 600)
    expect(inspectImage(png.slice(0, Math.floor(png.length * 0.9)), 'png').findings.map((f) => f.code)).toEqual(['unreadable-image'])
    expect(inspectImage(png.slice(0, 12), 'png').findings.map((f) => f.code)).toEqual(['unreadable-image'])
  })

  it('gives a truncated image no page count and an error', async () => {
    const jpeg = sampleJpeg(800, 600)
    const result = await inspectFile(jpeg.slice(0, 300), 'photo.jpg')
    expect(result.pageCount).toBeNull()
    expect(result.findings[0]).toMatchObject({ code: 'unreadable-image', severity: 'error' })
  })
})
