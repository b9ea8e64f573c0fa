import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  workerStopped: 'Le processus de constitution du bordereau de pièces s’est arrêté de façon inattendue (peut-être faute de mémoire). Réessayez avec moins de pièces ou une taille maximale plus petite.',
  unreadableReply: 'Le processus de constitution du bordereau de pièces a envoyé un message illisible.',
  queueStopped: 'La constitution du bordereau de pièces a été arrêtée.'
}
