import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ru: Translation<typeof en> = {
  appName: 'Redress',
  skipToContent: 'Перейти к содержимому',
  mainNav: 'Основное',
  dossiers: 'Досье',
  deadlines: 'Сроки',
  contacts: 'Контакты',
  precedents: 'Прецеденты',
  countryProfiles: 'Страны',
  statistics: 'Статистика',
  settings: 'Настройки',
  lock: 'Заблокировать',
  lockShortcutMac: '⌘⇧L',
  lockShortcut: 'Ctrl+Shift+L',
  lockTitle: 'Заблокировать хранилище сейчас ({shortcut})',
  unreadable:
    '{n, plural, one {Не удалось прочитать # сохранённую запись. Она не удалена. Восстановите её из резервной копии.} few {Не удалось прочитать # сохранённые записи. Они не удалены. Восстановите их из резервной копии.} many {Не удалось прочитать # сохранённых записей. Они не удалены. Восстановите их из резервной копии.} other {Не удалось прочитать # сохранённой записи. Они не удалены. Восстановите их из резервной копии.}}',
  pageNotFound: 'Этого досье больше нет. Возможно, оно было удалено.',
  backToDossiers: 'Вернуться к списку досье'
}
