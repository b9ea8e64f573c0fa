// The grounds as the memorandum argues them. For a refugee-status deletion the refugee ground
// comes first (GA-2017-86-RES-09; ccf-domain.md §3): the lawyer's own ground when one cites the
// resolution, otherwise one written from the refugee details; either way it cites the exhibits
// that prove the status.
import type { Block } from '../../pdf/documentModel'
import { paragraph, paragraphs } from './blocks'
import type { GroundInput, PetitionDocumentInput } from './documentInput'
import type { DocumentText } from './text'

export interface MemorandumGround {
  readonly id: string
  readonly title: string
  readonly citations: readonly string[]
  readonly argument: readonly Block[]
  readonly factIds: readonly string[]
  readonly exhibitIds: readonly string[]
  readonly precedents: readonly string[]
}

export const REFUGEE_RESOLUTION = 'GA-2017-86-RES-09'
export const REFUGEE_GROUND_ID = 'refugee-policy'

export const citesRefugeeResolution = (ground: Pick<GroundInput, 'citations' | 'title'>): boolean =>
  [...ground.citations, ground.title].some((text) => text.toUpperCase().includes(REFUGEE_RESOLUTION))

const fromInput = (ground: GroundInput): MemorandumGround => ({ ...ground, argument: paragraphs(ground.argument) })

function generatedRefugeeGround(input: PetitionDocumentInput, text: DocumentText): MemorandumGround {
  const refugee = input.refugee!
  const grantingCountry = text.country(refugee.grantingCountry)
  const sentences = [refugee.grantedOn ? text.t('refugee.grantedOn', { grantingCountry, date: text.date(refugee.grantedOn) }) : text.t('refugee.granted', { grantingCountry })]
  if (refugee.reference) sentences.push(text.t('refugee.reference', { reference: refugee.reference }))
  if (input.dataItem) sentences.push(text.t('refugee.source', { country: text.country(input.dataItem.requestingCountry) }))
  const labels = refugee.evidenceExhibitIds.map((id) => input.exhibits.find((e) => e.id === id)?.label).filter((l): l is string => !!l)
  if (labels.length > 0) sentences.push(text.t('refugee.evidence', { exhibits: text.list(labels) }))
  return {
    id: REFUGEE_GROUND_ID,
    title: text.t('refugee.title', { grantingCountry }),
    citations: [text.t('refugee.citation.resolution'), text.t('refugee.citation.constitution'), text.t('refugee.citation.rop')],
    argument: [
      paragraph(sentences.join(' ')),
      paragraph(text.t('refugee.policy')),
      paragraph(text.t('refugee.confirmation', { grantingCountry }))
    ],
    factIds: [],
    exhibitIds: refugee.evidenceExhibitIds,
    precedents: []
  }
}

export function orderedGrounds(input: PetitionDocumentInput, text: DocumentText): MemorandumGround[] {
  if (input.requestType !== 'refugee-status-deletion' || !input.refugee) return input.grounds.map(fromInput)
  const refugeeGrounds = input.grounds.filter(citesRefugeeResolution)
  const others = input.grounds.filter((ground) => !citesRefugeeResolution(ground)).map(fromInput)
  if (refugeeGrounds.length === 0) return [generatedRefugeeGround(input, text), ...others]
  const [first, ...rest] = refugeeGrounds.map(fromInput)
  const evidence = input.refugee.evidenceExhibitIds.filter((id) => !first!.exhibitIds.includes(id))
  return [{ ...first!, exhibitIds: [...first!.exhibitIds, ...evidence] }, ...rest, ...others]
}
