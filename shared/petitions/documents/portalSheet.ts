// The portal sheet: every value the lawyer types into the CCF portal, in portal order, and the
// files to upload. The portal's screens were not readable (ccf-domain.md, "Field list for each
// request type"), so the order follows that field list, and fields it marks unconfirmed carry a
// note saying so. Values are exactly what to type (the app shows copy buttons); notes are apart.
import type { Block, DocumentModel } from '../../pdf/documentModel'
import { heading, idDocumentText, paragraph, table } from './blocks'
import { parsePetitionDocumentInput, type PetitionDocumentInput, type PetitionDocumentInputData } from './documentInput'
import { exportFileName, uploadFileName, type FileNameOptions } from './fileNames'
import { orderedGrounds } from './grounds'
import type { DocumentLanguage } from './messages'
import { capitalise, DocumentText, type DocumentOptions } from './text'

export interface PortalField {
  readonly label: string
  /** What to type; '' when a required value is not recorded yet (then `missing`). */
  readonly value: string
  readonly note?: string
  /** The reference could not confirm that the portal asks for this field (the PDF marks it *). */
  readonly unconfirmed?: boolean
  readonly missing?: boolean
}

export interface PortalSection {
  readonly title: string
  readonly fields: readonly PortalField[]
}

export interface PortalUpload {
  readonly label: string
  readonly fileName: string
  readonly note: string
}

export interface PortalSheet {
  readonly title: string
  readonly reference: string
  readonly sections: readonly PortalSection[]
  readonly uploads: readonly PortalUpload[]
}

export interface PortalSheetOptions extends DocumentOptions, Partial<FileNameOptions> {}

interface FieldSpec {
  readonly required?: boolean
  readonly unconfirmed?: boolean
  readonly note?: string
}

class SheetBuilder {
  readonly sections: PortalSection[] = []

  constructor(private readonly text: DocumentText) {}

  /** Optional fields without a value are left out; required ones stay, marked missing. */
  section(title: string, fields: Array<[label: string, value: string | undefined, spec?: FieldSpec]>): void {
    const built: PortalField[] = []
    for (const [label, raw, spec = {}] of fields) {
      const value = raw?.trim() ?? ''
      if (value === '' && !spec.required) continue
      const notes = [value === '' ? this.text.t('portal.missing') : undefined, spec.note].filter(Boolean)
      built.push({ label, value, ...(notes.length ? { note: notes.join(' ') } : {}), ...(spec.unconfirmed ? { unconfirmed: true } : {}), ...(value === '' ? { missing: true } : {}) })
    }
    if (built.length > 0) this.sections.push({ title, fields: built })
  }
}

const REQUIRED: FieldSpec = { required: true }
const UNCONFIRMED: FieldSpec = { unconfirmed: true }

function dataFields(input: PetitionDocumentInput, text: DocumentText): Array<[string, string | undefined, FieldSpec?]> {
  const item = input.dataItem
  if (!item) return []
  const warrant = item.warrant && [item.warrant.court, item.warrant.number, item.warrant.date].filter(Boolean).join(', ')
  const charges = item.offences.map((o) => [o.description, o.legalProvision, o.maxPenalty].filter(Boolean).join(' — ')).join('\n')
  return [
    [text.t('portal.dataKind'), text.t(`dataKind.${item.kind}`)],
    [text.t('portal.requestingCountry'), text.country(item.requestingCountry)],
    [text.t('data.ncb'), item.ncb],
    [text.t('data.reference'), item.interpolReference],
    [text.t('portal.case'), warrant],
    [text.t('portal.charges'), charges]
  ]
}

/** The values for the CCF portal, in the reference's field order, in the request's language. */
export function buildPortalSheet(raw: PetitionDocumentInputData, options: PortalSheetOptions = {}): PortalSheet {
  const input = parsePetitionDocumentInput(raw)
  const text = new DocumentText(input.language, options)
  const names: FileNameOptions = { includeClientName: options.includeClientName ?? false }
  const { applicant, representative, dataItem, requestType } = input
  const sheet = new SheetBuilder(text)
  const grounds = orderedGrounds(input, text)
  const exhibitsIndex = input.exhibits.map((e) => `${e.label} — ${e.title}`).join('\n')
  const splitNote = applicant.familyName && applicant.givenNames ? undefined : text.t('portal.splitName', { name: applicant.legalName })

  sheet.section(text.t('portal.section.request'), [
    [text.t('portal.requestType'), text.t(`portalType.${requestType}`), { required: true, ...(requestType === 'refugee-status-deletion' ? { note: text.t('portal.refugeeTypeNote') } : {}) }]
  ])
  sheet.section(text.t('portal.section.applicant'), [
    [text.t('portal.applicantKind'), text.t('portal.individual'), REQUIRED],
    [text.t('portal.familyName'), applicant.familyName, { required: true, ...(splitNote ? { note: splitNote } : {}) }],
    [text.t('portal.givenNames'), applicant.givenNames, REQUIRED],
    [text.t('label.dateOfBirth'), applicant.dateOfBirth, REQUIRED],
    [text.t('label.idDocument'), idDocumentText(applicant, text), { required: true, note: text.t('portal.idNote') }],
    [text.t('label.nationalities'), applicant.nationalities.map((c) => text.country(c)).join(', '), UNCONFIRMED],
    [text.t('label.placeOfBirth'), applicant.placeOfBirth, UNCONFIRMED],
    [text.t('label.aliases'), [applicant.legalName, applicant.latinName, ...applicant.aliases].filter(Boolean).join('; '), UNCONFIRMED]
  ])
  sheet.section(text.t('portal.section.contact'), [
    [text.t('label.address'), applicant.address, UNCONFIRMED],
    [text.t('label.email'), applicant.email, UNCONFIRMED],
    [text.t('label.phone'), applicant.phone, UNCONFIRMED]
  ])
  const submitter = representative ? text.t('portal.submitterRepresentative', { name: representative.name }) : text.t('portal.submitterApplicant', { name: applicant.legalName })
  sheet.section(text.t('portal.section.representation'), [
    [text.t('portal.represented'), text.t(representative ? 'common.yes' : 'common.no'), REQUIRED],
    [text.t('label.name'), representative?.name, UNCONFIRMED],
    [text.t('label.firm'), representative?.firm, UNCONFIRMED],
    [text.t('label.address'), representative?.address, UNCONFIRMED],
    [text.t('label.email'), representative?.email, UNCONFIRMED],
    [text.t('label.bar'), representative?.bar, UNCONFIRMED],
    [text.t('portal.submitter'), submitter, REQUIRED]
  ])
  sheet.section(text.t('portal.section.language'), [
    [text.t('portal.language'), capitalise(text.languageName(input.language)), REQUIRED],
    [text.t('portal.signedBy'), representative?.name ?? applicant.legalName, REQUIRED],
    [text.t('portal.signedAt'), `${input.place}, ${input.date}`, REQUIRED],
    [text.t('portal.confidential'), text.t('portal.confidentialValue'), { note: text.t('portal.confidentialNote') }]
  ])

  if (requestType === 'access') {
    const suspected = dataItem && [`${text.t(`dataKind.${dataItem.kind}`)} — ${text.country(dataItem.requestingCountry)}`, ...dataItem.offences.map((o) => o.description)].join('\n')
    sheet.section(text.t('portal.section.access'), [
      [text.t('portal.purpose'), text.t('portal.purposeAccess'), REQUIRED],
      [text.t('portal.suspectedData'), suspected, UNCONFIRMED]
    ])
  }
  if (requestType === 'revision') {
    const revision = input.revision!
    sheet.section(text.t('portal.section.revision'), [
      [text.t('portal.previousDecision'), `${revision.previousDecisionReference}, ${revision.previousDecisionDate}`, REQUIRED],
      [text.t('portal.newFact'), revision.newFact, REQUIRED],
      [text.t('portal.discoveryDate'), revision.discoveryDate, { required: true, note: text.t('portal.discoveryNote') }],
      [text.t('portal.impact'), revision.impact, REQUIRED]
    ])
  }
  if (requestType !== 'access') {
    const groundList = grounds.map((g, i) => `${i + 1}. ${g.title}${g.citations.length ? ` (${g.citations.join('; ')})` : ''}`).join('\n')
    const provisional = input.urgent ? `${text.t('common.yes')} — ${input.provisionalMeasures ?? text.t('relief.provisionalDefault')}` : text.t('common.no')
    const title = requestType === 'revision' ? text.t('section.data') : text.t('portal.section.correction')
    sheet.section(title, [
      ...(requestType === 'revision' ? [] : [[text.t('portal.reasons'), text.t('portal.reasonsValue', { grounds: grounds.map((g) => g.title).join('; ') }), REQUIRED] as [string, string, FieldSpec]]),
      ...dataFields(input, text),
      [text.t('portal.grounds'), groundList],
      [text.t('portal.provisional'), provisional],
      [text.t('portal.exhibitsIndex'), exhibitsIndex]
    ])
  }
  if (requestType === 'refugee-status-deletion') {
    const refugee = input.refugee!
    const evidence = refugee.evidenceExhibitIds.map((id) => input.exhibits.find((e) => e.id === id)?.label).filter(Boolean).join(', ')
    sheet.section(text.t('portal.section.refugee'), [
      [text.t('portal.grantingCountry'), text.country(refugee.grantingCountry), REQUIRED],
      [text.t('portal.refugeeDecision'), [refugee.grantedOn, refugee.reference, refugee.authorityName].filter(Boolean).join(', '), { required: true, unconfirmed: true }],
      [text.t('portal.refugeeCopy'), evidence, { required: true, unconfirmed: true }],
      [text.t('portal.refugeeBasis'), refugee.legalBasis && text.t(`refugeeBasis.${refugee.legalBasis}`)],
      [text.t('portal.persecution'), text.t('portal.persecutionValue', { country: text.country(dataItem!.requestingCountry) }), { required: true, note: text.t('portal.persecutionNote') }],
      [text.t('portal.refugeeStatus'), refugee.currentStatus && text.t(`refugeeStatus.${refugee.currentStatus}`), REQUIRED]
    ])
  }

  const uploads: PortalUpload[] = [{ label: text.t('upload.id'), fileName: uploadFileName('identity-document', input, names), note: text.t('portal.idNote') }]
  if (representative) uploads.push({ label: text.t('upload.poa'), fileName: exportFileName('power-of-attorney', input, names), note: text.t('upload.poaNote') })
  uploads.push({ label: text.t('upload.memorandum'), fileName: exportFileName('memorandum', input, names), note: text.t('upload.memorandumNote', { name: representative?.name ?? applicant.legalName }) })
  for (const exhibit of input.exhibits) {
    const original = exhibit.isTranslationOf && input.exhibits.find((e) => e.id === exhibit.isTranslationOf)?.label
    uploads.push({
      label: text.t('upload.exhibit', { label: exhibit.label, title: exhibit.title }),
      fileName: uploadFileName('exhibit', input, names, exhibit.label),
      note: original ? text.t('upload.translationNote', { label: original }) : text.t('upload.exhibitNote')
    })
  }
  if (requestType === 'revision') uploads.push({ label: text.t('upload.summary'), fileName: uploadFileName('revision-summary', input, names), note: text.t('upload.summaryNote') })

  return { title: `${text.t('portal.title')} — ${text.t(`portalType.${requestType}`)}`, reference: input.matterReference, sections: sheet.sections, uploads }
}

/** The portal sheet as a PDF model: one label/value grid per portal section, then the uploads. */
export function portalSheetDocument(sheet: PortalSheet, language: DocumentLanguage, options: DocumentOptions = {}): DocumentModel {
  const text = new DocumentText(language, options)
  const blocks: Block[] = [
    heading(1, sheet.title),
    paragraph(text.t('portal.intro')),
    paragraph(text.t('portal.unconfirmed'), 'start'),
    { type: 'keyValue', rows: [{ label: text.t('cover.reference'), value: sheet.reference }] }
  ]
  for (const section of sheet.sections) {
    blocks.push(heading(2, section.title), {
      type: 'keyValue',
      rows: section.fields.map((field) => ({
        label: field.unconfirmed ? `${field.label} *` : field.label,
        value: [field.value === '' ? '—' : field.value, field.note && text.t('portal.noteLine', { note: field.note })].filter(Boolean).join('\n')
      }))
    })
  }
  // The uploads are a checklist of their own: a fresh page, which also keeps the table's header
  // row from being left alone at the foot of the previous one.
  blocks.push(
    { type: 'pageBreak' },
    heading(2, text.t('portal.uploads')),
    table([[text.t('upload.document'), 0.32], [text.t('upload.fileName'), 0.36], [text.t('upload.note'), 0.32]], sheet.uploads.map((u) => [u.label, u.fileName, u.note]))
  )
  return { title: sheet.title, language, direction: text.direction, subject: `${text.t('portal.title')} — ${sheet.reference}`, blocks }
}
