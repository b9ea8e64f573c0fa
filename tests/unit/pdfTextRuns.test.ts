// Bidi and script runs: the order a line is drawn in (left to right) and the font each run gets.
import { describe, expect, it } from 'vitest'
import { breakOpportunities } from '../../shared/pdf/lineBreaks'
import { resolveBidi, textRuns, visualOrder } from '../../shared/pdf/textRuns'
import { notoFontSet } from '../bench/pdfFonts'
import { mixedArabic, names } from '../bench/pdfMemorandum'

/** role:direction:text for each run, left to right on the page. */
const runs = (text: string, direction: 'ltr' | 'rtl' | 'auto' = 'auto') =>
  textRuns(text, notoFontSet(), direction).map((run) => `${run.role}:${run.direction}:${run.text}`)

describe('textRuns: visual order and fonts', () => {
  it('an Arabic article reference keeps its digits and Latin in reading order, Latin in the Latin font', () => {
    // Drawn left to right: the last logical word first; each run's glyphs in its own direction.
    expect(runs(mixedArabic.article)).toEqual([
      'latin:ltr:2024/7',
      'arabic:rtl: رقم ',
      'latin:ltr:ABC',
      'arabic:rtl: من القانون ',
      'latin:ltr:12',
      'arabic:rtl:المادة '
    ])
  })

  it('an Arabic address with a Latin city: the city and its postcode read as one left-to-right phrase', () => {
    expect(runs(mixedArabic.address)).toEqual(['latin:ltr:Beirut 1103', 'latin:rtl: ', 'arabic:rtl:،', 'latin:ltr:15', 'arabic:rtl:شارع '])
  })

  it('the same address in a left-to-right paragraph follows the Unicode algorithm for that base direction', () => {
    expect(runs(mixedArabic.address, 'ltr')).toEqual(['latin:ltr:15', 'arabic:rtl:شارع ', 'arabic:ltr:،', 'latin:ltr: Beirut 1103'])
  })

  it('names in four scripts each get the font that covers them', () => {
    expect(runs(`${names.turkish}, ${names.kazakh}, ${names.chinese}, ${names.uyghur}`, 'ltr')).toEqual([
      `latin:ltr:${names.turkish}, ${names.kazakh}, `,
      `cjk:ltr:${names.chinese}, `,
      `arabic:rtl:${names.uyghur}`
    ])
  })

  it('brackets in right-to-left text are mirrored; Arabic-Indic digits stay left to right', () => {
    expect(runs('القانون (2024) ٢٠٢٤')).toEqual(['arabic:ltr:٢٠٢٤', 'latin:rtl:( ', 'latin:ltr:2024', 'latin:rtl:)', 'arabic:rtl:القانون '])
  })

  it('auto direction follows the first strong letter', () => {
    expect(resolveBidi(names.uyghur).direction).toBe('rtl')
    expect(resolveBidi(`${names.turkish} ${names.uyghur}`).direction).toBe('ltr')
    expect(resolveBidi('2024/7').direction).toBe('ltr')
    expect(resolveBidi('2024/7', 'rtl').direction).toBe('rtl')
  })

  it('combining marks stay with their base letter’s font (Arabic tanwin, Latin diaeresis)', () => {
    expect(runs('وفقاً')).toEqual(['arabic:rtl:وفقاً'])
    expect(runs('Gu\u0308lşen')).toEqual(['latin:ltr:Gu\u0308lşen'])
  })

  it('a character no font covers falls to the first role (drawn as .notdef), never throws', () => {
    expect(runs('a\u{1F600}b')).toEqual(['latin:ltr:a\u{1F600}b'])
  })
})

describe('visualOrder (rule L2)', () => {
  it('reverses from the highest level down to the lowest odd level', () => {
    const order = (levels: number[]) => visualOrder(levels.map((level, i) => ({ level, i }))).map((r) => r.i)
    expect(order([0, 0, 0])).toEqual([0, 1, 2])
    expect(order([1, 1, 1])).toEqual([2, 1, 0])
    expect(order([1, 2, 1])).toEqual([2, 1, 0])
    expect(order([0, 1, 1, 0])).toEqual([0, 2, 1, 3])
    expect(order([1, 2, 2, 1])).toEqual([3, 1, 2, 0])
    expect(order([2, 2])).toEqual([0, 1])
  })
})

describe('line break opportunities', () => {
  it('after spaces, and between Han characters but not before closing punctuation', () => {
    const atoms = (text: string) => {
      const b = breakOpportunities(text)
      return b.slice(0, -1).map((start, i) => text.slice(start, b[i + 1]))
    }
    expect(atoms('Ерлан Жақсылықов 2024/7')).toEqual(['Ерлан ', 'Жақсылықов ', '2024/7'])
    expect(atoms('申请人阿依古丽，从未')).toEqual(['申', '请', '人', '阿', '依', '古', '丽，', '从', '未'])
    expect(atoms('Gülşen\u00A0Yıldırım')).toEqual(['Gülşen\u00A0Yıldırım'])
  })
})
