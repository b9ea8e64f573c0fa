// The matters of a dossier: one per red notice, diffusion or SLTD entry.
import { useState } from 'react'
import { matterReference, type Dossier, type Matter } from '@shared/domain'
import { countryName } from '../../src/ui/countries'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { uiMessages } from '../../src/ui/messages'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ExhibitsSection } from '../exhibits/ExhibitsSection'
import { HandoverButton } from '../handover/HandoverButton'
import { PetitionDrafts } from '../petitions/PetitionDrafts'
import { petitionMessages } from '../petitions/messages'
import { MatterForm } from './MatterForm'
import { matterLabel } from './matterDraft'
import { dataItemKindLabels, dossierMessages as m, stageLabels } from './messages'
import { useDossierChange } from './useDossierChange'
import { CountryContextPanel } from '../countryProfiles/CountryContextPanel'

export function MattersSection({ dossier }: { dossier: Dossier }) {
  const change = useDossierChange(dossier.id)
  const session = useSession()
  const { navigate } = useNavigation()
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Matter | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const saveMatter = async (matter: Matter) => {
    await change((d) => ({
      ...d,
      matters: d.matters.some((x) => x.id === matter.id) ? d.matters.map((x) => (x.id === matter.id ? matter : x)) : [...d.matters, matter]
    }))
    setEditing(null)
  }
  const deleteMatter = async (id: string) => {
    setDeleting(null)
    setFailure(null)
    try {
      // Events and notes stay in the dossier; only their link to the deleted matter goes.
      await change((d) => ({
        ...d,
        matters: d.matters.filter((x) => x.id !== id),
        events: d.events.map((e) => (e.matterId === id ? { ...e, matterId: undefined } : e)),
        notes: d.notes.map((n) => (n.matterId === id ? { ...n, matterId: undefined } : n))
      }))
      // The matter's exhibits and bundle arrangement would otherwise linger, unreachable, in the vault.
      await session.exhibits.deleteForMatter(id)
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }

  return (
    <section className="panel" aria-labelledby="matters-heading">
      <div className="panel__head">
        <h2 id="matters-heading">{m.mattersTitle}</h2>
        {editing === null && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {m.addMatter}
          </button>
        )}
      </div>
      <FormAlert>{failure}</FormAlert>
      {editing === 'new' && <MatterForm clientId={dossier.id} onSave={saveMatter} onCancel={() => setEditing(null)} />}
      {dossier.matters.length === 0 && editing !== 'new' && <p className="muted">{m.noMattersYet}</p>}
      <ul className="matter-list">
        {dossier.matters.map((x) =>
          editing === x.id ? (
            <li key={x.id}>
              <MatterForm clientId={dossier.id} existing={x} onSave={saveMatter} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={x.id} className="matter-card">
              <div className="matter-card__head">
                <h3>
                  <span className={`kind-badge kind-badge--${x.kind}`}>{dataItemKindLabels[x.kind]}</span>
                  {countryName(x.requestingCountry)}
                  {x.title && <span className="muted"> · {x.title}</span>}
                </h3>
                <span className="stage-badge">{stageLabels[x.stage]}</span>
              </div>
              <MatterFacts matter={x} />
              <CountryContextPanel country={x.requestingCountry} matterId={x.id} />
              {editing === null && (
                <div className="button-row">
                  <button type="button" className="button" onClick={() => setEditing(x.id)} aria-label={m.named(m.editMatter, matterLabel(x))}>
                    {m.editMatter}
                  </button>
                  <button type="button" className="button button--quiet-danger" onClick={() => setDeleting(x)} aria-label={m.named(m.deleteMatter, matterLabel(x))}>
                    {m.deleteMatter}
                  </button>
                  <button type="button" className="button button--primary" onClick={() => navigate({ page: 'petition-start', dossierId: dossier.id, matterId: x.id })} aria-label={m.named(petitionMessages.prepare, matterLabel(x))}>
                    {petitionMessages.prepare}
                  </button>
                  <HandoverButton dossierId={dossier.id} matterId={x.id} />
                </div>
              )}
              <PetitionDrafts dossierId={dossier.id} matterId={x.id} />
              <ExhibitsSection dossierId={dossier.id} matter={x} />
            </li>
          )
        )}
      </ul>
      {deleting && (
        <ConfirmDialog title={m.deleteMatterTitle} confirmLabel={m.deleteMatter} danger onCancel={() => setDeleting(null)} onConfirm={() => void deleteMatter(deleting.id)}>
          <p>{m.deleteMatterBody(matterLabel(deleting), session.exhibits.list(deleting.id).length)}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}

function MatterFacts({ matter: x }: { matter: Matter }) {
  const warrant = m.warrantLine(x.warrant.date, x.warrant.court, x.warrant.number)
  return (
    <dl className="facts">
      <Fact term={m.matterReference} value={matterReference(x)} />
      {x.ncb && <Fact term={m.ncb} value={x.ncb} />}
      {x.interpolReference && <Fact term={m.interpolReference} value={x.interpolReference} />}
      {warrant && <Fact term={m.warrantTitle} value={warrant} />}
      {x.offences.map((o, i) => (
        <Fact
          key={i}
          term={m.offence(i + 1)}
          value={[o.description, o.legalProvision, m.penalty(o.maxPenaltyMonths)].filter(Boolean).join(' — ')}
        />
      ))}
      {x.howLearned && <Fact term={m.howLearned} value={x.howLearned} />}
    </dl>
  )
}

export function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd dir="auto">{value}</dd>
    </div>
  )
}
