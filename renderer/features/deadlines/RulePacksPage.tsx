// Rule packs: the shipped ones (read-only; fork to change), the lawyer's own (rules added, edited
// and deleted here), and the duties the sources name without a date Redress can compute.
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { describePeriod } from '@shared/deadlines'
import { findRule, forkPack, RulePack, shippedListedObligations, type DeadlineRule, type ListedObligation } from '@shared/rules'
import { useUnsavedChanges } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { countryOptions } from '../../src/ui/countries'
import { FormAlert, SelectField, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useFormErrors } from '../../src/ui/formErrors'
import { uiMessages } from '../../src/ui/messages'
import { useSaveAction } from '../../src/ui/saveAction'
import { eventTypeLabels } from '../dossiers/messages'
import { todayIso } from './deadlineModel'
import { DeadlinesLayout } from './DeadlinesLayout'
import { certaintyLabels, deadlineMessages as m, obligorBadges, requestTypeLabels, rollLabels } from './messages'
import { packIdFromName, packWithRule } from './ruleDraft'
import { RuleForm } from './RuleForm'

type Editing = { packId: string; ruleId: string | 'new' } | { packId: string; fork: true } | { newPack: true } | null

export function RulePacksPage() {
  const session = useSession()
  const packs = session.rulePacks()
  const [editing, setEditing] = useState<Editing>(null)
  const [deletingPack, setDeletingPack] = useState<RulePack | null>(null)
  const [deletingRule, setDeletingRule] = useState<{ pack: RulePack; rule: DeadlineRule } | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const today = todayIso()
  const takenIds = new Set(packs.map((p) => p.id))

  const attempt = async (run: () => Promise<void>) => {
    setFailure(null)
    setStatus(null)
    try {
      await run()
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }
  const savePack = async (pack: RulePack) => {
    const saved = await session.saveRulePack(pack)
    setEditing(null)
    setStatus(m.packSaved(saved.name))
  }

  return (
    <DeadlinesLayout
      current="rule-packs"
      title={m.packsTitle}
      actions={
        editing === null && (
          <button type="button" className="button button--primary" onClick={() => setEditing({ newPack: true })}>
            {m.newPack}
          </button>
        )
      }
    >
      <p className="muted">{m.packsIntro}</p>
      <FormAlert>{failure}</FormAlert>
      {status && (
        <p className="form-success" role="status">
          {status}
        </p>
      )}
      {editing && 'newPack' in editing && (
        <NewPackForm
          onCancel={() => setEditing(null)}
          onSave={(name, jurisdiction) =>
            savePack(RulePack.parse({ id: packIdFromName(name, takenIds), name, jurisdiction, shipped: false, rules: [] }))
          }
        />
      )}
      {packs.map((pack) => {
        const forking = editing !== null && 'fork' in editing && editing.packId === pack.id
        const ruleEditing = editing !== null && 'ruleId' in editing && editing.packId === pack.id ? editing.ruleId : null
        return (
          <PackPanel
            key={pack.id}
            pack={pack}
            allPacks={packs}
            idle={editing === null}
            onFork={() => setEditing({ packId: pack.id, fork: true })}
            onAddRule={() => setEditing({ packId: pack.id, ruleId: 'new' })}
            onEditRule={(rule) => setEditing({ packId: pack.id, ruleId: rule.id })}
            onDeleteRule={(rule) => setDeletingRule({ pack, rule })}
            onDeletePack={() => setDeletingPack(pack)}
          >
            {forking && (
              <ForkForm
                pack={pack}
                takenIds={takenIds}
                onCancel={() => setEditing(null)}
                onSave={(id, name) => savePack(forkPack(pack, id, name))}
              />
            )}
            {ruleEditing !== null && (
              <RuleForm
                pack={pack}
                allPacks={packs}
                today={today}
                {...(ruleEditing !== 'new' ? { existing: pack.rules.find((r) => r.id === ruleEditing) } : {})}
                onCancel={() => setEditing(null)}
                onSave={(rule, originalId) => savePack(packWithRule(pack, rule, originalId))}
              />
            )}
          </PackPanel>
        )
      })}
      <ListedObligations items={shippedListedObligations} />
      {deletingPack && (
        <ConfirmDialog
          title={m.deletePackTitle(deletingPack.name)}
          confirmLabel={m.deletePack}
          danger
          onCancel={() => setDeletingPack(null)}
          onConfirm={() => {
            const id = deletingPack.id
            setDeletingPack(null)
            void attempt(() => session.deleteRulePack(id))
          }}
        >
          <p>{m.deletePackBody}</p>
        </ConfirmDialog>
      )}
      {deletingRule && (
        <ConfirmDialog
          title={m.deleteRuleTitle}
          confirmLabel={m.deleteRule}
          danger
          onCancel={() => setDeletingRule(null)}
          onConfirm={() => {
            const { pack, rule } = deletingRule
            setDeletingRule(null)
            void attempt(() => savePack({ ...pack, rules: pack.rules.filter((r) => r.id !== rule.id) }))
          }}
        >
          <p>{m.deleteRuleBody(deletingRule.rule.title)}</p>
        </ConfirmDialog>
      )}
    </DeadlinesLayout>
  )
}

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

function PackPanel({ pack, allPacks, idle, onFork, onAddRule, onEditRule, onDeleteRule, onDeletePack, children }: PackPanelProps) {
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
          <dd>{m.periodLine(describePeriod(rule.period), rule.direction)}</dd>
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

function ListedObligations({ items }: { items: readonly ListedObligation[] }) {
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

function ForkForm({ pack, takenIds, onSave, onCancel }: { pack: RulePack; takenIds: ReadonlySet<string>; onSave: (id: string, name: string) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState('')
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, fail, clearField } = useFormErrors(formRef)
  const uid = useId()
  useUnsavedChanges(name.trim() !== '' && !saving)
  const newId = packIdFromName(name, takenIds)

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = RulePack.shape.name.safeParse(name)
    if (!parsed.success) {
      fail({ name: errorsFromIssues(parsed.error.issues, () => m.forkName)[''] ?? m.forkName })
      return
    }
    await runSave(() => onSave(newId, parsed.data))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <h3 id={`${uid}-heading`}>{m.forkTitle(pack.name)}</h3>
      <FormAlert>{saveError}</FormAlert>
      <TextField
        id={`${uid}-name`}
        label={m.forkName}
        hint={`${m.forkNameHint}. ${m.forkId(newId)}`}
        required
        dirAuto
        value={name}
        onChange={(v) => {
          setName(v)
          clearField('name')
        }}
        error={errors.name}
      />
      <p className="muted">{m.forkReplaces}</p>
      <div className="button-row button-row--end">
        <button type="button" className="button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? uiMessages.saving : m.forkSave}
        </button>
      </div>
    </form>
  )
}

function NewPackForm({ onSave, onCancel }: { onSave: (name: string, jurisdiction: string) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState('')
  const [jurisdiction, setJurisdiction] = useState('INT')
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, fail, clearField } = useFormErrors(formRef)
  const uid = useId()
  useUnsavedChanges(name.trim() !== '' && !saving)
  const options = [{ value: 'INT', label: m.jurisdictionInt }, ...countryOptions().map((c) => ({ value: c.code, label: c.name }))]

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = RulePack.shape.name.safeParse(name)
    if (!parsed.success) {
      fail({ name: errorsFromIssues(parsed.error.issues, () => m.packName)[''] ?? m.packName })
      return
    }
    await runSave(() => onSave(parsed.data, jurisdiction))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`}>{m.newPackTitle}</h2>
      <FormAlert>{saveError}</FormAlert>
      <div className="grid-2">
        <TextField
          id={`${uid}-name`}
          label={m.packName}
          required
          dirAuto
          value={name}
          onChange={(v) => {
            setName(v)
            clearField('name')
          }}
          error={errors.name}
        />
        <SelectField id={`${uid}-jurisdiction`} label={m.jurisdiction} value={jurisdiction} options={options} onChange={setJurisdiction} />
      </div>
      <div className="button-row button-row--end">
        <button type="button" className="button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? uiMessages.saving : m.savePack}
        </button>
      </div>
    </form>
  )
}
