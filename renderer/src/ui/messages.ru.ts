import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ru: Translation<typeof en> = {
  requiredMark: 'обязательно',
  dateHint: 'Формат: гггг-мм-дд, например 1984-03-12',
  datePlaceholder: 'гггг-мм-дд',
  chooseCountry: 'Выберите страну…',
  noCountry: '— Неизвестно —',
  remove: 'Удалить',
  cancel: 'Отмена',
  confirm: 'Подтвердить',
  delete: 'Удалить',
  formHasErrors:
    '{n, plural, one {# поле требует внимания. Оно отмечено ниже.} few {# поля требуют внимания. Они отмечены ниже.} many {# полей требуют внимания. Они отмечены ниже.} other {# поля требуют внимания. Они отмечены ниже.}}',
  unsavedTitle: 'Уйти без сохранения?',
  unsavedBody: 'В этой форме есть несохранённые изменения. Если вы уйдёте сейчас, они будут потеряны.',
  unsavedLeave: 'Уйти и отменить изменения',
  unsavedStay: 'Остаться в форме',
  typeToConfirm: 'Для подтверждения введите {what}',
  saving: 'Сохранение…',
  saveFailed: 'Сохранить не удалось. Ничего не изменено. Попробуйте ещё раз; если ошибка повторится, перезапустите Redress.',
  fieldMessage: '{label}: {message}'
}
