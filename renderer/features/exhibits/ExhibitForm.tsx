// Edit what the lawyer records about one exhibit. The file itself (name, size, hash, type) is
// fixed at intake and not editable here.
import { useCallback, useRef, useState, type FormEvent } from 'react'
import { confidentialWarning } from '@shared/exhibits'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import { GROUNDS } from '@shared/petitions/groundsCatalogue'
import { useUnsavedChanges } from '../../src/navigation'
import { CheckboxField, DateField, FormAlert, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import { FormActions } from '../../src/ui/FormActions'
import { useDirty, useFormErrors } from '../../src/ui/formErrors'
import { uiMessages } from '../../src/ui/messages'
import { useSaveAction } from '../../src/ui/saveAction'
import { COMMON_LANGUAGES, draftFromExhibit, exhibitFromDraft, LANGUAGE_OTHER, languageName, type ExhibitDraft } from './exhibitDraft'
import { exhibitMessages as m } from './messages'

interface Props {
  exhibit: Exhibit
  /** The matter's other exhibits, offered as "translation of". */
  others: readonly Exhibit[]
  onSave: (exhibit: Exhibit) => Promise<void>
  onCancel: () => void
}

// Built at render time, so the language names follow the UI language.
const languageOptions = () => [
  { value: '', label: m.languageNotRecorded },
  ...COMMON_LANGUAGES.map((l) => ({ value: l.code, label: m.languageOption(languageName(l.code, l.name), l.code) })),
  { value: LANGUAGE_OTHER, label: m.languageOther }
]

export function ExhibitForm({ exhibit, others, onSave, onCancel }: Props) {
  const [initial] = useState<ExhibitDraft>(() => draftFromExhibit(exhibit))
  const [draft, setDraft] = useState(initial)
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clearField } = useFormErrors(formRef)
  useUnsavedChanges(useDirty(initial, draft) && !saving)
  const id = (f: string) => `exhibit-${exhibit.id}-${f}`

  const set = useCallback(
    <K extends keyof ExhibitDraft>(key: K, value: ExhibitDraft[K], errorPath?: string) => {
      setDraft((d) => ({ ...d, [key]: value }))
      clearField(errorPath ?? key)
    },
    [clearField]
  )

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (saving) return
    const result = exhibitFromDraft(exhibit, draft, new Date().toISOString())
    if (result.errors) {
      fail(result.errors)
      return
    }
    await runSave(() => onSave(result.exhibit))
  }

  const translationOptions = [{ value: '', label: m.notATranslation }, ...others.filter((o) => o.id !== exhibit.id).map((o) => ({ value: o.id, label: o.title }))]
  const dateSource = draft.documentDate === (exhibit.documentDate ?? '') && exhibit.documentDateSource ? m.documentDateFrom[exhibit.documentDateSource] : undefined

  return (
    <form ref={formRef} className="stack inline-form exhibit-form" onSubmit={submit} noValidate aria-labelledby={id('heading')}>
      <h4 id={id('heading')} dir="auto">
        {m.formTitle(exhibit.title)}
      </h4>
      <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : saveError}</FormAlert>
      <TextField id={id('title')} label={m.title} required dirAuto value={draft.title} onChange={(v) => set('title', v)} error={errors.title} />
      <div className="grid-3">
        <DateField id={id('documentDate')} label={m.documentDate} value={draft.documentDate} onChange={(v) => set('documentDate', v)} error={errors.documentDate} />
        <TextField id={id('author')} label={m.author} dirAuto value={draft.author} onChange={(v) => set('author', v)} error={errors.author} />
        <SelectField id={id('translationOf')} label={m.translationOf} value={draft.translationOf} options={translationOptions} onChange={(v) => set('translationOf', v)} error={errors.translationOf} />
      </div>
      {dateSource && <p className="field-hint">{dateSource}</p>}
      <div className="grid-3">
        <SelectField id={id('language')} label={m.language} value={draft.languageChoice} options={languageOptions()} onChange={(v) => set('languageChoice', v, 'language')} error={draft.languageChoice === LANGUAGE_OTHER ? undefined : errors.language} />
        {draft.languageChoice === LANGUAGE_OTHER && (
          <TextField id={id('languageCode')} label={m.languageCode} hint={m.languageCodeHint} required value={draft.languageCode} onChange={(v) => set('languageCode', v, 'language')} error={errors.language} />
        )}
      </div>
      <CheckboxField
        id={id('confidential')}
        label={m.confidential}
        checked={draft.confidential}
        onChange={(on) => set('confidential', on)}
        description={draft.confidential ? confidentialWarning : undefined}
        warning
      />
      <fieldset className="checkbox-group exhibit-grounds">
        <legend>{m.grounds}</legend>
        {GROUNDS.map((g) => (
          <CheckboxField
            key={g.id}
            id={id(`ground-${g.id}`)}
            label={g.heading}
            checked={draft.grounds.includes(g.id)}
            onChange={(on) => set('grounds', on ? [...draft.grounds, g.id] : draft.grounds.filter((x) => x !== g.id), 'grounds')}
          />
        ))}
      </fieldset>
      <TextAreaField id={id('notes')} label={m.notes} value={draft.notes} onChange={(v) => set('notes', v)} error={errors.notes} rows={4} />
      <FormActions onCancel={onCancel} cancelLabel={m.cancel} saveLabel={m.save} saving={saving} />
    </form>
  )
}
