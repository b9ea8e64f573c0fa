// Add or edit one of the lawyer's own precedents, validated with the Precedent schema. Each field
// with a problem shows the catalogue's message for that field, in the UI language.
import { useRef, useState, type FormEvent } from 'react'
import { GroundId } from '@shared/petitions'
import { PRECEDENT_KINDS, PRECEDENT_OUTCOMES, Precedent, type PrecedentKind, type PrecedentOutcome } from '@shared/precedents'
import { useUnsavedChanges } from '../../src/navigation'
import { CheckboxField, FormAlert, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import { FormActions } from '../../src/ui/FormActions'
import { useDirty, useFormErrors, type FieldErrors } from '../../src/ui/formErrors'
import { useSaveAction } from '../../src/ui/saveAction'
import { uiMessages } from '../../src/ui/messages'
import { precedentMessages as m } from './messages'

interface Props {
  existing?: Precedent
  onSave: (entry: Precedent) => Promise<void>
  onCancel: () => void
}

interface Draft {
  kind: PrecedentKind
  citation: string
  date: string
  body: string
  groundIds: GroundId[]
  facts: string
  outcome: PrecedentOutcome
  summary: string
  sourceUrl: string
  sourceNote: string
}

type FieldName = keyof typeof m.errors

const FIELDS = new Set<string>(['kind', 'citation', 'date', 'body', 'groundIds', 'facts', 'outcome', 'summary', 'sourceUrl', 'sourceNote'] satisfies FieldName[])

/** "groundIds.0" and "facts.3" belong to their list's field; each field shows one message. */
function errorsOf(issues: readonly { path: readonly PropertyKey[] }[]): FieldErrors {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '')
    if (FIELDS.has(field)) errors[field] ??= m.errors[field as FieldName]
  }
  return errors
}

export const splitTags = (text: string): string[] =>
  text
    .split(/[,،;]/)
    .map((t) => t.trim())
    .filter(Boolean)

export function PrecedentForm({ existing, onSave, onCancel }: Props) {
  const [initial] = useState<Draft>(() => ({
    kind: existing?.kind ?? 'ccf-decision',
    citation: existing?.citation ?? '',
    date: existing?.date ?? '',
    body: existing?.body ?? '',
    groundIds: [...(existing?.groundIds ?? [])],
    facts: existing?.facts.join(', ') ?? '',
    outcome: existing?.outcome ?? 'not-compliant',
    summary: existing?.summary ?? '',
    sourceUrl: existing?.sourceUrl ?? '',
    sourceNote: existing?.sourceNote ?? ''
  }))
  const [draft, setDraft] = useState(initial)
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clearField } = useFormErrors(formRef)
  useUnsavedChanges(useDirty(initial, draft) && !saving)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    clearField(key)
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const parsed = Precedent.safeParse({
      ...draft,
      facts: splitTags(draft.facts),
      id: existing?.id ?? crypto.randomUUID(),
      origin: 'own',
      updatedAt: existing?.updatedAt
    })
    if (!parsed.success) {
      fail(errorsOf(parsed.error.issues))
      return
    }
    await runSave(() => onSave(parsed.data))
  }

  const id = (field: string) => `precedent-${field}`
  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby="precedent-form-heading">
      <h2 id="precedent-form-heading">{existing ? m.form.editTitle : m.form.newTitle}</h2>
      <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : saveError}</FormAlert>
      <div className="grid-2">
        <SelectField id={id('kind')} label={m.form.kind} value={draft.kind} options={PRECEDENT_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))} onChange={(v) => set('kind', v as PrecedentKind)} error={errors.kind} />
        <SelectField id={id('outcome')} label={m.form.outcome} value={draft.outcome} options={PRECEDENT_OUTCOMES.map((o) => ({ value: o, label: m.outcomes[o] }))} onChange={(v) => set('outcome', v as PrecedentOutcome)} error={errors.outcome} />
        <TextField id={id('citation')} label={m.form.citation} hint={m.form.citationHint} required dirAuto value={draft.citation} onChange={(v) => set('citation', v)} error={errors.citation} />
        <TextField id={id('date')} label={m.form.date} hint={m.form.dateHint} required value={draft.date} onChange={(v) => set('date', v)} error={errors.date} />
        <TextField id={id('body')} label={m.form.body} hint={m.form.bodyHint} required dirAuto value={draft.body} onChange={(v) => set('body', v)} error={errors.body} />
        <TextField id={id('facts')} label={m.form.facts} hint={m.form.factsHint} dirAuto value={draft.facts} onChange={(v) => set('facts', v)} error={errors.facts} />
      </div>
      <fieldset className="checkbox-group" aria-describedby={errors.groundIds ? id('groundIds-error') : undefined}>
        <legend>
          {m.form.grounds}
          <span className="required-mark" aria-hidden="true" title={uiMessages.requiredMark}>
            *
          </span>
        </legend>
        {GroundId.options.map((g) => (
          <CheckboxField
            key={g}
            id={id(`ground-${g}`)}
            label={m.groundLabels[g]}
            checked={draft.groundIds.includes(g)}
            onChange={(on) => set('groundIds', on ? [...draft.groundIds, g] : draft.groundIds.filter((x) => x !== g))}
          />
        ))}
        {errors.groundIds && (
          <p className="field-error" id={id('groundIds-error')}>
            {errors.groundIds}
          </p>
        )}
      </fieldset>
      <TextAreaField id={id('summary')} label={m.form.summary} required rows={5} value={draft.summary} onChange={(v) => set('summary', v)} error={errors.summary} />
      <div className="grid-2">
        <TextField id={id('sourceUrl')} label={m.form.sourceUrl} hint={m.form.sourceUrlHint} value={draft.sourceUrl} onChange={(v) => set('sourceUrl', v)} error={errors.sourceUrl} />
        <TextField id={id('sourceNote')} label={m.form.sourceNote} hint={m.form.sourceNoteHint} dirAuto value={draft.sourceNote} onChange={(v) => set('sourceNote', v)} error={errors.sourceNote} />
      </div>
      <FormActions onCancel={onCancel} cancelLabel={m.form.cancel} saveLabel={m.form.save} saving={saving} />
    </form>
  )
}
