// The dossier pages in the lawyer's own language: the OS (here the browser) asks for Arabic or
// Russian, and the screens, the schema's validation messages, counts and dates follow it.
import { expect, PASSPHRASE, test } from './helpers'

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG' })

  test('first run, client form errors, dossier page and list read in Arabic, right to left', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'أنشئ خزنتك' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await page.getByLabel('عبارة المرور', { exact: true }).fill(PASSPHRASE)
    await page.getByLabel('أعد كتابة عبارة المرور').fill(PASSPHRASE)
    await page.getByLabel('فهمت').check()
    await page.getByRole('button', { name: 'إنشاء الخزنة' }).click()
    await expect(page.getByRole('heading', { name: 'الملفات', level: 1 })).toBeVisible()

    await page.getByRole('button', { name: 'موكّل جديد' }).click()
    const legalName = page.getByLabel('الاسم القانوني (بالكتابة الأصلية)')
    const born = page.getByLabel('تاريخ الميلاد')
    await born.fill('12/03/1984')
    await page.getByRole('button', { name: 'حفظ الموكّل' }).click()
    await expect(page.getByRole('alert')).toHaveText('حقلان يحتاجان إلى مراجعة، وهما مُعلَّمان أدناه.')
    // The schema in shared/ writes English; the form shows its messages in Arabic.
    await expect(legalName).toHaveAccessibleDescription(/الحقل «الاسم القانوني» إلزامي\./)
    await expect(born).toHaveAccessibleDescription(/تاريخ الميلاد: استخدم الصيغة yyyy-mm-dd/)

    await legalName.fill('Gülşen Yıldırım')
    await born.fill('1984-03-12')
    await page.getByRole('button', { name: 'حفظ الموكّل' }).click()
    await expect(page.getByRole('heading', { name: 'Gülşen Yıldırım', level: 1 })).toBeVisible()
    const day = await page.evaluate(() => new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('1984-03-12T00:00:00Z')))
    await expect(page.getByRole('region', { name: 'الموكّل' })).toContainText(day)
    await expect(page.getByRole('region', { name: 'القضايا' })).toContainText('لا توجد قضايا بعد.')

    await page.getByRole('navigation', { name: 'الرئيسية' }).getByRole('button', { name: 'الملفات' }).click()
    await expect(page.getByRole('status')).toHaveText('ملف واحد')
  })
})

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('contacts: validation message and delete dialog in Russian', async ({ page }) => {
    await page.goto('/')
    await page.getByLabel('Парольная фраза', { exact: true }).fill(PASSPHRASE)
    await page.getByLabel('Повторите парольную фразу').fill(PASSPHRASE)
    await page.getByLabel('Понимаю').check()
    await page.getByRole('button', { name: 'Создать хранилище' }).click()
    await expect(page.getByRole('heading', { name: 'Досье', level: 1 })).toBeVisible()

    await page.getByRole('navigation', { name: 'Основное' }).getByRole('button', { name: 'Контакты' }).click()
    await page.getByRole('button', { name: 'Новый контакт' }).click()
    const form = page.getByRole('form', { name: 'Новый контакт' })
    await form.getByRole('button', { name: 'Сохранить контакт' }).click()
    await expect(form.getByLabel('Имя')).toHaveAccessibleDescription('Поле «Имя» обязательно для заполнения.')
    await expect(form.getByLabel('Роль')).toHaveValue('ccf')
    await expect(form.getByLabel('Роль').locator('option:checked')).toHaveText('Комиссия по контролю за файлами Интерпола (ККФ)')
    await form.getByLabel('Имя').fill('Рахимова Дильноза')
    await form.getByRole('button', { name: 'Сохранить контакт' }).click()
    await page.getByRole('button', { name: 'Удалить: Рахимова Дильноза' }).click()
    await expect(page.getByRole('dialog', { name: 'Удалить контакт Рахимова Дильноза?' })).toBeVisible()
  })
})
