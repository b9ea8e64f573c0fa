// The schemas in shared/ write English; forms show their messages in the UI language.
import { afterEach, describe, expect, it } from 'vitest'
import { Client, Matter } from '../../shared/domain'
import { assessPassphrase } from '../../shared/vault/passphrasePolicy'
import { localiseSchemaMessage } from '../../renderer/i18n/schemaMessages'
import { setUiLocalePreference } from '../../renderer/i18n/uiLocale'
import { fieldMessage } from '../../renderer/src/ui/messages'
import { errorsFromIssues } from '../../renderer/src/ui/formErrors'

afterEach(() => setUiLocalePreference('system'))

const NOW = '2026-11-23T10:00:00.000Z'
function clientIssues(overrides: Record<string, unknown>) {
  const parsed = Client.safeParse({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, legalName: 'Ерлан', ...overrides })
  if (parsed.success) throw new Error('expected the schema to refuse the input')
  return parsed.error.issues
}

describe('localiseSchemaMessage', () => {
  it('translates a verbatim schema message into Arabic and Russian', () => {
    const [dateIssue] = clientIssues({ dateOfBirth: '12/03/1984' })
    expect(dateIssue?.message).toBe('Use the form yyyy-mm-dd, e.g. 2026-03-26.')
    setUiLocalePreference('ar')
    expect(localiseSchemaMessage(dateIssue!.message)).toBe('استخدم الصيغة yyyy-mm-dd (السنة-الشهر-اليوم)، مثلًا 2026-03-26.')
    setUiLocalePreference('ru')
    expect(localiseSchemaMessage(dateIssue!.message)).toBe('Используйте формат гггг-мм-дд, например 2026-03-26.')
    expect(localiseSchemaMessage('Choose a country from the list.')).toBe('Выберите страну из списка.')
  })

  it('translates "<Field> is required." and "<Field> must be at most <n> characters." with the field name', () => {
    const [required] = clientIssues({ legalName: '   ' })
    expect(required?.message).toBe('Legal name is required.')
    const [tooLong] = clientIssues({ placeOfBirth: 'x'.repeat(201) })
    expect(tooLong?.message).toBe('Place of birth must be at most 200 characters.')
    setUiLocalePreference('ru')
    expect(localiseSchemaMessage(required!.message)).toBe('Поле «Официальное имя» обязательно для заполнения.')
    expect(localiseSchemaMessage(tooLong!.message)).toBe('Поле «Место рождения» может содержать не более 200 символов.')
    setUiLocalePreference('ar')
    expect(localiseSchemaMessage(required!.message)).toBe('الحقل «الاسم القانوني» إلزامي.')
    expect(localiseSchemaMessage(tooLong!.message)).toContain('«مكان الميلاد»')
    setUiLocalePreference('fr')
    expect(localiseSchemaMessage('Offence description is required.')).toBe('Le champ « Description de l’infraction » est obligatoire.')
  })

  it('translates the passphrase policy problems', () => {
    const problems = assessPassphrase('short', 'shirt').problems
    setUiLocalePreference('es')
    const shown = problems.map(localiseSchemaMessage)
    expect(shown).toContain('Las dos frases de contraseña no coinciden.')
    expect(shown.some((p) => p.startsWith('Utilice al menos 12 caracteres'))).toBe(true)
  })

  it('leaves an unknown message, or a known pattern around an unknown field, in English', () => {
    setUiLocalePreference('ar')
    expect(localiseSchemaMessage('Something nobody has translated.')).toBe('Something nobody has translated.')
    expect(localiseSchemaMessage('Favourite colour is required.')).toBe('Favourite colour is required.')
    setUiLocalePreference('ru')
    expect(localiseSchemaMessage('Invalid input: expected string, received number')).toBe('Invalid input: expected string, received number')
  })

  it('returns English messages untouched in English', () => {
    setUiLocalePreference('en')
    expect(localiseSchemaMessage('Notes must be at most 20000 characters.')).toBe('Notes must be at most 20000 characters.')
  })
})

describe('form errors in the UI language', () => {
  it('names the field before a message that does not ("Date of birth: …"), in French punctuation', () => {
    setUiLocalePreference('en')
    expect(fieldMessage('Date of birth', 'Use the form yyyy-mm-dd, e.g. 2026-03-26.')).toBe('Date of birth: use the form yyyy-mm-dd, e.g. 2026-03-26.')
    setUiLocalePreference('fr')
    expect(fieldMessage('Date de naissance', 'Use the form yyyy-mm-dd, e.g. 2026-03-26.')).toBe('Date de naissance : utilisez le format aaaa-mm-jj, p. ex. 2026-03-26.')
  })

  it('errorsFromIssues shows a matter form\'s schema errors in Russian', () => {
    const parsed = Matter.safeParse({ id: crypto.randomUUID(), clientId: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, kind: 'red-notice', requestingCountry: '', stage: 'suspected', offences: [{ description: '' }] })
    expect(parsed.success).toBe(false)
    setUiLocalePreference('ru')
    const errors = errorsFromIssues(parsed.error!.issues, (p) => (p === 'requestingCountry' ? 'Запрашивающая страна' : undefined))
    expect(errors.requestingCountry).toBe('Запрашивающая страна: выберите страну из списка.')
    expect(errors['offences.0.description']).toBe('Поле «Описание преступления» обязательно для заполнения.')
  })
})
