// The review screen's list: each step's answers as (label, value) pairs.
import { groundById, groundCitationLine, type PetitionDraft, type StepId } from '@shared/petitions'
import { countryName } from '../../src/ui/countries'
import { petitionMessages as m } from './messages'

const yes = (b: boolean) => (b ? m.yes : m.no)
const country = (code: string) => (code ? countryName(code) : '')
// Functions, not constant maps: each call reads the catalogue in the current UI language.
const action = (a: string) => ({ deletion: m.actionDeletion, correction: m.actionCorrection, 'correction-and-deletion': m.actionBoth } as Record<string, string>)[a] ?? ''
const refugeeStatus = (s: string) => ({ 'asylum-seeker': m.statusAsylumSeeker, granted: m.statusGranted, naturalised: m.statusNaturalised, revoked: m.statusRevoked } as Record<string, string>)[s] ?? ''
const legibleItem = (k: string) => ({ forenames: m.legibleForenames, familyName: m.legibleFamilyName, dateOfBirth: m.legibleDateOfBirth, photograph: m.legiblePhotograph } as Record<string, string>)[k] ?? k

export function answersFor(d: PetitionDraft, step: StepId): Array<[string, string]> {
  const exhibitTitle = (id: string) => d.exhibits.find((e) => e.id === id)?.title ?? ''
  switch (step) {
    case 'applicant': {
      const a = d.applicant
      const legible = Object.entries(a.identityDocument.legible).filter(([, v]) => v).map(([k]) => legibleItem(k)).join(', ')
      return [
        [m.legalName, a.legalName],
        [m.latinName, a.latinName],
        [m.familyName, a.familyName],
        [m.forenames, a.forenames],
        [m.dateOfBirth, a.dateOfBirth],
        [m.idKind, m.idKinds[a.identityDocument.kind ?? ''] ?? ''],
        [m.idNumber, a.identityDocument.number],
        [m.idCountry, country(a.identityDocument.issuingCountry)],
        [m.legibleTitle, legible],
        [m.represented, yes(d.representation.represented)],
        ...(d.representation.represented
          ? ([
              [m.representativeName, d.representation.representative.name],
              [m.poaGeneratedOn, d.representation.powerOfAttorney.generatedOn],
              [m.poaSigned, yes(d.representation.powerOfAttorney.signed)]
            ] as Array<[string, string]>)
          : [])
      ]
    }
    case 'request':
      return [
        [m.workingLanguage, m.workingLanguages[d.request.workingLanguage ?? ''] ?? ''],
        [m.clientLanguage, d.request.clientLanguage],
        ...(d.requestType === 'correction-deletion' ? ([[m.action, action(d.request.action ?? '')]] as Array<[string, string]>) : []),
        ...(d.requestType === 'access' ? ([[m.accessPurpose, d.request.accessPurpose]] as Array<[string, string]>) : [])
      ]
    case 'data-item':
      return [
        [m.requestingCountry, country(d.dataItem.requestingCountry)],
        [m.interpolReference, d.dataItem.interpolReference],
        [m.dataDescription, d.dataItem.description],
        ...d.dataItem.offences.map((o, i) => [m.offence(i + 1), o.description] as [string, string]),
        [m.warrantDate, d.dataItem.warrant.date]
      ]
    case 'refugee':
      return [
        [m.grantingCountry, country(d.refugee.grantingCountry)],
        [m.grantedOn, d.refugee.grantedOn],
        [m.protectionReference, d.refugee.reference],
        [m.currentStatus, refugeeStatus(d.refugee.currentStatus ?? '')],
        [m.persecutionCountry, country(d.refugee.persecutionCountry)],
        [m.statusDocument, exhibitTitle(d.refugee.statusDocumentExhibitId)]
      ]
    case 'revision':
      return [
        [m.decisionReference, d.revision.previousDecisionReference],
        [m.decisionDate, d.revision.previousDecisionDate],
        [m.decisionExhibit, exhibitTitle(d.revision.previousDecisionExhibitId)],
        [m.newFact, d.revision.newFact],
        [m.discoveryDate, d.revision.discoveryDate],
        [m.whyDecisive, d.revision.whyDecisive]
      ]
    case 'exhibits':
      return d.exhibits.map((e, i) => [m.exhibit(i + 1), e.attached ? e.title : m.exhibitNotAttached(e.title)])
    case 'facts':
      return d.facts.map((x, i) => [m.fact(i + 1), [x.date, x.text].filter(Boolean).join(' — ')])
    case 'assessment':
      return [
        [m.article3Title, d.assessment.article3Factors.map((x) => `${m.factorNames[x.factor] ?? x.factor}: ${m.factorLeanings[x.leaning] ?? x.leaning}${x.note.trim() ? ` — ${x.note.trim()}` : ''}`).join('; ')],
        [m.findingsTitle, d.assessment.findings.map((x) => [x.body, x.date, x.summary].filter((v) => v.trim() !== '').join(' — ')).join('; ')],
        [m.excludedTitle, d.assessment.excludedCategories.map((k) => m.excluded[k] ?? k).join(', ')],
        [m.caseStatusTitle, d.assessment.caseStatus.map((k) => m.caseStatus[k] ?? k).join(', ')],
        [m.dataQualityTitle, d.assessment.dataQuality.map((k) => m.dataQuality[k] ?? k).join(', ')]
      ]
    case 'grounds':
      return [[m.reasons, d.grounds.reasons], ...d.grounds.chosen.map((g) => [groundById(g.groundId).heading, [groundCitationLine(g.groundId), g.argument.trim()].filter(Boolean).join(' — ')] as [string, string])]
    case 'relief':
      return [
        [m.provisional, yes(d.relief.provisionalMeasures.requested)],
        ...(d.relief.provisionalMeasures.requested ? ([[m.urgency, d.relief.provisionalMeasures.urgency]] as Array<[string, string]>) : []),
        [m.correctionDetails, d.relief.correctionDetails],
        [m.otherRelief, d.relief.otherRelief]
      ]
  }
}
