// Identity part of the client form: names, aliases, birth, nationalities, language.
import { languageName } from '../../src/ui/countries'
import { DateField, TextField } from '../../src/ui/fields'
import { newKey } from './clientDraft'
import { focusSoon, type ClientSectionProps } from './clientFormParts'
import { CountryListField } from './CountryListField'
import { dossierMessages as m } from './messages'

export function ClientIdentityFields({ draft, update, errors }: ClientSectionProps) {
  const language = draft.preferredLanguage.trim() ? languageName(draft.preferredLanguage.trim()) : undefined
  const addAlias = () => {
    update('aliases', [...draft.aliases, { key: newKey(), value: '' }])
    focusSoon(`client-aliases-${draft.aliases.length}`)
  }
  return (
    <fieldset className="form-section">
      <legend>{m.sectionIdentity}</legend>
      <div className="grid-2">
        <TextField
          id="client-legalName"
          label={m.legalName}
          hint={m.legalNameHint}
          required
          dirAuto
          value={draft.legalName}
          onChange={(v) => update('legalName', v)}
          error={errors.legalName}
        />
        <TextField
          id="client-latinName"
          label={m.latinName}
          hint={m.latinNameHint}
          value={draft.latinName}
          onChange={(v) => update('latinName', v)}
          error={errors.latinName}
        />
      </div>

      <fieldset className="subfieldset">
        <legend>{m.aliases}</legend>
        {draft.aliases.map((alias, i) => (
          <div className="row-with-remove" key={alias.key}>
            <TextField
              id={`client-aliases-${i}`}
              label={m.alias(i + 1)}
              dirAuto
              value={alias.value}
              onChange={(v) =>
                update(
                  'aliases',
                  draft.aliases.map((a) => (a.key === alias.key ? { ...a, value: v } : a)),
                  `aliases.${i}`
                )
              }
              error={errors[`aliases.${i}`]}
            />
            <button type="button" className="button button--quiet" onClick={() => update('aliases', draft.aliases.filter((a) => a.key !== alias.key))}>
              {m.removeAlias(i + 1)}
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={addAlias}>
          {m.addAlias}
        </button>
      </fieldset>

      <div className="grid-2">
        <DateField
          id="client-dateOfBirth"
          label={m.dateOfBirth}
          value={draft.dateOfBirth}
          onChange={(v) => update('dateOfBirth', v)}
          error={errors.dateOfBirth}
        />
        <TextField
          id="client-placeOfBirth"
          label={m.placeOfBirth}
          dirAuto
          value={draft.placeOfBirth}
          onChange={(v) => update('placeOfBirth', v)}
          error={errors.placeOfBirth}
        />
      </div>

      <div className="grid-2">
        <CountryListField
          id="client-nationalities"
          legend={m.nationalities}
          pickerLabel={m.addNationalityField}
          value={draft.nationalities}
          onChange={(codes) => update('nationalities', codes, 'nationalities')}
          errors={[errors.nationalities, ...draft.nationalities.map((_, i) => errors[`nationalities.${i}`])]}
        />
        <TextField
          id="client-preferredLanguage"
          label={m.preferredLanguage}
          hint={language ? m.preferredLanguageHintNamed(language) : m.preferredLanguageHint}
          value={draft.preferredLanguage}
          onChange={(v) => update('preferredLanguage', v)}
          error={errors.preferredLanguage}
        />
      </div>
    </fieldset>
  )
}
