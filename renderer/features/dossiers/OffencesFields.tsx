// The offences of a matter: description, legal provision and maximum penalty (term or life).
import { SelectField, TextField } from '../../src/ui/fields'
import type { FieldErrors } from '../../src/ui/formErrors'
import { focusSoon } from './clientFormParts'
import { emptyOffence, type OffenceDraft, type PenaltyChoice } from './matterDraft'
import { dossierMessages as m } from './messages'

/** Built at render time, so the labels are in the current UI language. */
function penaltyOptions(): { value: PenaltyChoice; label: string }[] {
  return [
    { value: 'unknown', label: m.penaltyUnknown },
    { value: 'term', label: m.penaltyTerm },
    { value: 'life', label: m.penaltyLife }
  ]
}

interface Props {
  idPrefix: string
  offences: OffenceDraft[]
  onChange: (next: OffenceDraft[], errorPath?: string) => void
  errors: FieldErrors
}

export function OffencesFields({ idPrefix, offences, onChange, errors }: Props) {
  const set = (key: string, i: number, field: keyof Omit<OffenceDraft, 'key'>, value: string) => {
    const errorPath = field === 'years' || field === 'months' || field === 'penalty' ? `offences.${i}.maxPenaltyMonths` : `offences.${i}.${field}`
    onChange(
      offences.map((o) => (o.key === key ? { ...o, [field]: value } : o)),
      errorPath
    )
  }
  const add = () => {
    onChange([...offences, emptyOffence()])
    focusSoon(`${idPrefix}-offences-${offences.length}-description`)
  }
  return (
    <fieldset className="subfieldset">
      <legend>{m.offences}</legend>
      {offences.length === 0 && <p className="muted">{m.noOffences}</p>}
      {offences.map((o, i) => {
        const id = (f: string) => `${idPrefix}-offences-${i}-${f}`
        const penaltyError = errors[`offences.${i}.maxPenaltyMonths`]
        return (
          <fieldset className="subfieldset repeat-item" key={o.key}>
            <legend>{m.offence(i + 1)}</legend>
            <div className="grid-2">
              <TextField id={id('description')} label={m.offenceDescription} required dirAuto value={o.description} onChange={(v) => set(o.key, i, 'description', v)} error={errors[`offences.${i}.description`]} />
              <TextField id={id('legalProvision')} label={m.legalProvision} dirAuto value={o.legalProvision} onChange={(v) => set(o.key, i, 'legalProvision', v)} error={errors[`offences.${i}.legalProvision`]} />
            </div>
            <div className="grid-3">
              <SelectField id={id('penalty')} label={m.maxPenalty} value={o.penalty} options={penaltyOptions()} onChange={(v) => set(o.key, i, 'penalty', v)} error={o.penalty === 'term' ? undefined : penaltyError} />
              {o.penalty === 'term' && (
                <>
                  <TextField id={id('years')} label={m.penaltyYears} inputMode="numeric" value={o.years} onChange={(v) => set(o.key, i, 'years', v)} error={penaltyError} />
                  <TextField id={id('months')} label={m.penaltyMonths} inputMode="numeric" value={o.months} onChange={(v) => set(o.key, i, 'months', v)} />
                </>
              )}
            </div>
            <button type="button" className="button button--quiet" onClick={() => onChange(offences.filter((x) => x.key !== o.key))}>
              {m.removeOffence(i + 1)}
            </button>
          </fieldset>
        )
      })}
      <button type="button" className="button" onClick={add}>
        {m.addOffence}
      </button>
    </fieldset>
  )
}
