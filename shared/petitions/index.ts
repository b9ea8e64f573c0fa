// Public API of the petition logic (pure: no DOM, no Node, no Electron). Documents and the wizard
// build on these; nothing here renders.
export * from './guidance'
export * from './petitionDraft'
export { suggestRequestType, latestDecisionAndDiscovery, type RequestSuggestion, type RouteAlternative } from './requestRouter'
export { preflight, type PreflightItem, type PreflightResult } from './admissibilityPreflight'
export { eligibilityChecks, groundsSuggestedByChecks, penaltyThresholdCheck, PROSECUTION_THRESHOLD_MONTHS, SENTENCE_THRESHOLD_MONTHS } from './eligibilityChecks'
export { ARTICLE_3_FACTORS } from './articles2and3Checks'
export { refugeeConditions, refugeeRouteOpen, protectionKindOf, protectionToDraft, REFRES, NOT_YET_CONFIRMED, type RefugeeFacts } from './refugeePolicy'
export { revisionLastDay, revisionTimeliness, REVISION_RULE_ID, type RevisionTimeliness } from './revisionWindow'
export * from './groundsMatrix'
export { documentInputFromDraft, buildSubmission, SubmissionBlockedError, type DocumentInputOptions, type SubmissionOptions, type Submission } from './documentInputFromDraft'
