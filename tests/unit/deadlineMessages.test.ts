// The deadline pages' messages with their argument maps: signs and dashes in the arguments become
// ICU choices, and every language gives the count in its own plural form.
import { afterEach, describe, expect, it } from 'vitest'
import { setUiLocalePreference } from '../../renderer/i18n/uiLocale'
import { deadlineMessages as m, obligorBadges } from '../../renderer/features/deadlines/messages'
import { settingsMessages } from '../../renderer/features/settings/messages'
import { scheduleMessages } from '../../renderer/features/settings/scheduleMessages'

afterEach(() => setUiLocalePreference('system'))

describe('deadline messages', () => {
  it('keep the exact English of before', () => {
    setUiLocalePreference('en')
    expect([m.daysLeft(0), m.daysLeft(1), m.daysLeft(5), m.daysLeft(-1), m.daysLeft(-4)]).toEqual(['due today', 'due tomorrow', 'in 5 days', '1 day overdue', '4 days overdue'])
    expect([m.reminderWhen(2), m.reminderWhen(-1)]).toEqual(['due in 2 days', 'overdue by 1 day'])
    expect(m.statusDone(undefined)).toBe('Done')
    expect(m.statusDone('2027-02-28')).toBe('Done on 2027-02-28')
    expect(m.sessionLine('14 June 2027', '18 June 2027')).toBe('14 June 2027 – 18 June 2027')
    expect(m.sessionLine('14 June 2027', '14 June 2027')).toBe('14 June 2027')
    expect(m.periodLine(1, 'months', 'after')).toBe('1 month after')
    expect(m.periodLine(10, 'business-days', 'before')).toBe('10 business days before')
    expect(m.doneCount(1)).toBe('Done (1 deadline)')
    expect(m.rowName('CCF decision', '2027-02-28')).toBe('CCF decision due 2027-02-28')
  })

  it('count in Russian and Arabic plural forms, and label maps follow the switch', () => {
    setUiLocalePreference('ru')
    expect(m.daysLeft(-5)).toBe('просрочен на 5 дней')
    expect(m.daysLeft(3)).toBe('через 3 дня')
    expect(m.periodLine(21, 'days', 'after')).toBe('21 день после начала')
    expect(obligorBadges.ccf).toBe('За ККФ')
    // The long date's own «г.» ends the sentence: no second full stop.
    expect(m.todayIs('23 ноября 2026 г.')).toBe('Сегодня 23 ноября 2026 г.')
    setUiLocalePreference('ar')
    expect(m.bucketCount(2)).toBe('موعدان نهائيان')
    expect(m.periodLine(10, 'business-days', 'before')).toContain('أيام عمل')
    setUiLocalePreference('fr')
    expect(m.sessionLine('14 juin 2027', '18 juin 2027')).toBe('du 14 juin 2027 au 18 juin 2027')
    expect(obligorBadges.ccf).toBe('À la charge de la CCF')
  })
})

describe('settings and schedule messages', () => {
  it('choose by count and by source', () => {
    setUiLocalePreference('en')
    expect(settingsMessages.backupLast('23 Nov 2026, 17:40', 0)).toBe('Last backup: 23 Nov 2026, 17:40 (today).')
    expect(settingsMessages.backupLast('x', 1)).toBe('Last backup: x (1 day ago).')
    expect(scheduleMessages.passphraseReady('x', true)).toBe('Set up on x (your vault passphrase).')
    expect(scheduleMessages.passphraseReady('x', false)).toBe('Set up on x (a separate backup passphrase).')
    setUiLocalePreference('ru')
    expect(settingsMessages.backupLast('x', 5)).toBe('Последняя резервная копия: x (5 дней назад).')
    expect(settingsMessages.languageSystem('Русский')).toBe('Язык системы (Русский)')
  })
})
