// The request memorandum (issue #4 item 6; ccf-domain.md §4.1): a cover page, then numbered and
// bookmarked sections — applicant and representation (Statute Art. 30(2)), data concerned, for a
// revision the previous decision and the new fact (Art. 42), relief sought with provisional
// measures when urgent (Art. 37), numbered facts, grounds linked to facts and exhibits, the
// exhibit list — and a signature block. Only the input's own words and our templates are printed.
import type { Block, DocumentModel } from '../../pdf/documentModel'
import {
  applicantRows, heading, keyValue, list, pageBreak, paragraph, paragraphs, representativeName, representativeRows, signature, spacer, table
} from './blocks'
import { parsePetitionDocumentInput, type PetitionDocumentInput, type PetitionDocumentInputData } from './documentInput'
import { orderedGrounds, type MemorandumGround } from './grounds'
import { capitalise, DocumentText, type DocumentOptions } from './text'

type SectionId = 'applicant' | 'data' | 'revision' | 'relief' | 'facts' | 'grounds' | 'exhibits'

/** Which sections this request has, in order; their numbers are their positions. */
function sectionsOf(input: PetitionDocumentInput): SectionId[] {
  const sections: SectionId[] = ['applicant', 'data']
  if (input.requestType === 'revision') sections.push('revision')
  sections.push('relief', 'facts')
  if (input.grounds.length > 0 || input.requestType === 'refugee-status-deletion') sections.push('grounds')
  if (input.exhibits.length > 0) sections.push('exhibits')
  return sections
}

class Memorandum {
  readonly blocks: Block[] = []
  private readonly sections: SectionId[]
  private readonly groundList: MemorandumGround[]
  private readonly factNumber: Map<string, number>
  private readonly exhibitLabel: Map<string, string>

  constructor(
    private readonly input: PetitionDocumentInput,
    private readonly text: DocumentText
  ) {
    this.sections = sectionsOf(input)
    this.groundList = orderedGrounds(input, text)
    this.factNumber = new Map(input.facts.map((fact, i) => [fact.id, i + 1]))
    this.exhibitLabel = new Map(input.exhibits.map((exhibit) => [exhibit.id, exhibit.label]))
  }

  number(section: SectionId): string {
    return String(this.sections.indexOf(section) + 1)
  }

  title(): string {
    return this.text.t('cover.title', { requestType: this.text.t(`requestType.${this.input.requestType}`) })
  }

  build(): Block[] {
    this.cover()
    for (const section of this.sections) {
      const key = section === 'grounds' && this.input.requestType === 'access' ? 'section.reasons' : (`section.${section}` as const)
      this.blocks.push(heading(1, this.text.t('memo.sectionHeading', { number: this.number(section), title: this.text.t(key) })))
      this.section(section)
    }
    this.closing()
    return this.blocks
  }

  private section(section: SectionId): void {
    switch (section) {
      case 'applicant':
        return this.applicant()
      case 'data':
        return this.data()
      case 'revision':
        return this.revision()
      case 'relief':
        return this.relief()
      case 'facts':
        return this.facts()
      case 'grounds':
        return this.grounds()
      case 'exhibits':
        return this.exhibits()
    }
  }

  private push(...blocks: Block[]): void {
    this.blocks.push(...blocks)
  }

  private cover(): void {
    const { input, text } = this
    const item = input.dataItem
    this.push(
      paragraph(text.t('cover.addressee'), 'start'),
      spacer(96),
      heading(1, text.t(`requestType.${input.requestType}`)),
      heading(3, text.t('common.commission'), false),
      spacer(12),
      ...keyValue([
        { label: text.t('cover.requestType'), value: text.t(`requestType.${input.requestType}`) },
        { label: text.t('cover.legalBasis'), value: text.t(`requestBasis.${input.requestType}`) },
        { label: text.t('cover.applicant'), value: input.applicant.legalName },
        { label: text.t('cover.applicantLatin'), value: input.applicant.latinName },
        { label: text.t('label.aliases'), value: input.applicant.aliases.join('; ') },
        { label: text.t('label.dateOfBirth'), value: input.applicant.dateOfBirth && text.date(input.applicant.dateOfBirth) },
        { label: text.t('cover.dataConcerned'), value: item && text.t('cover.dataValue', { kind: text.t(`dataKind.${item.kind}`), country: text.country(item.requestingCountry) }) },
        { label: text.t('label.representative'), value: input.representative && representativeName(input.representative) },
        { label: text.t('cover.reference'), value: input.matterReference },
        { label: text.t('cover.date'), value: text.date(input.date) },
        { label: text.t('cover.language'), value: capitalise(text.languageName(input.language)) }
      ])
    )
    if (input.urgent) this.push(spacer(8), heading(3, text.t('cover.urgent'), false))
    this.push(pageBreak)
  }

  private applicant(): void {
    const { input, text } = this
    const representative = input.representative
    this.push(paragraph(representative ? text.t('memo.byRepresentative', { representative: representativeName(representative) }) : text.t('memo.inPerson')))
    this.push(heading(3, text.t('common.applicant'), false), ...keyValue(applicantRows(input.applicant, text)))
    if (representative) this.push(heading(3, text.t('label.representative'), false), ...keyValue(representativeRows(representative, text)))
  }

  private data(): void {
    const { text } = this
    const item = this.input.dataItem
    if (!item) {
      this.push(paragraph(text.t('memo.dataUnknown')))
      return
    }
    this.push(paragraph(text.t(item.certainty === 'suspected' ? 'memo.dataSuspected' : 'memo.dataConfirmed')))
    if (item.kind === 'sltd') this.push(paragraph(text.t('memo.dataProperty')))
    const warrant = item.warrant && [item.warrant.date && text.t('common.dated', { date: text.date(item.warrant.date) }), item.warrant.court, item.warrant.number && text.t('common.numbered', { number: item.warrant.number })].filter(Boolean).join(', ')
    this.push(
      ...keyValue([
        { label: text.t('data.kind'), value: text.t(`dataKind.${item.kind}`) },
        { label: text.t('data.country'), value: text.country(item.requestingCountry) },
        { label: text.t('data.ncb'), value: item.ncb },
        { label: text.t('data.reference'), value: item.interpolReference },
        { label: text.t('data.warrant'), value: warrant }
      ])
    )
    if (item.offences.length > 0)
      this.push(
        heading(3, text.t('data.offences'), false),
        table(
          [[text.t('offence.description'), 0.5], [text.t('offence.provision'), 0.3], [text.t('offence.penalty'), 0.2]],
          item.offences.map((offence) => [offence.description, offence.legalProvision ?? '', offence.maxPenalty ?? ''])
        )
      )
  }

  private revision(): void {
    const { text } = this
    const revision = this.input.revision!
    this.push(
      paragraph(text.t('revision.intro')),
      ...keyValue([
        { label: text.t('revision.decision'), value: text.t('revision.decisionValue', { reference: revision.previousDecisionReference, date: text.date(revision.previousDecisionDate) }) },
        { label: text.t('revision.discovered'), value: text.date(revision.discoveryDate) }
      ]),
      heading(3, text.t('revision.newFact'), false),
      ...paragraphs(revision.newFact),
      paragraph(text.t('revision.timeLimit', { date: text.date(this.input.date), discoveryDate: text.date(revision.discoveryDate) })),
      heading(3, text.t('revision.impactHeading'), false)
    )
    if (revision.impact) this.push(...paragraphs(revision.impact))
    else if (this.sections.includes('grounds')) this.push(paragraph(text.t('revision.impactDefault', { section: this.number('grounds') })))
  }

  private defaultRelief(): string[] {
    const { input, text } = this
    switch (input.requestType) {
      case 'access':
        return [text.t('relief.access.1'), text.t('relief.access.2')]
      case 'correction-deletion':
        return [text.t('relief.correction-deletion.1'), text.t('relief.correction-deletion.2'), text.t('relief.correction-deletion.3')]
      case 'refugee-status-deletion': {
        const values = { country: text.country(input.dataItem!.requestingCountry), grantingCountry: text.country(input.refugee!.grantingCountry) }
        return [text.t('relief.refugee-status-deletion.1', values), text.t('relief.refugee-status-deletion.2'), text.t('relief.refugee-status-deletion.3')]
      }
      case 'revision': {
        const revision = input.revision!
        return [text.t('relief.revision.1', { reference: revision.previousDecisionReference, date: text.date(revision.previousDecisionDate) }), text.t('relief.revision.2')]
      }
    }
  }

  private relief(): void {
    const { input, text } = this
    this.push(paragraph(text.t('relief.intro'), 'start'), list(input.reliefSought.length > 0 ? input.reliefSought : this.defaultRelief(), true))
    if (input.urgent)
      this.push(
        heading(2, text.t('relief.provisionalHeading')),
        paragraph(text.t('relief.provisional')),
        list([input.provisionalMeasures ?? text.t('relief.provisionalDefault')], false),
        paragraph(text.t('relief.interim'))
      )
  }

  private facts(): void {
    const { input, text } = this
    if (input.facts.length === 0) {
      this.push(paragraph(text.t('facts.none')))
      return
    }
    this.push(
      paragraph(text.t('facts.intro'), 'start'),
      list(input.facts.map((fact) => (fact.date ? text.t('facts.dated', { date: text.date(fact.date), text: fact.text }) : fact.text)), true)
    )
  }

  private groundNumber(index: number): string {
    return `${this.number('grounds')}.${index + 1}`
  }

  private grounds(): void {
    const { input, text } = this
    const intro = input.requestType === 'access' ? 'grounds.introAccess' : input.requestType === 'revision' ? 'grounds.introRevision' : 'grounds.intro'
    this.push(paragraph(text.t(intro)))
    this.groundList.forEach((ground, i) => {
      this.push(heading(2, text.t('grounds.heading', { number: this.groundNumber(i), title: ground.title })))
      if (ground.citations.length > 0) this.push(paragraph(text.t('grounds.citations', { citations: ground.citations.join('; ') }), 'start'))
      this.push(...ground.argument)
      if (ground.precedents.length > 0) this.push(paragraph(text.t('grounds.precedents', { precedents: ground.precedents.join('; ') }), 'start'))
      const support: string[] = []
      const facts = ground.factIds.map((id) => this.factNumber.get(id)).filter((n): n is number => n !== undefined)
      if (facts.length > 0) support.push(text.t('grounds.facts', { facts: text.list(facts.map(String)), section: this.number('facts') }))
      const exhibits = ground.exhibitIds.map((id) => this.exhibitLabel.get(id)).filter((l): l is string => l !== undefined)
      if (exhibits.length > 0) support.push(text.t('grounds.exhibits', { exhibits: exhibits.join(', ') }))
      if (support.length > 0) this.push(paragraph(support.join('\n'), 'start'))
    })
  }

  private exhibits(): void {
    const { input, text } = this
    const groundsOf = (id: string) => this.groundList.flatMap((ground, i) => (ground.exhibitIds.includes(id) ? [this.groundNumber(i)] : [])).join(', ')
    const languageOf = (exhibit: PetitionDocumentInput['exhibits'][number]) => {
      const name = exhibit.language ? capitalise(text.languageName(exhibit.language)) : ''
      const original = exhibit.isTranslationOf && this.exhibitLabel.get(exhibit.isTranslationOf)
      return original ? [name, `(${text.t('exhibits.translationOf', { label: original })})`].filter(Boolean).join(' ') : name
    }
    this.push(
      paragraph(text.t('exhibits.intro')),
      table(
        [[text.t('exhibits.label'), 0.1], [text.t('exhibits.title'), 0.44], [text.t('exhibits.date'), 0.14], [text.t('exhibits.language'), 0.2], [text.t('exhibits.grounds'), 0.12]],
        input.exhibits.map((exhibit) => [exhibit.label, exhibit.title, exhibit.date ?? '', languageOf(exhibit), groundsOf(exhibit.id)])
      )
    )
  }

  private closing(): void {
    const { input, text } = this
    this.push(paragraph(text.t(input.representative ? 'exhibits.enclosedIdAndPoa' : 'exhibits.enclosedId'), 'start'))
    this.push(spacer(6), paragraph(text.t('common.doneAt', { place: input.place, date: text.date(input.date) }), 'start'))
    const representative = input.representative
    this.push(
      representative
        ? signature([representative.name, text.t('common.representativeOf'), representative.firm])
        : signature([input.applicant.legalName, input.applicant.latinName, text.t('common.applicant')])
    )
  }
}

/**
 * The memorandum for the CCF as a DocumentModel (render it with renderDocument). The input is
 * validated here; a bad one throws a ZodError naming the field.
 */
export function buildMemorandum(raw: PetitionDocumentInputData, options: DocumentOptions = {}): DocumentModel {
  const input = parsePetitionDocumentInput(raw)
  const text = new DocumentText(input.language, options)
  const memorandum = new Memorandum(input, text)
  return {
    title: memorandum.title(),
    language: input.language,
    direction: text.direction,
    author: input.representative?.name ?? input.applicant.legalName,
    subject: text.t('meta.subject', { requestType: text.t(`requestType.${input.requestType}`), reference: input.matterReference }),
    blocks: memorandum.build()
  }
}
