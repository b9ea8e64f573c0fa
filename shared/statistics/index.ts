// Outcome statistics: the caseload counted (in-app, exact) and the anonymised report (suppressed
// counts, months only) written as CSV or PDF from one model.
export * from './caseloadStatistics'
export * from './smallCountSuppression'
export * from './anonymisedReport'
export * from './reportLabels'
export * from './reportCsv'
export * from './reportPdf'
