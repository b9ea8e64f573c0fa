// The words of a deadline's explanation ("9 months from request declared admissible on 31 May 2026
// = 28 Feb 2027, Statute Art. 40(2)"). A lawyer checks a date by redoing the sum in their head, so
// the text names the period, what started it, the day it started and the rule, nothing more.
import type { EventType } from '../domain/timeline'
import type { Period } from '../rules/ruleSchema'
import { formatDay, weekdayName } from './isoDates'
import type { WorkingCalendar } from './workingCalendar'

/** What the event is, as it reads after "9 months from …". */
export const EVENT_PHRASES: Record<EventType, string> = {
  'border-stop': 'border stop',
  arrest: 'arrest',
  release: 'release',
  'court-hearing': 'court hearing',
  'extradition-decision': 'extradition decision',
  'access-request-sent': 'access request sent',
  'ccf-request-received': 'request received by the CCF',
  'ccf-acknowledgement': 'CCF acknowledgement',
  'ccf-admissibility': 'request declared admissible',
  'ccf-asked-general-secretariat': 'CCF question to the General Secretariat',
  'ccf-extension': 'CCF extension',
  'ccf-submission-deadline-set': 'CCF notice of a submission deadline',
  'ccf-reply': 'CCF reply',
  'ccf-decision': 'CCF decision',
  'gs-received-decision': 'General Secretariat receiving the decision',
  'implementation-notified': 'CCF notified of implementation',
  'submission-filed': 'submission filed',
  'discovery-of-new-fact': 'discovery of a new fact',
  'notice-suspended': 'suspension of the notice',
  'retention-expiry': 'end of the retention period',
  'asylum-decision': 'asylum decision',
  'uk-part1-extradition-order': 'UK Part 1 extradition order',
  'uk-part2-order-notified': 'Secretary of State informing of the extradition order',
  'uk-high-court-decision': 'High Court appeal decision',
  'uk-supreme-court-leave-granted': 'leave to appeal to the Supreme Court granted',
  other: 'event'
}

const UNIT_WORDS: Record<Period['unit'], [string, string]> = {
  days: ['day', 'days'],
  'business-days': ['business day', 'business days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years']
}

/** "1 month", "9 months", "45 days", "10 business days". */
export function describePeriod(period: Period): string {
  const [one, many] = UNIT_WORDS[period.unit]
  return `${period.amount} ${period.amount === 1 ? one : many}`
}

/** Why a day is not a working day: "a Saturday", "Christmas Day, a public holiday". */
export function describeNonWorkingDay(isoDay: string, calendar: WorkingCalendar): string {
  const holiday = calendar.holidayName(isoDay)
  const weekday = weekdayName(isoDay)
  if (holiday) return weekday === 'Saturday' || weekday === 'Sunday' ? `${holiday}, a ${weekday}` : `${holiday}, a public holiday`
  return `a ${weekday}`
}

/** ", moved to the next working day 1 Mar 2027" after "= 27 Feb 2027 (a Saturday)"; empty when not moved. */
export function describeRoll(landed: string, rolledTo: string, calendar: WorkingCalendar): string {
  if (landed === rolledTo) return ''
  const where = rolledTo > landed ? 'moved to the next working day' : 'moved back to the previous working day'
  return ` (${describeNonWorkingDay(landed, calendar)}), ${where} ${formatDay(rolledTo)}`
}
