import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ru: Translation<typeof en> = {
  title: 'Контакты',
  intro: 'Учреждения и коллеги, с которыми вы работаете по разным досье: ККФ, НЦБ, суды, соадвокаты, НКО.',
  newContact: 'Новый контакт',
  empty: 'Контактов пока нет.',
  newTitle: 'Новый контакт',
  editTitle: 'Изменить контакт',
  role: 'Роль',
  name: 'Имя',
  organisation: 'Организация',
  country: 'Страна',
  email: 'Адрес электронной почты',
  phone: 'Телефон',
  notes: 'Заметки',
  save: 'Сохранить контакт',
  cancel: 'Отмена',
  edit: 'Изменить',
  delete: 'Удалить',
  named: '{action}: {what}',
  deleteTitle: 'Удалить контакт {name}?',
  deleteBody: 'Контакт будет удалён с этого устройства. Досье это не затронет.',
  roles: {
    ccf: 'Комиссия по контролю за файлами Интерпола (ККФ)',
    ncb: 'Национальное центральное бюро',
    court: 'Суд',
    'co-counsel': 'Соадвокат',
    ngo: 'НКО',
    authority: 'Орган власти',
    other: 'Другое'
  }
}
