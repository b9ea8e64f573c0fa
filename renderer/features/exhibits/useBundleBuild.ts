// Build the bundle: read each arranged original from the vault (an original that cannot be read
// is reported and left out, never fatal), then run the builder in its worker with progress and
// Cancel. Leaving the page cancels a build in progress.
import { useEffect, useRef, useState } from 'react'
import type { BundleDefinition } from '@shared/exhibits/bundleDefinition'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import type { BundleProgress, BundleResult } from '@shared/pdf/bundle/bundleInput'
import { buildBundleInWorker, isAbortError } from '../../bundle/bundleBuilderClient'
import { useSession } from '../../src/session'
import { arrangedExhibits, bundleInputFor, transferableBytes } from './bundleAssembly'
import { translationNote } from './bundleDocumentText'
import { exhibitMessages as m } from './messages'

export type BuildState =
  | { kind: 'idle' }
  | { kind: 'reading'; n: number; total: number }
  | { kind: 'building'; progress: BundleProgress | null }
  | { kind: 'built'; result: BundleResult; unreadable: string[] }
  | { kind: 'failed'; text: string; unreadable: string[] }
  | { kind: 'cancelled' }

export function reason(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'an unexpected error'
  return /[.!?…)]$/.test(text) ? text : `${text}.`
}

export function useBundleBuild(reference: string) {
  const session = useSession()
  const [state, setState] = useState<BuildState>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)

  useEffect(() => () => controller.current?.abort(), [])

  async function build(definition: BundleDefinition, byId: ReadonlyMap<string, Exhibit>): Promise<void> {
    if (controller.current) return
    const abort = new AbortController()
    controller.current = abort
    const finish = (next: BuildState) => {
      controller.current = null
      setState(next)
    }
    const exhibits = arrangedExhibits(definition, byId)
    const originals = new Map<string, Uint8Array<ArrayBuffer>>()
    const unreadable: string[] = []
    for (const [i, exhibit] of exhibits.entries()) {
      if (abort.signal.aborted) return finish({ kind: 'cancelled' })
      setState({ kind: 'reading', n: i + 1, total: exhibits.length })
      try {
        originals.set(exhibit.id, transferableBytes(await session.exhibits.readOriginal(exhibit.id)))
      } catch (error) {
        unreadable.push(m.unreadableOriginal(exhibit.title, reason(error)))
      }
    }
    if (abort.signal.aborted) return finish({ kind: 'cancelled' })
    const input = bundleInputFor(definition, byId, originals, reference, translationNote)
    if (!input) return finish({ kind: 'failed', text: m.nothingToBuild, unreadable })
    setState({ kind: 'building', progress: null })
    try {
      const result = await buildBundleInWorker(input, {
        creationDate: new Date(),
        signal: abort.signal,
        onProgress: (progress) => {
          if (!abort.signal.aborted) setState({ kind: 'building', progress })
        }
      })
      finish({ kind: 'built', result, unreadable })
    } catch (error) {
      finish(isAbortError(error) ? { kind: 'cancelled' } : { kind: 'failed', text: m.buildFailed(reason(error)), unreadable })
    }
  }

  return {
    state,
    build,
    cancel: () => controller.current?.abort(),
    working: state.kind === 'reading' || state.kind === 'building'
  }
}

/** "Exhibit 12 of 40", "Writing the index…": the words under the progress bar. */
export function progressText(state: BuildState): { text: string; value: number; max: number } | null {
  if (state.kind === 'reading') return { text: m.preparing(state.n, state.total), value: state.n - 1, max: state.total }
  if (state.kind !== 'building') return null
  const p = state.progress
  if (!p) return { text: m.buildStarting, value: 0, max: 1 }
  switch (p.stage) {
    case 'exhibits':
      return { text: m.stageExhibits(Math.min(p.done + 1, p.total), p.total), value: p.done, max: Math.max(p.total, 1) }
    case 'index':
      return { text: m.stageIndex, value: p.done, max: Math.max(p.total, 1) }
    case 'manifest':
      return { text: m.stageManifest, value: p.done, max: Math.max(p.total, 1) }
    case 'saving':
      return { text: m.stageSaving, value: p.done, max: Math.max(p.total, 1) }
  }
}
