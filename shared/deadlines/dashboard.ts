// The dashboard's buckets across all matters: overdue, due within 7 days, within 30 days, later,
// and done. Open and overridden deadlines are live (an override only changes the date), so both go
// into the time buckets; done ones go only to `done`.
import type { Obligor } from '../rules/ruleSchema'
import type { ComputedDeadline } from './engine'
import { daysBetween } from './isoDates'

export interface DashboardDeadline extends ComputedDeadline {
  /** Calendar days from today to the due date; negative when overdue. */
  daysLeft: number
  /**
   * A clock the CCF or the General Secretariat owed under its own rules has run out: the UI says
   * "overdue under the Statute" and offers a status enquiry (draftStatusEnquiry).
   */
  overdueUnderStatute: boolean
}

export interface DeadlineDashboard {
  overdue: DashboardDeadline[]
  dueIn7: DashboardDeadline[]
  dueIn30: DashboardDeadline[]
  later: DashboardDeadline[]
  done: DashboardDeadline[]
}

const DECISION_MAKERS: readonly Obligor[] = ['ccf', 'general-secretariat']

/**
 * Puts each deadline in one bucket as of `todayIso`. Due today counts as due within 7 days, not
 * overdue: the day itself is still in time. Each bucket keeps the engine's order (due date, key).
 */
export function classify(deadlines: readonly ComputedDeadline[], todayIso: string): DeadlineDashboard {
  const board: DeadlineDashboard = { overdue: [], dueIn7: [], dueIn30: [], later: [], done: [] }
  const ordered = [...deadlines].sort((a, b) => (a.dueDate === b.dueDate ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.dueDate < b.dueDate ? -1 : 1))
  for (const d of ordered) {
    const daysLeft = daysBetween(todayIso, d.dueDate)
    const overdue = d.status !== 'done' && daysLeft < 0
    // Only statutory clocks: a practice estimate or an unconfirmed rule is no ground to say the CCF is late.
    const overdueUnderStatute = overdue && DECISION_MAKERS.includes(d.rule.obligor) && d.rule.certainty === 'statutory'
    const item: DashboardDeadline = { ...d, daysLeft, overdueUnderStatute }
    if (d.status === 'done') board.done.push(item)
    else if (overdue) board.overdue.push(item)
    else if (daysLeft <= 7) board.dueIn7.push(item)
    else if (daysLeft <= 30) board.dueIn30.push(item)
    else board.later.push(item)
  }
  return board
}
