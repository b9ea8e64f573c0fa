// What a build produced and how to take it away: each volume as a PDF, the evidence zip (bundle,
// originals, manifest.json, SHA256SUMS) and manifest.json alone. The zip re-reads the originals
// from the vault, which checks their hashes once more on the way out.
import { useState } from 'react'
import { evidenceZip } from '@shared/exhibits'
import { BundleManifest } from '@shared/exhibits/bundleManifest'
import type { BundleResult } from '@shared/pdf/bundle/bundleInput'
import { getPlatform } from '../../platform/platform'
import { useSession } from '../../src/session'
import { originalEntryName, totalPages, volumeFileName } from './bundleAssembly'
import { formatBytes } from '../../src/locale'
import { exhibitMessages as m } from './messages'
import { reason } from './useBundleBuild'

interface Props {
  result: BundleResult
  unreadable: readonly string[]
  reference: string
  maxFileMb: number
  /** Null when this numbering is already frozen. */
  onFreeze: (() => void) | null
}

type SaveState = { kind: 'idle' } | { kind: 'working'; text: string } | { kind: 'done'; text: string } | { kind: 'failed'; text: string }

export function BundleResultPanel({ result, unreadable, reference, maxFileMb, onFreeze }: Props) {
  const session = useSession()
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })
  const volumes = result.volumes.length
  const pages = totalPages(result)
  const limitBytes = maxFileMb * 1_000_000

  async function saveFile(name: string, bytes: Uint8Array, mimeType: string, extensions: string[], filterName: string) {
    const saved = await getPlatform().saveFile({ suggestedName: name, bytes, mimeType, filters: [{ name: filterName, extensions }] })
    setSave({ kind: 'done', text: saved.saved ? m.saved(saved.fileName ?? name) : m.saveCancelled })
  }

  async function run(work: () => Promise<void>) {
    if (save.kind === 'working') return
    setSave({ kind: 'working', text: '' })
    try {
      await work()
    } catch (error) {
      setSave({ kind: 'failed', text: m.saveFailed(reason(error)) })
    }
  }

  const saveVolume = (n: number) =>
    run(async () => {
      const volume = result.volumes.find((v) => v.volume === n)
      if (volume) await saveFile(volumeFileName(reference, n, volumes), volume.bytes, 'application/pdf', ['pdf'], 'PDF')
    })

  const saveManifest = () => run(() => saveFile(`${reference} manifest.json`.trim(), new TextEncoder().encode(result.manifestJson), 'application/json', ['json'], 'JSON'))

  const saveZip = () =>
    run(async () => {
      setSave({ kind: 'working', text: m.preparingZip })
      const manifest = BundleManifest.parse(JSON.parse(result.manifestJson))
      const fileNames = new Map(manifest.exhibits.map((e) => [e.exhibitId, e.fileName]))
      const originals = []
      for (const placed of result.placed) originals.push({ name: originalEntryName(placed, fileNames.get(placed.exhibitId) ?? placed.exhibitId), bytes: await session.exhibits.readOriginal(placed.exhibitId) })
      const zip = await evidenceZip({
        bundleFiles: result.volumes.map((v) => ({ name: volumeFileName(reference, v.volume, volumes), bytes: v.bytes })),
        originals,
        manifest
      })
      await saveFile(`${reference} evidence bundle.zip`.trim(), zip, 'application/zip', ['zip'], 'Zip')
    })

  const working = save.kind === 'working'
  return (
    <section className="panel bundle-result" aria-labelledby="bundle-result-heading">
      <h2 id="bundle-result-heading">{m.resultTitle}</h2>
      <p>{m.resultSummary(pages, volumes, result.placed.length)}</p>
      {volumes > 1 && (
        <ul className="bundle-volumes">
          {result.volumes.map((v) => (
            <li key={v.volume}>{m.volumeLine(v.volume, v.pageCount, formatBytes(v.bytes.byteLength))}</li>
          ))}
        </ul>
      )}
      {result.volumes.some((v) => v.bytes.byteLength > limitBytes) && <p className="field-error">{m.oversize(maxFileMb)}</p>}
      {(result.warnings ?? []).map((w, i) => (
        <p key={`w${i}`} className="field-error" dir="auto">
          {w}
        </p>
      ))}
      {(result.skipped.length > 0 || unreadable.length > 0) && (
        <div className="bundle-skipped">
          <h3>{m.skippedTitle}</h3>
          <ul>
            {unreadable.map((u, i) => (
              <li key={`u${i}`} dir="auto">
                {u}
              </li>
            ))}
            {result.skipped.map((s) => (
              <li key={s.exhibitId} dir="auto">
                <strong>{s.title}</strong>: {s.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        {result.volumes.map((v) => (
          <button key={v.volume} type="button" className="button button--primary" disabled={working} onClick={() => void saveVolume(v.volume)}>
            {volumes > 1 ? m.saveVolume(v.volume) : m.savePdf}
          </button>
        ))}
        <button type="button" className="button" disabled={working} onClick={() => void saveZip()}>
          {m.saveZip}
        </button>
        <button type="button" className="button" disabled={working} onClick={() => void saveManifest()}>
          {m.saveManifest}
        </button>
        {onFreeze && (
          <button type="button" className="button" disabled={working} onClick={onFreeze}>
            {m.freeze}
          </button>
        )}
      </div>
      <p role="status" className="bundle-result__status">
        {save.kind === 'working' || save.kind === 'done' ? save.text : ''}
      </p>
      {save.kind === 'failed' && (
        <p role="alert" className="field-error">
          {save.text}
        </p>
      )}
    </section>
  )
}
