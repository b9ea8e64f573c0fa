// Labelled form controls. Each links its hint and error with aria-describedby and marks itself
// aria-invalid, so a screen reader announces the problem with the field it belongs to.
import type { ReactNode, Ref } from 'react'
import { countryOptions } from './countries'
import { uiMessages } from './messages'

interface FieldFrame {
  id: string
  label: string
  error?: string | undefined
  hint?: string | undefined
  required?: boolean
  className?: string
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

function controlProps(f: FieldFrame) {
  return {
    id: f.id,
    'aria-describedby': describedBy(f.id, f.hint, f.error),
    'aria-invalid': f.error ? true : undefined,
    'aria-required': f.required ? true : undefined
  }
}

function Frame({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  return (
    <div className={`field${frame.error ? ' field--invalid' : ''}${frame.className ? ` ${frame.className}` : ''}`}>
      <label htmlFor={frame.id}>
        {frame.label}
        {frame.required && (
          <span className="required-mark" aria-hidden="true" title={uiMessages.requiredMark}>
            *
          </span>
        )}
      </label>
      {children}
      {frame.hint && (
        <p className="field-hint" id={`${frame.id}-hint`}>
          {frame.hint}
        </p>
      )}
      {frame.error && (
        <p className="field-error" id={`${frame.id}-error`}>
          {frame.error}
        </p>
      )}
    </div>
  )
}

interface TextFieldProps extends FieldFrame {
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'email' | 'tel' | 'password' | 'search' | 'number'
  autoComplete?: string
  placeholder?: string
  /** Names and free text may be in any script: let the browser pick the direction. */
  dirAuto?: boolean
  inputMode?: 'numeric' | 'text' | 'email' | 'tel'
  min?: number
  max?: number
  inputRef?: Ref<HTMLInputElement>
  disabled?: boolean
}

export function TextField(p: TextFieldProps) {
  return (
    <Frame frame={p}>
      <input
        {...controlProps(p)}
        ref={p.inputRef}
        type={p.type ?? 'text'}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        autoComplete={p.autoComplete ?? 'off'}
        placeholder={p.placeholder}
        dir={p.dirAuto ? 'auto' : undefined}
        inputMode={p.inputMode}
        min={p.min}
        max={p.max}
        disabled={p.disabled}
        spellCheck={false}
      />
    </Frame>
  )
}

/** Dates are typed as yyyy-mm-dd; the schema's message explains a malformed or impossible date. */
export function DateField(p: Omit<TextFieldProps, 'type' | 'placeholder' | 'hint'>) {
  return <TextField {...p} hint={uiMessages.dateHint} placeholder={uiMessages.datePlaceholder} className={`field--date ${p.className ?? ''}`} />
}

interface TextAreaFieldProps extends FieldFrame {
  value: string
  onChange: (value: string) => void
  rows?: number
}

export function TextAreaField(p: TextAreaFieldProps) {
  return (
    <Frame frame={p}>
      <textarea {...controlProps(p)} value={p.value} rows={p.rows ?? 3} dir="auto" onChange={(e) => p.onChange(e.target.value)} spellCheck={false} />
    </Frame>
  )
}

export interface SelectOption {
  value: string
  label: string
}

interface SelectFieldProps extends FieldFrame {
  value: string
  onChange: (value: string) => void
  options: readonly SelectOption[]
}

export function SelectField(p: SelectFieldProps) {
  return (
    <Frame frame={p}>
      <select {...controlProps(p)} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  )
}

interface CountrySelectProps extends FieldFrame {
  value: string
  onChange: (code: string) => void
  /** Text of the empty choice; "Choose a country…" for required fields, "Not known" otherwise. */
  emptyLabel?: string
}

export function CountrySelect(p: CountrySelectProps) {
  const options: SelectOption[] = [
    { value: '', label: p.emptyLabel ?? (p.required ? uiMessages.chooseCountry : uiMessages.noCountry) },
    ...countryOptions().map((c) => ({ value: c.code, label: c.name }))
  ]
  return <SelectField {...p} options={options} />
}

interface CheckboxFieldProps {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  /** Shown under the box and read with it (aria-describedby); `warning` styles it as one. */
  description?: ReactNode
  warning?: boolean
  disabled?: boolean
}

export function CheckboxField({ id, label, checked, onChange, description, warning, disabled }: CheckboxFieldProps) {
  const describedBy = description ? `${id}-description` : undefined
  return (
    <div className="checkbox-field">
      <label className="checkbox" htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy} />
        {label}
      </label>
      {description && (
        <p id={describedBy} className={warning ? 'checkbox-field__warning' : 'field-hint'}>
          {description}
        </p>
      )}
    </div>
  )
}

/** The form-level notice that some fields are invalid; role=alert so it is announced at once. */
export function FormAlert({ children }: { children: ReactNode }) {
  if (!children) return null
  return (
    <div className="form-alert" role="alert">
      {children}
    </div>
  )
}
