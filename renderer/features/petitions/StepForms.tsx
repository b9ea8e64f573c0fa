// The fields of each wizard step. Every field is labelled, and its id is derived from the draft path
// the step schema reports ("applicant.familyName" → #pf-applicant-familyName), so a step message
// lands on the field it names (aria-describedby) and the focus moves to the first one.
import { ARTICLE_3_FACTORS, CaseStatusMark, DataQualityIssue, ExcludedCategory, ExhibitKind, Article3Factor, eligibilityChecks, exhibitsForGround, groundById, groundCitationLine, groundsAvailable, revisionLastDay, type ChosenGround, type GroundId, type PetitionDraft, type StepId } from '@shared/petitions'
import { IdDocumentKind } from '@shared/domain'
import { isIsoDay } from '@shared/deadlines/isoDates'
import { formatDay } from '../../src/locale'
import { CheckboxField, CountrySelect, DateField, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import type { FieldErrors } from '../../src/ui/formErrors'
import { EligibilityList } from './Guidance'
import { PrecedentSuggestions } from '../precedents/PrecedentSuggestions'
import { petitionMessages as m } from './messages'

export type Update = (change: (d: PetitionDraft) => PetitionDraft) => void

export const fieldId = (path: string) => `pf-${path.replace(/\./g, '-')}`

interface StepProps {
  draft: PetitionDraft
  update: Update
  errors: FieldErrors
}

function useField(errors: FieldErrors) {
  return (path: string) => ({ id: fieldId(path), error: errors[path] })
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item))

export function StepFields({ step, ...props }: StepProps & { step: StepId }) {
  switch (step) {
    case 'applicant':
      return <ApplicantStep {...props} />
    case 'request':
      return <RequestStep {...props} />
    case 'data-item':
      return <DataItemStep {...props} />
    case 'refugee':
      return <RefugeeStep {...props} />
    case 'revision':
      return <RevisionStep {...props} />
    case 'exhibits':
      return <ExhibitsStep {...props} />
    case 'facts':
      return <FactsStep {...props} />
    case 'assessment':
      return <AssessmentStep {...props} />
    case 'grounds':
      return <GroundsStep {...props} />
    case 'relief':
      return <ReliefStep {...props} />
  }
}

function ApplicantStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const a = draft.applicant
  const set = (patch: Partial<PetitionDraft['applicant']>) => update((d) => ({ ...d, applicant: { ...d.applicant, ...patch } }))
  const setDoc = (patch: Partial<PetitionDraft['applicant']['identityDocument']>) => set({ identityDocument: { ...a.identityDocument, ...patch } })
  const rep = draft.representation
  const setRep = (patch: Partial<PetitionDraft['representation']>) => update((d) => ({ ...d, representation: { ...d.representation, ...patch } }))
  const person = a.kind !== 'entity'
  return (
    <>
      <SelectField
        {...f('applicant.kind')}
        label={m.applicantKind}
        value={a.kind}
        onChange={(v) => set({ kind: v as typeof a.kind })}
        options={[
          { value: 'individual', label: m.kindIndividual },
          { value: 'entity', label: m.kindEntity },
          { value: 'minor', label: m.kindMinor }
        ]}
      />
      <TextField {...f('applicant.legalName')} label={m.legalName} required dirAuto value={a.legalName} onChange={(v) => set({ legalName: v })} />
      <TextField {...f('applicant.latinName')} label={m.latinName} value={a.latinName} onChange={(v) => set({ latinName: v })} />
      <TextField {...f('applicant.familyName')} label={m.familyName} required={person} dirAuto value={a.familyName} onChange={(v) => set({ familyName: v })} />
      <TextField {...f('applicant.forenames')} label={m.forenames} required={person} dirAuto value={a.forenames} onChange={(v) => set({ forenames: v })} />
      <DateField {...f('applicant.dateOfBirth')} label={m.dateOfBirth} required={person} value={a.dateOfBirth} onChange={(v) => set({ dateOfBirth: v })} />
      <TextField {...f('applicant.placeOfBirth')} label={m.placeOfBirth} dirAuto value={a.placeOfBirth} onChange={(v) => set({ placeOfBirth: v })} />
      <TextField {...f('applicant.contact.email')} label={m.email} type="email" value={a.contact.email} onChange={(v) => set({ contact: { ...a.contact, email: v } })} />
      <TextAreaField {...f('applicant.contact.address')} label={m.address} value={a.contact.address} onChange={(v) => set({ contact: { ...a.contact, address: v } })} />
      {a.kind === 'entity' && (
        <>
          <TextField {...f('applicant.entity.name')} label={m.entityName} required dirAuto value={a.entity.name} onChange={(v) => set({ entity: { ...a.entity, name: v } })} />
          <DateField {...f('applicant.entity.registeredOn')} label={m.entityRegisteredOn} required value={a.entity.registeredOn} onChange={(v) => set({ entity: { ...a.entity, registeredOn: v } })} />
        </>
      )}
      {a.kind === 'minor' && <TextField {...f('applicant.minor.guardianName')} label={m.guardianName} required dirAuto value={a.minor.guardianName} onChange={(v) => set({ minor: { ...a.minor, guardianName: v } })} />}
      <SelectField
        {...f('applicant.identityDocument.kind')}
        label={m.idKind}
        required
        value={a.identityDocument.kind ?? ''}
        onChange={(v) => setDoc({ kind: v === '' ? undefined : (v as PetitionDraft["applicant"]["identityDocument"]["kind"]) })}
        options={[{ value: '', label: m.notChosen }, ...IdDocumentKind.options.map((k) => ({ value: k, label: m.idKinds[k] ?? k }))]}
      />
      <TextField {...f('applicant.identityDocument.number')} label={m.idNumber} value={a.identityDocument.number} onChange={(v) => setDoc({ number: v })} />
      <CountrySelect {...f('applicant.identityDocument.issuingCountry')} label={m.idCountry} value={a.identityDocument.issuingCountry} onChange={(v) => setDoc({ issuingCountry: v })} />
      <fieldset className="checkbox-group">
        <legend>{m.legibleTitle}</legend>
        {(['forenames', 'familyName', 'dateOfBirth', 'photograph'] as const).map((k) => (
          <CheckboxField
            key={k}
            id={fieldId(`applicant.identityDocument.legible.${k}`)}
            label={{ forenames: m.legibleForenames, familyName: m.legibleFamilyName, dateOfBirth: m.legibleDateOfBirth, photograph: m.legiblePhotograph }[k]}
            checked={a.identityDocument.legible[k]}
            onChange={(on) => setDoc({ legible: { ...a.identityDocument.legible, [k]: on } })}
          />
        ))}
      </fieldset>
      <CheckboxField id={fieldId('representation.represented')} label={m.represented} checked={rep.represented} onChange={(on) => setRep({ represented: on })} />
      {rep.represented && (
        <>
          <TextField {...f('representation.representative.name')} label={m.representativeName} required dirAuto value={rep.representative.name} onChange={(v) => setRep({ representative: { ...rep.representative, name: v } })} />
          <TextField {...f('representation.representative.firm')} label={m.representativeFirm} value={rep.representative.firm} onChange={(v) => setRep({ representative: { ...rep.representative, firm: v } })} />
          <TextField {...f('representation.representative.email')} label={m.representativeEmail} type="email" value={rep.representative.email} onChange={(v) => setRep({ representative: { ...rep.representative, email: v } })} />
          <DateField {...f('representation.powerOfAttorney.generatedOn')} label={m.poaGeneratedOn} value={rep.powerOfAttorney.generatedOn} onChange={(v) => setRep({ powerOfAttorney: { ...rep.powerOfAttorney, generatedOn: v } })} />
          <CheckboxField id={fieldId('representation.powerOfAttorney.signed')} label={m.poaSigned} checked={rep.powerOfAttorney.signed} onChange={(on) => setRep({ powerOfAttorney: { ...rep.powerOfAttorney, signed: on } })} />
        </>
      )}
    </>
  )
}

function RequestStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const r = draft.request
  const set = (patch: Partial<PetitionDraft['request']>) => update((d) => ({ ...d, request: { ...d.request, ...patch } }))
  return (
    <>
      <SelectField
        {...f('request.workingLanguage')}
        label={m.workingLanguage}
        required
        value={r.workingLanguage ?? ''}
        onChange={(v) => set({ workingLanguage: v === '' ? undefined : (v as 'en') })}
        options={[
          { value: '', label: m.notChosen },
          ...(['en', 'fr', 'es', 'ar'] as const).map((l) => ({ value: l, label: m.workingLanguages[l] ?? l }))
        ]}
      />
      <TextField {...f('request.clientLanguage')} label={m.clientLanguage} value={r.clientLanguage} onChange={(v) => set({ clientLanguage: v })} />
      {draft.requestType === 'correction-deletion' && (
        <SelectField
          {...f('request.action')}
          label={m.action}
          required
          value={r.action ?? ''}
          onChange={(v) => set({ action: v === '' ? undefined : (v as 'deletion') })}
          options={[
            { value: '', label: m.notChosen },
            { value: 'deletion', label: m.actionDeletion },
            { value: 'correction', label: m.actionCorrection },
            { value: 'correction-and-deletion', label: m.actionBoth }
          ]}
        />
      )}
      {draft.requestType === 'access' && <TextAreaField {...f('request.accessPurpose')} label={m.accessPurpose} required value={r.accessPurpose} onChange={(v) => set({ accessPurpose: v })} />}
    </>
  )
}

function DataItemStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const x = draft.dataItem
  const set = (patch: Partial<PetitionDraft['dataItem']>) => update((d) => ({ ...d, dataItem: { ...d.dataItem, ...patch } }))
  const notAccess = draft.requestType !== 'access'
  return (
    <>
      <CountrySelect {...f('dataItem.requestingCountry')} label={m.requestingCountry} required={notAccess} value={x.requestingCountry} onChange={(v) => set({ requestingCountry: v })} />
      <TextField {...f('dataItem.interpolReference')} label={m.interpolReference} value={x.interpolReference} onChange={(v) => set({ interpolReference: v })} />
      <TextAreaField {...f('dataItem.description')} label={m.dataDescription} value={x.description} onChange={(v) => set({ description: v })} />
      {x.offences.map((o, i) => (
        <TextField
          key={i}
          {...f(`dataItem.offences.${i}.description`)}
          label={m.offence(i + 1)}
          dirAuto
          value={o.description}
          onChange={(v) => set({ offences: x.offences.map((y, j) => (j === i ? { ...y, description: v } : y)) })}
        />
      ))}
      <DateField {...f('dataItem.warrant.date')} label={m.warrantDate} value={x.warrant.date} onChange={(v) => set({ warrant: { ...x.warrant, date: v } })} />
      {notAccess && x.kind === 'sltd' && <TextField {...f('dataItem.sltdDocumentNumber')} label={m.sltdNumber} required value={x.sltdDocumentNumber} onChange={(v) => set({ sltdDocumentNumber: v })} />}
    </>
  )
}

function ExhibitSelect({ draft, ...p }: { draft: PetitionDraft; id: string; error: string | undefined; label: string; value: string; onChange: (v: string) => void }) {
  return <SelectField {...p} options={[{ value: '', label: m.noExhibit }, ...draft.exhibits.map((e, i) => ({ value: e.id, label: `${m.exhibit(i + 1)}: ${e.title || e.id}` }))]} />
}

function RefugeeStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const r = draft.refugee
  const set = (patch: Partial<PetitionDraft['refugee']>) => update((d) => ({ ...d, refugee: { ...d.refugee, ...patch } }))
  return (
    <>
      <CountrySelect {...f('refugee.grantingCountry')} label={m.grantingCountry} required value={r.grantingCountry} onChange={(v) => set({ grantingCountry: v })} />
      <DateField {...f('refugee.grantedOn')} label={m.grantedOn} required value={r.grantedOn} onChange={(v) => set({ grantedOn: v })} />
      <TextField {...f('refugee.reference')} label={m.protectionReference} required value={r.reference} onChange={(v) => set({ reference: v })} />
      <TextField {...f('refugee.authority')} label={m.authority} value={r.authority} onChange={(v) => set({ authority: v })} />
      <SelectField
        {...f('refugee.currentStatus')}
        label={m.currentStatus}
        required
        value={r.currentStatus ?? ''}
        onChange={(v) => set({ currentStatus: v === '' ? undefined : (v as 'granted') })}
        options={[
          { value: '', label: m.notChosen },
          { value: 'asylum-seeker', label: m.statusAsylumSeeker },
          { value: 'granted', label: m.statusGranted },
          { value: 'naturalised', label: m.statusNaturalised },
          { value: 'revoked', label: m.statusRevoked }
        ]}
      />
      <CountrySelect {...f('refugee.persecutionCountry')} label={m.persecutionCountry} value={r.persecutionCountry} onChange={(v) => set({ persecutionCountry: v })} />
      <ExhibitSelect draft={draft} {...f('refugee.statusDocumentExhibitId')} label={m.statusDocument} value={r.statusDocumentExhibitId} onChange={(v) => set({ statusDocumentExhibitId: v })} />
      <CheckboxField id={fieldId('refugee.consentToContactAuthority')} label={m.consentToContact} checked={r.consentToContactAuthority} onChange={(on) => set({ consentToContactAuthority: on })} />
    </>
  )
}

function RevisionStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const r = draft.revision
  const set = (patch: Partial<PetitionDraft['revision']>) => update((d) => ({ ...d, revision: { ...d.revision, ...patch } }))
  return (
    <>
      <TextField {...f('revision.previousDecisionReference')} label={m.decisionReference} required value={r.previousDecisionReference} onChange={(v) => set({ previousDecisionReference: v })} />
      <DateField {...f('revision.previousDecisionDate')} label={m.decisionDate} required value={r.previousDecisionDate} onChange={(v) => set({ previousDecisionDate: v })} />
      <ExhibitSelect draft={draft} {...f('revision.previousDecisionExhibitId')} label={m.decisionExhibit} value={r.previousDecisionExhibitId} onChange={(v) => set({ previousDecisionExhibitId: v })} />
      <TextAreaField {...f('revision.newFact')} label={m.newFact} required value={r.newFact} onChange={(v) => set({ newFact: v })} />
      <DateField {...f('revision.discoveryDate')} label={m.discoveryDate} required value={r.discoveryDate} onChange={(v) => set({ discoveryDate: v })} />
      {isIsoDay(r.discoveryDate) && <p className="field-hint">{m.lastDay(formatDay(revisionLastDay(r.discoveryDate).lastDay, 'long'))}</p>}
      <TextAreaField {...f('revision.whyDecisive')} label={m.whyDecisive} required value={r.whyDecisive} onChange={(v) => set({ whyDecisive: v })} />
      <CheckboxField id={fieldId('revision.summaryPrepared')} label={m.summaryPrepared} checked={r.summaryPrepared} onChange={(on) => set({ summaryPrepared: on })} />
    </>
  )
}

function ExhibitsStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const setAt = (i: number, patch: Partial<PetitionDraft['exhibits'][number]>) => update((d) => ({ ...d, exhibits: d.exhibits.map((e, j) => (j === i ? { ...e, ...patch } : e)) }))
  const add = () => update((d) => ({ ...d, exhibits: [...d.exhibits, { id: `exhibit-${crypto.randomUUID()}`, title: '', kind: 'other', attached: false }] }))
  const remove = (id: string) =>
    update((d) => ({
      ...d,
      exhibits: d.exhibits.filter((e) => e.id !== id),
      facts: d.facts.map((x) => ({ ...x, exhibitIds: x.exhibitIds.filter((e) => e !== id) })),
      grounds: { ...d.grounds, chosen: d.grounds.chosen.map((g) => ({ ...g, exhibitIds: g.exhibitIds.filter((e) => e !== id) })) }
    }))
  return (
    <>
      <ol className="item-list">
        {draft.exhibits.map((e, i) => (
          <li key={e.id} className="item-card">
            <fieldset>
              <legend>{m.exhibit(i + 1)}</legend>
              <TextField {...f(`exhibits.${i}.title`)} label={m.exhibitTitle} required dirAuto value={e.title} onChange={(v) => setAt(i, { title: v })} />
              <SelectField {...f(`exhibits.${i}.kind`)} label={m.exhibitKind} value={e.kind} onChange={(v) => setAt(i, { kind: v as ExhibitKind })} options={ExhibitKind.options.map((k) => ({ value: k, label: m.exhibitKinds[k] ?? k }))} />
              <TextField {...f(`exhibits.${i}.language`)} label={m.exhibitLanguage} value={e.language ?? ''} onChange={(v) => setAt(i, { language: v === '' ? undefined : v })} />
              <CheckboxField id={fieldId(`exhibits.${i}.attached`)} label={m.exhibitAttached} checked={e.attached} onChange={(on) => setAt(i, { attached: on })} />
              <button type="button" className="button button--quiet-danger" onClick={() => remove(e.id)} aria-label={`${m.removeExhibit} ${i + 1}`}>
                {m.removeExhibit}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={add}>
        {m.addExhibit}
      </button>
    </>
  )
}

function FactsStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const setAt = (i: number, patch: Partial<PetitionDraft['facts'][number]>) => update((d) => ({ ...d, facts: d.facts.map((x, j) => (j === i ? { ...x, ...patch } : x)) }))
  const add = () => update((d) => ({ ...d, facts: [...d.facts, { id: `fact-${crypto.randomUUID()}`, date: '', text: '', exhibitIds: [] }] }))
  const remove = (id: string) =>
    update((d) => ({ ...d, facts: d.facts.filter((x) => x.id !== id), grounds: { ...d.grounds, chosen: d.grounds.chosen.map((g) => ({ ...g, factIds: g.factIds.filter((x) => x !== id) })) } }))
  return (
    <>
      {errors['facts'] && (
        <p className="field-error" id={fieldId('facts')}>
          {errors['facts']}
        </p>
      )}
      <ol className="item-list">
        {draft.facts.map((x, i) => (
          <li key={x.id} className="item-card">
            <fieldset>
              <legend>{m.fact(i + 1)}</legend>
              <DateField {...f(`facts.${i}.date`)} label={m.factDate} value={x.date} onChange={(v) => setAt(i, { date: v })} />
              <TextAreaField {...f(`facts.${i}.text`)} label={m.factText} required value={x.text} onChange={(v) => setAt(i, { text: v })} />
              {draft.exhibits.length > 0 && (
                <fieldset className="checkbox-group">
                  <legend>{m.factExhibits}</legend>
                  {draft.exhibits.map((e, k) => (
                    <CheckboxField key={e.id} id={fieldId(`facts.${i}.exhibit.${e.id}`)} label={`${m.exhibit(k + 1)}: ${e.title || e.id}`} checked={x.exhibitIds.includes(e.id)} onChange={(on) => setAt(i, { exhibitIds: toggle(x.exhibitIds, e.id, on) })} />
                  ))}
                </fieldset>
              )}
              <button type="button" className="button button--quiet-danger" onClick={() => remove(x.id)} aria-label={`${m.removeFact} ${i + 1}`}>
                {m.removeFact}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={add}>
        {m.addFact}
      </button>
    </>
  )
}

function AssessmentStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const a = draft.assessment
  const set = (patch: Partial<PetitionDraft['assessment']>) => update((d) => ({ ...d, assessment: { ...d.assessment, ...patch } }))
  const setFactor = (factor: Article3Factor, patch: Partial<PetitionDraft['assessment']['article3Factors'][number]>) =>
    update((d) => ({ ...d, assessment: { ...d.assessment, article3Factors: d.assessment.article3Factors.map((x) => (x.factor === factor ? { ...x, ...patch } : x)) } }))
  const setFinding = (i: number, patch: Partial<PetitionDraft['assessment']['findings'][number]>) =>
    update((d) => ({ ...d, assessment: { ...d.assessment, findings: d.assessment.findings.map((x, j) => (j === i ? { ...x, ...patch } : x)) } }))
  const addFinding = () =>
    update((d) => ({ ...d, assessment: { ...d.assessment, findings: [...d.assessment.findings, { id: `finding-${crypto.randomUUID()}`, kind: 'court', body: '', date: '', summary: '', exhibitId: '' }] } }))
  const removeFinding = (id: string) => update((d) => ({ ...d, assessment: { ...d.assessment, findings: d.assessment.findings.filter((x) => x.id !== id) } }))
  return (
    <>
      <fieldset className="checkbox-group">
        <legend>{m.article3Title}</legend>
        {Article3Factor.options.map((k) => {
          const i = a.article3Factors.findIndex((x) => x.factor === k)
          const answer = a.article3Factors[i]
          return (
            <div key={k} className="ground-card">
              <CheckboxField
                id={fieldId(`assessment.article3.${k}`)}
                label={ARTICLE_3_FACTORS[k].prompt}
                description={ARTICLE_3_FACTORS[k].citation}
                checked={answer !== undefined}
                onChange={(on) => set({ article3Factors: on ? [...a.article3Factors, { factor: k, leaning: 'not-assessed', note: '' }] : a.article3Factors.filter((x) => x.factor !== k) })}
              />
              {answer && (
                <fieldset className="ground-card__links checkbox-group">
                  <legend>{m.factorAssessment(m.factorNames[k] ?? k)}</legend>
                  <SelectField
                    {...f(`assessment.article3Factors.${i}.leaning`)}
                    label={m.factorLeaning}
                    value={answer.leaning}
                    onChange={(v) => setFactor(k, { leaning: v as typeof answer.leaning })}
                    options={(['points-to-article-3', 'points-away', 'not-assessed'] as const).map((l) => ({ value: l, label: m.factorLeanings[l] ?? l }))}
                  />
                  <TextAreaField {...f(`assessment.article3Factors.${i}.note`)} label={m.factorNote} value={answer.note} onChange={(v) => setFactor(k, { note: v })} />
                </fieldset>
              )}
            </div>
          )
        })}
      </fieldset>
      <section aria-labelledby="assessment-findings">
        <h3 id="assessment-findings">{m.findingsTitle}</h3>
        <p className="muted">{m.findingsNote}</p>
        <ol className="item-list">
          {a.findings.map((x, i) => (
            <li key={x.id} className="item-card">
              <fieldset>
                <legend>{m.finding(i + 1)}</legend>
                <SelectField {...f(`assessment.findings.${i}.kind`)} label={m.findingKind} value={x.kind} onChange={(v) => setFinding(i, { kind: v as typeof x.kind })} options={(['court', 'un-body', 'extradition-refusal', 'other'] as const).map((k) => ({ value: k, label: m.findingKinds[k] ?? k }))} />
                <TextField {...f(`assessment.findings.${i}.body`)} label={m.findingBody} required dirAuto value={x.body} onChange={(v) => setFinding(i, { body: v })} />
                <DateField {...f(`assessment.findings.${i}.date`)} label={m.findingDate} value={x.date} onChange={(v) => setFinding(i, { date: v })} />
                <TextAreaField {...f(`assessment.findings.${i}.summary`)} label={m.findingSummary} required value={x.summary} onChange={(v) => setFinding(i, { summary: v })} />
                <ExhibitSelect draft={draft} {...f(`assessment.findings.${i}.exhibitId`)} label={m.findingExhibit} value={x.exhibitId} onChange={(v) => setFinding(i, { exhibitId: v })} />
                <button type="button" className="button button--quiet-danger" onClick={() => removeFinding(x.id)} aria-label={`${m.removeFinding} ${i + 1}`}>
                  {m.removeFinding}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" className="button" onClick={addFinding}>
          {m.addFinding}
        </button>
      </section>
      <fieldset className="checkbox-group">
        <legend>{m.excludedTitle}</legend>
        {ExcludedCategory.options.map((k) => (
          <CheckboxField key={k} id={fieldId(`assessment.excluded.${k}`)} label={m.excluded[k] ?? k} checked={a.excludedCategories.includes(k)} onChange={(on) => set({ excludedCategories: toggle(a.excludedCategories, k, on) })} />
        ))}
      </fieldset>
      <fieldset className="checkbox-group">
        <legend>{m.caseStatusTitle}</legend>
        {CaseStatusMark.options.map((k) => (
          <CheckboxField key={k} id={fieldId(`assessment.caseStatus.${k}`)} label={m.caseStatus[k] ?? k} checked={a.caseStatus.includes(k)} onChange={(on) => set({ caseStatus: toggle(a.caseStatus, k, on) })} />
        ))}
      </fieldset>
      <fieldset className="checkbox-group">
        <legend>{m.dataQualityTitle}</legend>
        {DataQualityIssue.options.map((k) => (
          <CheckboxField key={k} id={fieldId(`assessment.dataQuality.${k}`)} label={m.dataQuality[k] ?? k} checked={a.dataQuality.includes(k)} onChange={(on) => set({ dataQuality: toggle(a.dataQuality, k, on) })} />
        ))}
      </fieldset>
      <TextAreaField {...f('assessment.dataQualityNote')} label={m.dataQualityNote} value={a.dataQualityNote} onChange={(v) => set({ dataQualityNote: v })} />
      <section className="guidance-panel" aria-labelledby="assessment-guidance">
        <h3 id="assessment-guidance">{m.guidanceTitle}</h3>
        <p className="muted">{m.guidanceNote}</p>
        <EligibilityList checks={eligibilityChecks(draft)} />
      </section>
    </>
  )
}

function GroundsStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const chosen = draft.grounds.chosen
  const setGrounds = (patch: Partial<PetitionDraft['grounds']>) => update((d) => ({ ...d, grounds: { ...d.grounds, ...patch } }))
  const setChosen = (id: GroundId, patch: Partial<ChosenGround>) => setGrounds({ chosen: chosen.map((g) => (g.groundId === id ? { ...g, ...patch } : g)) })
  const available = groundsAvailable(draft.requestType, draft.dataItem.kind)
  return (
    <>
      <TextAreaField {...f('grounds.reasons')} label={m.reasons} required={draft.requestType === 'correction-deletion' || draft.requestType === 'refugee-status-deletion'} rows={5} value={draft.grounds.reasons} onChange={(v) => setGrounds({ reasons: v })} />
      {errors['grounds.chosen'] && (
        <p className="field-error" id={fieldId('grounds.chosen')}>
          {errors['grounds.chosen']}
        </p>
      )}
      <fieldset className="ground-catalogue">
        <legend>{m.groundsCatalogue}</legend>
        {available.map((g) => {
          const pick = chosen.find((c) => c.groundId === g.id)
          return (
            <div key={g.id} className="ground-card">
              <CheckboxField
                id={fieldId(`grounds.pick.${g.id}`)}
                label={g.heading}
                description={`${g.summary} (${groundCitationLine(g.id)})`}
                checked={pick !== undefined}
                onChange={(on) => setGrounds({ chosen: on ? [...chosen, { groundId: g.id, argument: '', factIds: [], exhibitIds: [] }] : chosen.filter((c) => c.groundId !== g.id) })}
              />
              {pick && (
                <div className="ground-card__links">
                  <TextAreaField
                    {...f(`grounds.chosen.${chosen.indexOf(pick)}.argument`)}
                    label={m.groundArgument}
                    hint={m.groundArgumentHint}
                    rows={6}
                    value={pick.argument}
                    onChange={(v) => setChosen(g.id, { argument: v })}
                  />
                  <PrecedentSuggestions draft={draft} groundId={g.id} update={update} />
                  {draft.facts.length > 0 && (
                    <fieldset className="checkbox-group">
                      <legend>{m.groundFacts}</legend>
                      {draft.facts.map((x, i) => (
                        <CheckboxField key={x.id} id={fieldId(`grounds.${g.id}.fact.${x.id}`)} label={`${m.fact(i + 1)}: ${x.text.slice(0, 80)}`} checked={pick.factIds.includes(x.id)} onChange={(on) => setChosen(g.id, { factIds: toggle(pick.factIds, x.id, on) })} />
                      ))}
                    </fieldset>
                  )}
                  {draft.exhibits.length > 0 && (
                    <fieldset className="checkbox-group">
                      <legend>{m.groundExhibits}</legend>
                      {draft.exhibits.map((e, i) => (
                        <CheckboxField key={e.id} id={fieldId(`grounds.${g.id}.exhibit.${e.id}`)} label={`${m.exhibit(i + 1)}: ${e.title || e.id}`} checked={pick.exhibitIds.includes(e.id)} onChange={(on) => setChosen(g.id, { exhibitIds: toggle(pick.exhibitIds, e.id, on) })} />
                      ))}
                    </fieldset>
                  )}
                </div>
              )}
            </div>
          )
        })}
      </fieldset>
      <GroundsMatrix draft={draft} />
    </>
  )
}

/** Ground ↔ exhibit: a row per exhibit, a column per chosen ground. */
export function GroundsMatrix({ draft }: { draft: PetitionDraft }) {
  const chosen = draft.grounds.chosen
  if (chosen.length === 0 || draft.exhibits.length === 0) return <p className="muted">{m.matrixEmpty}</p>
  const links = new Map(chosen.map((g) => [g.groundId, new Map(exhibitsForGround(draft, g.groundId).map((e) => [e.id, e.via]))]))
  return (
    <table className="grounds-matrix">
      <caption>{m.matrixTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{m.matrixExhibit}</th>
          {chosen.map((g) => (
            <th key={g.groundId} scope="col">
              {groundById(g.groundId).heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {draft.exhibits.map((e, i) => (
          <tr key={e.id}>
            <th scope="row" dir="auto">
              {m.exhibit(i + 1)}: {e.title || e.id}
            </th>
            {chosen.map((g) => {
              const via = links.get(g.groundId)?.get(e.id)
              return <td key={g.groundId}>{via === 'direct' ? `✓ ${m.supports}` : via === 'fact' ? `✓ ${m.viaFact}` : ''}</td>
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ReliefStep({ draft, update, errors }: StepProps) {
  const f = useField(errors)
  const r = draft.relief
  const set = (patch: Partial<PetitionDraft['relief']>) => update((d) => ({ ...d, relief: { ...d.relief, ...patch } }))
  const correction = draft.requestType === 'correction-deletion' && draft.request.action !== undefined && draft.request.action !== 'deletion'
  return (
    <>
      <CheckboxField id={fieldId('relief.provisionalMeasures.requested')} label={m.provisional} checked={r.provisionalMeasures.requested} onChange={(on) => set({ provisionalMeasures: { ...r.provisionalMeasures, requested: on } })} />
      {r.provisionalMeasures.requested && <TextAreaField {...f('relief.provisionalMeasures.urgency')} label={m.urgency} required value={r.provisionalMeasures.urgency} onChange={(v) => set({ provisionalMeasures: { ...r.provisionalMeasures, urgency: v } })} />}
      {correction && <TextAreaField {...f('relief.correctionDetails')} label={m.correctionDetails} required value={r.correctionDetails} onChange={(v) => set({ correctionDetails: v })} />}
      <TextAreaField {...f('relief.otherRelief')} label={m.otherRelief} value={r.otherRelief} onChange={(v) => set({ otherRelief: v })} />
    </>
  )
}
