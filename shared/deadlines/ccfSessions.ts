// CCF session planning. The CCF meets at least three times a year and sends the General Secretariat
// the list of issues for a session "preferably" one month before it (Statute Art. 16(4)); material
// filed after that list closes in practice waits for the next session. The lawyer records the
// session dates they know; this says which session a filing can still reach.
//
// The 30 days are an estimate from a "preferably" in the Statute, not a rule: certainty 'practice'.
import { z } from 'zod'
import { IsoDate, OptionalText, RecordId } from '../domain/primitives'
import type { Certainty } from '../rules/ruleSchema'
import { addDays, formatDay } from './isoDates'

export const CcfSession = z
  .object({
    id: RecordId,
    startsOn: IsoDate,
    endsOn: IsoDate.optional(),
    /** e.g. "130th session", or where the lawyer learned the date. */
    note: OptionalText('Note', 500)
  })
  .strict()
  .refine((s) => s.endsOn === undefined || s.endsOn >= s.startsOn, { message: 'A session cannot end before it starts.', path: ['endsOn'] })
export type CcfSession = z.infer<typeof CcfSession>

export const DEFAULT_AGENDA_LEAD_DAYS = 30

export interface SessionWithAgenda {
  session: CcfSession
  /** startsOn − agendaLeadDays: the estimated last day to file for this session. */
  agendaClosesOn: string
}

export interface SessionReachability {
  /** The first session whose agenda closes on or after the filing date; none when no such session is recorded. */
  reaches?: SessionWithAgenda
  /** The nearest session still to come on the filing date, when the filing is too late for its agenda. */
  misses?: SessionWithAgenda
  /** "Filed on 12 Feb 2027, this material misses the session of 1 Mar 2027 …"; only when something is missed. */
  warning?: string
  basis: { citation: string; certainty: Certainty; note: string }
}

const BASIS = {
  citation: 'Statute Art. 16(4)',
  certainty: 'practice',
  note: 'The list of issues goes to the General Secretariat "preferably" one month before each session; the closing day is an estimate.'
} as const

/** Which recorded CCF session a filing made on `filingDateIso` can reach, and which one it misses. */
export function sessionReachability(
  sessions: readonly CcfSession[],
  filingDateIso: string,
  agendaLeadDays: number = DEFAULT_AGENDA_LEAD_DAYS
): SessionReachability {
  const upcoming = sessions
    .filter((s) => s.startsOn >= filingDateIso)
    .map((session) => ({ session, agendaClosesOn: addDays(session.startsOn, -agendaLeadDays) }))
    .sort((a, b) => (a.session.startsOn === b.session.startsOn ? (a.session.id < b.session.id ? -1 : 1) : a.session.startsOn < b.session.startsOn ? -1 : 1))
  const reaches = upcoming.find((s) => s.agendaClosesOn >= filingDateIso)
  const nearest = upcoming[0]
  const misses = nearest && nearest !== reaches ? nearest : undefined
  const result: SessionReachability = { basis: { ...BASIS } }
  if (reaches) result.reaches = reaches
  if (misses) {
    result.misses = misses
    const then = reaches ? `would reach the session of ${formatDay(reaches.session.startsOn)}` : 'no later session is recorded'
    result.warning =
      `Filed on ${formatDay(filingDateIso)}, this material misses the session of ${formatDay(misses.session.startsOn)} ` +
      `(agenda closes about ${formatDay(misses.agendaClosesOn)}) and ${then}.`
  }
  return result
}
