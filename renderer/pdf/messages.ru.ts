import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const ru: Translation<typeof en> = {
  workerStopped: 'Процесс создания PDF неожиданно остановился.',
  unreadableReply: 'Процесс создания PDF прислал сообщение, которое не удалось прочитать.',
  queueStopped: 'Создание PDF остановлено.'
}
