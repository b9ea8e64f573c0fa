// Create or edit a client. Validation is the domain schema's; on an error every typed value stays,
// each message sits next to its field, and the focus moves to the first field to fix. A new client
// is first checked against existing clients and contacts (possible conflicts, issue 8 part 4).
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import { Client, DOSSIER_SCHEMA_VERSION, type Dossier } from '@shared/domain'
import { useNavigation, useUnsavedChanges } from '../../src/navigation'
import { useSession } from '../../src/session'
import { FormAlert } from '../../src/ui/fields'
import { errorsFromIssues, useDirty, useFormErrors } from '../../src/ui/formErrors'
import { useSaveAction } from '../../src/ui/saveAction'
import { uiMessages } from '../../src/ui/messages'
import { PageHeading } from '../../src/ui/PageHeading'
import { clientErrorLabel, clientInputFromDraft, draftFromClient, emptyClientDraft, type ClientDraft } from './clientDraft'
import type { UpdateClientDraft } from './clientFormParts'
import { ClientContactFields, ClientProtectionFields } from './ClientContactFields'
import { ClientDocumentsFields } from './ClientDocumentsFields'
import { ClientIdentityFields } from './ClientIdentityFields'
import { ConflictPanel } from '../conflicts/ConflictPanel'
import { namesKey, useConflictChecker, useConflicts } from '../conflicts/useConflictCheck'
import { DossierNotFound } from './DossierNotFound'
import { dossierMessages as m } from './messages'

export function ClientFormPage({ dossierId }: { dossierId?: string }) {
  const session = useSession()
  const existing = dossierId ? session.getDossier(dossierId) : undefined
  if (dossierId && !existing) return <DossierNotFound />
  return <ClientForm existing={existing} />
}

function ClientForm({ existing }: { existing: Dossier | undefined }) {
  const session = useSession()
  const { navigate, replace } = useNavigation()
  const [initial] = useState<ClientDraft>(() => (existing ? draftFromClient(existing.client) : emptyClientDraft()))
  const [draft, setDraft] = useState(initial)
  const { saving, saveError, runSave } = useSaveAction()
  const formRef = useRef<HTMLFormElement>(null)
  const { errors, count, fail, clear, clearField } = useFormErrors(formRef)
  const dirty = useDirty(initial, draft)
  useUnsavedChanges(dirty && !saving)

  const update: UpdateClientDraft = useCallback(
    (key, value, errorPath) => {
      setDraft((d) => ({ ...d, [key]: value }))
      clearField(errorPath ?? key)
    },
    [clearField]
  )

  const names = { legalName: draft.legalName, latinName: draft.latinName, aliases: draft.aliases.map((a) => a.value) }
  const { conflicts, checkNow } = useConflicts(useConflictChecker(!existing), names)
  // A confirmation holds for the names confirmed: editing them afterwards asks again.
  const [confirmedKey, setConfirmedKey] = useState<string | null>(null)
  const [mustCheck, setMustCheck] = useState(0)
  const conflictPanel = useRef<HTMLElement>(null)
  const confirmed = confirmedKey === namesKey(names)
  useEffect(() => {
    if (mustCheck > 0) conflictPanel.current?.focus()
  }, [mustCheck])

  const back = () => navigate(existing ? { page: 'dossier', dossierId: existing.id } : { page: 'dossiers' })

  async function submit(e?: FormEvent, confirmedNow = false) {
    e?.preventDefault()
    if (saving) return
    const now = new Date().toISOString()
    const base = existing
      ? { id: existing.id, createdAt: existing.client.createdAt, updatedAt: now }
      : { id: crypto.randomUUID(), createdAt: now, updatedAt: now }
    const parsed = Client.safeParse(clientInputFromDraft(draft, base))
    if (!parsed.success) {
      fail(errorsFromIssues(parsed.error.issues, clientErrorLabel))
      return
    }
    clear()
    if (!existing && !confirmedNow && !confirmed && checkNow().length > 0) {
      setMustCheck((n) => n + 1)
      return
    }
    const dossier: Dossier = existing
      ? { ...existing, client: parsed.data }
      : { schemaVersion: DOSSIER_SCHEMA_VERSION, id: parsed.data.id, client: parsed.data, matters: [], events: [], notes: [], deadlineStates: [] }
    await runSave(async () => {
      const saved = await session.saveDossier(dossier)
      replace({ page: 'dossier', dossierId: saved.id })
    })
  }

  const sectionProps = { draft, update, errors }
  return (
    <div className="page page--form">
      <PageHeading dirAuto={!!existing}>{existing ? m.editClientTitle(existing.client.legalName) : m.newClientTitle}</PageHeading>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-busy={saving}>
        <FormAlert>{count > 0 ? uiMessages.formHasErrors(count) : saveError}</FormAlert>
        <ClientIdentityFields {...sectionProps} />
        {!existing && (
          <ConflictPanel
            ref={conflictPanel}
            conflicts={conflicts}
            mustCheck={mustCheck > 0}
            confirmed={confirmed}
            busy={saving}
            onOpenDossier={(dossierId) => navigate({ page: 'dossier', dossierId })}
            onOpenContacts={() => navigate({ page: 'contacts' })}
            onCreateAnyway={() => {
              setConfirmedKey(namesKey(names))
              void submit(undefined, true)
            }}
          />
        )}
        <ClientDocumentsFields {...sectionProps} />
        <ClientContactFields {...sectionProps} />
        <ClientProtectionFields {...sectionProps} />
        <div className="button-row button-row--end form-actions">
          <button type="button" className="button" onClick={back}>
            {m.cancel}
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? uiMessages.saving : m.saveClient}
          </button>
        </div>
      </form>
    </div>
  )
}
