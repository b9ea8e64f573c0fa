// The Cancel / Save row at the foot of every form: Save is disabled and says "Saving…" while a
// save runs, so a double click cannot write twice.
import { uiMessages } from './messages'

export function FormActions({ onCancel, cancelLabel, saveLabel, saving }: { onCancel: () => void; cancelLabel: string; saveLabel: string; saving: boolean }) {
  return (
    <div className="button-row button-row--end">
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? uiMessages.saving : saveLabel}
      </button>
    </div>
  )
}
