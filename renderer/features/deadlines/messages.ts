// Strings of the deadline pages: dashboard, deadline rows, calendar export, log, rule packs, CCF
// sessions and the reminder banner.
import type { Certainty, Obligor, PeriodUnit, RollRule } from '@shared/rules'

export const deadlineMessages = {
  backUpNow: 'Back up now…',
  // Sub-navigation
  title: 'Deadlines',
  subNav: 'Deadline pages',
  dashboardTab: 'Dashboard',
  logTab: 'Deadline log',
  packsTab: 'Rule packs',
  sessionsTab: 'CCF sessions',

  // Dashboard
  intro: 'Every deadline of every matter, computed from the timeline events and the rule packs. Dates owed by the CCF are shown too.',
  overdue: 'Overdue',
  dueIn7: 'Due in the next 7 days',
  dueIn30: 'Due in the next 30 days',
  later: 'Later',
  done: 'Done',
  doneCount: (n: number) => (n === 1 ? 'Done (1 deadline)' : `Done (${n} deadlines)`),
  noneInBucket: 'None.',
  noDeadlines:
    'No deadlines yet. They appear when a dossier’s timeline has an event that starts a clock, e.g. “Request declared admissible” with its request type.',
  todayIs: (longDay: string) => `Today is ${longDay}.`,
  bucketCount: (n: number) => (n === 1 ? '1 deadline' : `${n} deadlines`),

  // Deadline row
  rowHeadline: (title: string, dueDate: string, citation: string) => `${title} due ${dueDate} (${citation})`,
  daysLeft: (n: number) =>
    n === 0 ? 'due today' : n === 1 ? 'due tomorrow' : n > 1 ? `in ${n} days` : n === -1 ? '1 day overdue' : `${-n} days overdue`,
  overdueUnderStatute: 'Overdue under the Statute',
  unconfirmedRule: 'Unconfirmed rule',
  unconfirmedHint: 'The source of this rule is not confirmed. Check it before relying on this date.',
  practiceRule: 'Practice',
  practiceHint: 'CCF practice, not a time limit in the Statute.',
  statusOpen: 'Open',
  statusDone: (doneOn: string | undefined) => (doneOn ? `Done on ${doneOn}` : 'Done'),
  statusOverridden: (computed: string) => `Date set by hand (computed date ${computed})`,
  extended: (date: string) => `Extended to ${date}`,
  explanation: 'How this date was computed',
  ruleNote: 'Note on the rule',
  stateNote: 'Your note',
  matterLabel: 'Matter',
  clientLabel: 'Client',
  markDone: 'Mark done',
  reopen: 'Reopen',
  setDate: 'Set date by hand',
  changeDate: 'Change date',
  named: (action: string, what: string) => `${action}: ${what}`,
  markedDone: (title: string) => `“${title}” is marked done.`,
  undo: 'Undo',
  reopened: (title: string) => `“${title}” is open again.`,
  overrideSaved: (title: string, date: string) => `“${title}” is now due ${date}, set by hand.`,
  overrideTitle: 'Set the date by hand',
  overrideDate: 'New due date',
  overrideReason: 'Reason',
  overrideReasonHint: 'Optional, e.g. “CCF letter of 3 March gives a later date”. Kept in the dossier and shown here.',
  overrideKeeps: 'This date stays as you set it even when the trigger event moves. Deadlines that follow from it move with it.',
  saveDate: 'Save date',
  cancel: 'Cancel',
  draftEnquiry: 'Draft a status enquiry',
  hideEnquiry: 'Hide the status enquiry',
  enquiryLabel: 'Status enquiry (read-only; copy it into the CCF portal and adapt it)',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copying is not available here. Select the text and copy it with Ctrl+C (⌘C).',

  // Calendar export
  exportCalendar: 'Export calendar (.ics)',
  exportMatterCalendar: 'Export this matter’s calendar (.ics)',
  exportWarning: 'The calendar file is not encrypted: anyone with the file can read it.',
  exportWarningNames: 'The calendar file is not encrypted, and it names your clients (see Settings).',
  exportWarningNoNames: 'Events name the matter reference, not the client.',
  exported: (fileName: string) => `Saved ${fileName}.`,
  exportCancelled: 'Export cancelled.',
  exportFailed: 'The calendar file could not be saved. Nothing was written.',
  nothingToExport: 'No open deadlines to export.',

  // Per-matter list (dossier page)
  matterDeadlinesTitle: 'Deadlines',
  matterDeadlinesEmpty:
    'No deadlines yet. Record the CCF procedure events in the timeline (e.g. “Request received by the CCF”, “Request declared admissible”) with their request type.',
  wholeDossier: 'Not tied to a matter',
  doneHidden: (n: number) => (n === 1 ? 'Show 1 done deadline' : `Show ${n} done deadlines`),

  // Deadline log
  logTitle: 'Deadline log',
  logIntro:
    'Every deadline entered or changed on a day, with who and when. Print a day as proof of diligent deadline control. Matters are named by their reference, not the client.',
  logDay: 'Day',
  showLog: 'Show',
  print: 'Print',
  logLoading: 'Loading the log…',
  logFailed: 'The log of this day could not be read.',
  logCaption: (title: string) => title,
  savePdf: 'Save as PDF',
  pdfSubject: 'Daily deadline log',
  pdfFonts: 'Preparing fonts…',
  pdfLayout: 'Laying out…',
  pdfWriting: 'Writing the PDF…',
  pdfSaving: 'Saving the PDF…',
  pdfCancel: 'Cancel',
  pdfCancelled: 'The PDF was cancelled. Nothing was saved.',
  pdfFailed: (reason: string) => `The PDF could not be made: ${reason} Nothing was saved.`,
  pdfSaveFailed: (reason: string) => `The PDF could not be saved: ${reason} Nothing was saved.`,
  pdfSaved: (fileName: string) => `Saved ${fileName}.`,
  pdfSaveCancelled: 'Saving cancelled. Nothing was saved.',
  /** The log names matter references only, so the file name carries just the day. */
  pdfFileName: (day: string) => `Redress deadline log ${day}.pdf`,

  // Rule packs
  packsTitle: 'Rule packs',
  packsIntro:
    'The rules that turn timeline events into deadlines. Packs shipped with Redress are read-only; fork one to change it, or make your own.',
  shippedPack: 'Shipped with Redress',
  customPack: 'Your pack',
  forkedFrom: (name: string) => `Forked from ${name}`,
  rulesCount: (n: number) => (n === 1 ? '1 rule' : `${n} rules`),
  ruleCitation: 'Citation',
  ruleVerifiedOn: 'Verified on',
  ruleCertainty: 'Certainty',
  rulePeriod: 'Period',
  ruleObligor: 'Who owes it',
  ruleTrigger: 'Starts from',
  ruleRoll: 'Non-working day',
  ruleReminders: 'Reminders',
  ruleExtendable: 'Extendable under Statute Art. 40(3)',
  listedTitle: 'Duties without a computable date',
  listedIntro: 'The sources name these duties but give no period Redress can count. They never appear on the dashboard.',
  listedWhen: 'When',
  listedWhy: 'Why no date',
  forkPack: 'Fork this pack',
  forkTitle: (name: string) => `Fork “${name}”`,
  forkName: 'Name of your copy',
  forkNameHint: 'e.g. “CCF Statute — our firm’s practice”',
  forkId: (id: string) => `Pack id: ${id}`,
  forkSave: 'Fork pack',
  forkReplaces:
    'Your copy replaces the original: deadlines are computed from your copy from then on. Marks on the original’s deadlines (done, dates set by hand) carry over to your copy.',
  replacedBy: (name: string) => `Replaced by your copy “${name}”`,
  newPack: 'New rule pack',
  newPackTitle: 'New rule pack',
  packName: 'Pack name',
  jurisdiction: 'Jurisdiction',
  jurisdictionInt: 'INTERPOL / CCF (INT)',
  savePack: 'Save pack',
  deletePack: 'Delete pack',
  deletePackTitle: (name: string) => `Delete the rule pack “${name}”?`,
  deletePackBody: 'Its rules and every deadline they compute will be removed. Marks on those deadlines stay in the dossiers. This cannot be undone.',
  addRule: 'Add rule',
  editRule: 'Edit',
  deleteRule: 'Delete',
  deleteRuleTitle: 'Delete this rule?',
  deleteRuleBody: (title: string) => `The rule “${title}” and the deadlines it computes will be removed from the pack.`,
  packSaved: (name: string) => `Saved “${name}”.`,
  noRules: 'No rules yet.',
  afterRule: (title: string) => `the deadline “${title}”`,
  unknownRule: (id: string) => `rule ${id} (not found)`,
  anyRequest: 'any request',
  periodLine: (period: string, direction: 'after' | 'before') => `${period} ${direction}`,

  // Rule form
  newRuleTitle: 'New rule',
  editRuleTitle: 'Edit rule',
  ruleId: 'Rule id',
  ruleIdHint: 'Lower-case letters, digits, dots and dashes; unique in the pack.',
  ruleIdTaken: 'Rule id: another rule in this pack has this id.',
  ruleTitle: 'What is due',
  ruleTitleHint: 'e.g. “Chase the CCF for an acknowledgement”',
  triggerKind: 'Clock starts with',
  triggerEvent: 'A timeline event',
  triggerDeadline: 'Another rule’s deadline',
  eventType: 'Event type',
  requestType: 'Request type',
  requestTypeAny: 'Any (or none)',
  parentRule: 'Rule',
  chooseRule: 'Choose a rule…',
  parentRuleRequired: 'Rule: choose the rule whose deadline starts this one.',
  periodAmount: 'Period',
  periodUnit: 'Unit',
  periodAmountInvalid: 'Period: enter a whole number from 0 to 1200.',
  direction: 'Direction',
  directionAfter: 'after the start',
  directionBefore: 'before the start',
  obligor: 'Who owes it',
  citation: 'Legal citation',
  citationHint: 'e.g. Statute Art. 31(3), CrimPR r. 17.19(2)(a)',
  sourceUrl: 'Source address',
  verifiedOn: 'Verified on',
  certainty: 'Certainty',
  roll: 'If the day is not a working day',
  extendable: 'The CCF may extend it (Statute Art. 40(3)): an extension event moves the date',
  startsWithTriggerDay: 'Count the start day as day 1 (“N days starting with…”)',
  countsFromDateSet: 'Count from the date set in the event (“date set by the CCF”), not the event’s own date',
  reminderLeadDays: 'Reminders (days before)',
  reminderLeadDaysHint: 'Comma-separated, e.g. 14, 7, 2, 1. Leave empty for no reminders.',
  reminderLeadDaysInvalid: 'Reminders: whole numbers of days from 0 to 365, separated by commas (at most 10).',
  ruleNoteField: 'Note',
  saveRule: 'Save rule',

  // CCF sessions
  sessionsTitle: 'CCF sessions',
  sessionsIntro:
    'Record the session dates of the Commission you know of. Redress estimates which session a filing can still reach: the list of issues goes to the General Secretariat about a month before each session.',
  sessionStarts: 'First day of the session',
  sessionEnds: 'Last day',
  sessionNote: 'Note',
  sessionNoteHint: 'e.g. “130th session” or where you learned the date',
  addSession: 'Add session',
  removeSession: 'Remove',
  removeSessionTitle: 'Remove this session?',
  removeSessionBody: (day: string) => `The session of ${day} will be removed from the list.`,
  noSessions: 'No sessions recorded yet.',
  sessionLine: (starts: string, ends: string | undefined) => (ends && ends !== starts ? `${starts} – ${ends}` : starts),
  agendaCloses: (day: string) => `agenda closes about ${day}`,
  reachesToday: (session: string, closes: string) => `A filing today reaches the session of ${session}; the agenda closes about ${closes}.`,
  noReachableSession: 'No recorded session can still be reached by a filing today. Add the next session dates when you learn them.',
  noUpcomingSession: 'No upcoming CCF session is recorded.',
  practiceNote: (citation: string, note: string) => `Practice, not a rule (${citation}): ${note}`,
  sessionPast: 'past',

  // Reminder banner
  remindersTitle: 'Deadline reminders',
  reminderLine: (title: string, due: string, when: string) => `${title}: ${when} (${due})`,
  reminderWhen: (daysLeft: number) =>
    daysLeft === 0 ? 'due today' : daysLeft === 1 ? 'due tomorrow' : daysLeft > 0 ? `due in ${daysLeft} days` : daysLeft === -1 ? 'overdue by 1 day' : `overdue by ${-daysLeft} days`,
  openDeadlines: 'Open the deadlines',
  dismiss: 'Dismiss',
  dismissReminders: 'Dismiss the deadline reminders'
}

export const obligorBadges: Record<Obligor, string> = {
  us: 'We owe',
  ccf: 'CCF owes',
  'general-secretariat': 'General Secretariat owes',
  'requesting-state': 'Requesting state owes',
  court: 'Court owes'
}

export const obligorLabels: Record<Obligor, string> = {
  us: 'Us (the applicant’s side)',
  ccf: 'The CCF',
  'general-secretariat': 'INTERPOL General Secretariat',
  'requesting-state': 'The requesting state',
  court: 'A court'
}

export const certaintyLabels: Record<Certainty, string> = {
  statutory: 'Statutory',
  practice: 'Practice',
  unconfirmed: 'Unconfirmed'
}

export const periodUnitLabels: Record<PeriodUnit, string> = {
  days: 'days',
  'business-days': 'business days',
  weeks: 'weeks',
  months: 'months',
  years: 'years'
}

export const rollLabels: Record<RollRule, string> = {
  none: 'Keep the day',
  forward: 'Move to the next working day',
  backward: 'Move to the previous working day'
}

/** Shared with the event form. */
export { requestTypeLabels } from '../dossiers/messages'
