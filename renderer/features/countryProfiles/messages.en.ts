// Strings of the requesting-country profiles and the context panel beside each matter (English:
// the type source). Wording is context, never a verdict: the profile says what the lawyer's own
// files and recorded reports show, not what any matter's outcome will be.
export const en = {
  title: 'Requesting countries',
  intro: 'For each requesting country: what your own files show, and the public reports you recorded about it.',
  contextNote: 'Context from your own files and the reports you recorded — not an assessment of this matter.',
  profileNote: 'Context from your own files and the reports you recorded — not an assessment of any matter.',
  countriesHeading: 'Countries in your files',
  countriesEmpty: 'No country yet. A country appears here once a matter names it as the requesting country, or once you record a report about it.',
  countryCounts: '{matters, plural, one {# matter} other {# matters}} · {concerns, plural, one {# report} other {# reports}}',
  openProfile: 'Open the profile of {country}',
  otherCountryLabel: 'Record a report about another country',
  otherCountryOpen: 'Open',
  allCountries: 'All countries',
  caseloadHeading: 'Your own caseload',
  caseloadMatters: '{n, plural, one {# matter} other {# matters}} in your files name this country as the requesting country.',
  caseloadNone: 'None of your matters names this country as the requesting country.',
  byOutcomeHeading: 'What became of them',
  byKindHeading: 'Kind of INTERPOL data',
  outcomes: {
    pending: 'Pending',
    deleted: 'Deleted',
    corrected: 'Corrected',
    retained: 'Retained',
    implemented: 'Deletion or correction implemented'
  },
  kinds: {
    'red-notice': 'Red notice',
    diffusion: 'Diffusion',
    sltd: 'SLTD',
    other: 'Other'
  },
  ccfTimeHeading: 'CCF time to decision',
  ccfTimeNone: 'No CCF decision with a recorded date in these matters yet.',
  ccfTimeMonths:
    'Whole months from admissibility to decision, over {n, plural, one {# decided request} other {# decided requests}}: median {median}, shortest {min}, longest {max}.',
  ccfWithinLimit: 'Decided within the Statute time limit (STAT Art. 40(1) access: 4 months; Art. 40(2) correction or deletion: 9 months): {within} of {total}.',
  ccfExtended: 'Time limit extended by the CCF (STAT Art. 40(3)): {n}.',
  ccfFromReceipt:
    '{n, plural, one {# request is counted from receipt} other {# requests are counted from receipt}} because no admissibility date is recorded; this can overstate the time by up to a month.',
  concernsHeading: 'Public concerns you recorded',
  concernsNone: 'No report recorded about this country.',
  addConcern: 'Record a report',
  edit: 'Edit',
  delete: 'Delete',
  actionOn: '{action}: {title}',
  newConcernTitle: 'Record a report',
  editConcernTitle: 'Edit the report',
  fields: {
    reportTitle: 'Report title',
    publisher: 'Publisher or author',
    date: 'Date of the report',
    link: 'Link',
    whatItSays: 'What it says'
  },
  hints: {
    date: 'yyyy-mm-dd, or yyyy-mm when only the month is known',
    link: 'The https:// address of the report. Redress keeps it as text and never opens it.',
    whatItSays: 'Your own summary of what the report says about this country.'
  },
  errors: {
    required: 'This field is required.',
    dateForm: 'Use the form yyyy-mm-dd or yyyy-mm, e.g. 2024-05-16 or 2024-05.',
    dateImpossible: 'This date does not exist in the calendar.',
    link: 'The link must be a full web address starting with https://, e.g. https://www.example.org/report. Copy it from the address bar of the report.',
    other: 'This value cannot be saved. Check it and try again.'
  },
  tooLong: 'At most {max} characters.',
  formHasErrors: '{n, plural, one {One field needs attention. It is marked below.} other {# fields need attention. They are marked below.}}',
  saveFailed: 'Saving failed. Nothing has been changed. Try again; if this persists, restart Redress.',
  save: 'Save report',
  cancel: 'Cancel',
  deleteTitle: 'Delete this report?',
  deleteBody: '“{title}” will be removed from the profile of {country}. No matter is changed.',
  linkLabel: 'Link',
  publishedBy: 'Published by',
  reportDate: 'Date',
  panelHeading: 'Requesting-country context: {country}',
  panelMatters: 'Your files: {n, plural, one {# matter} other {# matters}} from this country.',
  panelOutcomes: 'Outcomes',
  panelCcfTime: 'CCF time to decision, in whole months: median {median}, over {n, plural, one {# decided request} other {# decided requests}}; {within} of {total} within the Statute limit.',
  panelConcerns: 'Reports you recorded',
  panelNoConcerns: 'No report recorded about this country.',
  panelMoreConcerns: '{n, plural, one {# more report in the profile.} other {# more reports in the profile.}}',
  panelOpenProfile: 'Open the profile of {country}'
}
