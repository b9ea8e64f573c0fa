// Guidance with its source and how firm that source is: never shown as a conclusion.
import type { CitedText, EligibilityCheck } from '@shared/petitions'
import { CERTAINTY_LABELS, STATUS_LABELS } from './messages'

export function CertaintyBadge({ certainty }: { certainty: CitedText['certainty'] }) {
  return <span className={`badge certainty certainty--${certainty}`}>{CERTAINTY_LABELS[certainty]}</span>
}

export function CitedLine({ item }: { item: CitedText }) {
  return (
    <>
      <span>{item.text}</span> <cite className="citation">({item.citation})</cite> <CertaintyBadge certainty={item.certainty} />
    </>
  )
}

export function EligibilityList({ checks }: { checks: readonly EligibilityCheck[] }) {
  return (
    <ul className="guidance-list">
      {checks.map((c) => (
        <li key={c.id} className={`guidance guidance--${c.status}`}>
          <span className={`badge check-status check-status--${c.status}`}>{STATUS_LABELS[c.status]}</span> <CitedLine item={c} />
        </li>
      ))}
    </ul>
  )
}
