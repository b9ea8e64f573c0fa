import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const ar: Translation<typeof en> = {
  workerStopped: 'توقفت عملية إنشاء حافظة المستندات على نحو غير متوقع (ربما لنفاد الذاكرة). حاول مرة أخرى بعدد أقل من المستندات أو بحد أقصى أصغر للحجم.',
  unreadableReply: 'أرسلت عملية إنشاء حافظة المستندات رسالة تعذرت قراءتها.',
  queueStopped: 'أُوقف إنشاء حافظة المستندات.'
}
