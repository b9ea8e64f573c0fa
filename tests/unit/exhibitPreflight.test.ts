// Pre-flight: each bad PDF gets its own clear error, scans are flagged for OCR, the inspection
// never alters the bytes, and matter-level checks find documents that still need a translation.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { Exhibit, PreflightFinding as PreflightFindingSchema, confidentialWarning, inspectFile, inspectPdf, isBundleable, isWorkingLanguage, matterPreflight } from '@shared/exhibits'
import type { PreflightFinding } from '@shared/exhibits'
import { encryptedPdf, imageOnlyPdf, samplePdf, sha256File, truncatedPdf } from '../support/exhibitSamples'

/** A classic PDF from numbered object bodies, with a correct cross-reference table. */
function handMadePdf(objects: string[]): Uint8Array {
  let body = '%PDF-1.7\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}

/** Each finding must also be storable on an Exhibit (message length, known code). */
const codes = (findings: readonly PreflightFinding[]) => findings.map((f) => {
  const stored = PreflightFindingSchema.parse(f)
  return `${stored.severity}:${stored.code}`
})

describe('PDF pre-flight', () => {
  it('passes a normal PDF with its page count and metadata date', async () => {
    const pdf = await samplePdf({ pages: 4, creationDate: new Date('2022-11-30T09:00:00Z') })
    const result = await inspectPdf(pdf)
    expect(result).toEqual({ pageCount: 4, hasTextLayer: true, creationDay: '2022-11-30', findings: [] })
  })

  it('reports a zero-byte file as empty', async () => {
    const result = await inspectFile(new Uint8Array(), 'warrant.pdf')
    expect(codes(result.findings)).toEqual(['error:empty-file'])
    expect(result.findings[0]!.message).toMatch(/empty.*add the document again/i)
    expect(result.pageCount).toBeNull()
  })

  it('reports a password-protected PDF and says how to remove the password', async () => {
    const result = await inspectFile(await encryptedPdf(), 'protected.pdf')
    expect(result.kind).toBe('pdf')
    expect(codes(result.findings)).toEqual(['error:encrypted-pdf'])
    expect(result.findings[0]!.message).toMatch(/password/)
    expect(result.findings[0]!.message).toMatch(/qpdf --decrypt|print it to a new PDF/)
  })

  it.each([0.3, 0.5, 0.9])('reports a PDF cut at %s of its length as truncated', async (fraction) => {
    const pdf = await samplePdf({ pages: 5 })
    const result = await inspectFile(truncatedPdf(pdf, fraction), 'cut.pdf')
    expect(codes(result.findings)).toEqual(['error:truncated-pdf'])
    expect(result.findings[0]!.message).toMatch(/incomplete/)
  })

  it('reports a truncated image-only PDF as truncated too', async () => {
    const pdf = await imageOnlyPdf(3)
    for (const fraction of [0.3, 0.5, 0.9]) {
      expect(codes((await inspectPdf(truncatedPdf(pdf, fraction))).findings)).toEqual(['error:truncated-pdf'])
    }
  })

  it('still flags a file cut after its last page object, which pdf-lib alone would load', async () => {
    const pdf = await samplePdf({ pages: 5 })
    // Cut at the start of the final cross-reference stream: every page object is still there.
    const text = new TextDecoder('latin1').decode(pdf)
    const cut = pdf.slice(0, text.lastIndexOf('endobj', text.lastIndexOf('/Type /XRef')) + 'endobj\n'.length)
    // The premise: pdf-lib on its own opens this file and finds every page.
    expect((await PDFDocument.load(cut, { updateMetadata: false })).getPageCount()).toBe(5)
    expect(codes((await inspectPdf(cut)).findings)).toEqual(['error:truncated-pdf'])
  })

  it('reports a PDF with an empty page tree as having no pages', async () => {
    const pdf = handMadePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])
    const result = await inspectFile(pdf, 'empty-tree.pdf')
    expect(result.pageCount).toBe(0)
    expect(codes(result.findings)).toEqual(['error:no-pages'])
  })

  it('reports a page whose content stream is missing as corrupt', async () => {
    const pdf = handMadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 9 0 R >>'
    ])
    expect(codes((await inspectPdf(pdf)).findings)).toEqual(['error:corrupt-pdf'])
  })

  it('reports garbage after a PDF header as corrupt, without throwing', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n' + 'garbage '.repeat(40) + '\n%%EOF\n')
    const result = await inspectFile(bytes, 'odd.pdf')
    expect(codes(result.findings)).toEqual(['error:corrupt-pdf'])
  })

  it('flags a scanned PDF without a text layer for OCR, as a warning', async () => {
    const result = await inspectFile(await imageOnlyPdf(2), 'scan.pdf')
    expect(result.pageCount).toBe(2)
    expect(codes(result.findings)).toEqual(['warning:no-text-layer'])
    expect(result.findings[0]!.message).toMatch(/OCR/)
  })

  it('finds fonts in resources inherited from the page tree', async () => {
    const pdf = handMadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 5 0 R >> >> >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      '<< /Length 34 >>\nstream\nBT /F1 12 Tf 72 720 Td (Hi) Tj ET\nendstream',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
    ])
    expect(await inspectPdf(pdf)).toMatchObject({ pageCount: 1, hasTextLayer: true, findings: [] })
  })

  it('finds fonts inside a Form XObject the page draws', async () => {
    const source = await PDFDocument.load(await samplePdf({ label: 'Inner page' }))
    const doc = await PDFDocument.create()
    const embedded = await doc.embedPage(source.getPage(0))
    doc.addPage().drawPage(embedded, { x: 0, y: 0, xScale: 0.5, yScale: 0.5 })
    const result = await inspectPdf(await doc.save())
    expect(result).toMatchObject({ pageCount: 1, hasTextLayer: true, findings: [] })
  })

  it('never changes the bytes it inspects', async () => {
    const inputs = [await samplePdf({ pages: 2 }), await encryptedPdf(), truncatedPdf(await samplePdf({ pages: 3 }), 0.5), await imageOnlyPdf(1)]
    for (const bytes of inputs) {
      const before = sha256File(bytes)
      await inspectFile(bytes, 'x.pdf')
      expect(sha256File(bytes)).toBe(before)
    }
  })
})

describe('files that cannot be bundled', () => {
  it('keeps other files as attachments with a not-bundleable warning', async () => {
    const result = await inspectFile(new TextEncoder().encode('Minutes of the hearing'), 'minutes.txt')
    expect(result).toMatchObject({ kind: 'other', mediaType: 'text/plain', pageCount: null })
    expect(codes(result.findings)).toEqual(['warning:not-bundleable'])
    expect(result.findings[0]!.message).toMatch(/attachment only/)
  })

  it('says so when a file named .pdf is not a PDF', async () => {
    const result = await inspectFile(new TextEncoder().encode('PK\u0003\u0004 a Word file really'), 'ruling.pdf')
    expect(result.kind).toBe('other')
    expect(result.findings[0]!.message).toMatch(/named like a PDF/)
  })
})

describe('matter pre-flight', () => {
  const matterId = randomUUID()
  const dossierId = randomUUID()
  const now = '2026-04-01T10:00:00.000Z'
  function exhibit(overrides: Partial<Exhibit>): Exhibit {
    return Exhibit.parse({
      id: randomUUID(),
      dossierId,
      matterId,
      file: {
        fileId: randomUUID(),
        fileName: 'doc.pdf',
        sizeBytes: 100,
        mediaType: 'application/pdf',
        sha256: 'a'.repeat(64),
        chunkCount: 1,
        intakeAt: now
      },
      kind: 'pdf',
      title: 'Document',
      documentDate: null,
      documentDateSource: null,
      author: '',
      language: null,
      translationOf: null,
      confidential: false,
      grounds: [],
      notes: '',
      pageCount: 1,
      preflight: [],
      createdAt: now,
      updatedAt: now,
      ...overrides
    })
  }

  it('asks for a translation of a Turkish document until one points at it', () => {
    const turkish = exhibit({ title: 'Karar', language: 'tr' })
    const english = exhibit({ title: 'Ruling', language: 'en' })
    const before = matterPreflight([turkish, english])
    expect(codes(before.get(turkish.id)!)).toEqual(['warning:missing-translation'])
    expect(before.get(turkish.id)![0]!.message).toMatch(/Arabic, English, French or Spanish/)
    expect(before.get(english.id)).toEqual([])

    const translation = exhibit({ title: 'Ruling (translation)', language: 'en', translationOf: turkish.id })
    const after = matterPreflight([turkish, english, translation])
    expect(after.get(turkish.id)).toEqual([])
  })

  it('does not ask for translations of working-language or unrecorded-language documents', () => {
    const items = [exhibit({ language: 'fr-CA' }), exhibit({ language: 'AR' }), exhibit({ language: 'es' }), exhibit({ language: null })]
    for (const findings of matterPreflight(items).values()) expect(findings).toEqual([])
    expect(isWorkingLanguage('ru')).toBe(false)
    expect(isWorkingLanguage('En-GB')).toBe(true)
  })

  it('keeps stored file findings and recomputes a stale missing-translation', () => {
    const stale: PreflightFinding = { code: 'missing-translation', severity: 'warning', message: 'old' }
    const scan: PreflightFinding = { code: 'no-text-layer', severity: 'warning', message: 'scan' }
    const item = exhibit({ language: 'en', preflight: [scan, stale] })
    expect(matterPreflight([item]).get(item.id)).toEqual([scan])
  })

  it('bundles PDFs and images without errors; warnings do not keep them out', () => {
    const warning: PreflightFinding = { code: 'no-text-layer', severity: 'warning', message: 'scan' }
    const error: PreflightFinding = { code: 'encrypted-pdf', severity: 'error', message: 'locked' }
    expect(isBundleable({ kind: 'pdf' }, [warning])).toBe(true)
    expect(isBundleable({ kind: 'png' }, [])).toBe(true)
    expect(isBundleable({ kind: 'pdf' }, [warning, error])).toBe(false)
    expect(isBundleable({ kind: 'other' }, [])).toBe(false)
  })

  it('explains what marking an item confidential means for the CCF review', () => {
    expect(confidentialWarning).toMatch(/not pass.*on/)
    expect(confidentialWarning).toMatch(/limit the CCF/)
    expect(confidentialWarning).toMatch(/Art\. 35/)
  })
})
