// Validation messages from the schemas in shared/ in the UI language. shared/ is pure TypeScript
// and writes its messages in English; the forms pass each one through localiseSchemaMessage,
// which recognises the message (verbatim, or by its pattern "<Field> is required.") and returns
// the translation, or the English text unchanged when it does not know the message.
import { defineMessages } from './defineMessages'
import { ar } from './schemaMessages.ar'
import { en } from './schemaMessages.en'
import { es } from './schemaMessages.es'
import { fr } from './schemaMessages.fr'
import { ru } from './schemaMessages.ru'
import { uiLocale } from './uiLocale'

export const schemaMessages = defineMessages(
  'schema',
  { en, fr, es, ar, ru },
  {
    required: (field: string) => ({ field }),
    tooLong: (field: string, max: number) => ({ field, max }),
    passphraseTooShort: (min: number) => ({ min })
  }
)

type ExactKey = keyof typeof en.exact
type FieldKey = keyof typeof en.fields

function keyOf<K extends string>(table: Readonly<Record<K, string>>, english: string): K | undefined {
  return (Object.keys(table) as K[]).find((k) => table[k] === english)
}

const REQUIRED = /^(.+) is required\.$/
const TOO_LONG = /^(.+) must be at most (\d+) characters\.$/
const PASSPHRASE_TOO_SHORT = /^Use at least (\d+) characters \(a few unrelated words work well\)\.$/

/** A schema's English message in the UI language; unknown messages (and English) come back unchanged. */
export function localiseSchemaMessage(message: string): string {
  if (uiLocale() === 'en') return message
  const exact = keyOf<ExactKey>(en.exact, message)
  if (exact) return schemaMessages.exact[exact]
  const short = PASSPHRASE_TOO_SHORT.exec(message)
  if (short) return schemaMessages.passphraseTooShort(Number(short[1]))
  const long = TOO_LONG.exec(message)
  const required = long ? undefined : REQUIRED.exec(message)
  const field = keyOf<FieldKey>(en.fields, (long ?? required)?.[1] ?? '')
  // A known pattern around an unknown field name stays English rather than mixing two languages.
  if (!field) return message
  return long ? schemaMessages.tooLong(schemaMessages.fields[field], Number(long[2])) : schemaMessages.required(schemaMessages.fields[field])
}
