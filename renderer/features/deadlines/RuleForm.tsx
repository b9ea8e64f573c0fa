// Add or edit one rule of a lawyer's own pack: what is due, what starts the clock (an event, or
// another rule's deadline), the period, who owes it, the citation and how certain it is.
import { useId, useRef, useState, type FormEvent } from 'react'
import { CcfRequestType } from '@shared/domain'
import { Certainty, Obligor, PeriodUnit, RollRule, type DeadlineRule, type RulePack } from '@shared/rules'
import { useUnsavedChanges } from '../../src/navigation'
import { CheckboxField, DateField, FormAlert, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import { useDirty, useFormErrors } from '../../src/ui/formErrors'
import { uiMessages } from '../../src/ui/messages'
import { useSaveAction } from '../../src/ui/saveAction'
import { eventTypeLabels, optionsOf } from '../dossiers/messages'
import { certaintyLabels, deadlineMessages as m, obligorLabels, periodUnitLabels, requestTypeLabels, rollLabels } from './messages'
import { draftFromRule, emptyRuleDraft, ruleFromDraft, type RuleDraft } from './ruleDraft'
import { FormActions } from '../../src/ui/FormActions'

interface Props {
  pack: RulePack
  /** Every rule a chain may start from (all packs). */
  allPacks: readonly RulePack[]
  existing?: DeadlineRule
  today: string
  onSave: (rule: DeadlineRule, originalId: string | undefined) => Promise<void>
  onCancel: () => void
}

// Functions, not constants: each call reads the labels in the current UI language.
const eventOptions = () => optionsOf(eventTypeLabels)
const requestOptions = () => [{ value: '', label: m.requestTypeAny }, ...CcfRequestType.options.map((v) => ({ value: v, label: requestTypeLabels[v] }))]
const unitOptions = () => PeriodUnit.options.map((v) => ({ value: v, label: periodUnitLabels[v] }))
const obligorOptions = () => Obligor.options.map((v) => ({ value: v, label: obligorLabels[v] }))
const certaintyOptions = () => Certainty.options.map((v) => ({ value: v, label: certaintyLabels[v] }))
const rollOptions = () => RollRule.options.map((v) => ({ value: v, label: rollLabels[v] }))
const directionOptions = () => [
  { value: 'after', label: m.directionAfter },
  { value: 'before', label: m.directionBefore }
]
const triggerOptions = () => [
  { value: 'event', label: m.triggerEvent },
  { value: 'deadline', label: m.triggerDeadline }
]

export function RuleForm({ pack, allPacks, existing, today, onSave, onCancel }: Props) {
  const [initial] = useState<RuleDraft>(() => (existing ? draftFromRule(existing) : emptyRuleDraft(pack, today)))
  const [draft, setDraft] = useState(initial)
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clearField } = useFormErrors(formRef)
  useUnsavedChanges(useDirty(initial, draft) && !saving)
  const uid = useId()
  const id = (f: string) => `${uid}-${f}`
  const headingId = id('heading')

  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K], errorPath: string = key) => {
    setDraft((d) => ({ ...d, [key]: value }))
    clearField(errorPath)
  }
  const parentOptions = [
    { value: '', label: m.chooseRule },
    ...allPacks.flatMap((p) =>
      p.rules.filter((r) => r.id !== existing?.id).map((r) => ({ value: r.id, label: `${r.title} — ${r.citation} (${p.name})` }))
    )
  ]

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const { rule, errors: found } = ruleFromDraft(draft, pack, existing?.id)
    if (!rule) {
      fail(found)
      return
    }
    await runSave(() => onSave(rule, existing?.id))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{existing ? m.editRuleTitle : m.newRuleTitle}</h3>
      <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : saveError}</FormAlert>
      <div className="grid-2">
        <TextField id={id('title')} label={m.ruleTitle} hint={m.ruleTitleHint} required dirAuto value={draft.title} onChange={(v) => set('title', v)} error={errors.title} />
        <TextField id={id('id')} label={m.ruleId} hint={m.ruleIdHint} required value={draft.id} onChange={(v) => set('id', v)} error={errors.id} />
      </div>
      <fieldset className="subfieldset">
        <legend>{m.ruleTrigger}</legend>
        <div className="grid-3">
          <SelectField id={id('triggerKind')} label={m.triggerKind} value={draft.triggerKind} options={triggerOptions()} onChange={(v) => set('triggerKind', v as RuleDraft['triggerKind'])} />
          {draft.triggerKind === 'event' ? (
            <>
              <SelectField id={id('eventType')} label={m.eventType} value={draft.eventType} options={eventOptions()} onChange={(v) => set('eventType', v as RuleDraft['eventType'], 'trigger.eventType')} error={errors['trigger.eventType']} />
              <SelectField id={id('requestType')} label={m.requestType} value={draft.requestType} options={requestOptions()} onChange={(v) => set('requestType', v as RuleDraft['requestType'], 'trigger.requestType')} error={errors['trigger.requestType']} />
            </>
          ) : (
            <SelectField
              id={id('parentRule')}
              label={m.parentRule}
              required
              value={draft.parentRuleId}
              options={parentOptions}
              onChange={(v) => set('parentRuleId', v, 'trigger.ruleId')}
              error={errors['trigger.ruleId']}
              className="grid-span-2"
            />
          )}
        </div>
      </fieldset>
      <div className="grid-3">
        <TextField id={id('amount')} label={m.periodAmount} required inputMode="numeric" value={draft.amount} onChange={(v) => set('amount', v, 'period.amount')} error={errors['period.amount']} className="field--narrow" />
        <SelectField id={id('unit')} label={m.periodUnit} value={draft.unit} options={unitOptions()} onChange={(v) => set('unit', v as PeriodUnit, 'period.unit')} />
        <SelectField id={id('direction')} label={m.direction} value={draft.direction} options={directionOptions()} onChange={(v) => set('direction', v as RuleDraft['direction'])} />
      </div>
      <div className="grid-3">
        <SelectField id={id('obligor')} label={m.obligor} value={draft.obligor} options={obligorOptions()} onChange={(v) => set('obligor', v as Obligor)} />
        <SelectField id={id('certainty')} label={m.certainty} value={draft.certainty} options={certaintyOptions()} onChange={(v) => set('certainty', v as Certainty)} />
        <SelectField id={id('roll')} label={m.roll} value={draft.roll} options={rollOptions()} onChange={(v) => set('roll', v as RollRule)} />
      </div>
      <div className="grid-3">
        <TextField id={id('citation')} label={m.citation} hint={m.citationHint} required value={draft.citation} onChange={(v) => set('citation', v)} error={errors.citation} />
        <DateField id={id('verifiedOn')} label={m.verifiedOn} required value={draft.verifiedOn} onChange={(v) => set('verifiedOn', v)} error={errors.verifiedOn} />
        <TextField id={id('sourceUrl')} label={m.sourceUrl} value={draft.sourceUrl} onChange={(v) => set('sourceUrl', v)} error={errors.sourceUrl} />
      </div>
      <TextField id={id('reminders')} label={m.reminderLeadDays} hint={m.reminderLeadDaysHint} value={draft.reminders} onChange={(v) => set('reminders', v)} error={errors.reminderLeadDays} />
      <div className="stack stack--tight">
        <CheckboxField id={id('extendable')} label={m.extendable} checked={draft.extendable} onChange={(v) => set('extendable', v)} />
        <CheckboxField id={id('startsWith')} label={m.startsWithTriggerDay} checked={draft.startsWithTriggerDay} onChange={(v) => set('startsWithTriggerDay', v)} />
        {draft.triggerKind === 'event' && (
          <CheckboxField id={id('countsFromDateSet')} label={m.countsFromDateSet} checked={draft.countsFromDateSet} onChange={(v) => set('countsFromDateSet', v)} />
        )}
      </div>
      <TextAreaField id={id('note')} label={m.ruleNoteField} value={draft.note} onChange={(v) => set('note', v)} error={errors.note} />
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={m.saveRule} saving={saving} />
    </form>
  )
}
