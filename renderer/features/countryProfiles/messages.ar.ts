import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  title: 'الدول الطالبة',
  intro: 'لكل دولة طالبة: ما تُظهره ملفاتك أنت، والتقارير العامة التي سجّلتها عنها.',
  contextNote: 'سياق من ملفاتك أنت ومن التقارير التي سجّلتها — وليس تقييمًا لهذه القضية.',
  profileNote: 'سياق من ملفاتك أنت ومن التقارير التي سجّلتها — وليس تقييمًا لأي قضية.',
  countriesHeading: 'الدول الواردة في ملفاتك',
  countriesEmpty: 'لا توجد دولة بعد. تظهر الدولة هنا عندما تذكرها قضية بوصفها الدولة الطالبة، أو عندما تسجّل تقريرًا عنها.',
  countryCounts:
    '{matters, plural, zero {لا قضايا} one {قضية واحدة} two {قضيتان} few {# قضايا} many {# قضية} other {# قضية}} · {concerns, plural, zero {لا تقارير} one {تقرير واحد} two {تقريران} few {# تقارير} many {# تقريرًا} other {# تقرير}}',
  openProfile: 'فتح ملف الدولة: {country}',
  otherCountryLabel: 'تسجيل تقرير عن دولة أخرى',
  otherCountryOpen: 'فتح',
  allCountries: 'جميع الدول',
  caseloadHeading: 'قضاياك أنت',
  caseloadMatters:
    '{n, plural, zero {لا توجد قضايا في ملفاتك} one {قضية واحدة في ملفاتك} two {قضيتان في ملفاتك} few {# قضايا في ملفاتك} many {# قضية في ملفاتك} other {# قضية في ملفاتك}} تذكر هذه الدولة بوصفها الدولة الطالبة.',
  caseloadNone: 'لا تذكر أي من قضاياك هذه الدولة بوصفها الدولة الطالبة.',
  byOutcomeHeading: 'ما آلت إليه',
  byKindHeading: 'نوع بيانات الإنتربول',
  outcomes: {
    pending: 'قيد النظر',
    deleted: 'حُذفت',
    corrected: 'صُحّحت',
    retained: 'أُبقيت',
    implemented: 'نُفّذ الحذف أو التصحيح'
  },
  kinds: {
    'red-notice': 'النشرة الحمراء',
    diffusion: 'تعميم',
    sltd: 'قاعدة SLTD',
    other: 'أخرى'
  },
  ccfTimeHeading: 'مدة البتّ لدى لجنة الرقابة على محفوظات الإنتربول',
  ccfTimeNone: 'لا يوجد بعد في هذه القضايا قرار للجنة الرقابة على محفوظات الإنتربول بتاريخ مسجّل.',
  ccfTimeMonths:
    'الأشهر الكاملة من قبول الطلب إلى القرار، على {n, plural, zero {لا طلبات تم البتّ فيها} one {طلب واحد تم البتّ فيه} two {طلبين تم البتّ فيهما} few {# طلبات تم البتّ فيها} many {# طلبًا تم البتّ فيه} other {# طلب تم البتّ فيه}}: الوسيط {median}، الأقصر {min}، الأطول {max}.',
  ccfWithinLimit: 'تم البتّ فيها ضمن المهلة النظامية (STAT Art. 40(1) الاطلاع: 4 أشهر؛ Art. 40(2) التصحيح أو الحذف: 9 أشهر): {within} من {total}.',
  ccfExtended: 'مهلة مدّدتها اللجنة (STAT Art. 40(3)): {n}.',
  ccfFromReceipt:
    '{n, plural, zero {لا طلبات تُحتسب} one {طلب واحد يُحتسب} two {طلبان يُحتسبان} few {# طلبات تُحتسب} many {# طلبًا يُحتسب} other {# طلب يُحتسب}} من تاريخ الاستلام لعدم تسجيل تاريخ القبول؛ وقد يبالغ ذلك في المدة بما يصل إلى شهر.',
  concernsHeading: 'المخاوف العامة التي سجّلتها',
  concernsNone: 'لا يوجد تقرير مسجّل عن هذه الدولة.',
  addConcern: 'تسجيل تقرير',
  edit: 'تعديل',
  delete: 'حذف',
  actionOn: '{action}: {title}',
  newConcernTitle: 'تسجيل تقرير',
  editConcernTitle: 'تعديل التقرير',
  fields: {
    reportTitle: 'عنوان التقرير',
    publisher: 'الناشر أو المؤلف',
    date: 'تاريخ التقرير',
    link: 'الرابط',
    whatItSays: 'ما يقوله'
  },
  hints: {
    date: 'yyyy-mm-dd، أو yyyy-mm إذا كان الشهر وحده معروفًا',
    link: 'عنوان https:// للتقرير. يحفظه Redress نصًّا ولا يفتحه أبدًا.',
    whatItSays: 'ملخصك أنت لما يقوله التقرير عن هذه الدولة.'
  },
  errors: {
    required: 'هذا الحقل مطلوب.',
    dateForm: 'استخدم الصيغة yyyy-mm-dd أو yyyy-mm، مثل 2024-05-16 أو 2024-05.',
    dateImpossible: 'هذا التاريخ غير موجود في التقويم.',
    link: 'يجب أن يكون الرابط عنوان ويب كاملًا يبدأ بـ https://، مثل https://www.example.org/report. انسخه من شريط العنوان في صفحة التقرير.',
    other: 'لا يمكن حفظ هذه القيمة. تحقّق منها وحاول مرة أخرى.'
  },
  tooLong: '{max} حرفًا على الأكثر.',
  formHasErrors:
    '{n, plural, zero {لا حقول تحتاج إلى انتباه.} one {حقل واحد يحتاج إلى انتباه. وهو مُعلَّم أدناه.} two {حقلان يحتاجان إلى انتباه. وهما مُعلَّمان أدناه.} few {# حقول تحتاج إلى انتباه. وهي مُعلَّمة أدناه.} many {# حقلًا يحتاج إلى انتباه. وهي مُعلَّمة أدناه.} other {# حقل يحتاج إلى انتباه. وهي مُعلَّمة أدناه.}}',
  saveFailed: 'تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى؛ وإذا استمرت المشكلة فأعد تشغيل Redress.',
  save: 'حفظ التقرير',
  cancel: 'إلغاء',
  deleteTitle: 'حذف هذا التقرير؟',
  deleteBody: 'سيُزال «{title}» من ملف الدولة: {country}. لن تتغيّر أي قضية.',
  linkLabel: 'الرابط',
  publishedBy: 'الناشر',
  reportDate: 'التاريخ',
  panelHeading: 'سياق الدولة الطالبة: {country}',
  panelMatters: 'ملفاتك: {n, plural, zero {لا قضايا} one {قضية واحدة} two {قضيتان} few {# قضايا} many {# قضية} other {# قضية}} من هذه الدولة.',
  panelOutcomes: 'النتائج',
  panelCcfTime:
    'مدة البتّ لدى اللجنة بالأشهر الكاملة: الوسيط {median}، على {n, plural, zero {لا طلبات تم البتّ فيها} one {طلب واحد تم البتّ فيه} two {طلبين تم البتّ فيهما} few {# طلبات تم البتّ فيها} many {# طلبًا تم البتّ فيه} other {# طلب تم البتّ فيه}}؛ {within} من {total} ضمن المهلة النظامية.',
  panelConcerns: 'التقارير التي سجّلتها',
  panelNoConcerns: 'لا يوجد تقرير مسجّل عن هذه الدولة.',
  panelMoreConcerns:
    '{n, plural, zero {لا تقارير أخرى.} one {تقرير آخر في ملف الدولة.} two {تقريران آخران في ملف الدولة.} few {# تقارير أخرى في ملف الدولة.} many {# تقريرًا آخر في ملف الدولة.} other {# تقرير آخر في ملف الدولة.}}',
  panelOpenProfile: 'فتح ملف الدولة: {country}'
}
