// Props shared by the sections of the client form.
import type { FieldErrors } from '../../src/ui/formErrors'
import type { ClientDraft } from './clientDraft'

export type UpdateClientDraft = <K extends keyof ClientDraft>(key: K, value: ClientDraft[K], errorPath?: string) => void

export interface ClientSectionProps {
  draft: ClientDraft
  update: UpdateClientDraft
  errors: FieldErrors
}

/** Moves the focus to a control that React is about to render (after "Add …"). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus())
}
