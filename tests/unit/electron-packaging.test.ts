// Packaging (electron-builder.yml) as issue 7 asks for it, read from the files that drive it: the
// installers cannot be built here (no Electron binary), so a lost fuse, a publish feed or a
// dependency that would land in app.asar must fail in the unit tests instead.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
/** Without comments, so prose about a key never counts as the key. */
const config = builder.replace(/(^|\s)#.*$/gm, '$1')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string
  productName: string
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
}

/** The lines of a top-level YAML section (indented lines after `name:`). */
function section(name: string): string {
  const match = new RegExp(`^${name}:\\s*\\n((?:[ \\t]+.*\\n|\\s*\\n)*)`, 'm').exec(config)
  expect(match, `electron-builder.yml has no ${name}: section`).not.toBeNull()
  return match![1]!
}

describe('electron-builder.yml', () => {
  it('names the app and matches the id the main process uses for notifications', () => {
    expect(config).toMatch(/^appId: org\.redress\.app$/m)
    expect(config).toMatch(/^productName: Redress$/m)
    expect(readFileSync(join(root, 'electron/main/index.ts'), 'utf8')).toContain("app.setAppUserModelId('org.redress.app')")
  })

  it('flips every fuse of the hardened set', () => {
    const fuses = section('electronFuses')
    for (const [fuse, value] of [
      ['runAsNode', 'false'],
      ['enableNodeOptionsEnvironmentVariable', 'false'],
      ['enableNodeCliInspectArguments', 'false'],
      ['onlyLoadAppFromAsar', 'true'],
      ['enableEmbeddedAsarIntegrityValidation', 'true'],
      ['enableCookieEncryption', 'true'],
      ['grantFileProtocolExtraPrivileges', 'false']
    ]) {
      expect(fuses, fuse).toMatch(new RegExp(`^\\s+${fuse}: ${value}\\s*$`, 'm'))
    }
    expect(config).toMatch(/^asar: true$/m)
  })

  it('has no publish or update configuration and no updater dependency', () => {
    expect(config).toMatch(/^publish: null$/m)
    expect(config).not.toMatch(/generic|github:|s3:|provider:|updaterCacheDirName|autoUpdate/i)
    const all = { ...pkg.dependencies, ...pkg.devDependencies }
    expect(Object.keys(all).filter((name) => /updater/.test(name))).toEqual([])
  })

  it('builds AppImage and deb, a per-user NSIS wizard and a hardened-runtime dmg', () => {
    expect(section('linux')).toMatch(/target:\s*\n\s+- AppImage\s*\n\s+- deb\s*\n/)
    expect(section('win')).toMatch(/target:\s*\n\s+- nsis\s*\n/)
    const nsis = section('nsis')
    expect(nsis).toMatch(/^\s+oneClick: false$/m)
    expect(nsis).toMatch(/^\s+perMachine: false$/m)
    expect(nsis).toMatch(/^\s+deleteAppDataOnUninstall: false$/m)
    const mac = section('mac')
    expect(mac).toMatch(/target:\s*\n\s+- dmg\s*\n/)
    expect(mac).toMatch(/^\s+hardenedRuntime: true$/m)
  })

  it('packages only the built bundles, so no runtime dependency is copied next to them', () => {
    const files = [...section('files').matchAll(/^\s+- (.+)$/gm)].map((m) => m[1]!.trim().replace(/^'|'$/g, ''))
    expect(files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!out/**/*.map'])
    expect(pkg.main).toBe('out/main/index.js')
    // electron-builder copies `dependencies` (and theirs) into app.asar. Everything the app uses
    // is bundled by electron-vite/Vite, so there must be none.
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(config).toMatch(/^npmRebuild: false$/m)
  })
})

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('icons in resources/ for all three systems', () => {
  const icon = (key: string) => {
    const match = new RegExp(`^\\s+icon: (\\S+)$`, 'm').exec(section(key))
    expect(match, `${key}.icon is not set`).not.toBeNull()
    const path = join(root, match![1]!)
    expect(existsSync(path), path).toBe(true)
    return readFileSync(path)
  }

  it('Linux: a square PNG of at least 512 px', () => {
    const { width, height } = pngSize(icon('linux'))
    expect(width).toBe(height)
    expect(width).toBeGreaterThanOrEqual(512)
  })

  it('Windows: an .ico with 16, 32, 48 and 256 px images', () => {
    const ico = icon('win')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const sizes: number[] = []
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i
      const size = ico[entry] === 0 ? 256 : ico[entry]!
      const length = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      expect(offset + length).toBeLessThanOrEqual(ico.length)
      const image = ico.subarray(offset, offset + length)
      // Each image is either a PNG of the declared size or a 32-bit bitmap of it (height doubled for the mask).
      if (image[0] === 0x89) expect(pngSize(image)).toEqual({ width: size, height: size })
      else expect([image.readInt32LE(4), image.readInt32LE(8), image.readUInt16LE(14)]).toEqual([size, size * 2, 32])
      sizes.push(size)
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]))
  })

  it('macOS: an .icns with PNG members up to 1024 px', () => {
    const icns = icon('mac')
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const members = new Map<string, number>()
    for (let at = 8; at < icns.length; ) {
      const length = icns.readUInt32BE(at + 4)
      members.set(icns.toString('ascii', at, at + 4), pngSize(icns.subarray(at + 8, at + length)).width)
      at += length
    }
    expect(members.get('ic10')).toBe(1024)
    expect(members.get('ic09')).toBe(512)
    expect(members.get('ic08')).toBe(256)
    expect(members.get('ic07')).toBe(128)
  })
})
