// "Verify originals": re-read every stored original of the matter and compare its SHA-256 with the
// one taken at intake; or compare the stored originals with a manifest.json saved with a bundle.
import { useState } from 'react'
import { compareWithManifest } from '@shared/exhibits'
import { BundleManifest } from '@shared/exhibits/bundleManifest'
import { getPlatform } from '../../platform/platform'
import { useSession } from '../../src/session'
import { FormAlert } from '../../src/ui/fields'
import { formatTimestamp } from '../../src/locale'
import { exhibitMessages as m } from './messages'
import { reason } from './useBundleBuild'

type Status = keyof typeof m.status

interface Row {
  exhibitId: string
  title: string
  fileName: string
  expected: string
  actual: string | null
  status: Status
}

type VerifyState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; rows: Row[]; against: string | null } | { kind: 'failed'; text: string }

export function VerifyPanel({ matterId }: { matterId: string }) {
  const session = useSession()
  const [state, setState] = useState<VerifyState>({ kind: 'idle' })

  async function verifyStored() {
    setState({ kind: 'working' })
    try {
      const results = await session.exhibits.verify(matterId)
      setState({ kind: 'done', against: null, rows: results.map((r) => ({ exhibitId: r.exhibitId, title: r.title, fileName: r.fileName, expected: r.expected, actual: r.actual, status: r.status })) })
    } catch (error) {
      setState({ kind: 'failed', text: reason(error) })
    }
  }

  async function verifyManifest() {
    let picked
    try {
      picked = await getPlatform().openFiles({ accept: [{ name: 'manifest.json', extensions: ['json'] }], multiple: false })
    } catch (error) {
      setState({ kind: 'failed', text: reason(error) })
      return
    }
    const file = picked[0]
    if (!file) return
    let json: unknown
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes))
    } catch {
      setState({ kind: 'failed', text: m.manifestUnreadable })
      return
    }
    const manifest = BundleManifest.safeParse(json)
    if (!manifest.success) {
      setState({ kind: 'failed', text: m.manifestInvalid })
      return
    }
    setState({ kind: 'working' })
    try {
      // The vault's re-hash of each stored original (null when it cannot be read at all).
      const stored = await session.exhibits.verify(matterId)
      const actual = new Map(stored.map((r) => [r.exhibitId, r.actual]))
      const check = compareWithManifest(manifest.data, actual)
      setState({
        kind: 'done',
        against: m.manifestAgainst(manifest.data.title, formatTimestamp(manifest.data.generatedAt)),
        rows: check.rows.map((r) => ({ exhibitId: r.exhibitId, title: `${r.label} · ${r.title}`, fileName: r.fileName, expected: r.expected, actual: r.actual, status: r.status }))
      })
    } catch (error) {
      setState({ kind: 'failed', text: reason(error) })
    }
  }

  const problems = state.kind === 'done' ? state.rows.filter((r) => r.status !== 'unchanged').length : 0
  return (
    <section className="panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{m.verifyTitle}</h2>
      <p className="field-hint">{m.verifyNote}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={state.kind === 'working'} onClick={() => void verifyStored()}>
          {m.verify}
        </button>
        <button type="button" className="button" disabled={state.kind === 'working'} onClick={() => void verifyManifest()}>
          {m.verifyManifest}
        </button>
      </div>
      <p role="status" className={problems > 0 ? 'verify-verdict verify-verdict--bad' : 'verify-verdict'}>
        {state.kind === 'working' ? m.verifying : state.kind === 'done' ? (problems === 0 ? m.verifyAllOk(state.rows.length) : m.verifyProblems(problems)) : ''}
      </p>
      <FormAlert>{state.kind === 'failed' ? state.text : null}</FormAlert>
      {state.kind === 'done' && (
        <>
          {state.against && <p>{state.against}</p>}
          <table className="verify-table">
            <thead>
              <tr>
                <th scope="col">{m.colExhibit}</th>
                <th scope="col">{m.colFile}</th>
                <th scope="col">{m.colExpected}</th>
                <th scope="col">{m.colActual}</th>
                <th scope="col">{m.colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((r) => (
                <tr key={r.exhibitId} className={`verify-row verify-row--${r.status}`}>
                  <td dir="auto">{r.title}</td>
                  <td dir="auto">{r.fileName}</td>
                  <td>
                    <code className="exhibit-card__hash">{r.expected}</code>
                  </td>
                  <td>
                    <code className="exhibit-card__hash">{r.actual ?? '—'}</code>
                  </td>
                  <td>{m.status[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
