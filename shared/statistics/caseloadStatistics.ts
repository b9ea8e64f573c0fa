// The lawyer's own caseload counted: matters by requesting country, data-item kind and outcome;
// CCF requests by type; and how the CCF's decisions compare with the Statute's time limits.
// Exact counts: this is the in-app view. What may leave the app is anonymisedReport's business.
import type { DataItemKind } from '../domain/matter'
import type { CcfRequestType } from '../domain/timeline'
import type { CcfRequestFacts, MatterOutcome, MatterOutcomeFacts } from '../practice/matterOutcome'

export const DATA_ITEM_KINDS = ['red-notice', 'diffusion', 'sltd', 'other'] as const satisfies readonly DataItemKind[]
export const MATTER_OUTCOMES = ['pending', 'deleted', 'corrected', 'retained', 'implemented'] as const satisfies readonly MatterOutcome[]
export const CCF_REQUEST_TYPES = ['access', 'correction-deletion', 'revision'] as const satisfies readonly CcfRequestType[]

/** The request types with a time limit of their own: STAT Art. 40(1) access 4 months, 40(2) correction/deletion 9 months. */
export const TIMED_REQUEST_TYPES = ['access', 'correction-deletion'] as const satisfies readonly CcfRequestType[]
export type TimedRequestType = (typeof TIMED_REQUEST_TYPES)[number]

/**
 * Where a request stands against its Statute limit: decided in time; decided late after the CCF
 * extended its limit (Art. 40(3)); decided late without a recorded extension; not decided yet;
 * or decided but neither admissibility nor receipt was recorded, so the time cannot be counted.
 */
export const DECISION_TIMINGS = ['within', 'extended', 'over', 'pending', 'unknown-start'] as const
export type DecisionTiming = (typeof DECISION_TIMINGS)[number]

export interface CountryCount {
  country: string
  count: number
  outcomes: Record<MatterOutcome, number>
}

export interface CaseloadStatistics {
  matters: number
  requests: number
  /** Most matters first; ties by country code, so the order never depends on input order. */
  byCountry: CountryCount[]
  byKind: Record<DataItemKind, number>
  byOutcome: Record<MatterOutcome, number>
  byRequestType: Record<CcfRequestType, number>
  timing: Record<TimedRequestType, Record<DecisionTiming, number>>
  /** Whole months to decision of every decided, timed request, for the "months vs limit" chart. */
  monthsToDecision: Record<TimedRequestType, number[]>
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
}

export function decisionTiming(request: CcfRequestFacts): DecisionTiming {
  if (request.decidedOn === undefined) return 'pending'
  if (request.withinLimit === undefined) return 'unknown-start'
  if (request.withinLimit) return 'within'
  return request.extended ? 'extended' : 'over'
}

function isTimed(type: CcfRequestType): type is TimedRequestType {
  return (TIMED_REQUEST_TYPES as readonly string[]).includes(type)
}

export function caseloadStatistics(facts: readonly MatterOutcomeFacts[]): CaseloadStatistics {
  const countries = new Map<string, CountryCount>()
  const byKind = zeros(DATA_ITEM_KINDS)
  const byOutcome = zeros(MATTER_OUTCOMES)
  const byRequestType = zeros(CCF_REQUEST_TYPES)
  const timing = { access: zeros(DECISION_TIMINGS), 'correction-deletion': zeros(DECISION_TIMINGS) }
  const monthsToDecision: Record<TimedRequestType, number[]> = { access: [], 'correction-deletion': [] }
  let requests = 0
  for (const matter of facts) {
    const country = countries.get(matter.requestingCountry) ?? { country: matter.requestingCountry, count: 0, outcomes: zeros(MATTER_OUTCOMES) }
    country.count += 1
    country.outcomes[matter.outcome] += 1
    countries.set(matter.requestingCountry, country)
    byKind[matter.kind] += 1
    byOutcome[matter.outcome] += 1
    for (const request of matter.requests) {
      requests += 1
      byRequestType[request.requestType] += 1
      if (!isTimed(request.requestType)) continue
      timing[request.requestType][decisionTiming(request)] += 1
      if (request.monthsToDecision !== undefined) monthsToDecision[request.requestType].push(request.monthsToDecision)
    }
  }
  const byCountry = [...countries.values()].sort((a, b) => b.count - a.count || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
  for (const list of Object.values(monthsToDecision)) list.sort((a, b) => a - b)
  return { matters: facts.length, requests, byCountry, byKind, byOutcome, byRequestType, timing, monthsToDecision }
}
