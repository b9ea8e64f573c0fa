import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  desktopOnly: 'النسخ الاحتياطية المجدولة إلى مجلد متاحة في تطبيق Redress لسطح المكتب.',
  backupClosed: 'ملف النسخة الاحتياطية هذا أُنهي أو أُلغي من قبل.',
  tooManyFiles:
    '{n, plural, zero {لا يمكن اختيار أي ملف.} one {اختر ملفًا واحدًا على الأكثر في كل مرة.} two {اختر ملفين على الأكثر في كل مرة.} few {اختر # ملفات على الأكثر في كل مرة.} many {اختر # ملفًا على الأكثر في كل مرة.} other {اختر # ملف على الأكثر في كل مرة.}}',
  selectedFileTooLarge: 'أحد الملفات المختارة أكبر من 200 ميغابايت.',
  selectionTooLarge: 'مجموع أحجام الملفات المختارة أكبر من 500 ميغابايت.',
  selectedFileUnreadable: 'تعذرت قراءة أحد الملفات المختارة.',
  fileTooLarge: 'الملف أكبر من 200 ميغابايت.',
  notificationInvalid: 'نص الإشعار طويل جدًا أو ليس نصًا عاديًا.',
  noAnswer: 'لم يستجب تطبيق سطح المكتب. حاول مرة أخرى.',
  badAnswer: 'أرسل تطبيق سطح المكتب ردًا غير متوقع.',
  fileNotPrepared: 'تعذر تجهيز الملف للحفظ.',
  backupNotPrepared: 'تعذر تجهيز ملف النسخة الاحتياطية للحفظ.',
  noBackupFolder: 'لم يُختر أي مجلد للنسخ الاحتياطية المجدولة. اختر مجلدًا في «الإعدادات».'
}
