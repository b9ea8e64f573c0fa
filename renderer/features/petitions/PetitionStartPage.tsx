// From a matter: the router's suggestion with its reasons and the other routes, then the lawyer's
// choice; the draft is prefilled from the dossier and saved encrypted before the wizard opens.
import { useMemo, useState } from 'react'
import { PetitionType, prefillFromDossier, suggestRequestType, STEPS } from '@shared/petitions'
import { todayIso } from './today'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { FormAlert } from '../../src/ui/fields'
import { PageHeading } from '../../src/ui/PageHeading'
import { uiMessages } from '../../src/ui/messages'
import { useSaveAction } from '../../src/ui/saveAction'
import { DossierNotFound } from '../dossiers/DossierNotFound'
import { CitedLine } from './Guidance'
import { petitionMessages as m } from './messages'

export function PetitionStartPage({ dossierId, matterId }: { dossierId: string; matterId: string }) {
  const session = useSession()
  const { navigate, replace } = useNavigation()
  const dossier = session.getDossier(dossierId)
  const today = todayIso()
  const suggestion = useMemo(() => (dossier && dossier.matters.some((x) => x.id === matterId) ? suggestRequestType(dossier, matterId, { today }) : null), [dossier, matterId, today])
  const [type, setType] = useState<PetitionType | null>(null)
  const { saving, saveError, runSave } = useSaveAction()
  if (!dossier || !suggestion) return <DossierNotFound />
  const chosen = type ?? suggestion.suggestion

  const create = () =>
    runSave(async () => {
      const draft = prefillFromDossier(dossier, matterId, { today, requestType: chosen })
      const first = STEPS[chosen][0]!
      await session.savePetitionDraft(draft, first)
      replace({ page: 'petition', draftId: draft.id })
    })

  return (
    <div className="page petition">
      <PageHeading>{m.startTitle}</PageHeading>
      <p className="page-subtitle" dir="auto">
        {dossier.client.legalName}
      </p>
      <section className="panel" aria-labelledby="suggestion-heading">
        <h2 id="suggestion-heading">
          {m.suggested}: {m.petitionTypes[suggestion.suggestion]}
        </h2>
        <p className="muted">{m.routerNote}</p>
        <h3>{m.why}</h3>
        <ul className="guidance-list" aria-label={m.why}>
          {suggestion.reasons.map((r, i) => (
            <li key={i} className="guidance">
              <CitedLine item={r} />
            </li>
          ))}
        </ul>
        <h3>{m.alternatives}</h3>
        <ul className="guidance-list" aria-label={m.alternatives}>
          {suggestion.alternatives.map((a) => (
            <li key={a.type} className={`guidance${a.available ? '' : ' guidance--unavailable'}`}>
              <strong>{m.petitionTypes[a.type]}</strong>
              {!a.available && <span className="muted"> ({m.unavailable})</span>}: <CitedLine item={a} />
            </li>
          ))}
        </ul>
      </section>
      <form
        className="panel"
        aria-label={m.chooseType}
        onSubmit={(e) => {
          e.preventDefault()
          void create()
        }}
      >
        <fieldset className="radio-group">
          <legend>{m.chooseType}</legend>
          {PetitionType.options.map((t) => (
            <label key={t} className="radio">
              <input type="radio" name="petition-type" value={t} checked={chosen === t} onChange={() => setType(t)} />
              {m.petitionTypes[t]} {t === suggestion.suggestion && <span className="muted">{m.suggestedMark}</span>}
            </label>
          ))}
        </fieldset>
        <FormAlert>{saveError}</FormAlert>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? uiMessages.saving : m.createDraft}
          </button>
          <button type="button" className="button" onClick={() => navigate({ page: 'dossier', dossierId })}>
            {m.cancel}
          </button>
        </div>
      </form>
    </div>
  )
}
