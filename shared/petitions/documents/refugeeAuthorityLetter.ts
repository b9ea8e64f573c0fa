// For a refugee-status deletion: a letter to the authority that granted asylum, asking it to
// confirm the status to INTERPOL's General Secretariat (or the CCF when asked). REFRES: the 2017
// resolution encourages member countries to confirm; INTERPOL does not second-guess asylum
// decisions. The letter never says deletion follows automatically, and asks that nothing about the
// asylum procedure reach the requesting country.
import type { Block, DocumentModel } from '../../pdf/documentModel'
import { heading, keyValue, list, paragraph, signature, spacer } from './blocks'
import { parsePetitionDocumentInput, type PetitionDocumentInputData } from './documentInput'
import type { DocumentLanguage } from './messages'
import { DocumentText, type DocumentOptions } from './text'

export interface RefugeeAuthorityLetterOptions extends DocumentOptions {
  /** Default: the request's working language (e.g. French for a letter to France's OFPRA). */
  readonly language?: DocumentLanguage
}

const lines = (...parts: Array<string | undefined>): string => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n')

/**
 * The letter to the asylum authority. Throws unless the input is a refugee-status deletion with
 * its refugee details (the only request that needs this letter).
 */
export function buildRefugeeAuthorityLetter(raw: PetitionDocumentInputData, options: RefugeeAuthorityLetterOptions = {}): DocumentModel {
  const input = parsePetitionDocumentInput(raw)
  const { refugee, dataItem, representative, applicant } = input
  if (input.requestType !== 'refugee-status-deletion' || !refugee || !dataItem)
    throw new Error('The letter to the asylum authority belongs to a refugee-status deletion request with its refugee details.')
  const text = new DocumentText(options.language ?? input.language, options)
  const self = !representative
  const country = text.country(dataItem.requestingCountry)
  const grantingCountry = text.country(refugee.grantingCountry)
  const evidence = refugee.evidenceExhibitIds.flatMap((id) => input.exhibits.filter((e) => e.id === id)).map((e) => `${e.label} — ${e.title}`)

  const blocks: Block[] = [
    paragraph(representative ? lines(representative.name, representative.firm, representative.address, representative.email) : lines(applicant.legalName, applicant.address, applicant.email), 'start'),
    spacer(20),
    paragraph(lines(refugee.authorityName ?? text.t('letter.recipientFallback', { country: grantingCountry }), refugee.authorityAddress), 'start'),
    spacer(20),
    paragraph(text.t('letter.placeDate', { place: input.place, date: text.date(input.date) }), 'start'),
    spacer(4),
    heading(3, text.t('letter.subject'), false),
    ...keyValue([
      { label: text.t('letter.person'), value: applicant.legalName },
      { label: text.t('label.latinName'), value: applicant.latinName },
      { label: text.t('label.dateOfBirth'), value: applicant.dateOfBirth && text.date(applicant.dateOfBirth) },
      { label: text.t('label.nationalities'), value: applicant.nationalities.length ? text.countries(applicant.nationalities) : undefined },
      { label: text.t('letter.yourReference'), value: refugee.reference },
      { label: text.t('letter.decisionDate'), value: refugee.grantedOn && text.date(refugee.grantedOn) }
    ]),
    paragraph(text.t('letter.salutation'), 'start'),
    paragraph(text.t(self ? 'letter.introSelf' : 'letter.intro')),
    paragraph(text.t(self ? 'letter.factsSelf' : 'letter.facts', { dataKind: text.t(`dataKindInline.${dataItem.kind}`), country })),
    paragraph(text.t('letter.resolution')),
    paragraph(text.t(self ? 'letter.askSelf' : 'letter.ask'), 'start'),
    list([text.t('letter.askConfirm'), text.t('letter.askCcf'), text.t(self ? 'letter.askInformSelf' : 'letter.askInform')], true),
    paragraph(text.t(self ? 'letter.consentSelf' : 'letter.consent', { country })),
    paragraph(text.t(self ? 'letter.closingSelf' : 'letter.closing')),
    paragraph(text.t('letter.regards'), 'start'),
    signature(representative ? [representative.name, representative.firm] : [applicant.legalName, applicant.latinName]),
    heading(3, text.t('letter.enclosures'), false),
    list([...evidence, ...(representative ? [text.t('letter.enclosurePoa')] : []), text.t('letter.enclosureId')], false)
  ]
  return {
    title: text.t('letter.title'),
    language: text.language,
    direction: text.direction,
    author: representative?.name ?? applicant.legalName,
    subject: text.t('letter.subject'),
    blocks
  }
}
