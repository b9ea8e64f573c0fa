// The review screen's list: each step's answers as (label, value) pairs.
import { groundById, groundCitationLine, type PetitionDraft, type StepId } from '@shared/petitions'
import { countryName } from '../../src/ui/countries'
import { petitionMessages as m } from './messages'

const yes = (b: boolean) => (b ? 'Yes' : 'No')
const country = (code: string) => (code ? countryName(code) : '')
const LANGS: Record<string, string> = { en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic' }
const ACTIONS: Record<string, string> = { deletion: m.actionDeletion, correction: m.actionCorrection, 'correction-and-deletion': m.actionBoth }
const ID_KINDS: Record<string, string> = { passport: 'Passport', 'national-id': 'National identity card', 'residence-permit': 'Residence permit', 'refugee-travel-document': 'Refugee travel document', other: 'Other' }
const STATUSES: Record<string, string> = { 'asylum-seeker': m.statusAsylumSeeker, granted: m.statusGranted, naturalised: m.statusNaturalised, revoked: m.statusRevoked }
const LEGIBLE: Record<string, string> = { forenames: m.legibleForenames, familyName: m.legibleFamilyName, dateOfBirth: m.legibleDateOfBirth, photograph: m.legiblePhotograph }

export function answersFor(d: PetitionDraft, step: StepId): Array<[string, string]> {
  const exhibitTitle = (id: string) => d.exhibits.find((e) => e.id === id)?.title ?? ''
  switch (step) {
    case 'applicant': {
      const a = d.applicant
      const legible = Object.entries(a.identityDocument.legible).filter(([, v]) => v).map(([k]) => LEGIBLE[k] ?? k).join(', ')
      return [
        [m.legalName, a.legalName],
        [m.latinName, a.latinName],
        [m.familyName, a.familyName],
        [m.forenames, a.forenames],
        [m.dateOfBirth, a.dateOfBirth],
        [m.idKind, ID_KINDS[a.identityDocument.kind ?? ''] ?? ''],
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
        [m.workingLanguage, LANGS[d.request.workingLanguage ?? ''] ?? ''],
        [m.clientLanguage, d.request.clientLanguage],
        ...(d.requestType === 'correction-deletion' ? ([[m.action, ACTIONS[d.request.action ?? ''] ?? '']] as Array<[string, string]>) : []),
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
        [m.currentStatus, STATUSES[d.refugee.currentStatus ?? ''] ?? ''],
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
      return d.exhibits.map((e, i) => [m.exhibit(i + 1), `${e.title}${e.attached ? '' : ' (not attached)'}`])
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
