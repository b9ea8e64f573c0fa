import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  appName: 'Redress',
  skipToContent: 'انتقل إلى المحتوى',
  mainNav: 'الرئيسية',
  dossiers: 'الملفات',
  deadlines: 'المواعيد النهائية',
  contacts: 'جهات الاتصال',
  precedents: 'السوابق',
  countryProfiles: 'البلدان',
  statistics: 'الإحصاءات',
  settings: 'الإعدادات',
  lock: 'قفل',
  lockShortcutMac: '⌘⇧L',
  lockShortcut: 'Ctrl+Shift+L',
  lockTitle: 'اقفل الخزنة الآن ({shortcut})',
  unreadable:
    '{n, plural, zero {لم يتعذر قراءة أي سجل.} one {تعذرت قراءة سجل واحد محفوظ. لم يُحذف. استعده من نسخة احتياطية.} two {تعذرت قراءة سجلين محفوظين. لم يُحذفا. استعدهما من نسخة احتياطية.} few {تعذرت قراءة # سجلات محفوظة. لم تُحذف. استعدها من نسخة احتياطية.} many {تعذرت قراءة # سجلًا محفوظًا. لم تُحذف. استعدها من نسخة احتياطية.} other {تعذرت قراءة # سجل محفوظ. لم تُحذف. استعدها من نسخة احتياطية.}}',
  pageNotFound: 'هذا الملف لم يعد موجودًا. ربما حُذف.',
  backToDossiers: 'العودة إلى قائمة الملفات'
}
