import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ru: Translation<typeof en> = {
  title: 'Возможные конфликты',
  titleWithCount:
    'Возможные конфликты ({n, plural, one {# запись} few {# записи} many {# записей} other {# записи}})',
  intro:
    'У этих существующих записей такое же или похожее имя. Прежде чем открывать досье, убедитесь, что это не то же лицо и не противная сторона по делу.',
  mustCheck: 'Прежде чем создавать этого клиента, проверьте возможные конфликты ниже.',
  client: 'Клиент',
  contactWithRole: 'Контакт ({role})',
  matched: '«{typedField}: {typed}» совпадает с {field} «{stored}»',
  reasons: 'Причина: {reasons}',
  reasonSeparator: '; ',
  openDossier: 'Открыть досье',
  openDossierOf: 'Открыть досье: {name}',
  openContacts: 'Открыть контакты',
  createAnyway: 'Это другое лицо — всё равно создать',
  confirmed: 'Вы подтвердили, что ни одна из этих записей не относится к тому же лицу.',
  privacy: 'Проверка ведётся только по записям этого хранилища; ничего не покидает приложение.',
  strengths: {
    exact: 'То же имя',
    strong: 'Сильное совпадение',
    possible: 'Возможное совпадение'
  },
  storedFields: {
    'legal-name': 'официальным именем',
    'latin-name': 'транслитерацией латиницей',
    alias: 'псевдонимом',
    'contact-name': 'контактом'
  },
  typedFields: {
    'legal-name': 'Официальное имя',
    'latin-name': 'Транслитерация латиницей',
    alias: 'Псевдоним'
  },
  reasonLabels: {
    alias: 'псевдоним',
    'same-spelling': 'одинаковое написание (без учёта регистра и диакритических знаков)',
    'other-script': 'то же имя в другой письменности',
    'other-romanisation': 'другая латинизация того же имени',
    'similar-spelling': 'похожее написание',
    'consonants-only': 'те же согласные в арабском письме (гласные не пишутся)',
    initial: 'инициал совпадает с именем',
    'word-order': 'имена в другом порядке',
    'missing-name': 'одного имени нет с одной из сторон (например, второго имени)',
    'one-word': 'для сравнения есть только одно имя'
  }
}
