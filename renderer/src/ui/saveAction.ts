// The save step every form shares: one save at a time, and a failure that keeps the form (and
// everything typed in it) open with a message instead of losing it.
import { useCallback, useState } from 'react'
import { uiMessages } from './messages'

export function useSaveAction() {
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  /** Runs `save`; on success the form stays "saving" because its owner closes it. */
  const runSave = useCallback(async (save: () => Promise<void>) => {
    setSaving(true)
    setSaveError(null)
    try {
      await save()
    } catch {
      setSaveError(uiMessages.saveFailed)
      setSaving(false)
    }
  }, [])
  return { saving, saveError, runSave }
}
