// The bundle builder for one matter: arrangement (sections, order), exhibits left out and why,
// the portal size limit, numbering (frozen after serving, late insertions as 37A), the build with
// progress and Cancel, the files to save, and the integrity check.
import { useState } from 'react'
import { matterReference } from '@shared/domain'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { PageHeading } from '../../src/ui/PageHeading'
import { countryName } from '../../src/ui/countries'
import { BundleArrangementEditor } from './BundleArrangementEditor'
import { BundleResultPanel } from './BundleResultPanel'
import { formatTimestamp } from '../../src/locale'
import { defaultBundleTitle } from './bundleDocumentText'
import { exhibitMessages as m } from './messages'
import { SizeLimitForm } from './SizeLimitForm'
import { useBundleDefinition, useMatterEvidence } from './useBundleDefinition'
import { progressText, useBundleBuild } from './useBundleBuild'
import { VerifyPanel } from './VerifyPanel'

export function BundlePage({ dossierId, matterId }: { dossierId: string; matterId: string }) {
  const session = useSession()
  const matter = session.getDossier(dossierId)?.matters.find((x) => x.id === matterId)
  const { navigate } = useNavigation()
  if (!matter)
    return (
      <div className="page">
        <PageHeading>{m.bundleTitle}</PageHeading>
        <p>{m.notFound}</p>
        <button type="button" className="button" onClick={() => navigate({ page: 'dossiers' })}>
          {m.backToDossier}
        </button>
      </div>
    )
  const reference = matterReference(matter)
  const matterName = [reference, countryName(matter.requestingCountry), matter.title].filter(Boolean).join(' · ')
  return <BundleBuilder dossierId={dossierId} matterId={matterId} reference={reference} matterName={matterName} />
}

function BundleBuilder({ dossierId, matterId, reference, matterName }: { dossierId: string; matterId: string; reference: string; matterName: string }) {
  const { navigate } = useNavigation()
  const evidence = useMatterEvidence(matterId)
  const arrangement = useBundleDefinition(dossierId, matterId, defaultBundleTitle(reference), evidence)
  const { definition, change } = arrangement
  const builder = useBundleBuild(reference)
  const [confirmRenumber, setConfirmRenumber] = useState(false)
  const [frozenNote, setFrozenNote] = useState(false)
  const progress = progressText(builder.state)
  const state = builder.state
  const frozenAt = definition.numbering?.frozenAt

  return (
    <div className="page bundle-page">
      <div className="page-title-row">
        <div>
          <PageHeading>{m.bundleTitle}</PageHeading>
          <p className="page-subtitle" dir="auto">
            {matterName}
          </p>
        </div>
        <button type="button" className="button" onClick={() => navigate({ page: 'dossier', dossierId })}>
          {m.backToDossier}
        </button>
      </div>
      <FormAlert>{arrangement.failure}</FormAlert>

      <section className="panel" aria-labelledby="bundle-sections-heading">
        <h2 id="bundle-sections-heading">{m.sections}</h2>
        {evidence.bundleable.length === 0 && <p className="muted">{m.nothingToBuild}</p>}
        <BundleArrangementEditor definition={definition} byId={evidence.byId} onChange={change} disabled={builder.working} />
        <p role="status" className="visually-hidden">
          {arrangement.savedNote ? m.arrangementSaved : ''}
        </p>
      </section>

      {evidence.excluded.length > 0 && (
        <section className="panel" aria-labelledby="bundle-excluded-heading">
          <h2 id="bundle-excluded-heading">{m.excludedTitle}</h2>
          <p className="field-hint">{m.excludedNote}</p>
          <ul className="bundle-excluded">
            {evidence.excluded.map((e) => (
              <li key={e.id}>
                <strong dir="auto">{e.title}</strong>
                <ul>
                  {(evidence.findings.get(e.id) ?? [])
                    .filter((f) => f.severity === 'error')
                    .map((f, i) => (
                      <li key={i} className="exhibit-finding exhibit-finding--error">
                        {f.message}
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel" aria-labelledby="bundle-settings-heading">
        <h2 id="bundle-settings-heading">{m.numberingTitle}</h2>
        <SizeLimitForm value={definition.maxFileMb} disabled={builder.working} onSave={(mb) => change((d) => ({ ...d, maxFileMb: mb, updatedAt: new Date().toISOString() }))} />
        <p>{frozenAt ? m.numberingFrozen(formatTimestamp(frozenAt)) : m.numberingLive}</p>
        {frozenAt && (
          <button type="button" className="button button--quiet-danger" disabled={builder.working} onClick={() => setConfirmRenumber(true)}>
            {m.renumber}
          </button>
        )}
      </section>

      <section className="panel" aria-labelledby="bundle-build-heading">
        <h2 id="bundle-build-heading">{m.build}</h2>
        <div className="button-row">
          {builder.working ? (
            <button type="button" className="button" onClick={builder.cancel}>
              {m.cancelBuild}
            </button>
          ) : (
            <button type="button" className="button button--primary" disabled={evidence.bundleable.length === 0} onClick={() => (setFrozenNote(false), void builder.build(definition, evidence.byId))}>
              {m.build}
            </button>
          )}
        </div>
        {progress && (
          <div className="bundle-progress">
            <label htmlFor="bundle-progress">{m.buildProgressLabel}</label>
            <progress id="bundle-progress" max={progress.max} value={progress.value} aria-valuetext={progress.text} />
          </div>
        )}
        <p role="status" className="bundle-progress__text">
          {progress?.text ?? (state.kind === 'cancelled' ? m.buildCancelled : frozenNote ? m.frozenNow : '')}
        </p>
        {state.kind === 'failed' && (
          <div role="alert" className="form-alert">
            <p>{state.text}</p>
            {state.unreadable.map((u, i) => (
              <p key={i}>{u}</p>
            ))}
          </div>
        )}
      </section>

      {state.kind === 'built' && (
        <BundleResultPanel
          result={state.result}
          unreadable={state.unreadable}
          reference={reference}
          maxFileMb={definition.maxFileMb}
          onFreeze={
            definition.numbering?.frozenAt === state.result.numbering.frozenAt
              ? null
              : () =>
                  void change((d) => ({ ...d, numbering: state.result.numbering, updatedAt: new Date().toISOString() })).then((ok) => setFrozenNote(ok))
          }
        />
      )}

      <VerifyPanel matterId={matterId} />

      {confirmRenumber && (
        <ConfirmDialog
          title={m.renumberTitle}
          confirmLabel={m.renumber}
          danger
          onCancel={() => setConfirmRenumber(false)}
          onConfirm={() => {
            setConfirmRenumber(false)
            void change((d) => ({ ...d, numbering: null, updatedAt: new Date().toISOString() }))
          }}
        >
          <p>{m.renumberBody}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
