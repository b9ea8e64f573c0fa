import type { Translation } from '../../i18n/defineMessages'
import type { en } from './handoverMessages.en'

export const ar: Translation<typeof en> = {
  handOverClient: 'تسليم…',
  handOverMatter: 'تسليم هذه القضية…',
  importHandover: 'استيراد ملف تسليم…',
  dialogTitle: 'تسليم هذا الموكل',
  dialogTitleMatter: 'تسليم هذه القضية',
  passwordLabel: 'كلمة مرور الملف (اتركها فارغة لعدم التشفير)',
  passwordHint: 'يُشفَّر ملف zip بمعيار AES-256، ويمكن فتحه ببرامج 7-Zip وWinZip وRedress. أبلغ المستلم بكلمة المرور عبر قناة أخرى.',
  passwordTooShort: 'استخدم كلمة مرور من 8 أحرف على الأقل، أو اتركها فارغة.',
  confirmEncrypted: 'حفظ بكلمة مرور',
  importPasswordTitle: 'كلمة مرور ملف التسليم هذا',
  importPasswordLabel: 'كلمة المرور',
  open: 'فتح',
  unencryptedWarning: 'هذا الملف غير مشفَّر: يستطيع كل من يحصل عليه قراءة ملف الموكل. استخدم كلمة مرور ما لم تسلّمه عبر قناة مشفَّرة.',
  confirmUnencrypted: 'حفظ دون تشفير',
  saved: 'حُفظت حزمة التسليم «{name}».',
  exportFailed: 'تعذّر إنشاء حزمة التسليم. لم يُحفظ شيء.',
  conflictTitle: 'هذا الموكل موجود بالفعل في خزنتك',
  conflictBody: 'هل تريد استيراد الحزمة كنسخة، بمعرّفات سجلات جديدة، إلى جانب الموكل الموجود لديك؟ لن يتغير شيء في الموكل الموجود.',
  importAsCopy: 'استيراد كنسخة',
  imported:
    '{exhibits, plural, zero {استُوردت حزمة التسليم دون أي مستند.} one {استُوردت حزمة التسليم مع مستند واحد.} two {استُوردت حزمة التسليم مع مستندين.} few {استُوردت حزمة التسليم مع # مستندات.} many {استُوردت حزمة التسليم مع # مستندًا.} other {استُوردت حزمة التسليم مع # مستند.}}',
  importFailed: 'تعذّر استيراد حزمة التسليم. لم يُكتب شيء في خزنتك.'
}
