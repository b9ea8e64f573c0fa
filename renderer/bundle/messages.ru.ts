import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const ru: Translation<typeof en> = {
  workerStopped: 'Процесс формирования сборника приложений неожиданно остановился (возможно, не хватило памяти). Повторите попытку с меньшим числом приложений или меньшим предельным размером.',
  unreadableReply: 'Процесс формирования сборника приложений прислал сообщение, которое не удалось прочитать.',
  queueStopped: 'Формирование сборника приложений остановлено.'
}
