import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  requiredMark: 'إلزامي',
  dateHint: 'الصيغة: yyyy-mm-dd (السنة-الشهر-اليوم)، مثلًا 1984-03-12',
  datePlaceholder: 'yyyy-mm-dd',
  chooseCountry: 'اختر دولة…',
  noCountry: '— غير معروف —',
  remove: 'إزالة',
  cancel: 'إلغاء',
  confirm: 'تأكيد',
  delete: 'حذف',
  formHasErrors:
    '{n, plural, zero {لا توجد حقول تحتاج إلى مراجعة.} one {حقل واحد يحتاج إلى مراجعة، وهو مُعلَّم أدناه.} two {حقلان يحتاجان إلى مراجعة، وهما مُعلَّمان أدناه.} few {# حقول تحتاج إلى مراجعة، وهي مُعلَّمة أدناه.} many {# حقلًا تحتاج إلى مراجعة، وهي مُعلَّمة أدناه.} other {# حقل تحتاج إلى مراجعة، وهي مُعلَّمة أدناه.}}',
  unsavedTitle: 'المغادرة دون حفظ؟',
  unsavedBody: 'في هذا النموذج تغييرات لم تُحفظ. إذا غادرت الآن فستضيع.',
  unsavedLeave: 'المغادرة وتجاهل التغييرات',
  unsavedStay: 'البقاء في هذا النموذج',
  typeToConfirm: 'للتأكيد، اكتب {what}',
  saving: 'جارٍ الحفظ…',
  saveFailed: 'تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى؛ وإذا تكرّر ذلك فأعد تشغيل Redress.',
  fieldMessage: '{label}: {message}'
}
