// The font files the PDF renderer embeds, as Vite asset URLs: each is emitted as its own file in
// out/renderer/assets (fonts are far above Vite's 4 KB inline limit, so never base64 in a bundle)
// and fetched from the same origin — http://127.0.0.1 for the web build, app://redress in
// Electron — which the CSP's connect-src 'self' allows.
//
// Only the five files FontSet uses, not the packages' other weights. The packages' `exports` field
// only exposes their JS index, so the files are imported by path through node_modules.
//
// Sizes: Noto Sans Regular and Bold 0.6 MB each, Noto Naskh Arabic Regular and Bold 0.13 MB each,
// Noto Sans Hans Regular 8.4 MB. The CJK file is fetched only for a document whose drawn text the
// Latin and Arabic fonts cannot cover (see pdfRenderCore.ts and cjkPlaceholderFont.ts).
import latinBold from '../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf?url'
import latinRegular from '../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf?url'
import arabicBold from '../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf?url'
import arabicRegular from '../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf?url'
import cjkRegular from '../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf?url'

export const FONT_FILES = ['latinRegular', 'latinBold', 'arabicRegular', 'arabicBold', 'cjkRegular'] as const
export type FontFile = (typeof FONT_FILES)[number]

/** The asset URL of each font file (relative to the bundle that imports this module). */
export const FONT_URLS: Readonly<Record<FontFile, string>> = { latinRegular, latinBold, arabicRegular, arabicBold, cjkRegular }

/** The files' own names, for messages (the asset URLs carry a content hash). */
const FILE_NAMES: Readonly<Record<FontFile, string>> = {
  latinRegular: 'NotoSans-Regular.ttf',
  latinBold: 'NotoSans-Bold.ttf',
  arabicRegular: 'NotoNaskhArabic-Regular.ttf',
  arabicBold: 'NotoNaskhArabic-Bold.ttf',
  cjkRegular: 'NotoSansHans-Regular.otf'
}

/** Loads one font file's bytes. The app fetches them; Node tests read them from node_modules. */
export type FontLoader = (file: FontFile) => Promise<Uint8Array>

/** Fetches a font file from the app's own origin. Rejects with a message naming the file only. */
export const fetchFontFile: FontLoader = async (file) => {
  const url = new URL(FONT_URLS[file], globalThis.location?.href)
  const fileName = FILE_NAMES[file]
  let response: Response
  try {
    response = await fetch(url)
  } catch (error) {
    throw new Error(`The font file ${fileName} could not be loaded.`, { cause: error })
  }
  if (!response.ok) throw new Error(`The font file ${fileName} could not be loaded (HTTP ${response.status}).`)
  return new Uint8Array(await response.arrayBuffer())
}
