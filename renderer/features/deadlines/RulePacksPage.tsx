// Rule packs: the shipped ones (read-only; fork to change), the lawyer's own (rules added, edited
// and deleted here), and the duties the sources name without a date Redress can compute.
import { useState } from 'react'
import { forkPack, RulePack, shippedListedObligations, type DeadlineRule } from '@shared/rules'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { uiMessages } from '../../src/ui/messages'
import { todayIso } from './deadlineModel'
import { DeadlinesLayout } from './DeadlinesLayout'
import { deadlineMessages as m } from './messages'
import { packIdFromName, packWithRule } from './ruleDraft'
import { RuleForm } from './RuleForm'

type Editing = { packId: string; ruleId: string | 'new' } | { packId: string; fork: true } | { newPack: true } | null

import { ListedObligations, PackPanel } from './RulePackPanel'
import { ForkForm, NewPackForm } from './PackForms'
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
