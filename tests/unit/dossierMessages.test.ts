// The dossier pages' composed lines follow the UI language at the moment they are read.
import { afterEach, describe, expect, it } from 'vitest'
import { setUiLocalePreference } from '../../renderer/i18n/uiLocale'
import { conflictMessages, reasonLabels } from '../../renderer/features/conflicts/messages'
import { contactRoleLabels } from '../../renderer/features/contacts/messages'
import { accessMessages } from '../../renderer/features/access/messages'
import { dataItemKindLabels, dossierMessages as m, eventTypeLabels, optionsOf } from '../../renderer/features/dossiers/messages'
import { uiMessages } from '../../renderer/src/ui/messages'

afterEach(() => setUiLocalePreference('system'))

describe('dossier messages', () => {
  it('keep today\'s English, plurals included', () => {
    setUiLocalePreference('en')
    expect(m.resultCount(1)).toBe('1 dossier')
    expect(m.resultCount(12)).toBe('12 dossiers')
    expect(m.penalty(90)).toBe('up to 7 years 6 months')
    expect(m.penalty(12)).toBe('up to 1 year')
    expect(m.penalty(1)).toBe('up to 1 month')
    expect(m.penalty(0)).toBe('up to 0 months')
    expect(m.penalty(null)).toBe('life imprisonment')
    expect(m.penalty(undefined)).toBe('')
    expect(m.deleteMatterBody('Red notice — Türkiye', 0)).toBe(
      'The matter “Red notice — Türkiye” will be deleted. Timeline events and notes linked to it stay in the dossier, without the link.'
    )
    expect(m.deleteMatterBody('X', 1)).toMatch(/without the link\. Its exhibit and their stored originals will be deleted from the vault\.$/)
    expect(m.deleteMatterBody('X', 3)).toMatch(/ Its 3 exhibits and /)
    expect(uiMessages.formHasErrors(1)).toBe('One field needs attention. It is marked below.')
    expect(accessMessages.throttled(1)).toBe('Too many attempts. Try again in 1 second.')
    expect(m.warrantLine('2017-02-02', 'Istanbul 24th High Criminal Court', '2017/118')).toBe('2 Feb 2017, Istanbul 24th High Criminal Court, no. 2017/118')
  })

  it('switch language without a reload: labels, options and composed lines', () => {
    setUiLocalePreference('en')
    const options = () => optionsOf(dataItemKindLabels)
    expect(options()[0]).toEqual({ value: 'red-notice', label: 'Red notice' })
    setUiLocalePreference('ru')
    expect(options()[0]).toEqual({ value: 'red-notice', label: 'Красное уведомление' })
    expect(m.matterCount(2)).toBe('2 дела')
    expect(m.matterCount(5)).toBe('5 дел')
    expect(m.penalty(90)).toBe('до 7 лет 6 месяцев')
    expect(m.birthLine('1984-03-12', 'Кайсери')).toBe('12 мар. 1984 г. в Кайсери')
    setUiLocalePreference('ar')
    expect(dataItemKindLabels['red-notice']).toBe('النشرة الحمراء')
    expect(eventTypeLabels['ccf-decision']).toBe('قرار اللجنة')
    expect(m.matterCount(2)).toBe('قضيتان')
    expect(m.idDocumentLine('U123', 'ألمانيا', undefined)).toBe('U123، ألمانيا')
    expect(contactRoleLabels.ccf).toBe('لجنة الرقابة على محفوظات الإنتربول')
    expect(conflictMessages.titleWithCount(2)).toBe('تعارضات محتملة (سجلان)')
    setUiLocalePreference('fr')
    expect(reasonLabels['word-order']).toBe('noms dans un autre ordre')
    expect(m.penalty(30)).toBe('jusqu’à 2 ans et 6 mois')
    expect(m.deleteDossierTypeWhat('Gülşen Yıldırım', m.deleteDossierWord)).toBe('le nom du client (Gülşen Yıldırım) ou SUPPRIMER')
  })
})
