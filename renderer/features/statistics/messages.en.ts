// Strings of the outcome statistics page and of the anonymised report it exports (English: the type source).
export const en = {
  title: 'Outcome statistics',
  intro:
    'Your own caseload, counted: matters by requesting country, data item and outcome, and how long the CCF took to decide. The exact counts stay in the app; only the anonymised report can leave it.',
  empty: 'No matters yet. Statistics appear once a dossier has a matter.',
  summary: '{matters, plural, one {# matter} other {# matters}}, {requests, plural, one {# CCF request} other {# CCF requests}}.',
  byCountryTitle: 'Matters by requesting country and outcome',
  byCountryChart: 'Bar chart of matters by requesting country, split by outcome. The table below gives the same figures.',
  timingTitle: 'Time to CCF decision against the Statute limits',
  timingChart: 'Bar chart of CCF requests by type and how the decision compares with the Statute limit. The table below gives the same figures.',
  timingHowCounted:
    'The limit runs from the day the request was declared admissible: 4 months for access (STAT Art. 40(1)), 9 months for correction/deletion (STAT Art. 40(2)); the CCF may extend it (STAT Art. 40(3)). Where admissibility is not recorded the months are counted from receipt, which can overstate them by up to one month (STAT Art. 32(1)). Revision applications are left out: STAT Art. 42(3) applies the limit of the decision under revision, which the timeline does not record.',
  publishedFigures:
    'For comparison, practitioners’ summaries of the CCF’s 2023 annual report say about 70% of access requests and 85% of complaints were decided within the Statute time limits. Unconfirmed: the official report itself was not read.',
  medianMonths: 'Median months to decision: {access} (access, limit 4), {deletion} (correction/deletion, limit 9).',
  noDecisionYet: 'none decided',
  kindsTitle: 'Matters by data item',
  requestTypesTitle: 'CCF requests by type',
  columnCountry: 'Requesting country',
  columnTotal: 'Total',
  columnKind: 'Data item',
  columnRequestType: 'Request type',
  columnMatters: 'Matters',
  columnRequests: 'Requests',
  kinds: { 'red-notice': 'Red notice', diffusion: 'Diffusion', sltd: 'SLTD', other: 'Other data' },
  outcomes: { pending: 'Pending', deleted: 'Deleted', corrected: 'Corrected', retained: 'Retained', implemented: 'Implementation confirmed' },
  requestTypes: { access: 'Access', 'correction-deletion': 'Correction/deletion', revision: 'Revision' },
  timedRequestTypes: { access: 'Access (STAT Art. 40(1), 4 months)', 'correction-deletion': 'Correction/deletion (STAT Art. 40(2), 9 months)' },
  timings: {
    within: 'Decided within the limit',
    extended: 'Decided late, limit extended',
    over: 'Decided late',
    pending: 'Not decided yet',
    'unknown-start': 'Start not recorded'
  },
  exportOpen: 'Export anonymised report…',
  exportTitle: 'Anonymised report: what will leave the app',
  exportIntro:
    'Below is exactly what will be saved. It names no client and no matter, carries no file, warrant or INTERPOL reference, and no date finer than the month. Counts under 5 are shown as “<5”, and where a “<5” could be worked out from a total another count is withheld too.',
  csvPreview: 'CSV file: its rows as saved',
  pdfPreview: 'PDF document: its text',
  saveCsv: 'Save CSV',
  savePdf: 'Save PDF',
  closePreview: 'Close the preview',
  savedFile: 'Saved {fileName}.',
  saveCancelled: 'Saving cancelled. Nothing was saved.',
  saveFailed: 'The file could not be saved: {reason} Nothing was saved.',
  reportPrepared: 'Prepared in {month}.',
  report: {
    title: 'Anonymised outcome statistics',
    columnTable: 'Table',
    columnCategory: 'Category',
    columnSubcategory: 'Subcategory',
    columnCount: 'Count',
    summary: 'Summary',
    preparedMonth: 'Prepared (month)',
    matters: 'Matters',
    requests: 'CCF requests',
    tables: {
      countries: 'Matters by requesting country',
      kinds: 'Matters by data item',
      outcomes: 'Matters by outcome',
      requestTypes: 'CCF requests by type',
      timing: 'Time to CCF decision against the Statute limit'
    },
    withheld: 'withheld',
    notesHeading: 'How to read this report',
    notes: {
      suppression: 'Counts under 5 (zero included) are shown as <5. Where a <5 could be worked out from a total, the smallest other count is withheld as well.',
      months:
        'Time limits: 4 months for access (STAT Art. 40(1)), 9 months for correction/deletion (STAT Art. 40(2)), from the day the request was declared admissible, or from receipt where admissibility was not recorded. "Decided late, limit extended": the CCF had extended its limit (STAT Art. 40(3)).',
      scope: 'Revision applications are counted by type only: their limit follows the decision under revision (STAT Art. 42(3)).',
      anonymity: 'No names, file or case numbers, or dates finer than the month appear in this report.'
    }
  }
}
