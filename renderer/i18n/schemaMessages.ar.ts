import type { Translation } from './defineMessages'
import type { en } from './schemaMessages.en'

export const ar: Translation<typeof en> = {
  exact: {
    dateForm: 'استخدم الصيغة yyyy-mm-dd (السنة-الشهر-اليوم)، مثلًا 2026-03-26.',
    dateNotInCalendar: 'هذا التاريخ غير موجود في التقويم.',
    chooseCountry: 'اختر دولة من القائمة.',
    languageTag: 'استخدم رمز لغة مثل "en" أو "ru" أو "ug".',
    emailInvalid: 'عنوان البريد الإلكتروني غير صالح.',
    passphraseGuessable: 'عبارة المرور هذه سهلة التخمين. أضف مزيدًا من الكلمات غير المترابطة.',
    passphraseMismatch: 'عبارتا المرور غير متطابقتين.'
  },
  fields: {
    address: 'عنوان السكن',
    alias: 'الاسم المستعار',
    description: 'الوصف',
    details: 'التفاصيل',
    documentNumber: 'رقم الوثيقة',
    fileReference: 'مرجع الملف',
    howLearned: 'كيف علم الموكّل بها',
    interpolReference: 'مرجع الإنتربول',
    issuingCourt: 'المحكمة المُصدِرة',
    latinName: 'الكتابة بالحروف اللاتينية',
    legalCitation: 'المرجع القانوني',
    legalName: 'الاسم القانوني',
    legalProvision: 'النص القانوني',
    ncb: 'المكتب المركزي الوطني',
    name: 'الاسم',
    note: 'الملاحظة',
    notes: 'الملاحظات',
    offenceDescription: 'وصف الجريمة',
    organisation: 'الجهة',
    packName: 'اسم مجموعة القواعد',
    phone: 'الهاتف',
    placeOfBirth: 'مكان الميلاد',
    secureChannel: 'قناة الاتصال الآمنة',
    sourceAddress: 'عنوان المصدر',
    statusReference: 'مرجع الوضع',
    summary: 'الملخص',
    title: 'العنوان',
    warrantNumber: 'رقم مذكرة التوقيف',
    whatIsDue: 'المطلوب'
  },
  required: 'الحقل «{field}» إلزامي.',
  tooLong:
    '{max, plural, zero {يجب ألّا يتجاوز الحقل «{field}» # حرف.} one {يجب ألّا يتجاوز الحقل «{field}» حرفًا واحدًا.} two {يجب ألّا يتجاوز الحقل «{field}» حرفين.} few {يجب ألّا يتجاوز الحقل «{field}» # أحرف.} many {يجب ألّا يتجاوز الحقل «{field}» # حرفًا.} other {يجب ألّا يتجاوز الحقل «{field}» # حرف.}}',
  passphraseTooShort:
    '{min, plural, zero {استخدم # حرف على الأقل (بضع كلمات غير مترابطة تفي بالغرض).} one {استخدم حرفًا واحدًا على الأقل (بضع كلمات غير مترابطة تفي بالغرض).} two {استخدم حرفين على الأقل (بضع كلمات غير مترابطة تفي بالغرض).} few {استخدم # أحرف على الأقل (بضع كلمات غير مترابطة تفي بالغرض).} many {استخدم # حرفًا على الأقل (بضع كلمات غير مترابطة تفي بالغرض).} other {استخدم # حرف على الأقل (بضع كلمات غير مترابطة تفي بالغرض).}}'
}
