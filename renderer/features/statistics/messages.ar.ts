// Statute citations inside Arabic sentences are wrapped in left-to-right isolates (U+2066 … U+2069) so
// that "STAT Art. 40(1)" keeps its own order and its brackets do not mirror into the Arabic around it.
import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  title: 'إحصاءات النتائج',
  intro:
    'قضاياك أنت، معدودة: القضايا حسب الدولة الطالبة ونوع البيانات والنتيجة، والمدة التي استغرقتها لجنة الرقابة على محفوظات الإنتربول لتقرر. تبقى الأعداد الدقيقة داخل التطبيق؛ ولا يخرج منه إلا التقرير مجهول الهوية.',
  empty: 'لا توجد قضايا بعد. تظهر الإحصاءات عندما يحتوي ملف على قضية.',
  summary:
    '{matters, plural, zero {لا قضايا} one {قضية واحدة} two {قضيتان} few {# قضايا} many {# قضية} other {# قضية}}، {requests, plural, zero {لا طلبات إلى اللجنة} one {طلب واحد إلى اللجنة} two {طلبان إلى اللجنة} few {# طلبات إلى اللجنة} many {# طلبًا إلى اللجنة} other {# طلب إلى اللجنة}}.',
  byCountryTitle: 'القضايا حسب الدولة الطالبة والنتيجة',
  byCountryChart: 'مخطط أعمدة للقضايا حسب الدولة الطالبة، مقسمة حسب النتيجة. يعرض الجدول أدناه الأرقام نفسها.',
  timingTitle: 'مدة صدور قرار اللجنة مقارنة بالمهل المحددة في النظام الأساسي',
  timingChart: 'مخطط أعمدة لطلبات اللجنة حسب النوع ومدى التزام القرار بالمهلة المحددة في النظام الأساسي. يعرض الجدول أدناه الأرقام نفسها.',
  timingHowCounted:
    'تسري المهلة من يوم إعلان قبول الطلب: 4 أشهر لطلب الاطلاع (⁦STAT Art. 40(1)⁩)، و9 أشهر لطلب التصحيح/الحذف (⁦STAT Art. 40(2)⁩)؛ ويجوز للجنة تمديدها (⁦STAT Art. 40(3)⁩). إذا لم يُسجَّل تاريخ القبول تُحسب الأشهر من تاريخ الاستلام، وقد يزيدها ذلك شهرًا واحدًا على الأكثر (⁦STAT Art. 32(1)⁩). طلبات إعادة النظر مستبعدة: فالمادة ⁦STAT Art. 42(3)⁩ تطبق مهلة القرار محل إعادة النظر، وهو ما لا يسجله الخط الزمني.',
  publishedFigures:
    'للمقارنة، تذكر ملخصات ممارسين للتقرير السنوي للجنة لعام 2023 أن نحو 70% من طلبات الاطلاع و85% من الشكاوى بُتّ فيها ضمن المهل المحددة في النظام الأساسي. غير مؤكد: لم يُطّلع على التقرير الرسمي نفسه.',
  medianMonths: 'الوسيط لعدد الأشهر حتى القرار: {access} (الاطلاع، المهلة 4)، {deletion} (التصحيح/الحذف، المهلة 9).',
  noDecisionYet: 'لم يصدر قرار',
  kindsTitle: 'القضايا حسب نوع البيانات',
  requestTypesTitle: 'الطلبات إلى اللجنة حسب النوع',
  columnCountry: 'الدولة الطالبة',
  columnTotal: 'المجموع',
  columnKind: 'نوع البيانات',
  columnRequestType: 'نوع الطلب',
  columnMatters: 'القضايا',
  columnRequests: 'الطلبات',
  kinds: { 'red-notice': 'النشرة الحمراء', diffusion: 'تعميم', sltd: 'قاعدة SLTD (وثائق السفر المسروقة والمفقودة)', other: 'بيانات أخرى' },
  outcomes: { pending: 'قيد النظر', deleted: 'حُذفت', corrected: 'صُححت', retained: 'أُبقيت', implemented: 'تأكد التنفيذ' },
  requestTypes: { access: 'اطلاع', 'correction-deletion': 'تصحيح/حذف', revision: 'إعادة نظر' },
  timedRequestTypes: { access: 'اطلاع (⁦STAT Art. 40(1)⁩، 4 أشهر)', 'correction-deletion': 'تصحيح/حذف (⁦STAT Art. 40(2)⁩، 9 أشهر)' },
  timings: {
    within: 'صدر القرار ضمن المهلة',
    extended: 'صدر متأخرًا، مع تمديد المهلة',
    over: 'صدر متأخرًا',
    pending: 'لم يصدر بعد',
    'unknown-start': 'تاريخ البدء غير مسجل'
  },
  exportOpen: 'تصدير التقرير مجهول الهوية…',
  exportTitle: 'التقرير مجهول الهوية: ما سيخرج من التطبيق',
  exportIntro:
    'هذا بالضبط ما سيُحفظ. لا يذكر أي موكل أو قضية، ولا يتضمن رقم ملف أو مذكرة توقيف أو مرجعًا للإنتربول، ولا أي تاريخ أدق من الشهر. تظهر الأعداد الأقل من 5 بصيغة «<5»، وإذا أمكن استنتاج «<5» من مجموع يُحجب عدد آخر أيضًا.',
  csvPreview: 'ملف CSV: صفوفه كما ستُحفظ',
  pdfPreview: 'مستند PDF: نصه',
  saveCsv: 'حفظ ملف CSV',
  savePdf: 'حفظ ملف PDF',
  closePreview: 'إغلاق المعاينة',
  savedFile: 'حُفظ {fileName}.',
  saveCancelled: 'أُلغي الحفظ. لم يُحفظ شيء.',
  saveFailed: 'تعذر حفظ الملف: {reason} لم يُحفظ شيء.',
  pdfFonts: 'جارٍ تجهيز الخطوط…',
  pdfLayout: 'جارٍ التنسيق…',
  pdfWriting: 'جارٍ كتابة ملف PDF…',
  pdfSaving: 'جارٍ حفظ ملف PDF…',
  pdfCancel: 'إلغاء',
  pdfCancelled: 'أُلغي ملف PDF. لم يُحفظ شيء.',
  pdfFailed: 'تعذر إنشاء ملف PDF: {reason} لم يُحفظ شيء.',
  pdfSaveFailed: 'تعذر حفظ ملف PDF: {reason} لم يُحفظ شيء.',
  pdfSaved: 'حُفظ {fileName}.',
  pdfSaveCancelled: 'أُلغي الحفظ. لم يُحفظ شيء.',
  reportPrepared: 'أُعدّ في {month}.',
  report: {
    title: 'إحصاءات النتائج مجهولة الهوية',
    columnTable: 'الجدول',
    columnCategory: 'الفئة',
    columnSubcategory: 'الفئة الفرعية',
    columnCount: 'العدد',
    summary: 'الملخص',
    preparedMonth: 'شهر الإعداد',
    matters: 'القضايا',
    requests: 'الطلبات إلى اللجنة',
    tables: {
      countries: 'القضايا حسب الدولة الطالبة',
      kinds: 'القضايا حسب نوع البيانات',
      outcomes: 'القضايا حسب النتيجة',
      requestTypes: 'الطلبات إلى اللجنة حسب النوع',
      timing: 'مدة صدور قرار اللجنة مقارنة بمهلة النظام الأساسي'
    },
    withheld: 'محجوب',
    notesHeading: 'كيف يُقرأ هذا التقرير',
    notes: {
      suppression: 'تظهر الأعداد الأقل من 5 (بما فيها الصفر) بصيغة <5. وإذا أمكن استنتاج <5 من مجموع، يُحجب أيضًا أصغر عدد آخر.',
      months:
        'المهل: 4 أشهر لطلب الاطلاع (⁦STAT Art. 40(1)⁩)، و9 أشهر لطلب التصحيح/الحذف (⁦STAT Art. 40(2)⁩)، من يوم إعلان قبول الطلب، أو من تاريخ الاستلام إذا لم يُسجَّل القبول. «صدر متأخرًا، مع تمديد المهلة»: كانت اللجنة قد مددت مهلتها (⁦STAT Art. 40(3)⁩).',
      scope: 'تُعد طلبات إعادة النظر حسب النوع فقط: فمهلتها تتبع مهلة القرار محل إعادة النظر (⁦STAT Art. 42(3)⁩).',
      anonymity: 'لا يتضمن هذا التقرير أي أسماء أو أرقام ملفات أو قضايا، ولا أي تاريخ أدق من الشهر.'
    }
  }
}
