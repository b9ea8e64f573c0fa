// The build itself, shared by the bundle worker and the calling-thread fallback: validate the
// input (naming a bad field), load the fonts the index, stamps and manifest need (once per core,
// so once per worker) and run buildBundle from shared/pdf/bundle.
import { ZodError } from 'zod'
import { buildBundle } from '@shared/pdf/bundle'
import { BundleInput, type BundleProgress, type BundleResult } from '@shared/pdf/bundle/bundleInput'
import type { FontLoader } from '../pdf/fontAssets'
import { createFontSetCache } from '../pdf/fontSetCache'

type ParsedBundleInput = ReturnType<typeof BundleInput.parse>

/** Everything the builder may draw: titles, labels, file names, notes (stamps and headings are ASCII). */
export function bundleDrawnText(input: ParsedBundleInput): string {
  const parts = [input.title, input.reference]
  for (const section of input.sections) {
    parts.push(section.title)
    for (const exhibit of section.exhibits) parts.push(exhibit.title, exhibit.fileName, exhibit.note)
  }
  return parts.join('\n')
}

/** A message for the lawyer: which field is wrong, never its content. AbortErrors pass unchanged. */
export function bundleErrorMessage(error: unknown): string {
  if (error instanceof ZodError) {
    const issues = error.issues.slice(0, 3).map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    return `the bundle's contents are not valid (${issues.join('; ')}${error.issues.length > 3 ? '; …' : ''}).`
  }
  const message = error instanceof Error ? error.message : String(error)
  return message.trim() === '' ? 'an unexpected error.' : message.slice(0, 1000)
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
}

export interface BundleCore {
  /** Rejects with an Error whose message is bundleErrorMessage's, or with the AbortError as it came. */
  build(input: unknown, creationDate: Date, onProgress: (progress: BundleProgress) => void, signal?: AbortSignal): Promise<BundleResult>
}

export function createBundleCore(loadFont: FontLoader): BundleCore {
  const fonts = createFontSetCache(loadFont)
  return {
    async build(raw, creationDate, onProgress, signal) {
      try {
        // Validate before fetching fonts: a bad input fails at once, naming the field.
        const input = BundleInput.parse(raw)
        const fontSet = await fonts.fontsFor(bundleDrawnText(input))
        return await buildBundle(input, { creationDate, fonts: fontSet, onProgress, ...(signal ? { signal } : {}) })
      } catch (error) {
        if (isAbort(error)) throw error
        throw new Error(bundleErrorMessage(error), { cause: error })
      }
    }
  }
}
