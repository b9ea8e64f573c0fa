// Strings of the conflict check, in every UI language (catalogues in messages.<lang>.ts).
import type { ConflictReason, MatchStrength, StoredNameField, TypedNameField } from '@shared/conflicts'
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const conflictMessages = defineMessages(
  'conflicts',
  { en, fr, es, ar, ru },
  {
    titleWithCount: (n: number) => ({ n }),
    contactWithRole: (role: string) => ({ role }),
    matched: (stored: string, field: string, typedField: string, typed: string) => ({ stored, field, typedField, typed }),
    reasons: (reasons: string) => ({ reasons }),
    openDossierOf: (name: string) => ({ name })
  }
)

// The label maps under their former names; every read is in the current UI language.
export const strengthLabels: Readonly<Record<MatchStrength, string>> = conflictMessages.strengths
export const storedFieldLabels: Readonly<Record<StoredNameField, string>> = conflictMessages.storedFields
export const typedFieldLabels: Readonly<Record<TypedNameField, string>> = conflictMessages.typedFields
export const reasonLabels: Readonly<Record<ConflictReason, string>> = conflictMessages.reasonLabels
