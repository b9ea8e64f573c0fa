// Public API of the deadline engine (pure: no DOM, no Node, no Electron).
export { DeadlineKey, DeadlineState } from './deadlineState'
export {
  computeDeadlines,
  daysLate,
  holidayCountryOf,
  isFiledInTime,
  type ComputeDeadlinesInput,
  type ComputedDeadline,
  type DeadlineTrigger
} from './engine'
export { addPeriod, rollToWorkingDay, type Direction } from './periodArithmetic'
export { createWorkingCalendar, weekendsOnlyCalendar, type WorkingCalendar } from './workingCalendar'
export { classify, type DashboardDeadline, type DeadlineDashboard } from './dashboard'
export { citationInWords, draftStatusEnquiry, type StatusEnquiryInput } from './statusEnquiry'
export {
  CcfSession,
  DEFAULT_AGENDA_LEAD_DAYS,
  sessionReachability,
  type SessionReachability,
  type SessionWithAgenda
} from './ccfSessions'
export { EVENT_PHRASES, describePeriod } from './explanationText'
export { addDays, daysBetween, formatDay, formatDayLong, isIsoDay, weekdayName } from './isoDates'
export { carryMarksToFork } from './forkMarks'
