import { describe, expect, it } from 'vitest'
import { foldForSearch, foldWord } from '@shared/search'

const shareKey = (a: string, b: string) => {
  const ka = new Set(foldForSearch(a))
  return foldForSearch(b).some((t) => ka.has(t))
}

describe('foldForSearch', () => {
  it('folds Turkish dotted and dotless i the same way in every locale', () => {
    for (const s of ['İstanbul', 'ISTANBUL', 'ıstanbul', 'istanbul']) expect(foldForSearch(s)).toContain('istanbul')
    expect(foldForSearch('Gülşen Yıldırım')).toEqual(expect.arrayContaining(['gulsen', 'gulshen', 'yildirim']))
  })

  it('applies NFKC and strips diacritics, including Arabic vowel marks', () => {
    expect(foldForSearch('ﬁnance')).toContain('finance')
    expect(foldForSearch('Фёдор')).toEqual(expect.arrayContaining(['федор', 'fedor']))
    expect(foldForSearch('كَرِيم')).toContain('كريم')
  })

  it('keeps the original script and adds an ASCII transliteration', () => {
    expect(foldForSearch('Ерлан Жақсылықов')).toEqual(expect.arrayContaining(['ерлан', 'жақсылықов', 'zhaqsylyqov']))
  })

  it.each([
    ['Жақсылықов', 'Zhaksylykov'], // Kazakh қ ы
    ['Жақсылықов', 'Жаксыликов'],
    ['Ғафуров', 'Gafurov'], // Kazakh ғ
    ['Өтегенұлы', 'Otegenuly'], // Kazakh ө ұ
    ['Әлібек', 'Alibek'], // Kazakh ә і
    ['Ўладзімір', 'Uladzimir'], // Belarusian ў
    ['Дзьмітрыевіч', 'Dzmitryevich'],
    ['Раҳимова', 'Rakhimova'], // Tajik ҳ
    ['Ҷӯраев', 'Djuraev'], // Tajik ҷ ӯ
    ['Ҷӯраев', 'Zhuraev'],
    ['Шоҳида', 'Shokhida'],
    ['Щербаков', 'Shcherbakov'],
    ['Scherbakov', 'Ščerbakov'],
    ['ئابدۇرېھىم', 'Abdurehim'], // Uyghur: vowels are written
    ['قادىر', 'Kadir'],
    ['Haddad', 'Hadad'],
    ['Abdul-Karim', 'Abdulkarim']
  ])('%s and %s share a key', (a, b) => {
    expect(shareKey(a, b)).toBe(true)
  })

  it.each([
    ['Yildirim', 'Rahimova'],
    ['Karim', 'Karimov'],
    ['Щербаков', 'Klimovich']
  ])('%s and %s share no key', (a, b) => {
    expect(shareKey(a, b)).toBe(false)
  })

  it('gives unvocalised Arabic a consonant skeleton that meets the Latin spelling', () => {
    expect(foldWord('حداد').skeleton).toBe(foldWord('Haddad', 'query').skeleton)
    expect(foldWord('محمود').skeleton).toBe(foldWord('Mahmoud', 'query').skeleton)
    expect(foldWord('Ali', 'query').skeleton).toBeUndefined() // too short to be a useful skeleton
  })

  it('splits case numbers at punctuation and also joins them', () => {
    expect(foldForSearch('2017/118')).toEqual(['2017', '118', '2017118'])
  })

  it('indexes Chinese names by suffix and pinyin', () => {
    const tokens = foldForSearch('阿卜杜热合曼·卡德尔')
    expect(tokens).toEqual(expect.arrayContaining(['阿卜杜热合曼', '热合曼', '卡德尔', 'kadeer']))
  })

  it('returns nothing for punctuation only', () => {
    expect(foldForSearch(' /- ')).toEqual([])
  })
})
