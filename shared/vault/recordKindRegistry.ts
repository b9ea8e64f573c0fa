// Every kind of record the vault stores, so unlock can find records written at an older version of
// any of them (not only the kinds read at unlock, e.g. deadline-log days read on demand).
import type { RecordKindSpec } from './migrations'
import {
  backupLogKind,
  backupScheduleKind,
  bundleDefinitionKind,
  ccfSessionsKind,
  contactKind,
  countryConcernKind,
  deadlineLogKind,
  dossierKind,
  exhibitKind,
  petitionDraftKind,
  precedentKind,
  reminderLogKind,
  rulePackKind,
  settingsKind
} from './recordKinds'

export const RECORD_KINDS: readonly RecordKindSpec<unknown>[] = [
  dossierKind,
  contactKind,
  settingsKind,
  rulePackKind,
  ccfSessionsKind,
  reminderLogKind,
  deadlineLogKind,
  petitionDraftKind,
  exhibitKind,
  bundleDefinitionKind,
  backupLogKind,
  backupScheduleKind,
  countryConcernKind,
  precedentKind
]
