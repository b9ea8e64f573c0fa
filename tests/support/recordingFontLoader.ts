// A FontLoader for the renderer's cores in Node: reads the Noto files from node_modules (where the
// app fetches them as assets) and records which were asked for, so tests can check what loads.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { FontFile, FontLoader } from '../../renderer/pdf/fontAssets'
import { fontFiles } from '../bench/pdfFonts'

const modules = resolve(import.meta.dirname, '../../node_modules')

export function recordingLoader(): { load: FontLoader; asked: FontFile[] } {
  const asked: FontFile[] = []
  return {
    asked,
    load: async (file) => {
      asked.push(file)
      return new Uint8Array(readFileSync(resolve(modules, fontFiles[file])))
    }
  }
}
