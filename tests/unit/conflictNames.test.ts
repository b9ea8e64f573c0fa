// Cross-script name matching for the conflict check (issue 8 part 4): hand-written pairs that must
// match, with the strength and reason the lawyer is shown, and pairs that must not.
import { describe, expect, it } from 'vitest'
import { compareNames, editDistance, type MatchStrength, type NameReason } from '@shared/conflicts'

interface MustMatch {
  readonly a: string
  readonly b: string
  readonly strength: MatchStrength
  /** Reasons that must be among those reported. */
  readonly reasons: readonly NameReason[]
}

const MUST_MATCH: readonly MustMatch[] = [
  // Turkish: dotless ı and ş, in Latin without accents and in Cyrillic.
  { a: 'Yıldırım', b: 'Yildirim', strength: 'exact', reasons: ['same-spelling'] },
  { a: 'Yıldırım', b: 'Йылдырым', strength: 'strong', reasons: ['other-script'] },
  { a: 'Gülşen Yıldırım', b: 'GULSEN YILDIRIM', strength: 'exact', reasons: ['same-spelling'] },
  { a: 'Gülşen Yıldırım', b: 'Йылдырым Гюльшен', strength: 'strong', reasons: ['other-script', 'word-order'] },
  { a: 'Ömer Çelik', b: 'Омер Челик', strength: 'strong', reasons: ['other-script'] },
  // Kazakh Cyrillic and two romanisations of it.
  { a: 'Ерлан Жақсылықов', b: 'Yerlan Zhaksylykov', strength: 'strong', reasons: ['other-script'] },
  { a: 'Yerlan Zhaksylykov', b: 'Erlan Jaksilikov', strength: 'strong', reasons: ['other-romanisation'] },
  // Russian with a patronymic on one side only.
  { a: 'Dmitriy Sergeyevich Ivanov', b: 'Дмитрий Иванов', strength: 'strong', reasons: ['other-script', 'missing-name'] },
  // Arabic script without short vowels, and Latin variants of the same names.
  { a: 'محمد حداد', b: 'Mohammed Haddad', strength: 'strong', reasons: ['other-script'] },
  { a: 'Mohammed Haddad', b: 'Muhammad Haddad', strength: 'strong', reasons: ['similar-spelling'] },
  { a: 'Yusuf Kaya', b: 'Yousef Kaya', strength: 'strong', reasons: ['similar-spelling'] },
  // Uyghur in Arabic script against Uyghur Latin.
  { a: 'ئابدۇرېھىم ئىمىن', b: 'Abdurehim Imin', strength: 'strong', reasons: ['other-script'] },
  // Hyphenated and joined, with kh/h.
  { a: 'Abdul-Karim Rahimov', b: 'Abdulkarim Rakhimov', strength: 'strong', reasons: ['other-romanisation'] },
  // Chinese characters have no spaces between family and given name.
  { a: '王伟', b: 'Wang Wei', strength: 'strong', reasons: ['other-script'] },
  { a: 'Αλέξανδρος Παπαδόπουλος', b: 'Alexandros Papadopoulos', strength: 'strong', reasons: ['other-script'] },
  // A typing slip, and a Polish name written in Russian (near-spellings only: possible).
  { a: 'Gulsen Yildrim', b: 'Gülşen Yıldırım', strength: 'strong', reasons: ['similar-spelling'] },
  { a: 'Łukasz Wiśniewski', b: 'Лукаш Вишневски', strength: 'possible', reasons: ['other-script', 'similar-spelling'] },
  // Middle name missing; an initial; a surname alone.
  { a: 'Gülşen Ayşe Yıldırım', b: 'Gülşen Yıldırım', strength: 'strong', reasons: ['missing-name'] },
  { a: 'G. Yildirim', b: 'Gülşen Yıldırım', strength: 'possible', reasons: ['initial'] },
  { a: 'Yildirim', b: 'Gülşen Yıldırım', strength: 'possible', reasons: ['one-word'] }
]

/** Different people: mostly one shared (often common) name while the other clearly differs. */
const MUST_NOT_MATCH: ReadonlyArray<readonly [string, string]> = [
  ['Ahmet Yıldırım', 'Gülşen Yıldırım'],
  ['Ахмет Йылдырым', 'Gülşen Yıldırım'],
  ['Ahmet Yilmaz', 'Mehmet Yilmaz'],
  ['Mehmet Yılmaz', 'Mehmet Demir'],
  ['Gülşen Yıldırım', 'Gülşen Demir'],
  ['Ерлан Жақсылықов', 'Нурлан Жақсылықов'],
  ['Ivan Petrov', 'Ivan Sidorov'],
  ['Elena Ivanova', 'Olga Ivanova'],
  ['Ali Khan', 'Ala Khan'],
  ['Omar Farouk', 'Amir Farouk'],
  ['أحمد حداد', 'حامد حداد'],
  ['王伟', '王芳'],
  ['Wang Wei', 'Wang Fang'],
  ['Anna Schmidt', 'Hanna Schmitt'],
  ['Yerlan Zhaksylykov', 'Gülşen Yıldırım'],
  ['Αλέξανδρος Παπαδόπουλος', 'Νίκος Παπαδόπουλος']
]

describe('cross-script name matching', () => {
  it('has enough hand-written pairs in several scripts', () => {
    expect(MUST_MATCH.length).toBeGreaterThanOrEqual(10)
    expect(MUST_NOT_MATCH.length).toBeGreaterThanOrEqual(10)
    const scripts = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Arabic}/u, /\p{Script=Han}/u, /\p{Script=Greek}/u]
    for (const pairs of [MUST_MATCH.map((p) => [p.a, p.b]), MUST_NOT_MATCH]) {
      for (const script of scripts) expect(pairs.some((pair) => pair.some((n) => script.test(n))), String(script)).toBe(true)
    }
  })

  it.each(MUST_MATCH)('$a ~ $b: $strength', ({ a, b, strength, reasons }) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const match = compareNames(x, y)
      expect(match, `${x} vs ${y}`).toBeDefined()
      expect(match?.strength).toBe(strength)
      expect(match?.reasons).toEqual(expect.arrayContaining([...reasons]))
    }
  })

  it.each(MUST_NOT_MATCH)('%s ≁ %s', (a, b) => {
    expect(compareNames(a, b)).toBeUndefined()
    expect(compareNames(b, a)).toBeUndefined()
  })

  it('reports "same spelling" only when no other spelling reason applies', () => {
    expect(compareNames('Gülşen Yıldırım', 'Gulsen Yildirim')?.reasons).toEqual(['same-spelling'])
    expect(compareNames('Yıldırım Gülşen', 'Gülşen Yıldırım')?.reasons).toEqual(['same-spelling', 'word-order'])
    expect(compareNames('Yıldırım', 'Йылдырым')?.reasons).not.toContain('same-spelling')
  })

  it('word order alone keeps an exact match exact; an extra word makes it strong', () => {
    expect(compareNames('Yıldırım Gülşen', 'Gülşen Yıldırım')?.strength).toBe('exact')
    expect(compareNames('Gülşen Ayşe Yıldırım', 'Gülşen Yıldırım')?.strength).toBe('strong')
  })

  it('ranks closer matches higher', () => {
    const score = (a: string, b: string) => compareNames(a, b)?.score ?? 0
    expect(score('Gülşen Yıldırım', 'Gulsen Yildirim')).toBeGreaterThan(score('Gülşen Yıldırım', 'Йылдырым Гюльшен'))
    expect(score('Gülşen Yıldırım', 'Йылдырым Гюльшен')).toBeGreaterThan(score('Gülşen Yıldırım', 'Gulsen Yildrim'))
    expect(score('Gülşen Yıldırım', 'Gulsen Yildrim')).toBeGreaterThan(score('Gülşen Yıldırım', 'Yildirim'))
  })

  it('ignores empty names and punctuation-only input', () => {
    expect(compareNames('', 'Gülşen Yıldırım')).toBeUndefined()
    expect(compareNames(' - . ', 'Gülşen Yıldırım')).toBeUndefined()
    expect(compareNames('', '')).toBeUndefined()
  })
})

describe('editDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it.each([
    ['yildirim', 'yildirim', 0],
    ['yildirim', 'yildrim', 1],
    ['yildirim', 'yidlirim', 1],
    ['ahmet', 'mehmet', 2],
    ['', 'abc', 3],
    ['ca', 'abc', 3]
  ] as const)('%s → %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected)
    expect(editDistance(b, a)).toBe(expected)
  })

  it('stops early past the limit', () => {
    expect(editDistance('abdurehim', 'zhaksylykov', 2)).toBe(3)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
  })
})

describe('names run together', () => {
  it('a one-word name meets a name of several words written as one, punctuation aside', () => {
    expect(compareNames('Abdulkarim', 'Abdul Karim')?.strength).toBe('exact')
    expect(compareNames('Abdulkarim', 'Abdul. Karim')?.strength).toBe('exact')
    expect(compareNames('Alikhan', 'Ala Khan')).toBeUndefined()
  })
})
