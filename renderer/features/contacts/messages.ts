// Strings of the contacts page, in every UI language (catalogues in messages.<lang>.ts).
import type { Contact } from '@shared/domain'
import { defineMessages } from '../../i18n/defineMessages'
import { ar } from './messages.ar'
import { en } from './messages.en'
import { es } from './messages.es'
import { fr } from './messages.fr'
import { ru } from './messages.ru'

export const contactMessages = defineMessages(
  'contacts',
  { en, fr, es, ar, ru },
  {
    named: (action: string, what: string) => ({ action, what }),
    deleteTitle: (name: string) => ({ name })
  }
)

/** Read at render time through the bound catalogue (each read is in the current language). */
export const contactRoleLabels: Readonly<Record<Contact['role'], string>> = contactMessages.roles
