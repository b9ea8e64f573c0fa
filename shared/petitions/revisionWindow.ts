// The time limit for an application for revision, computed by the deadline engine from its shipped
// rule (ccf.revision-application: 6 months from the discovery of the new fact, Statute Art. 42(2)),
// so the router, the pre-flight and the deadline dashboard can never disagree on the last day.
import { computeDeadlines } from '../deadlines/engine'
import { daysBetween, formatDayLong, isIsoDay } from '../deadlines/isoDates'
import { ccfStatutePack } from '../rules/packs/ccfStatutePack'

export const REVISION_RULE_ID = 'ccf.revision-application'

export interface RevisionTimeliness {
  discoveryDate: string
  /** The last day on which the application may be filed. */
  lastDay: string
  filingDate: string
  inTime: boolean
  /** 0 when in time. */
  daysLate: number
  citation: string
  /** "…the last permitted day was 10 March 2027 (Statute Art. 42(2))." */
  message: string
}

/** The last day to apply for revision after a discovery on `discoveryDate` (yyyy-mm-dd). */
export function revisionLastDay(discoveryDate: string): { lastDay: string; citation: string } {
  if (!isIsoDay(discoveryDate)) throw new RangeError(`Discovery date "${discoveryDate}" is not a yyyy-mm-dd day.`)
  // A stand-in event: the engine needs a timeline event to start the clock, and the draft has a date only.
  const event = {
    id: '00000000-0000-4000-8000-000000000000',
    type: 'discovery-of-new-fact' as const,
    date: discoveryDate,
    summary: 'Discovery of a new fact',
    details: '',
    createdAt: `${discoveryDate}T00:00:00.000Z`
  }
  const deadline = computeDeadlines({ events: [event], packs: [ccfStatutePack], states: [] }).find((d) => d.rule.id === REVISION_RULE_ID)
  if (!deadline) throw new Error(`The shipped CCF pack has no rule "${REVISION_RULE_ID}".`)
  return { lastDay: deadline.dueDate, citation: deadline.rule.citation }
}

/** Whether an application filed on `filingDate` meets the Art. 42(2) limit, with the sentence the lawyer reads. */
export function revisionTimeliness(discoveryDate: string, filingDate: string): RevisionTimeliness {
  const { lastDay, citation } = revisionLastDay(discoveryDate)
  const late = Math.max(0, daysBetween(lastDay, filingDate))
  const inTime = late === 0
  const message = inTime
    ? `In time: the new fact was discovered on ${formatDayLong(discoveryDate)}, so the application may be filed until ${formatDayLong(lastDay)} (${citation}).`
    : `Out of time: the new fact was discovered on ${formatDayLong(discoveryDate)} and the last permitted day was ${formatDayLong(lastDay)} (${citation}); filing on ${formatDayLong(filingDate)} is ${late} day${late === 1 ? '' : 's'} late.`
  return { discoveryDate, lastDay, filingDate, inTime, daysLate: late, citation, message }
}
