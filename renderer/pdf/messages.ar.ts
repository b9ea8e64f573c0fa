import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  workerStopped: 'توقفت عملية إنشاء ملفات PDF على نحو غير متوقع.',
  unreadableReply: 'أرسلت عملية إنشاء ملفات PDF رسالة تعذرت قراءتها.',
  queueStopped: 'أُوقف إنشاء ملفات PDF.'
}
