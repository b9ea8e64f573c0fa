// Integrity: SHA256SUMS that sha256sum accepts, the evidence zip as unzip unpacks it, and the
// comparison of re-hashed originals with a manifest.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  EvidenceZipError,
  IntegrityInputError,
  compareWithManifest,
  evidenceZip,
  readManifestJson,
  safeEntryName,
  sha256Hex,
  sha256Sums
} from '@shared/exhibits'
import type { BundleManifest } from '@shared/exhibits'
import { samplePdf, samplePng, sampleJpeg, sha256File } from '../support/exhibitSamples'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redress-evidence-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function manifestFor(files: { id: string; label: string; name: string; bytes: Uint8Array }[]): BundleManifest {
  return {
    format: 'redress-bundle-manifest',
    version: 1,
    title: 'Evidence bundle',
    reference: 'CCF/2026/001',
    generatedAt: '2026-04-01T10:00:00.000Z',
    hashAlgorithm: 'SHA-256',
    exhibits: files.map((f, i) => ({
      exhibitId: f.id,
      label: f.label,
      title: `Exhibit ${f.label}`,
      fileName: f.name,
      sizeBytes: f.bytes.length,
      sha256: sha256File(f.bytes),
      firstPage: String(i * 2 + 3),
      lastPage: String(i * 2 + 4),
      volume: 1
    }))
  }
}

describe('sha256Sums', () => {
  it('writes lines sha256sum -c accepts, in the order given', () => {
    const dir = tempDir()
    const a = new TextEncoder().encode('first')
    const b = new TextEncoder().encode('second')
    writeFileSync(join(dir, 'b file.txt'), b)
    writeFileSync(join(dir, 'a.txt'), a)
    const sums = sha256Sums([
      { sha256: sha256File(b), path: 'b file.txt' },
      { sha256: sha256File(a), path: 'a.txt' }
    ])
    expect(sums).toBe(`${sha256File(b)}  b file.txt\n${sha256File(a)}  a.txt\n`)
    writeFileSync(join(dir, 'SHA256SUMS'), sums)
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('a.txt: OK')
  })

  it('refuses names with line breaks and malformed hashes', () => {
    expect(() => sha256Sums([{ sha256: 'a'.repeat(64), path: 'evil\nffff  other' }])).toThrow(IntegrityInputError)
    expect(() => sha256Sums([{ sha256: 'A'.repeat(64), path: 'ok.pdf' }])).toThrow(/lower-case hex/)
  })
})

describe('compareWithManifest', () => {
  const ids = ['4d1c2a1e-5b5e-4c1f-9a55-0a4f3a8d1a01', '4d1c2a1e-5b5e-4c1f-9a55-0a4f3a8d1a02', '4d1c2a1e-5b5e-4c1f-9a55-0a4f3a8d1a03', '4d1c2a1e-5b5e-4c1f-9a55-0a4f3a8d1a04']
  const bytes = ids.map((id) => new TextEncoder().encode(`original ${id}`))
  const manifest = manifestFor(ids.map((id, i) => ({ id, label: String(i + 1), name: `${i + 1}.pdf`, bytes: bytes[i]! })))

  it('reports every exhibit unchanged when the hashes match', async () => {
    const actual = new Map(await Promise.all(ids.map(async (id, i) => [id, await sha256Hex(bytes[i]!)] as const)))
    const check = compareWithManifest(manifest, actual)
    expect(check.ok).toBe(true)
    expect(check.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
  })

  it('reports a changed, an unreadable and a missing original', async () => {
    const actual = new Map<string, string | null>([
      [ids[0]!, await sha256Hex(bytes[0]!)],
      [ids[1]!, await sha256Hex(new TextEncoder().encode('altered'))],
      [ids[2]!, null]
    ])
    const check = compareWithManifest(manifest, actual)
    expect(check.ok).toBe(false)
    expect(check.rows.map((r) => [r.label, r.status])).toEqual([['1', 'unchanged'], ['2', 'changed'], ['3', 'unreadable'], ['4', 'missing']])
    expect(check.rows[1]).toMatchObject({ expected: sha256File(bytes[1]!), actual: sha256File(new TextEncoder().encode('altered')) })
  })

  it('reports a manifest whose recorded hash was changed', async () => {
    const tampered: BundleManifest = { ...manifest, exhibits: manifest.exhibits.map((e, i) => (i === 0 ? { ...e, sha256: 'f'.repeat(64) } : e)) }
    const actual = new Map(await Promise.all(ids.map(async (id, i) => [id, await sha256Hex(bytes[i]!)] as const)))
    const check = compareWithManifest(tampered, actual)
    expect(check.ok).toBe(false)
    expect(check.rows[0]!.status).toBe('changed')
    expect(check.rows.slice(1).every((r) => r.status === 'unchanged')).toBe(true)
  })

  it('reads a manifest.json back, and explains why a damaged one cannot be used', () => {
    const good = readManifestJson(JSON.stringify(manifest))
    expect(good).toEqual({ ok: true, manifest })
    expect(readManifestJson('{not json')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) })
    expect(readManifestJson('{"hello":1}')).toMatchObject({ ok: false, message: expect.stringMatching(/not a Redress bundle manifest/) })
    const edited = JSON.stringify({ ...manifest, exhibits: [{ ...manifest.exhibits[0], sha256: 'xyz' }] })
    expect(readManifestJson(edited)).toMatchObject({ ok: false, message: expect.stringMatching(/exhibits\.0\.sha256/) })
  })
})

describe('evidenceZip', () => {
  async function sampleEvidence() {
    const originals = [
      { id: '6f7c1a2b-3d4e-4f50-8a61-7b8c9d0e1f01', label: '1', name: '1 - 2024-03-11 Arrest warrant.pdf', bytes: await samplePdf({ pages: 2 }) },
      { id: '6f7c1a2b-3d4e-4f50-8a61-7b8c9d0e1f02', label: '2', name: '2 - Решение суда.jpg', bytes: sampleJpeg(900, 700, 6) },
      { id: '6f7c1a2b-3d4e-4f50-8a61-7b8c9d0e1f03', label: '3', name: '../../etc/passwd', bytes: samplePng(800, 800) },
      { id: '6f7c1a2b-3d4e-4f50-8a61-7b8c9d0e1f04', label: '4', name: '1 - 2024-03-11 ARREST WARRANT.pdf', bytes: await samplePdf({ pages: 1, label: 'Other' }) }
    ]
    const bundle = await samplePdf({ pages: 8, label: 'Bundle' })
    return { originals, bundle, manifest: manifestFor(originals) }
  }

  it('unzips to the bundle, originals, manifest.json and a SHA256SUMS that sha256sum -c accepts', async () => {
    const { originals, bundle, manifest } = await sampleEvidence()
    const zip = await evidenceZip({
      bundleFiles: [{ name: 'Bundle – vol. 1.pdf', bytes: bundle }],
      originals: originals.map((o) => ({ name: o.name, bytes: o.bytes })),
      manifest
    })
    const dir = tempDir()
    writeFileSync(join(dir, 'evidence.zip'), zip)
    const out = join(dir, 'out')
    execFileSync('unzip', ['-q', join(dir, 'evidence.zip'), '-d', out])

    expect(readdirSync(out).sort()).toEqual(['Bundle – vol. 1.pdf', 'SHA256SUMS', 'manifest.json', 'originals'].sort())
    expect(readdirSync(join(out, 'originals')).sort()).toEqual(
      ['1 - 2024-03-11 Arrest warrant.pdf', '2 - Решение суда.jpg', '_._etc_passwd', '1 - 2024-03-11 ARREST WARRANT (2).pdf'].sort()
    )
    // Byte-for-byte originals and bundle.
    expect(sha256File(readFileSync(join(out, 'originals', '2 - Решение суда.jpg')))).toBe(sha256File(originals[1]!.bytes))
    expect(sha256File(readFileSync(join(out, 'Bundle – vol. 1.pdf')))).toBe(sha256File(bundle))
    // The manifest in the zip is the one given, and its hashes are sha256sum's.
    const unpacked = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as BundleManifest
    expect(unpacked).toEqual(manifest)
    const sha256sumOfOriginals = execFileSync('sha256sum', originals.map((_, i) => readdirSync(join(out, 'originals')).sort()[i]!), { cwd: join(out, 'originals'), encoding: 'utf8' })
    for (const entry of unpacked.exhibits) expect(sha256sumOfOriginals).toContain(entry.sha256)

    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8')
    expect(sums.trim().split('\n')).toHaveLength(5)
    expect(sums).toContain(`  originals/2 - Решение суда.jpg\n`)
    const report = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' })
    expect(report.trim().split('\n')).toHaveLength(5)
    expect(report).not.toMatch(/FAILED/)
  })

  it('lets sha256sum -c catch an original altered after export', async () => {
    const { originals, bundle, manifest } = await sampleEvidence()
    const zip = await evidenceZip({ bundleFiles: [{ name: 'bundle.pdf', bytes: bundle }], originals, manifest })
    const dir = tempDir()
    writeFileSync(join(dir, 'e.zip'), zip)
    execFileSync('unzip', ['-q', join(dir, 'e.zip'), '-d', join(dir, 'out')])
    writeFileSync(join(dir, 'out', 'originals', '2 - Решение суда.jpg'), new TextEncoder().encode('tampered'))
    expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: join(dir, 'out'), stdio: 'pipe' })).toThrow()
  })

  it('is deterministic for the same inputs and stores PDFs and images uncompressed', async () => {
    const { originals, bundle, manifest } = await sampleEvidence()
    const input = { bundleFiles: [{ name: 'bundle.pdf', bytes: bundle }], originals, manifest }
    const first = await evidenceZip(input)
    const second = await evidenceZip(input)
    expect(sha256File(first)).toBe(sha256File(second))
    const dir = tempDir()
    writeFileSync(join(dir, 'e.zip'), first)
    const listing = execFileSync('unzip', ['-v', join(dir, 'e.zip')], { encoding: 'utf8' })
    expect(listing).toMatch(/Stored .*bundle\.pdf/)
    expect(listing).toMatch(/Stored .*originals\/2 - Решение суда\.jpg/)
    // Every entry carries the manifest's time (UTC), whatever the machine's zone and clock say.
    const entries = listing.split('\n').filter((line) => /^\s*\d+\s+(Stored|Defl)/.test(line))
    expect(entries).toHaveLength(7)
    for (const line of entries) expect(line).toContain('2026-04-01 10:00')
  })

  it('refuses an original whose hash is not in the manifest, and an invalid manifest', async () => {
    const { originals, bundle, manifest } = await sampleEvidence()
    const stranger = { name: 'stranger.pdf', bytes: await samplePdf({ label: 'Not in the manifest' }) }
    await expect(evidenceZip({ bundleFiles: [{ name: 'b.pdf', bytes: bundle }], originals: [...originals, stranger], manifest })).rejects.toThrow(EvidenceZipError)
    const broken = { ...manifest, hashAlgorithm: 'MD5' } as unknown as BundleManifest
    await expect(evidenceZip({ bundleFiles: [], originals: [], manifest: broken })).rejects.toThrow(/manifest is incomplete or damaged/)
  })

  it('sanitises names without losing Unicode', () => {
    expect(safeEntryName('a/b\\c.pdf', 'x')).toBe('a_b_c.pdf')
    expect(safeEntryName('..', 'x')).toBe('x')
    expect(safeEntryName('...hidden.pdf', 'x')).toBe('hidden.pdf')
    expect(safeEntryName('bad\u0000\u0007name:?.pdf', 'x')).toBe('badname__.pdf')
    expect(safeEntryName('قرار المحكمة.pdf', 'x')).toBe('قرار المحكمة.pdf')
    expect(safeEntryName(`${'n'.repeat(400)}.pdf`, 'x')).toMatch(/^n{146}\.pdf$/)
    expect(safeEntryName('manifest.json', 'x')).toBe('manifest.json')
  })

  it('never lets a bundle file take the name of manifest.json or SHA256SUMS', async () => {
    const { originals, bundle, manifest } = await sampleEvidence()
    const zip = await evidenceZip({ bundleFiles: [{ name: 'SHA256SUMS', bytes: bundle }, { name: 'manifest.json', bytes: bundle }], originals, manifest })
    const dir = tempDir()
    writeFileSync(join(dir, 'e.zip'), zip)
    execFileSync('unzip', ['-q', join(dir, 'e.zip'), '-d', join(dir, 'out')])
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['SHA256SUMS', 'SHA256SUMS (2)', 'manifest (2).json', 'manifest.json', 'originals'].sort())
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'out'), encoding: 'utf8' })).not.toMatch(/FAILED/)
  })
})
