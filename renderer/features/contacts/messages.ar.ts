import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  title: 'جهات الاتصال',
  intro: 'المؤسسات والزملاء الذين تتعامل معهم في مختلف الملفات: لجنة الرقابة على محفوظات الإنتربول، والمكاتب المركزية الوطنية، والمحاكم، والمحامون المشاركون، والمنظمات غير الحكومية.',
  newContact: 'جهة اتصال جديدة',
  empty: 'لا توجد جهات اتصال بعد.',
  newTitle: 'جهة اتصال جديدة',
  editTitle: 'تعديل جهة الاتصال',
  role: 'الصفة',
  name: 'الاسم',
  organisation: 'الجهة',
  country: 'الدولة',
  email: 'البريد الإلكتروني',
  phone: 'الهاتف',
  notes: 'ملاحظات',
  save: 'حفظ جهة الاتصال',
  cancel: 'إلغاء',
  edit: 'تعديل',
  delete: 'حذف',
  named: '{action}: {what}',
  deleteTitle: 'حذف جهة الاتصال {name}؟',
  deleteBody: 'ستُحذف جهة الاتصال من هذا الجهاز. لا تتأثر الملفات بذلك.',
  roles: {
    ccf: 'لجنة الرقابة على محفوظات الإنتربول',
    ncb: 'المكتب المركزي الوطني',
    court: 'محكمة',
    'co-counsel': 'محامٍ مشارك',
    ngo: 'منظمة غير حكومية',
    authority: 'سلطة',
    other: 'أخرى'
  }
}
