// The matter form's values (strings while typing) and their conversion to the Matter schema.
import type { DataItemKind, Matter, MatterInput, MatterStage } from '@shared/domain'
import { countryName } from '../../src/ui/countries'
import type { FieldErrors } from '../../src/ui/formErrors'
import { newKey, optional } from './clientDraft'
import { dataItemKindLabels, dossierMessages as m } from './messages'

export type PenaltyChoice = 'unknown' | 'term' | 'life'

export interface OffenceDraft {
  key: string
  description: string
  legalProvision: string
  penalty: PenaltyChoice
  years: string
  months: string
}

export interface MatterDraft {
  kind: DataItemKind
  title: string
  fileReference: string
  requestingCountry: string
  ncb: string
  interpolReference: string
  offences: OffenceDraft[]
  warrantDate: string
  warrantCourt: string
  warrantNumber: string
  howLearned: string
  stage: MatterStage
}

export function emptyOffence(): OffenceDraft {
  return { key: newKey(), description: '', legalProvision: '', penalty: 'unknown', years: '', months: '' }
}

export function emptyMatterDraft(): MatterDraft {
  return {
    kind: 'red-notice',
    title: '',
    fileReference: '',
    requestingCountry: '',
    ncb: '',
    interpolReference: '',
    offences: [],
    warrantDate: '',
    warrantCourt: '',
    warrantNumber: '',
    howLearned: '',
    stage: 'suspected'
  }
}

export function draftFromMatter(x: Matter): MatterDraft {
  return {
    kind: x.kind,
    title: x.title,
    fileReference: x.fileReference,
    requestingCountry: x.requestingCountry,
    ncb: x.ncb,
    interpolReference: x.interpolReference,
    offences: x.offences.map((o) => {
      const months = o.maxPenaltyMonths
      return {
        key: newKey(),
        description: o.description,
        legalProvision: o.legalProvision,
        penalty: months === undefined ? 'unknown' : months === null ? 'life' : 'term',
        years: typeof months === 'number' ? String(Math.floor(months / 12)) : '',
        months: typeof months === 'number' ? String(months % 12) : ''
      }
    }),
    warrantDate: x.warrant.date ?? '',
    warrantCourt: x.warrant.court,
    warrantNumber: x.warrant.number,
    howLearned: x.howLearned,
    stage: x.stage
  }
}

function wholeNumber(s: string, max: number): number | undefined {
  const t = s.trim()
  if (t === '') return 0
  if (!/^\d+$/.test(t)) return undefined
  const n = Number(t)
  return n <= max ? n : undefined
}

/** Penalty in months, null for life, undefined if not known; `false` when years/months are not valid. */
function penaltyMonths(o: OffenceDraft): number | null | undefined | false {
  if (o.penalty === 'unknown') return undefined
  if (o.penalty === 'life') return null
  const years = wholeNumber(o.years, 100)
  const months = wholeNumber(o.months, 11)
  if (years === undefined || months === undefined) return false
  return years * 12 + months
}

export interface MatterConversion {
  input: MatterInput
  /** Problems the schema cannot see (penalty typed as text). */
  errors: FieldErrors
}

export function matterInputFromDraft(d: MatterDraft, base: { id: string; clientId: string; createdAt: string; updatedAt: string }): MatterConversion {
  const errors: Record<string, string> = {}
  const offences = d.offences.map((o, i) => {
    const months = penaltyMonths(o)
    if (months === false) errors[`offences.${i}.maxPenaltyMonths`] = m.penaltyInvalid
    return { description: o.description, legalProvision: o.legalProvision, maxPenaltyMonths: months === false ? undefined : months }
  })
  const input: MatterInput = {
    ...base,
    kind: d.kind,
    title: d.title,
    fileReference: d.fileReference,
    requestingCountry: d.requestingCountry,
    ncb: d.ncb,
    interpolReference: d.interpolReference,
    offences,
    warrant: { date: optional(d.warrantDate), court: d.warrantCourt, number: d.warrantNumber },
    howLearned: d.howLearned,
    stage: d.stage
  }
  return { input, errors }
}

export function matterErrorLabel(path: string): string | undefined {
  if (path === 'requestingCountry') return m.requestingCountry
  if (path === 'warrant.date') return m.warrantDate
  return undefined
}

/** "Red notice — Turkey (2017 terrorism charge)": how a matter is named in lists and dialogs. */
export function matterLabel(x: Pick<Matter, 'kind' | 'requestingCountry' | 'title'>): string {
  const kind = dataItemKindLabels[x.kind]
  const country = countryName(x.requestingCountry)
  return x.title ? m.matterLabelTitled(kind, country, x.title) : m.matterLabel(kind, country)
}
