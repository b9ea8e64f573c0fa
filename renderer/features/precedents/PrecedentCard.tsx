// One library entry as the list and the wizard show it: citation, kind, date, body, outcome,
// grounds, fact tags, summary and source. Reference-set entries say where they come from.
import type { ReactNode } from 'react'
import { datePrecision, type Precedent } from '@shared/precedents'
import { formatDay, formatMonth } from '../../src/locale'
import { precedentMessages as m } from './messages'

export function precedentDate(date: string): string {
  const precision = datePrecision(date)
  return precision === 'day' ? formatDay(date) : precision === 'month' ? formatMonth(date) : date
}

interface Props {
  precedent: Precedent
  actions?: ReactNode
  headingLevel?: 2 | 3 | 4 | 5
  /** The wizard shows citation, kind, date, body and summary only. */
  compact?: boolean
  /** Keeps element ids unique when one entry is shown under several grounds. */
  idPrefix?: string
}

export function PrecedentCard({ precedent: p, actions, headingLevel = 3, compact = false, idPrefix = 'precedent' }: Props) {
  const Heading = `h${headingLevel}` as const
  const headingId = `${idPrefix}-${p.id}-citation`
  const reference = p.origin === 'reference-set'
  return (
    <article className="precedent-card" aria-labelledby={headingId}>
      <div className="precedent-card__head">
        <Heading id={headingId} className="precedent-card__citation" dir="auto">
          {p.citation}
        </Heading>
        <span className={`badge ${reference ? 'badge--reference' : 'badge--own'}`}>{reference ? m.referenceSet : m.ownEntry}</span>
      </div>
      <p className="muted">{[m.kinds[p.kind], precedentDate(p.date), p.body].join(' · ')}</p>
      {!compact && (
        <p className="precedent-card__meta">
          <span>
            {m.outcome}: {m.outcomes[p.outcome]}
          </span>
          <span>
            {m.grounds}: {p.groundIds.map((g) => m.groundLabels[g]).join('; ')}
          </span>
        </p>
      )}
      <p className="precedent-card__summary" dir="auto">
        {p.summary}
      </p>
      {!compact && p.facts.length > 0 && (
        <ul className="precedent-card__tags" aria-label={m.facts}>
          {p.facts.map((f) => (
            <li key={f} dir="auto">
              {f}
            </li>
          ))}
        </ul>
      )}
      {!compact && (p.sourceUrl || p.sourceNote) && (
        <p className="precedent-card__source">
          {m.source}: <span dir="auto">{[p.sourceNote, p.sourceUrl].filter(Boolean).join(' — ')}</span>
        </p>
      )}
      {actions}
    </article>
  )
}
