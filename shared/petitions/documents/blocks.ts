// Small constructors for DocumentModel blocks, with every default spelled out so the builders
// return a complete DocumentModel, plus the identity and signature parts several documents share.
import type { Block } from '../../pdf/documentModel'
import type { ApplicantInput, RepresentativeInput } from './documentInput'
import type { DocumentText } from './text'

type Direction = 'ltr' | 'rtl' | 'auto'

export const heading = (level: 1 | 2 | 3, text: string, bookmark = true): Block => ({ type: 'heading', level, text, bookmark })

export const paragraph = (text: string, align: 'start' | 'justify' = 'justify', direction?: Direction): Block =>
  direction ? { type: 'paragraph', text, align, direction } : { type: 'paragraph', text, align }

/** Blank lines in user text separate paragraphs. */
export const paragraphs = (text: string, align: 'start' | 'justify' = 'justify'): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(part, align))

export const list = (items: string[], ordered: boolean): Block => ({ type: 'list', items, ordered })

export interface Row {
  readonly label: string
  readonly value: string | undefined
}

/** Rows without a value are left out: a filing does not print empty fields. */
export function keyValue(rows: readonly Row[]): Block[] {
  const present = rows.filter((row): row is { label: string; value: string } => row.value !== undefined && row.value.trim() !== '')
  return present.length === 0 ? [] : [{ type: 'keyValue', rows: present.map(({ label, value }) => ({ label, value })) }]
}

export const table = (columns: Array<[header: string, width: number]>, rows: string[][]): Block => ({
  type: 'table',
  columns: columns.map(([header, width]) => ({ header, width })),
  rows
})

export const signature = (lines: Array<string | undefined>): Block => ({ type: 'signature', lines: lines.filter((l): l is string => !!l) })
export const spacer = (height: number): Block => ({ type: 'spacer', height })
export const pageBreak: Block = { type: 'pageBreak' }

export function idDocumentText(applicant: ApplicantInput, text: DocumentText): string | undefined {
  const id = applicant.idDocument
  return id && text.t('common.idDocument', { kind: text.t(`idKind.${id.kind}`), number: id.number, country: text.country(id.issuingCountry) })
}

/** The applicant as the CCF identifies a person (ADM §2): names exactly as entered, then the rest. */
export function applicantRows(applicant: ApplicantInput, text: DocumentText): Row[] {
  return [
    { label: text.t('label.fullName'), value: applicant.legalName },
    { label: text.t('label.latinName'), value: applicant.latinName },
    { label: text.t('label.aliases'), value: applicant.aliases.join('; ') },
    { label: text.t('label.dateOfBirth'), value: applicant.dateOfBirth && text.date(applicant.dateOfBirth) },
    { label: text.t('label.placeOfBirth'), value: applicant.placeOfBirth },
    { label: text.t('label.nationalities'), value: applicant.nationalities.length ? text.countries(applicant.nationalities) : undefined },
    { label: text.t('label.idDocument'), value: idDocumentText(applicant, text) },
    { label: text.t('label.address'), value: applicant.address },
    { label: text.t('label.email'), value: applicant.email },
    { label: text.t('label.phone'), value: applicant.phone }
  ]
}

export function representativeRows(representative: RepresentativeInput, text: DocumentText): Row[] {
  return [
    { label: text.t('label.name'), value: representative.name },
    { label: text.t('label.firm'), value: representative.firm },
    { label: text.t('label.bar'), value: representative.bar },
    { label: text.t('label.address'), value: representative.address },
    { label: text.t('label.email'), value: representative.email }
  ]
}

/** "Name, Firm" for running text and cover pages. */
export const representativeName = (representative: RepresentativeInput): string =>
  representative.firm ? `${representative.name}, ${representative.firm}` : representative.name
