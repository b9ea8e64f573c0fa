#!/usr/bin/env node
// `npm start` runs this first. Installs are done with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (the binary
// comes from GitHub, which some machines cannot reach), so the binary may be missing: try the
// official installer once, and if that fails explain the ways out instead of a stack trace.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const electronDir = join(root, 'node_modules', 'electron')

function electronVersion() {
  try {
    return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
  } catch {
    return null
  }
}

/**
 * Mirrors node_modules/electron/index.js: path.txt names the executable inside dist/, and
 * ELECTRON_OVERRIDE_DIST_PATH replaces dist/ (with 'electron' when path.txt is absent).
 */
function binaryPath() {
  const pathFile = join(electronDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) return join(override, executable || 'electron')
  return executable ? join(electronDir, 'dist', executable) : null
}

function isInstalled() {
  const path = binaryPath()
  return path !== null && existsSync(path)
}

function explainAndExit(version) {
  const v = version ?? '<version>'
  const platform = process.platform
  const arch = process.arch
  const defaultCache = { darwin: '~/Library/Caches/electron', win32: '%LOCALAPPDATA%\\electron\\Cache' }[platform] ?? '~/.cache/electron'
  const cache = process.env.electron_config_cache || defaultCache
  // @electron/get files each zip under sha256(<download URL without the file name>).
  const urlDir = `https://github.com/electron/electron/releases/download/v${v}`
  const cacheDir = createHash('sha256').update(urlDir).digest('hex')
  console.error(
    [
      '',
      `Redress: the Electron ${v} binary is not installed and could not be downloaded.`,
      '(Electron downloads its binary from GitHub at install time; this machine could not reach it.)',
      '',
      'What you can do:',
      '  1. Use the app in a browser instead:      npm run web',
      '     (open the printed http://127.0.0.1:4173 address: same UI; the browser keeps its own vault,',
      '     separate from the desktop app\'s)',
      '  2. Point the installer at a reachable mirror and retry:',
      '       ELECTRON_MIRROR=https://<your-mirror>/electron/ npm start',
      `  3. Place the genuine electron-v${v}-${platform}-${arch}.zip in the Electron cache and retry:`,
      `       ${cache}/${cacheDir}/electron-v${v}-${platform}-${arch}.zip`,
      '     (set electron_config_cache to use another cache folder; the zip\'s checksum is verified',
      '     against node_modules/electron/checksums.json, so only the genuine file works)',
      '  4. Use an Electron build that is already unpacked on this machine:',
      '       ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked/electron npm start',
      ''
    ].join('\n')
  )
  process.exit(1)
}

const version = electronVersion()
if (version === null) {
  console.error('Redress: node_modules/electron is missing. Run `ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci` first.')
  process.exit(1)
}

if (!isInstalled()) {
  console.log(`Redress: Electron ${version} binary not found; running its installer once…`)
  // The installer exits early (successfully, doing nothing) when this variable is set.
  const env = { ...process.env }
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
  const installer = createRequire(import.meta.url).resolve('electron/install.js', { paths: [root] })
  const result = spawnSync(process.execPath, [installer], { cwd: electronDir, env, stdio: 'inherit' })
  if (result.status !== 0 || !isInstalled()) explainAndExit(version)
  console.log(`Redress: Electron ${version} installed.`)
}
