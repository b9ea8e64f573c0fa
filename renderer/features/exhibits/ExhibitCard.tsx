// One exhibit in the matter's list: what it is, its file facts with the SHA-256 taken at intake,
// and its pre-flight findings (errors: left out of bundles; warnings: bundled but check).
import type { Exhibit, PreflightFinding } from '@shared/exhibits/exhibitRecord'
import { formatBytes, formatTimestamp } from '../../src/locale'
import { shortHash } from './exhibitFacts'
import { exhibitMessages as m } from './messages'

interface Props {
  exhibit: Exhibit
  findings: readonly PreflightFinding[]
  translationOfTitle: string | null
  actions: boolean
  onEdit: () => void
  onDelete: () => void
}

export function ExhibitCard({ exhibit: e, findings, translationOfTitle, actions, onEdit, onDelete }: Props) {
  const facts = [e.documentDate ?? m.undated, m.kindLabels[e.kind], e.pageCount !== null && e.kind === 'pdf' ? m.pages(e.pageCount) : null, formatBytes(e.file.sizeBytes)].filter(Boolean)
  return (
    <article className="exhibit-card" aria-label={e.title}>
      <div className="exhibit-card__head">
        <h4 dir="auto">{e.title}</h4>
        {e.confidential && <span className="exhibit-badge exhibit-badge--confidential">{m.confidentialBadge}</span>}
      </div>
      <p className="exhibit-card__facts">
        {facts.join(' · ')}
        {e.author && (
          <>
            {' · '}
            <span dir="auto">{e.author}</span>
          </>
        )}
        {e.language && ` · ${e.language}`}
      </p>
      {translationOfTitle && (
        <p className="exhibit-card__facts" dir="auto">
          {m.translationOfLine(translationOfTitle)}
        </p>
      )}
      <details className="exhibit-card__file">
        <summary>
          <span className="exhibit-card__filename" dir="auto">
            {e.file.fileName}
          </span>{' '}
          · {m.sha256} <code title={e.file.sha256}>{shortHash(e.file.sha256)}</code>
          <span className="visually-hidden"> ({m.showHash})</span>
        </summary>
        <dl className="facts">
          <div className="facts__row">
            <dt>{m.sha256}</dt>
            <dd>
              <code className="exhibit-card__hash">{e.file.sha256}</code>
            </dd>
          </div>
          <div className="facts__row">
            <dt>{m.fileName}</dt>
            <dd dir="auto">{e.file.fileName}</dd>
          </div>
          <div className="facts__row">
            <dt>{m.intakeAt}</dt>
            <dd>{formatTimestamp(e.file.intakeAt)}</dd>
          </div>
        </dl>
      </details>
      {findings.length > 0 && (
        <ul className="exhibit-findings">
          {findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className={`exhibit-finding exhibit-finding--${f.severity}`}>
              <span className={`exhibit-badge exhibit-badge--${f.severity}`}>{f.severity === 'error' ? m.leftOut : m.needsAttention}</span> {f.message}
            </li>
          ))}
        </ul>
      )}
      {actions && (
        <div className="button-row">
          <button type="button" className="button" onClick={onEdit} aria-label={m.named(m.edit, e.title)}>
            {m.edit}
          </button>
          <button type="button" className="button button--quiet-danger" onClick={onDelete} aria-label={m.named(m.delete, e.title)}>
            {m.delete}
          </button>
        </div>
      )}
    </article>
  )
}
