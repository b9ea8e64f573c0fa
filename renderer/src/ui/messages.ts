// Strings used by the shared UI pieces (fields, dialogs, navigation guard), in every UI language.
import { defineMessages } from '../../i18n/defineMessages'
import { localiseSchemaMessage } from '../../i18n/schemaMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const uiMessages = defineMessages(
  'ui',
  { en, fr, es, ar, ru },
  {
    formHasErrors: (n: number) => ({ n }),
    typeToConfirm: (what: string) => ({ what }),
    fieldMessage: (label: string, message: string) => ({ label, message })
  }
)

/**
 * "Date of birth" + "Use the form yyyy-mm-dd…" → "Date of birth: use the form yyyy-mm-dd…", in the
 * UI language (a schema message from shared/ is translated first). Messages that already name the
 * field ("Legal name is required.") are kept as they are.
 */
export function fieldMessage(label: string, message: string): string {
  const localised = localiseSchemaMessage(message)
  if (localised.toLowerCase().startsWith(label.toLowerCase())) return localised
  return uiMessages.fieldMessage(label, `${localised.charAt(0).toLowerCase()}${localised.slice(1)}`)
}
