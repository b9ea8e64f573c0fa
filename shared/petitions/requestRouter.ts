// Which request to file first, from the facts already in the dossier, and why. A suggestion with its
// reasons and the other routes considered; the lawyer decides.
//
// Order of the questions (issue 4):
// 1. a CCF decision on the data and a new fact discovered after it → revision (Statute Art. 42);
// 2. the data item only suspected → access first (Statute Art. 29; practitioners' advice);
// 3. refugee status confirmed by a country other than the requesting one → refugee-status deletion
//    (GA-2017-86-RES-09);
// 4. otherwise, the data item is known → correction/deletion (Statute Arts 29, 30(2)).
import type { Dossier } from '../domain/dossier'
import type { Matter } from '../domain/matter'
import type { TimelineEvent } from '../domain/timeline'
import { formatDayLong } from '../deadlines/isoDates'
import { countryName, PETITION_TYPE_NAMES, type CitedText, type PetitionType } from './guidance'
import { protectionToDraft, refugeeConditions, refugeeRouteOpen, type RefugeeFacts } from './refugeePolicy'
import { revisionTimeliness } from './revisionWindow'

export interface RouteAlternative extends CitedText {
  type: PetitionType
  /** Whether the facts on file allow this route now. */
  available: boolean
}

export interface RequestSuggestion {
  suggestion: PetitionType
  reasons: CitedText[]
  alternatives: RouteAlternative[]
}

const DATA_ITEM_NAMES: Record<Matter['kind'], string> = {
  'red-notice': 'a red notice',
  diffusion: 'a diffusion',
  sltd: 'an SLTD entry',
  other: 'data'
}

const byDate = (a: TimelineEvent, b: TimelineEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)

/**
 * The latest CCF decision on a complaint (not on an access request: its answer is what makes the
 * data known) and the latest new fact discovered on or after that day. A fact found on the day of
 * the decision still counts: the order within a day is not recorded.
 */
export function latestDecisionAndDiscovery(events: readonly TimelineEvent[]): { decision?: TimelineEvent; discovery?: TimelineEvent } {
  const decision = events.filter((e) => e.type === 'ccf-decision' && e.requestType !== 'access').sort(byDate).at(-1)
  if (!decision) return {}
  const discovery = events.filter((e) => e.type === 'discovery-of-new-fact' && e.date >= decision.date).sort(byDate).at(-1)
  return discovery ? { decision, discovery } : { decision }
}

/** An access reply on file: the CCF's answer to an access request (a reply or a decision). */
function accessReplyOf(events: readonly TimelineEvent[]): TimelineEvent | undefined {
  return events.filter((e) => (e.type === 'ccf-reply' || e.type === 'ccf-decision') && e.requestType === 'access').sort(byDate).at(-1)
}

export function suggestRequestType(dossier: Dossier, matterId: string, options: { today: string }): RequestSuggestion {
  const matter = dossier.matters.find((m) => m.id === matterId)
  if (!matter) throw new RangeError(`Matter ${matterId} is not in this dossier.`)
  // Events filed against the client rather than one matter (an asylum decision) count for every matter.
  const events = dossier.events.filter((e) => e.matterId === matterId || e.matterId === undefined)
  const { decision, discovery } = latestDecisionAndDiscovery(events)
  const accessReply = accessReplyOf(events)
  const known = matter.stage !== 'suspected' || matter.interpolReference.trim() !== '' || accessReply !== undefined
  const p = dossier.client.protection
  const refugee: RefugeeFacts = {
    ...protectionToDraft(p),
    grantingCountry: p.grantingCountry ?? '',
    grantedOn: p.grantedOn ?? '',
    persecutionCountry: '',
    requestingCountry: matter.requestingCountry,
    dataItem: matter.kind
  }
  const refugeeOpen = refugeeRouteOpen(refugee)
  const item = `${DATA_ITEM_NAMES[matter.kind]} requested by ${countryName(matter.requestingCountry)}`
  const timeliness = discovery ? revisionTimeliness(discovery.date, options.today) : undefined

  let suggestion: PetitionType
  const reasons: CitedText[] = []
  if (decision && discovery && timeliness) {
    suggestion = 'revision'
    reasons.push(
      { text: `The CCF decided on this matter on ${formatDayLong(decision.date)}; its decisions are final, and the way to reopen one is an application for revision.`, citation: 'Statute Arts 38(1), 42', certainty: 'statutory' },
      { text: `A new fact was discovered on ${formatDayLong(discovery.date)}: "${discovery.summary}". Revision needs a fact that could have led to a different conclusion had it been known — disagreement with the decision is not enough.`, citation: 'Statute Art. 42(1)', certainty: 'statutory' },
      { text: timeliness.message, citation: timeliness.citation, certainty: 'statutory' }
    )
  } else if (!known) {
    suggestion = 'access'
    reasons.push(
      { text: `The client only suspects ${item}: no INTERPOL reference is recorded and no reply to an access request is on file.`, citation: 'Statute Art. 29(1)', certainty: 'statutory' },
      { text: 'Consider asking for access first, to learn what is held and by whom before arguing for deletion; it costs time (the CCF decides an access request within 4 months of admissibility).', citation: 'Statute Art. 40(1); practitioner advice (Fair Trials note, authorship unconfirmed)', certainty: 'practice' }
    )
  } else if (refugeeOpen) {
    suggestion = 'refugee-status-deletion'
    for (const c of refugeeConditions(refugee)) if (c.status !== 'not-applicable') reasons.push({ text: c.text, citation: c.citation, certainty: c.certainty })
  } else {
    suggestion = 'correction-deletion'
    const how = matter.interpolReference.trim() ? `INTERPOL reference ${matter.interpolReference.trim()}` : accessReply ? `access reply of ${formatDayLong(accessReply.date)}` : `matter stage "${matter.stage}"`
    reasons.push(
      { text: `The data item is known (${item}; ${how}): a request for correction or deletion can address it directly.`, citation: 'Statute Arts 29(1), 30(2)', certainty: 'statutory' },
      { text: 'The request must state its reasons: the eligibility checks list the grounds the facts may support.', citation: 'Statute Art. 30(2)', certainty: 'statutory' }
    )
    if (matter.stage === 'deleted' || matter.stage === 'implementation-confirmed')
      reasons.push({ text: `The matter is marked "${matter.stage}": a request concerns data processed in INTERPOL's files, so check whether any are still held before filing.`, citation: 'Statute Art. 29(1)', certainty: 'statutory' })
  }

  const alternatives: RouteAlternative[] = []
  const offer = (alt: RouteAlternative) => alt.type !== suggestion && alternatives.push(alt)

  offer({ type: 'access', available: true, text: known ? 'An access request remains possible, e.g. to see the whole file the CCF holds before a complaint.' : 'Suggested first.', citation: 'Statute Art. 29(1)', certainty: 'statutory' })
  offer({
    type: 'correction-deletion',
    available: true,
    ...(suggestion === 'revision'
      ? { text: 'The Statute’s route for a new fact after a decision is revision; whether a fresh correction/deletion request on the same data would be admissible is not covered by the sources read (unconfirmed).', citation: 'Statute Art. 42', certainty: 'unsettled' as const }
      : suggestion === 'access'
        ? { text: 'Possible without an access reply if the reasons can be stated from what the client already knows; it saves the months an access request takes.', citation: 'Statute Art. 30(2)', certainty: 'statutory' as const }
        : { text: 'Articles 2 and 3 and the conditions of the Rules on the Processing of Data can be argued alongside the refugee ground.', citation: 'Constitution Arts 2(1), 3; RPD Art. 83', certainty: 'statutory' as const })
  })
  offer(refugeeAlternative(refugee, refugeeOpen))
  offer(
    !decision
      ? { type: 'revision', available: false, text: 'No CCF decision on this matter is on file; revision concerns a decision already taken.', citation: 'Statute Art. 42(1)', certainty: 'statutory' }
      : !discovery
        ? { type: 'revision', available: false, text: `A CCF decision of ${formatDayLong(decision.date)} is on file; revision needs the discovery of a new fact after it. Record the discovery in the timeline when one comes to light: the 6-month limit runs from that day.`, citation: 'Statute Art. 42(1)–(2)', certainty: 'statutory' }
        : { type: 'revision', available: timeliness?.inTime ?? false, text: timeliness?.message ?? '', citation: 'Statute Art. 42(2)', certainty: 'statutory' }
  )
  return { suggestion, reasons, alternatives }
}

/** Why the refugee route is, or is not yet, open — taken from the first condition it fails. */
function refugeeAlternative(refugee: RefugeeFacts, open: boolean): RouteAlternative {
  const type = 'refugee-status-deletion' as const
  if (open) return { type, available: true, text: `${PETITION_TYPE_NAMES[type]}: refugee status was confirmed by a country other than the requesting one.`, citation: 'GA-2017-86-RES-09 (REFRES)', certainty: 'statutory' }
  const conditions = refugeeConditions(refugee)
  // The conditions refugeeRouteOpen tests, most decisive first (the persecution country is only a caveat).
  const failing =
    conditions.find((c) => c.status === 'against' || c.status === 'not-applicable') ??
    conditions.find((c) => c.status === 'unknown' && ['refugee.status-confirmed', 'refugee.data-item', 'refugee.granting-country'].includes(c.id))
  const reason = failing ?? { text: 'The refugee policy does not apply to these facts.', citation: 'GA-2017-86-RES-09 (REFRES)', certainty: 'statutory' as const }
  return { type, available: false, text: reason.text, citation: reason.citation, certainty: reason.certainty }
}
