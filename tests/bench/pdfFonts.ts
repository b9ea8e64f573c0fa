// Reads the Noto fonts the PDF renderer embeds from node_modules (tests and the benchmark run in
// Node; the app will fetch the same files as Vite assets). One FontSet per process: parsing is
// cached by the bytes object, as the app would keep its FontSet.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { FontSet, type FontSetBytes } from '../../shared/pdf/fontSet'

const modules = resolve(import.meta.dirname, '../../node_modules')
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(resolve(modules, path)))

export const fontFiles = {
  latinRegular: '@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf',
  latinBold: '@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf',
  arabicRegular: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf',
  arabicBold: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf',
  cjkRegular: '@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf'
} as const

let bytes: FontSetBytes | undefined

/** Latin and Arabic with bold; CJK regular only (its bold is another 8.6 MB), so CJK emphasis is synthesised. */
export function notoFontBytes(): FontSetBytes {
  bytes ??= {
    latin: { regular: read(fontFiles.latinRegular), bold: read(fontFiles.latinBold) },
    arabic: { regular: read(fontFiles.arabicRegular), bold: read(fontFiles.arabicBold) },
    cjk: { regular: read(fontFiles.cjkRegular) }
  }
  return bytes
}

let fontSet: FontSet | undefined
export function notoFontSet(): FontSet {
  fontSet ??= FontSet.fromBytes(notoFontBytes())
  return fontSet
}
