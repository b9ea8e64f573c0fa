import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  workerStopped: 'توقفت عملية إنشاء ملفات PDF على نحو غير متوقع.',
  unreadableReply: 'أرسلت عملية إنشاء ملفات PDF رسالة تعذرت قراءتها.',
  queueStopped: 'أُوقف إنشاء ملفات PDF.',
  // Saving a PDF (usePdfSave), the same words wherever a PDF is saved.
  pdfFonts: 'جارٍ تجهيز الخطوط…',
  pdfLayout: 'جارٍ التنسيق…',
  pdfWriting: 'جارٍ كتابة ملف PDF…',
  pdfSaving: 'جارٍ حفظ ملف PDF…',
  pdfCancel: 'إلغاء',
  pdfCancelled: 'أُلغي ملف PDF. لم يُحفظ شيء.',
  pdfFailed: 'تعذّر إنشاء ملف PDF: {reason} لم يُحفظ شيء.',
  pdfSaveFailed: 'تعذّر حفظ ملف PDF: {reason} لم يُحفظ شيء.',
  pdfSaved: 'حُفظ {fileName}.',
  pdfSaveCancelled: 'أُلغي الحفظ. لم يُحفظ شيء.',
}
