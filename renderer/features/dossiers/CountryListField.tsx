// A short list of countries (nationalities): chosen ones as removable chips, plus a picker.
import { useId, useState } from 'react'
import { countryName } from '../../src/ui/countries'
import { CountrySelect } from '../../src/ui/fields'
import { uiMessages } from '../../src/ui/messages'
import { dossierMessages as m } from './messages'

interface Props {
  id: string
  legend: string
  pickerLabel: string
  value: readonly string[]
  onChange: (codes: string[]) => void
  errors: readonly (string | undefined)[]
}

export function CountryListField({ id, legend, pickerLabel, value, onChange, errors }: Props) {
  const [pick, setPick] = useState('')
  const errorId = useId()
  const messages = errors.filter((e): e is string => !!e)
  const add = () => {
    if (pick && !value.includes(pick)) onChange([...value, pick])
    setPick('')
  }
  return (
    <fieldset className="subfieldset" aria-describedby={messages.length ? errorId : undefined}>
      <legend>{legend}</legend>
      {value.length === 0 ? (
        <p className="muted">{m.noNationalities}</p>
      ) : (
        <ul className="chips">
          {value.map((code) => (
            <li key={code} className="chip">
              <span>{countryName(code)}</span>
              <button type="button" className="chip__remove" aria-label={m.removeNationality(countryName(code))} onClick={() => onChange(value.filter((c) => c !== code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <CountrySelect id={id} label={pickerLabel} value={pick} onChange={setPick} emptyLabel={uiMessages.chooseCountry} />
        <button type="button" className="button" onClick={add} disabled={!pick}>
          {m.addNationality}
        </button>
      </div>
      {messages.length > 0 && (
        <p className="field-error" id={errorId}>
          {messages[0]}
        </p>
      )}
    </fieldset>
  )
}
