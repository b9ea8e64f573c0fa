import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  title: 'تعارضات محتملة',
  titleWithCount:
    'تعارضات محتملة ({n, plural, zero {لا سجلات} one {سجل واحد} two {سجلان} few {# سجلات} many {# سجلًا} other {# سجل}})',
  intro:
    'تحمل هذه السجلات الموجودة الاسم نفسه أو اسمًا مشابهًا. تحقّق من أنه ليس الشخص نفسه، ولا أحد أطراف الخصومة في قضية، قبل فتح الملف.',
  mustCheck: 'راجع التعارضات المحتملة أدناه قبل إنشاء هذا الموكّل.',
  client: 'موكّل',
  contactWithRole: 'جهة اتصال ({role})',
  matched: '«{typedField}: {typed}» يطابق {field} «{stored}»',
  reasons: 'السبب: {reasons}',
  reasonSeparator: '؛ ',
  openDossier: 'فتح الملف',
  openDossierOf: 'فتح ملف {name}',
  openContacts: 'فتح جهات الاتصال',
  createAnyway: 'ليس الشخص نفسه — إنشاء على أي حال',
  confirmed: 'أكّدت أن أيًّا من هذه السجلات لا يخص الشخص نفسه.',
  privacy: 'تجري المطابقة مع سجلات هذه الخزنة فقط؛ ولا يخرج شيء من التطبيق.',
  strengths: {
    exact: 'الاسم نفسه',
    strong: 'تطابق قوي',
    possible: 'تطابق محتمل'
  },
  storedFields: {
    'legal-name': 'الاسم القانوني',
    'latin-name': 'الكتابة بالحروف اللاتينية',
    alias: 'الاسم المستعار',
    'contact-name': 'جهة الاتصال'
  },
  typedFields: {
    'legal-name': 'الاسم القانوني',
    'latin-name': 'الكتابة بالحروف اللاتينية',
    alias: 'اسم مستعار'
  },
  reasonLabels: {
    alias: 'اسم مستعار',
    'same-spelling': 'التهجئة نفسها (بصرف النظر عن الأحرف الكبيرة وعلامات التشكيل)',
    'other-script': 'الاسم نفسه بكتابة أخرى',
    'other-romanisation': 'كتابة لاتينية أخرى للاسم نفسه',
    'similar-spelling': 'تهجئة مشابهة',
    'consonants-only': 'الحروف الساكنة نفسها بالخط العربي (دون كتابة الحركات)',
    initial: 'حرف أول يطابق اسمًا',
    'word-order': 'الأسماء بترتيب آخر',
    'missing-name': 'اسم ناقص في أحد الطرفين (مثل الاسم الأوسط)',
    'one-word': 'اسم واحد فقط للمقارنة'
  }
}
