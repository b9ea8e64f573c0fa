import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const ru: Translation<typeof en> = {
  workerStopped: 'Процесс создания PDF неожиданно остановился.',
  unreadableReply: 'Процесс создания PDF прислал сообщение, которое не удалось прочитать.',
  queueStopped: 'Создание PDF остановлено.',
  // Saving a PDF (usePdfSave), the same words wherever a PDF is saved.
  pdfFonts: 'Подготовка шрифтов…',
  pdfLayout: 'Вёрстка…',
  pdfWriting: 'Запись PDF…',
  pdfSaving: 'Сохранение PDF…',
  pdfCancel: 'Отмена',
  pdfCancelled: 'Создание PDF отменено. Ничего не сохранено.',
  pdfFailed: 'Не удалось создать PDF: {reason} Ничего не сохранено.',
  pdfSaveFailed: 'Не удалось сохранить PDF: {reason} Ничего не сохранено.',
  pdfSaved: 'Сохранено: {fileName}.',
  pdfSaveCancelled: 'Сохранение отменено. Ничего не сохранено.',
}
