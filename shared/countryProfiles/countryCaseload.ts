// What the lawyer's own caseload shows about one requesting country: how many matters, what became
// of them, and how long the CCF took to decide. Counts only: no client is named, because the
// profile sits beside other clients' matters. Built on matterOutcomeFacts so the statistics and
// the profiles count the same way.
import type { DataItemKind, Matter } from '../domain/matter'
import type { TimelineEvent } from '../domain/timeline'
import { matterOutcomeFacts, type MatterOutcome } from '../practice/matterOutcome'

export const MATTER_OUTCOMES: readonly MatterOutcome[] = ['pending', 'deleted', 'corrected', 'retained', 'implemented']
export const DATA_ITEM_KINDS: readonly DataItemKind[] = ['red-notice', 'diffusion', 'sltd', 'other']

export interface CcfTimeToDecision {
  /** CCF requests with a recorded decision and a recorded day to count from. */
  decided: number
  medianMonths?: number
  minMonths?: number
  maxMonths?: number
  /** Of the decided requests, those with a Statute limit (STAT Art. 40(1) access, 40(2) correction/deletion). */
  withStatuteLimit: number
  /** Of those, decided on or before the limit's last day. */
  withinStatuteLimit: number
  /** Decided requests whose limit the CCF extended (STAT Art. 40(3)). */
  extended: number
  /** Decided requests counted from receipt because no admissibility day was recorded (can overstate by up to a month). */
  countedFromReceipt: number
}

export interface CountryCaseload {
  country: string
  matters: number
  byOutcome: Record<MatterOutcome, number>
  byKind: Record<DataItemKind, number>
  ccfTime: CcfTimeToDecision
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
}

/** The middle value; for an even count the mean of the two middle values. `sorted` is ascending and non-empty. */
function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Timeline events by the matter they belong to; events of no matter are not a matter's facts. */
export function eventsByMatter(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const byMatter = new Map<string, TimelineEvent[]>()
  for (const e of events) {
    if (e.matterId === undefined) continue
    const list = byMatter.get(e.matterId)
    if (list) list.push(e)
    else byMatter.set(e.matterId, [e])
  }
  return byMatter
}

/**
 * The caseload facts for `country` across every matter given. `events` may be every event of the
 * vault: only those of this country's matters are grouped, once, and each matter reads its own.
 */
export function countryCaseload(country: string, matters: readonly Matter[], events: readonly TimelineEvent[]): CountryCaseload {
  const theirs = matters.filter((m) => m.requestingCountry === country)
  const ids = new Set(theirs.map((m) => m.id))
  const byMatter = eventsByMatter(events.filter((e) => e.matterId !== undefined && ids.has(e.matterId)))
  const byOutcome = zeroes(MATTER_OUTCOMES)
  const byKind = zeroes(DATA_ITEM_KINDS)
  const months: number[] = []
  let withStatuteLimit = 0
  let withinStatuteLimit = 0
  let extended = 0
  let countedFromReceipt = 0
  for (const matter of theirs) {
    const facts = matterOutcomeFacts(matter, byMatter.get(matter.id) ?? [])
    byOutcome[facts.outcome] += 1
    byKind[facts.kind] += 1
    for (const r of facts.requests) {
      if (r.monthsToDecision === undefined) continue
      months.push(r.monthsToDecision)
      if (r.extended) extended += 1
      if (r.countedFrom === 'receipt') countedFromReceipt += 1
      if (r.statuteLimitMonths !== undefined && r.withinLimit !== undefined) {
        withStatuteLimit += 1
        if (r.withinLimit) withinStatuteLimit += 1
      }
    }
  }
  months.sort((a, b) => a - b)
  const ccfTime: CcfTimeToDecision = { decided: months.length, withStatuteLimit, withinStatuteLimit, extended, countedFromReceipt }
  if (months.length > 0) {
    ccfTime.medianMonths = median(months)
    ccfTime.minMonths = months[0]!
    ccfTime.maxMonths = months[months.length - 1]!
  }
  return { country, matters: theirs.length, byOutcome, byKind, ccfTime }
}

export interface ProfileCountry {
  country: string
  matters: number
  concerns: number
}

/** Every country with a matter or a recorded concern, with how many of each, most matters first. */
export function profileCountries(matters: readonly Pick<Matter, 'requestingCountry'>[], concerns: readonly { country: string }[]): ProfileCountry[] {
  const rows = new Map<string, ProfileCountry>()
  const row = (country: string) => {
    let r = rows.get(country)
    if (!r) rows.set(country, (r = { country, matters: 0, concerns: 0 }))
    return r
  }
  for (const m of matters) row(m.requestingCountry).matters += 1
  for (const c of concerns) row(c.country).concerns += 1
  return [...rows.values()].sort((a, b) => b.matters - a.matters || b.concerns - a.concerns || a.country.localeCompare(b.country))
}
