// The power of attorney the client signs (ccf-domain.md ADM §2: signed by the applicant,
// authorising the representative to access any information about the applicant in INTERPOL's
// files; Statute Art. 30(2)). Written in the working language and, when the client's own language
// has a template, in that language too: side by side (default) or as a following section. When
// it has none, the client confirms the text was explained in their language.
import type { Block, DocumentModel } from '../../pdf/documentModel'
import { applicantRows, heading, keyValue, pageBreak, paragraph, representativeRows, signature, spacer, table, type Row } from './blocks'
import { parsePetitionDocumentInput, type PetitionDocumentInput, type PetitionDocumentInputData } from './documentInput'
import { templateLanguage, type DocumentLanguage, type MessageKey } from './messages'
import { capitalise, DocumentText, type DocumentOptions } from './text'

export type PowerOfAttorneyLayout = 'side-by-side' | 'sequential'

export interface PowerOfAttorneyOptions extends DocumentOptions {
  /** Two languages: clauses in two columns (default) or the whole text again after a page break. */
  readonly layout?: PowerOfAttorneyLayout
}

/** The second language of the power of attorney, if the client's language has a template. */
export function powerOfAttorneyLanguages(input: Pick<PetitionDocumentInput, 'language' | 'applicant'>): DocumentLanguage[] {
  const client = templateLanguage(input.applicant.clientLanguage)
  return client && client !== input.language ? [input.language, client] : [input.language]
}

function clauses(input: PetitionDocumentInput, text: DocumentText, explainedIn: string | undefined): string[] {
  const keys: MessageKey[] = ['poa.appoint', 'poa.file', 'poa.access', 'poa.submit']
  if (input.requestType === 'refugee-status-deletion') keys.push('poa.refugee')
  keys.push('poa.validity')
  const result = keys.map((key) => text.t(key))
  if (explainedIn) result.push(text.t('poa.explained', { language: text.languageName(explainedIn) }))
  return result
}

/** The client's language when no template exists for it (and it is not the working language). */
function untemplatedClientLanguage(input: PetitionDocumentInput): string | undefined {
  const tag = input.applicant.clientLanguage
  if (!tag || templateLanguage(tag)) return undefined
  return tag
}

/** Labels in one or two languages: "Date of birth / Date de naissance". */
function labeller(texts: DocumentText[]) {
  return (key: MessageKey) => texts.map((t) => t.t(key)).join(' / ')
}

/** The parties: values in the first language, labels in every language. */
function parties(input: PetitionDocumentInput, texts: DocumentText[]): Block[] {
  const label = labeller(texts)
  // The same rows in every language, in the same order: join the labels, keep the first values.
  const bilingual = (build: (t: DocumentText) => Row[]): Row[] => {
    const sets = texts.map(build)
    return sets[0]!.map((row, i) => ({ label: sets.map((set) => set[i]!.label).join(' / '), value: row.value }))
  }
  return [
    heading(2, label('poa.principal')),
    ...keyValue(bilingual((t) => applicantRows(input.applicant, t))),
    heading(2, label('poa.agent')),
    ...keyValue(bilingual((t) => representativeRows(input.representative!, t)))
  ]
}

function signatures(input: PetitionDocumentInput, texts: DocumentText[]): Block[] {
  const label = labeller(texts)
  return [
    spacer(6),
    paragraph(texts.map((t) => t.t('poa.placeDate')).join('\n'), 'start'),
    signature([input.applicant.legalName, input.applicant.latinName, label('poa.signApplicant')]),
    signature([input.representative!.name, label('poa.signRepresentative')])
  ]
}

function header(texts: DocumentText[]): Block[] {
  const label = labeller(texts)
  return [heading(1, label('poa.title')), paragraph(texts.map((t) => t.t('poa.subtitle')).join('\n'), 'start')]
}

function sideBySide(input: PetitionDocumentInput, texts: [DocumentText, DocumentText]): Block[] {
  const [first, second] = texts
  // The client's language has a template here, so no "explained in" clause.
  const left = clauses(input, first, undefined)
  const right = clauses(input, second, undefined)
  const languageHeader = (t: DocumentText) => capitalise(t.languageName(t.language))
  return [
    ...header(texts),
    ...parties(input, texts),
    heading(2, labeller(texts)('poa.authority')),
    table([[languageHeader(first), 0.5], [languageHeader(second), 0.5]], left.map((clause, i) => [clause, right[i]!])),
    // The note in both languages, each naming both.
    paragraph(texts.map((t) => t.t('poa.bilingual', { languages: t.list([t.languageName(first.language), t.languageName(second.language)]) })).join('\n'), 'start'),
    ...signatures(input, texts)
  ]
}

function singleLanguage(input: PetitionDocumentInput, text: DocumentText, languages: DocumentLanguage[]): Block[] {
  const blocks = [
    ...header([text]),
    ...parties(input, [text]),
    heading(2, text.t('poa.authority')),
    ...clauses(input, text, untemplatedClientLanguage(input)).map((clause) => paragraph(clause))
  ]
  if (languages.length > 1) blocks.push(paragraph(text.t('poa.bilingual', { languages: text.list(languages.map((l) => text.languageName(l))) }), 'start'))
  return [...blocks, ...signatures(input, [text])]
}

/**
 * The power of attorney for the client to sign. Throws if the input has no representative: the
 * document names the person being authorised.
 */
export function buildPowerOfAttorney(raw: PetitionDocumentInputData, options: PowerOfAttorneyOptions = {}): DocumentModel {
  const input = parsePetitionDocumentInput(raw)
  if (!input.representative) throw new Error('A power of attorney needs a representative: add one before generating it.')
  const languages = powerOfAttorneyLanguages(input)
  const texts = languages.map((language) => new DocumentText(language, options))
  const first = texts[0]!
  const blocks =
    texts.length === 2 && (options.layout ?? 'side-by-side') === 'side-by-side'
      ? sideBySide(input, texts as [DocumentText, DocumentText])
      : texts.flatMap((text, i) => [...(i > 0 ? [pageBreak] : []), ...singleLanguage(input, text, languages)])
  return {
    title: texts.map((t) => t.t('poa.title')).join(' / '),
    language: input.language,
    direction: first.direction,
    author: input.representative.name,
    subject: first.t('poa.subtitle'),
    blocks
  }
}
