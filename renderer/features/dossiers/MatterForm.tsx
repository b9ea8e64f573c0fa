// Add or edit one matter (one INTERPOL data item). The stage list only offers the moves that
// shared/domain/matter.ts allows from the current stage.
import { useCallback, useRef, useState, type FormEvent } from 'react'
import { canMoveStage, Matter, MatterStage, type Matter as MatterT } from '@shared/domain'
import { useUnsavedChanges } from '../../src/navigation'
import { CountrySelect, DateField, FormAlert, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import { errorsFromIssues, useDirty, useFormErrors } from '../../src/ui/formErrors'
import { useSaveAction } from '../../src/ui/saveAction'
import { uiMessages } from '../../src/ui/messages'
import { draftFromMatter, emptyMatterDraft, matterErrorLabel, matterInputFromDraft, type MatterDraft } from './matterDraft'
import { dataItemKindLabels, dossierMessages as m, optionsOf, stageLabels } from './messages'
import { OffencesFields } from './OffencesFields'
import { FormActions } from '../../src/ui/FormActions'

interface Props {
  clientId: string
  existing?: MatterT
  onSave: (matter: MatterT) => Promise<void>
  onCancel: () => void
}

export function MatterForm({ clientId, existing, onSave, onCancel }: Props) {
  const [initial] = useState<MatterDraft>(() => (existing ? draftFromMatter(existing) : emptyMatterDraft()))
  const [draft, setDraft] = useState(initial)
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clearField } = useFormErrors(formRef)
  useUnsavedChanges(useDirty(initial, draft) && !saving)
  const idPrefix = existing ? `matter-${existing.id}` : 'matter-new'
  const id = (f: string) => `${idPrefix}-${f}`

  const set = useCallback(
    <K extends keyof MatterDraft>(key: K, value: MatterDraft[K], errorPath?: string) => {
      setDraft((d) => ({ ...d, [key]: value }))
      clearField(errorPath ?? key)
    },
    [clearField]
  )

  const stageOptions = MatterStage.options
    .filter((s) => !existing || canMoveStage(existing.stage, s))
    .map((s) => ({ value: s, label: stageLabels[s] }))

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const now = new Date().toISOString()
    const base = { id: existing?.id ?? crypto.randomUUID(), clientId, createdAt: existing?.createdAt ?? now, updatedAt: now }
    const { input, errors: extra } = matterInputFromDraft(draft, base)
    const parsed = Matter.safeParse(input)
    const schemaErrors = parsed.success ? {} : errorsFromIssues(parsed.error.issues, matterErrorLabel)
    if (!parsed.success || Object.keys(extra).length > 0) {
      fail({ ...schemaErrors, ...extra })
      return
    }
    await runSave(() => onSave(parsed.data))
  }

  return (
    <form ref={formRef} className="stack inline-form" onSubmit={submit} noValidate aria-labelledby={id('title-heading')}>
      <h3 id={id('title-heading')}>{existing ? m.editMatterTitle : m.newMatterTitle}</h3>
      <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : saveError}</FormAlert>
      <div className="grid-3">
        <SelectField id={id('kind')} label={m.matterKind} value={draft.kind} options={optionsOf(dataItemKindLabels)} onChange={(v) => set('kind', v as MatterDraft['kind'])} error={errors.kind} />
        <CountrySelect id={id('requestingCountry')} label={m.requestingCountry} required value={draft.requestingCountry} onChange={(v) => set('requestingCountry', v)} error={errors.requestingCountry} />
        <SelectField id={id('stage')} label={m.stage} value={draft.stage} options={stageOptions} onChange={(v) => set('stage', v as MatterDraft['stage'])} error={errors.stage} />
      </div>
      <div className="grid-3">
        <TextField id={id('ncb')} label={m.ncb} hint={m.ncbHint} value={draft.ncb} onChange={(v) => set('ncb', v)} error={errors.ncb} />
        <TextField id={id('interpolReference')} label={m.interpolReference} value={draft.interpolReference} onChange={(v) => set('interpolReference', v)} error={errors.interpolReference} />
        <TextField id={id('title')} label={m.matterTitle} hint={m.matterTitleHint} dirAuto value={draft.title} onChange={(v) => set('title', v)} error={errors.title} />
      </div>
      <div className="grid-3">
        <TextField id={id('fileReference')} label={m.fileReference} hint={m.fileReferenceHint} value={draft.fileReference} onChange={(v) => set('fileReference', v)} error={errors.fileReference} />
      </div>
      <OffencesFields idPrefix={idPrefix} offences={draft.offences} onChange={(next, path) => set('offences', next, path)} errors={errors} />
      <fieldset className="subfieldset">
        <legend>{m.warrantTitle}</legend>
        <div className="grid-3">
          <DateField id={id('warrantDate')} label={m.warrantDate} value={draft.warrantDate} onChange={(v) => set('warrantDate', v, 'warrant.date')} error={errors['warrant.date']} />
          <TextField id={id('warrantCourt')} label={m.warrantCourt} dirAuto value={draft.warrantCourt} onChange={(v) => set('warrantCourt', v, 'warrant.court')} error={errors['warrant.court']} />
          <TextField id={id('warrantNumber')} label={m.warrantNumber} value={draft.warrantNumber} onChange={(v) => set('warrantNumber', v, 'warrant.number')} error={errors['warrant.number']} />
        </div>
      </fieldset>
      <TextAreaField id={id('howLearned')} label={m.howLearned} value={draft.howLearned} onChange={(v) => set('howLearned', v)} error={errors.howLearned} />
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={m.saveMatter} saving={saving} />
    </form>
  )
}
