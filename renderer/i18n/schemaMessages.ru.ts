import type { Translation } from './defineMessages'
import type { en } from './schemaMessages.en'

export const ru: Translation<typeof en> = {
  exact: {
    dateForm: 'Используйте формат гггг-мм-дд, например 2026-03-26.',
    dateNotInCalendar: 'Такой даты нет в календаре.',
    chooseCountry: 'Выберите страну из списка.',
    languageTag: 'Укажите код языка, например «en», «ru» или «ug».',
    emailInvalid: 'Адрес электронной почты недействителен.',
    passphraseGuessable: 'Эту парольную фразу слишком легко угадать. Добавьте ещё несколько не связанных между собой слов.',
    passphraseMismatch: 'Парольные фразы не совпадают.'
  },
  fields: {
    address: 'Адрес',
    alias: 'Псевдоним',
    description: 'Описание',
    details: 'Подробности',
    documentNumber: 'Номер документа',
    fileReference: 'Номер дела в фирме',
    howLearned: 'Как клиент узнал об этом',
    interpolReference: 'Номер Интерпола',
    issuingCourt: 'Суд, выдавший ордер',
    latinName: 'Транслитерация латиницей',
    legalCitation: 'Правовая ссылка',
    legalName: 'Официальное имя',
    legalProvision: 'Норма закона',
    ncb: 'НЦБ',
    name: 'Имя',
    note: 'Заметка',
    notes: 'Заметки',
    offenceDescription: 'Описание преступления',
    organisation: 'Организация',
    packName: 'Название набора правил',
    phone: 'Телефон',
    placeOfBirth: 'Место рождения',
    secureChannel: 'Защищённый канал',
    sourceAddress: 'Адрес источника',
    statusReference: 'Номер решения о статусе',
    summary: 'Краткое описание',
    title: 'Название',
    warrantNumber: 'Номер ордера',
    whatIsDue: 'Что нужно подать'
  },
  required: 'Поле «{field}» обязательно для заполнения.',
  tooLong:
    '{max, plural, one {Поле «{field}» может содержать не более # символа.} few {Поле «{field}» может содержать не более # символов.} many {Поле «{field}» может содержать не более # символов.} other {Поле «{field}» может содержать не более # символа.}}',
  passphraseTooShort:
    '{min, plural, one {Используйте не менее # символа (хорошо подходят несколько не связанных между собой слов).} few {Используйте не менее # символов (хорошо подходят несколько не связанных между собой слов).} many {Используйте не менее # символов (хорошо подходят несколько не связанных между собой слов).} other {Используйте не менее # символа (хорошо подходят несколько не связанных между собой слов).}}'
}
