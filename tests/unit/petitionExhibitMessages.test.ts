// The petition wizard's and the exhibits screens' messages: English reads as before the catalogues
// (the E2E specs and the lawyer's habits rely on it), counts take each language's plural forms, and
// a language switch shows at once, including through the label maps other modules hold on to.
import { afterEach, describe, expect, it } from 'vitest'
import { exhibitMessages } from '../../renderer/features/exhibits/messages'
import { CERTAINTY_LABELS, STATUS_LABELS, petitionMessages } from '../../renderer/features/petitions/messages'
import { platformMessages } from '../../renderer/platform/messages'
import { setUiLocalePreference } from '../../renderer/i18n/uiLocale'

afterEach(() => setUiLocalePreference('system'))

describe('petition wizard messages', () => {
  it('read in English exactly as the screens wrote them before', () => {
    setUiLocalePreference('en')
    expect(petitionMessages.stepErrors(1)).toBe('One answer needs attention before you go on:')
    expect(petitionMessages.stepErrors(3)).toBe('3 answers need attention before you go on:')
    expect(petitionMessages.stepOf(2, 8)).toBe('Step 2 of 8')
    expect(petitionMessages.lastDay('10 March 2027')).toBe('Last day to file: 10 March 2027 (Statute Art. 42(2)).')
    expect(petitionMessages.draftLine('Application for revision', '23 Nov 2026')).toBe('Application for revision · last saved 23 Nov 2026')
    expect(petitionMessages.exhibitNotAttached('Warrant')).toBe('Warrant (not attached)')
    expect(petitionMessages.stepTitles['data-item']).toBe('Data concerned')
    expect(petitionMessages.petitionTypes.revision).toBe('Application for revision')
    expect(petitionMessages.factorNames['unknown-factor']).toBeUndefined()
  })

  it('keep citations as written and switch language at once, through the exported label maps too', () => {
    const certainty = CERTAINTY_LABELS
    const status = STATUS_LABELS
    setUiLocalePreference('fr')
    expect(petitionMessages.reasons).toBe('Motifs de la requête (Statute Art. 30(2))')
    expect(petitionMessages.stepErrors(2)).toBe('2 réponses demandent votre attention avant de continuer\u00A0:')
    expect(certainty.statutory).toBe('Texte')
    setUiLocalePreference('ru')
    expect(petitionMessages.stepErrors(1)).toBe('1 ответ требует внимания, прежде чем продолжить:')
    expect(petitionMessages.stepErrors(3)).toBe('3 ответа требуют внимания, прежде чем продолжить:')
    expect(petitionMessages.stepErrors(5)).toBe('5 ответов требуют внимания, прежде чем продолжить:')
    expect(status.against).toBe('Риск')
    setUiLocalePreference('ar')
    expect(petitionMessages.stepErrors(2)).toBe('إجابتان تحتاجان إلى مراجعة قبل المتابعة:')
    expect(petitionMessages.requestingCountry).toBe('الدولة الطالبة')
    setUiLocalePreference('en')
    expect(certainty.statutory).toBe('Statutory')
  })
})

describe('exhibits and bundle messages', () => {
  it('read in English as before, with the volume count only for a split bundle', () => {
    setUiLocalePreference('en')
    expect(exhibitMessages.added(1)).toBe('One exhibit added.')
    expect(exhibitMessages.added(4)).toBe('4 exhibits added.')
    expect(exhibitMessages.pages(1)).toBe('1 page')
    expect(exhibitMessages.pages(2)).toBe('2 pages')
    expect(exhibitMessages.resultSummary(12, 1, 1)).toBe('12 pages, 1 exhibit.')
    expect(exhibitMessages.resultSummary(40, 3, 5)).toBe('40 pages in 3 volumes, 5 exhibits.')
    expect(exhibitMessages.verifyAllOk(4)).toBe('All 4 originals are unchanged.')
    expect(exhibitMessages.verifyProblems(1)).toBe('1 original does not match. See the table.')
    expect(exhibitMessages.duplicate('a.pdf', 'Arrest warrant')).toBe('a.pdf is already in this matter as “Arrest warrant”; it was not added again.')
  })

  it('take the plural forms of Russian and Arabic, and the glossary terms', () => {
    setUiLocalePreference('ru')
    expect(exhibitMessages.resultSummary(21, 2, 3)).toBe('21 страница в 2 томах, 3 приложения.')
    expect(exhibitMessages.resultSummary(5, 1, 11)).toBe('5 страниц, 11 приложений.')
    expect(exhibitMessages.bundleTitle).toBe('Сборник приложений')
    setUiLocalePreference('ar')
    expect(exhibitMessages.pages(2)).toBe('صفحتان')
    expect(exhibitMessages.bundleTitle).toBe('حافظة المستندات')
    setUiLocalePreference('es')
    expect(exhibitMessages.added(1)).toBe('Se ha añadido 1 prueba documental.')
  })

  it('platform errors are read when thrown, in the language on screen then', () => {
    setUiLocalePreference('en')
    expect(platformMessages.tooManyFiles(100)).toBe('Select at most 100 files at once.')
    setUiLocalePreference('fr')
    expect(platformMessages.tooManyFiles(100)).toBe('Sélectionnez au plus 100 fichiers à la fois.')
  })
})
