// The portal size limit in MB. The CCF does not publish the portal's own limit, so the note says
// 20 MB is our default and to change it if the portal refuses a file.
import { useState, type FormEvent } from 'react'
import { BundleDefinition } from '@shared/exhibits/bundleDefinition'
import { TextField } from '../../src/ui/fields'
import { exhibitMessages as m } from './messages'

export function SizeLimitForm({ value, disabled, onSave }: { value: number; disabled: boolean; onSave: (mb: number) => Promise<boolean> }) {
  const [text, setText] = useState(String(value))
  const [error, setError] = useState<string | undefined>()

  async function submit(e: FormEvent) {
    e.preventDefault()
    const trimmed = text.trim()
    if (!/^\d+$/.test(trimmed)) {
      setError(m.sizeLimitInvalid)
      return
    }
    const parsed = BundleDefinition.shape.maxFileMb.safeParse(Number(trimmed))
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? m.sizeLimitInvalid)
      return
    }
    await onSave(parsed.data)
  }

  return (
    <form className="size-limit" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id="bundle-max-mb"
        label={m.sizeLimit}
        hint={m.sizeLimitNote}
        inputMode="numeric"
        value={text}
        onChange={(v) => (setText(v), setError(undefined))}
        error={error}
        disabled={disabled}
      />
      <button type="submit" className="button" disabled={disabled || text.trim() === String(value)}>
        {m.saveSizeLimit}
      </button>
    </form>
  )
}
