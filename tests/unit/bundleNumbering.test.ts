import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { FrozenNumbering } from '../../shared/exhibits/bundleDefinition'
import { NumberingConflictError, freezeNumbering, letterSuffix, numberBundle, romanPageNumber } from '../../shared/pdf/bundle/bundleNumbering'
import { estimateSizes, planVolumes } from '../../shared/pdf/bundle/volumePlan'

const ids = Array.from({ length: 8 }, () => randomUUID())
const at = new Date('2026-11-01T09:00:00Z')

describe('roman and letter numbering', () => {
  it('numbers front matter in lower-case roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14, 40, 90, 400, 1994].map(romanPageNumber)).toEqual(['i', 'ii', 'iii', 'iv', 'ix', 'xiv', 'xl', 'xc', 'cd', 'mcmxciv'])
    expect(() => romanPageNumber(0)).toThrow(RangeError)
  })

  it('counts sub-page letters A…Z, then AA, AB …', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(letterSuffix)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
  })
})

describe('numberBundle without a frozen numbering', () => {
  it('labels exhibits 1, 2, 3 and numbers pages continuously; the annex follows', () => {
    const numbers = numberBundle([{ exhibitId: ids[0]!, pageCount: 3 }, { exhibitId: ids[1]!, pageCount: 1 }, { exhibitId: ids[2]!, pageCount: 2 }], null)
    expect(numbers.exhibits).toEqual([
      { exhibitId: ids[0], label: '1', pageNumbers: ['1', '2', '3'] },
      { exhibitId: ids[1], label: '2', pageNumbers: ['4'] },
      { exhibitId: ids[2], label: '3', pageNumbers: ['5', '6'] }
    ])
    expect(numbers.annexStart).toBe(7)
  })

  it('refuses an exhibit without pages', () => {
    expect(() => numberBundle([{ exhibitId: ids[0]!, pageCount: 0 }], null)).toThrow(RangeError)
  })
})

describe('late insertions into a frozen numbering', () => {
  // Served bundle: exhibit 1 = pp. 1–36, exhibit 2 = p. 37, exhibit 3 = pp. 38–40.
  const served = numberBundle([{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[1]!, pageCount: 1 }, { exhibitId: ids[2]!, pageCount: 3 }], null)
  const frozen = FrozenNumbering.parse(freezeNumbering(served, at))

  it('keeps frozen numbers and gives an insertion sub-page numbers after the page before it', () => {
    const numbers = numberBundle(
      [{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[1]!, pageCount: 1 }, { exhibitId: ids[5]!, pageCount: 2 }, { exhibitId: ids[6]!, pageCount: 1 }, { exhibitId: ids[2]!, pageCount: 3 }],
      frozen
    )
    expect(numbers.exhibits.map((e) => [e.label, e.pageNumbers])).toEqual([
      ['1', served.exhibits[0]!.pageNumbers],
      ['2', ['37']],
      ['2A', ['37A', '37B']],
      ['2B', ['37C']],
      ['3', ['38', '39', '40']]
    ])
    expect(numbers.annexStart).toBe(41)
  })

  it('numbers an insertion before the first exhibit 0A and continues past 37Z with 37AA', () => {
    const first = numberBundle([{ exhibitId: ids[5]!, pageCount: 2 }, ...served.exhibits.map((e) => ({ exhibitId: e.exhibitId, pageCount: e.pageNumbers.length }))], frozen)
    expect(first.exhibits[0]).toEqual({ exhibitId: ids[5], label: '0A', pageNumbers: ['0A', '0B'] })
    const long = numberBundle([{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[1]!, pageCount: 1 }, { exhibitId: ids[5]!, pageCount: 28 }, { exhibitId: ids[2]!, pageCount: 3 }], frozen)
    expect(long.exhibits[2]!.pageNumbers.slice(24)).toEqual(['37Y', '37Z', '37AA', '37AB'])
  })

  it('leaves a gap where a frozen exhibit was removed, and the annex never reuses a served number', () => {
    const numbers = numberBundle([{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[2]!, pageCount: 3 }], frozen)
    expect(numbers.exhibits.map((e) => e.label)).toEqual(['1', '3'])
    const removedLast = numberBundle([{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[1]!, pageCount: 1 }], frozen)
    expect(removedLast.annexStart).toBe(41)
  })

  it('inserts after a frozen late insertion without taking a served number', () => {
    const second = FrozenNumbering.parse(
      freezeNumbering(numberBundle([{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[1]!, pageCount: 1 }, { exhibitId: ids[5]!, pageCount: 1 }, { exhibitId: ids[6]!, pageCount: 1 }, { exhibitId: ids[2]!, pageCount: 3 }], frozen), at)
    )
    // Frozen now: 2 (37), 2A (37A), 2B (37B), 3. A new exhibit between 2A and 2B cannot be 2B/37B.
    const numbers = numberBundle(
      [{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[1]!, pageCount: 1 }, { exhibitId: ids[5]!, pageCount: 1 }, { exhibitId: ids[7]!, pageCount: 1 }, { exhibitId: ids[6]!, pageCount: 1 }, { exhibitId: ids[2]!, pageCount: 3 }],
      second
    )
    expect(numbers.exhibits.map((e) => [e.label, e.pageNumbers.join(',')])).toEqual([
      ['1', served.exhibits[0]!.pageNumbers.join(',')], ['2', '37'], ['2A', '37A'], ['2AA', '37AA'], ['2B', '37B'], ['3', '38,39,40']
    ])
  })

  it('fails with a message telling the lawyer to renumber when a frozen exhibit changed length or order', () => {
    expect(() => numberBundle([{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[1]!, pageCount: 2 }], frozen)).toThrow(NumberingConflictError)
    expect(() => numberBundle([{ exhibitId: ids[0]!, pageCount: 36 }, { exhibitId: ids[1]!, pageCount: 2 }], frozen)).toThrow(/Exhibit 2 had 1 page .* now has 2.*Clear the frozen numbering/)
    expect(() => numberBundle([{ exhibitId: ids[1]!, pageCount: 1 }, { exhibitId: ids[0]!, pageCount: 36 }], frozen)).toThrow(/moved before.*Clear the frozen numbering/)
  })
})

describe('volume planning', () => {
  it('fills volumes in order up to the budget and isolates an exhibit larger than the budget', () => {
    const plan = planVolumes(
      [{ exhibitId: 'a', estimate: 40 }, { exhibitId: 'b', estimate: 50 }, { exhibitId: 'c', estimate: 20 }, { exhibitId: 'd', estimate: 150 }, { exhibitId: 'e', estimate: 10 }],
      100
    )
    expect(plan.volumes).toEqual([['a', 'b'], ['c'], ['d'], ['e']])
    expect(plan.oversized).toEqual(['d'])
  })

  it('scales input sizes so estimates add up to what was built, less the fixed frame', () => {
    const sized = estimateSizes([{ exhibitId: 'a', sizeBytes: 100 }, { exhibitId: 'b', sizeBytes: 300 }], 1000, 200)
    expect(sized.map((s) => s.estimate)).toEqual([200, 600])
  })
})
