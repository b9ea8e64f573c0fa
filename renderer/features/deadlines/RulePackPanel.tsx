// One rule pack as the Rule packs page lists it: its rules with citation, certainty and period,
// the actions allowed on it, and the duties the sources name without a computable date.
import { useId, type ReactNode } from 'react'
import { findRule, RulePack, type DeadlineRule, type ListedObligation } from '@shared/rules'
import { eventTypeLabels } from '../dossiers/messages'
import { certaintyLabels, deadlineMessages as m, obligorBadges, requestTypeLabels, rollLabels } from './messages'



interface PackPanelProps {
  pack: RulePack
  allPacks: readonly RulePack[]
  idle: boolean
  onFork: () => void
  onAddRule: () => void
  onEditRule: (rule: DeadlineRule) => void
  onDeleteRule: (rule: DeadlineRule) => void
  onDeletePack: () => void
  children: ReactNode
}

export function PackPanel({ pack, allPacks, idle, onFork, onAddRule, onEditRule, onDeleteRule, onDeletePack, children }: PackPanelProps) {
  const headingId = useId()
  const source = pack.forkedFrom ? allPacks.find((p) => p.id === pack.forkedFrom) : undefined
  // The vault computes deadlines from a fork instead of the shipped pack it came from.
  const replacement = pack.shipped ? allPacks.find((p) => p.forkedFrom === pack.id) : undefined
  const rules = (
    <ul className="rule-list">
      {pack.rules.map((rule) => (
        <RuleItem key={rule.id} rule={rule} allPacks={allPacks}>
          {!pack.shipped && idle && (
            <div className="button-row">
              <button type="button" className="button button--quiet" onClick={() => onEditRule(rule)} aria-label={m.named(m.editRule, rule.title)}>
                {m.editRule}
              </button>
              <button type="button" className="button button--quiet-danger" onClick={() => onDeleteRule(rule)} aria-label={m.named(m.deleteRule, rule.title)}>
                {m.deleteRule}
              </button>
            </div>
          )}
        </RuleItem>
      ))}
    </ul>
  )
  return (
    <section className="panel rule-pack" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId}>{pack.name}</h2>
        <div className="button-row">
          <span className={`badge ${pack.shipped ? 'badge--shipped' : 'badge--custom'}`}>{pack.shipped ? m.shippedPack : m.customPack}</span>
          {replacement && <span className="badge badge--replaced">{m.replacedBy(replacement.name)}</span>}
          {idle && !replacement && (
            <button type="button" className="button" onClick={onFork} aria-label={m.named(m.forkPack, pack.name)}>
              {m.forkPack}
            </button>
          )}
          {idle && !pack.shipped && (
            <>
              <button type="button" className="button button--primary" onClick={onAddRule} aria-label={m.named(m.addRule, pack.name)}>
                {m.addRule}
              </button>
              <button type="button" className="button button--quiet-danger" onClick={onDeletePack} aria-label={m.named(m.deletePack, pack.name)}>
                {m.deletePack}
              </button>
            </>
          )}
        </div>
      </div>
      {pack.forkedFrom && <p className="muted">{m.forkedFrom(source?.name ?? pack.forkedFrom)}</p>}
      {pack.description && <p className="muted">{pack.description}</p>}
      {children}
      {pack.rules.length === 0 ? (
        <p className="muted">{m.noRules}</p>
      ) : pack.shipped ? (
        <details className="rule-pack__rules">
          <summary>{m.rulesCount(pack.rules.length)}</summary>
          {rules}
        </details>
      ) : (
        rules
      )}
    </section>
  )
}

function triggerText(rule: DeadlineRule, allPacks: readonly RulePack[]): string {
  if (rule.trigger.kind === 'deadline') {
    const parent = findRule(rule.trigger.ruleId, allPacks)
    return parent ? m.afterRule(parent.rule.title) : m.unknownRule(rule.trigger.ruleId)
  }
  const request = rule.trigger.requestType ? ` (${requestTypeLabels[rule.trigger.requestType]})` : ''
  return `${eventTypeLabels[rule.trigger.eventType]}${request}`
}

function RuleItem({ rule, allPacks, children }: { rule: DeadlineRule; allPacks: readonly RulePack[]; children?: ReactNode }) {
  return (
    <li className={`rule-item rule-item--${rule.certainty}`}>
      <div className="rule-item__head">
        <p className="rule-item__title">{rule.title}</p>
        <ul className="badges">
          <li className={`badge badge--obligor badge--${rule.obligor}`}>{obligorBadges[rule.obligor]}</li>
          {rule.certainty === 'unconfirmed' && <li className="badge badge--unconfirmed">{m.unconfirmedRule}</li>}
          {rule.certainty === 'practice' && <li className="badge badge--practice">{m.practiceRule}</li>}
        </ul>
      </div>
      <dl className="rule-facts">
        <div>
          <dt>{m.rulePeriod}</dt>
          <dd>{m.periodLine(rule.period.amount, rule.period.unit, rule.direction)}</dd>
        </div>
        <div>
          <dt>{m.ruleTrigger}</dt>
          <dd>{triggerText(rule, allPacks)}</dd>
        </div>
        <div>
          <dt>{m.ruleCitation}</dt>
          <dd>{rule.citation}</dd>
        </div>
        <div>
          <dt>{m.ruleCertainty}</dt>
          <dd>{certaintyLabels[rule.certainty]}</dd>
        </div>
        <div>
          <dt>{m.ruleVerifiedOn}</dt>
          <dd>{rule.verifiedOn}</dd>
        </div>
        <div>
          <dt>{m.ruleRoll}</dt>
          <dd>{rollLabels[rule.roll]}</dd>
        </div>
        <div>
          <dt>{m.ruleReminders}</dt>
          <dd>{rule.reminderLeadDays.length ? rule.reminderLeadDays.join(', ') : '—'}</dd>
        </div>
      </dl>
      {rule.extendable && <p className="muted rule-item__note">{m.ruleExtendable}</p>}
      {rule.note && <p className="muted rule-item__note">{rule.note}</p>}
      {children}
    </li>
  )
}

export function ListedObligations({ items }: { items: readonly ListedObligation[] }) {
  const headingId = useId()
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.listedTitle}</h2>
      <p className="muted">{m.listedIntro}</p>
      <ul className="rule-list">
        {items.map((o) => (
          <li key={o.id} className={`rule-item rule-item--${o.certainty}`}>
            <div className="rule-item__head">
              <p className="rule-item__title">{o.title}</p>
              <ul className="badges">
                <li className={`badge badge--obligor badge--${o.obligor}`}>{obligorBadges[o.obligor]}</li>
                {o.certainty === 'unconfirmed' && <li className="badge badge--unconfirmed">{m.unconfirmedRule}</li>}
                {o.certainty === 'practice' && <li className="badge badge--practice">{m.practiceRule}</li>}
              </ul>
            </div>
            <dl className="rule-facts">
              <div>
                <dt>{m.listedWhen}</dt>
                <dd>{o.when}</dd>
              </div>
              <div>
                <dt>{m.ruleCitation}</dt>
                <dd>{o.citation}</dd>
              </div>
              <div>
                <dt>{m.ruleCertainty}</dt>
                <dd>{certaintyLabels[o.certainty]}</dd>
              </div>
              <div>
                <dt>{m.ruleVerifiedOn}</dt>
                <dd>{o.verifiedOn}</dd>
              </div>
            </dl>
            <p className="muted rule-item__note">
              {m.listedWhy}: {o.whyNoDate}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
