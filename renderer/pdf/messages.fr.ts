import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  workerStopped: 'Le processus de production des PDF s’est arrêté de façon inattendue.',
  unreadableReply: 'Le processus de production des PDF a envoyé un message illisible.',
  queueStopped: 'La production des PDF a été arrêtée.'
}
