// What became of a matter, and how long the CCF took: the facts outcome statistics and country
// profiles count. Pure: derived from the matter's stage and its dated CCF timeline events.
import type { DataItemKind, Matter, MatterStage } from '../domain/matter'
import type { IsoDate } from '../domain/primitives'
import type { CcfRequestType, TimelineEvent } from '../domain/timeline'
import { isIsoDay, parseIsoDay, toIsoDay } from '../deadlines/isoDates'

export type MatterOutcome = 'pending' | 'deleted' | 'corrected' | 'retained' | 'implemented'

export interface CcfRequestFacts {
  requestType: CcfRequestType
  receivedOn?: IsoDate
  admissibleOn?: IsoDate
  decidedOn?: IsoDate
  /**
   * Whole months from admissibility to decision. STAT Art. 40(1)/(2) count from the day the request
   * was "declared admissible"; when no admissibility event is recorded the months are counted from
   * receipt instead (see `countedFrom`), which can only overstate the time by up to the one month
   * Art. 32(1) allows for the admissibility decision.
   */
  monthsToDecision?: number
  /** Which recorded day the months (and the Statute limit) are counted from. */
  countedFrom?: 'admissibility' | 'receipt'
  /**
   * STAT Art. 40(1) access 4, 40(2) correction/deletion 9; undefined for revision, because Art. 42(3)
   * applies the Art. 40 timeframe of the decision under revision, which the events do not record.
   */
  statuteLimitMonths?: 4 | 9
  /** Decided on or before the day the Statute limit ends (corresponding-day rule); undefined until decided. */
  withinLimit?: boolean
  /** The CCF extended its time limit (Art. 40(3)). */
  extended: boolean
}

export interface MatterOutcomeFacts {
  matterId: string
  requestingCountry: string
  kind: DataItemKind
  outcome: MatterOutcome
  requests: CcfRequestFacts[]
}

/** The matter's stage read as an outcome: every stage before a CCF decision is still pending. */
const OUTCOME_OF_STAGE: Record<MatterStage, MatterOutcome> = {
  suspected: 'pending',
  confirmed: 'pending',
  challenged: 'pending',
  deleted: 'deleted',
  corrected: 'corrected',
  retained: 'retained',
  'implementation-confirmed': 'implemented'
}

export function outcomeOfStage(stage: MatterStage): MatterOutcome {
  return OUTCOME_OF_STAGE[stage]
}

/** STAT Art. 40(1): access 4 months; Art. 40(2): correction/deletion 9 months. */
export function statuteLimitMonths(requestType: CcfRequestType): 4 | 9 | undefined {
  if (requestType === 'access') return 4
  if (requestType === 'correction-deletion') return 9
  return undefined
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** `isoDay` plus `months` calendar months, clamped to the end of a shorter month (31 May + 9 = 28 Feb), as Art. 40 reads. */
export function addCalendarMonths(isoDay: string, months: number): string {
  const { year, month, day } = parseIsoDay(isoDay)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return toIsoDay({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) })
}

/** Whole calendar months from `from` to `to`: the largest n with from + n months ≤ to (0 when `to` is earlier). */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to < from) return 0
  const a = parseIsoDay(from)
  const b = parseIsoDay(to)
  let n = (b.year - a.year) * 12 + (b.month - a.month)
  while (n > 0 && addCalendarMonths(from, n) > to) n -= 1
  return n
}

const PROCEDURE_EVENTS = new Set(['ccf-request-received', 'ccf-admissibility', 'ccf-extension', 'ccf-decision'])

interface OpenRequest {
  requestType: CcfRequestType
  receivedOn?: string
  admissibleOn?: string
  decidedOn?: string
  extended: boolean
}

/**
 * Groups the CCF procedure events into requests, in date order. A receipt starts a new request of
 * its type; admissibility, extension and decision attach to the latest undecided request of their
 * type (or start one when its receipt was never recorded). A decision without a request type
 * attaches only when exactly one request is undecided; otherwise it cannot be placed and is left out.
 * Events with a malformed date are left out rather than guessed.
 */
function groupRequests(matterId: string, events: readonly TimelineEvent[]): OpenRequest[] {
  const relevant = events
    .filter((e) => e.matterId === matterId && PROCEDURE_EVENTS.has(e.type) && isIsoDay(e.date))
    .slice()
    .sort((x, y) => (x.date === y.date ? (PROCEDURE_ORDER[x.type] ?? 9) - (PROCEDURE_ORDER[y.type] ?? 9) : x.date < y.date ? -1 : 1))
  const requests: OpenRequest[] = []
  const latestOpen = (type: CcfRequestType): OpenRequest | undefined =>
    [...requests].reverse().find((r) => r.requestType === type && r.decidedOn === undefined)
  const openOrNew = (type: CcfRequestType): OpenRequest => {
    const found = latestOpen(type)
    if (found) return found
    const created: OpenRequest = { requestType: type, extended: false }
    requests.push(created)
    return created
  }
  for (const e of relevant) {
    let type = e.requestType
    if (type === undefined) {
      const undecided = requests.filter((r) => r.decidedOn === undefined)
      if (e.type !== 'ccf-decision' || undecided.length !== 1) continue
      type = undecided[0]!.requestType
    }
    switch (e.type) {
      case 'ccf-request-received': {
        const open = latestOpen(type)
        if (open && open.receivedOn === undefined) open.receivedOn = e.date
        // The same receipt recorded twice is one request; another date is a new (re-filed) request.
        else if (open?.receivedOn !== e.date) requests.push({ requestType: type, receivedOn: e.date, extended: false })
        break
      }
      case 'ccf-admissibility': {
        const r = openOrNew(type)
        r.admissibleOn ??= e.date
        break
      }
      case 'ccf-extension':
        openOrNew(type).extended = true
        break
      case 'ccf-decision':
        openOrNew(type).decidedOn = e.date
        break
    }
  }
  return requests
}

/** Same-day events in procedural order: receipt, admissibility, extension, decision. */
const PROCEDURE_ORDER: Record<string, number> = {
  'ccf-request-received': 0,
  'ccf-admissibility': 1,
  'ccf-extension': 2,
  'ccf-decision': 3
}

function requestFacts(r: OpenRequest): CcfRequestFacts {
  const facts: CcfRequestFacts = { requestType: r.requestType, extended: r.extended }
  if (r.receivedOn !== undefined) facts.receivedOn = r.receivedOn
  if (r.admissibleOn !== undefined) facts.admissibleOn = r.admissibleOn
  if (r.decidedOn !== undefined) facts.decidedOn = r.decidedOn
  const limit = statuteLimitMonths(r.requestType)
  if (limit !== undefined) facts.statuteLimitMonths = limit
  // STAT Art. 40(1)/(2): the clock runs from the day the request was declared admissible.
  const start = r.admissibleOn ?? r.receivedOn
  if (start !== undefined) facts.countedFrom = r.admissibleOn !== undefined ? 'admissibility' : 'receipt'
  if (start !== undefined && r.decidedOn !== undefined) {
    facts.monthsToDecision = wholeMonthsBetween(start, r.decidedOn)
    if (limit !== undefined) facts.withinLimit = r.decidedOn <= addCalendarMonths(start, limit)
  }
  return facts
}

export function matterOutcomeFacts(matter: Matter, events: readonly TimelineEvent[]): MatterOutcomeFacts {
  return {
    matterId: matter.id,
    requestingCountry: matter.requestingCountry,
    kind: matter.kind,
    outcome: outcomeOfStage(matter.stage),
    requests: groupRequests(matter.id, events).map(requestFacts)
  }
}
