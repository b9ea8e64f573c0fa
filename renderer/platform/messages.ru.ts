import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const ru: Translation<typeof en> = {
  desktopOnly: 'Резервные копии по расписанию в папку доступны в настольном приложении Redress.',
  backupClosed: 'Этот файл резервной копии уже завершён или отменён.',
  tooManyFiles:
    '{n, plural, one {Выберите не более # файла за раз.} few {Выберите не более # файлов за раз.} many {Выберите не более # файлов за раз.} other {Выберите не более # файла за раз.}}',
  selectedFileTooLarge: 'Один из выбранных файлов больше 200 МБ.',
  selectionTooLarge: 'Выбранные файлы в сумме больше 500 МБ.',
  selectedFileUnreadable: 'Не удалось прочитать один из выбранных файлов.',
  fileTooLarge: 'Файл больше 200 МБ.',
  notificationInvalid: 'Текст уведомления слишком длинный или не является простым текстом.',
  noAnswer: 'Настольное приложение не ответило. Повторите попытку.',
  badAnswer: 'Настольное приложение прислало неожиданный ответ.',
  fileNotPrepared: 'Не удалось подготовить файл к сохранению.',
  backupNotPrepared: 'Не удалось подготовить файл резервной копии к сохранению.',
  noBackupFolder: 'Папка для резервных копий по расписанию не выбрана. Выберите её в разделе «Настройки».'
}
