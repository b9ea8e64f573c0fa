// Exhibit labels and bundle page numbers, before any PDF is touched. Exhibits are numbered 1, 2, 3 …
// in section order and their pages continuously from 1; the index at the front is numbered i, ii …
// so a longer index never renumbers the exhibits. Once a bundle has been served its numbering is
// frozen: frozen exhibits keep their numbers exactly, and exhibits added since are late insertions
// numbered after the one before them ("4A", pages "37A", "37B") instead of renumbering the rest.
import type { FrozenExhibitNumbers, FrozenNumbering } from '../../exhibits/bundleDefinition'

/** An exhibit that made it into the bundle, in bundle order, with its page count. */
export interface NumberingItem {
  exhibitId: string
  pageCount: number
}

export interface ExhibitNumbers {
  exhibitId: string
  label: string
  pageNumbers: string[]
}

export interface BundleNumbers {
  exhibits: ExhibitNumbers[]
  /** The first page number of the integrity manifest annex, after the last exhibit page. */
  annexStart: number
}

/** Thrown when a frozen numbering can no longer be kept; the message tells the lawyer what to do. */
export class NumberingConflictError extends Error {
  override readonly name = 'NumberingConflictError'
}

const RENUMBER =
  'Clear the frozen numbering to renumber the bundle (the served copy will then no longer match), or put the exhibit back as it was.'

/** 1 → "i", 4 → "iv", 1994 → "mcmxciv": front-matter page numbers. */
export function romanPageNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No roman page number for ${n}`)
  const table: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
  ]
  let rest = n
  let out = ''
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters
      rest -= value
    }
  }
  return out
}

/** 1 → "A", 26 → "Z", 27 → "AA" (bijective base 26, as spreadsheet columns count). */
export function letterSuffix(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No letter suffix for ${n}`)
  let out = ''
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) out = String.fromCharCode(65 + ((rest - 1) % 26)) + out
  return out
}

function suffixValue(letters: string): number {
  let n = 0
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64)
  return n
}

/** "37" → ["37", ""], "37AB" → ["37", "AB"]. */
function splitNumber(printed: string): [string, string] {
  const match = /^(\d+)([A-Z]*)$/.exec(printed)
  if (!match) throw new NumberingConflictError(`The frozen numbering holds "${printed}", which is not a bundle number. ${RENUMBER}`)
  return [match[1]!, match[2]!]
}

/**
 * The numbers that follow `after` for late insertions: "37" → 37A, 37B …; "37B" → 37C …. A number
 * already taken by the frozen numbering (37C between 37B and 37C) nests instead: 37BA, 37BB ….
 */
function* numbersAfter(after: string, taken: ReadonlySet<string>): Generator<string> {
  const [digits, letters] = splitNumber(after)
  let n = letters === '' ? 1 : suffixValue(letters) + 1
  const nested = `${after}`
  let nestedN = 1
  let nesting = false
  for (;;) {
    if (!nesting) {
      const candidate = digits + letterSuffix(n)
      if (!taken.has(candidate)) {
        yield candidate
        n++
        continue
      }
      nesting = true
    }
    const candidate = nested + letterSuffix(nestedN++)
    if (!taken.has(candidate)) yield candidate
  }
}

function sequential(items: readonly NumberingItem[]): BundleNumbers {
  let page = 1
  const exhibits = items.map((item, i) => {
    const pageNumbers = Array.from({ length: item.pageCount }, () => String(page++))
    return { exhibitId: item.exhibitId, label: String(i + 1), pageNumbers }
  })
  return { exhibits, annexStart: page }
}

/**
 * Numbers the bundle. Without a frozen numbering: 1, 2, 3 … and pages 1 … n. With one: frozen
 * exhibits keep label and pages (those removed since leave a gap), new ones are late insertions.
 * Throws NumberingConflictError when a frozen exhibit's page count or relative order changed.
 */
export function numberBundle(items: readonly NumberingItem[], frozen: FrozenNumbering | null): BundleNumbers {
  for (const item of items) {
    if (!Number.isInteger(item.pageCount) || item.pageCount < 1) throw new RangeError(`Exhibit ${item.exhibitId} has no pages to number`)
  }
  if (!frozen) return sequential(items)

  const byId = new Map<string, { entry: FrozenExhibitNumbers; position: number }>()
  frozen.exhibits.forEach((entry, position) => byId.set(entry.exhibitId, { entry, position }))
  const takenLabels = new Set(frozen.exhibits.map((e) => e.label))
  const takenPages = new Set(frozen.exhibits.flatMap((e) => e.pageNumbers))

  let lastLabel = '0'
  let lastPage = '0'
  let lastPosition = -1
  let labels: Generator<string> | undefined
  let pages: Generator<string> | undefined
  let highest = 0
  const exhibits: ExhibitNumbers[] = []
  items.forEach((item, index) => {
    const known = byId.get(item.exhibitId)
    if (known) {
      const { entry, position } = known
      if (entry.pageNumbers.length !== item.pageCount)
        throw new NumberingConflictError(
          `Exhibit ${entry.label} had ${entry.pageNumbers.length} page${entry.pageNumbers.length === 1 ? '' : 's'} when the numbering was frozen and now has ${item.pageCount}, so its frozen page numbers no longer fit. ${RENUMBER}`
        )
      if (position < lastPosition)
        throw new NumberingConflictError(`Exhibit ${entry.label} has been moved before an exhibit that came earlier when the numbering was frozen. ${RENUMBER}`)
      lastPosition = position
      lastLabel = entry.label
      lastPage = entry.pageNumbers[entry.pageNumbers.length - 1]!
      labels = undefined
      pages = undefined
      exhibits.push({ exhibitId: item.exhibitId, label: entry.label, pageNumbers: [...entry.pageNumbers] })
    } else {
      labels ??= numbersAfter(lastLabel, takenLabels)
      pages ??= numbersAfter(lastPage, takenPages)
      const pageNumbers = Array.from({ length: item.pageCount }, () => pages!.next().value as string)
      exhibits.push({ exhibitId: items[index]!.exhibitId, label: labels.next().value as string, pageNumbers })
    }
    for (const printed of exhibits[exhibits.length - 1]!.pageNumbers) highest = Math.max(highest, Number(splitNumber(printed)[0]))
  })
  // The annex continues after the highest page ever frozen, so it never reuses a served number.
  for (const printed of takenPages) highest = Math.max(highest, Number(splitNumber(printed)[0]))
  return { exhibits, annexStart: highest + 1 }
}

/** The numbering to store when this bundle is served. */
export function freezeNumbering(numbers: BundleNumbers, frozenAt: Date): FrozenNumbering {
  return {
    frozenAt: frozenAt.toISOString(),
    exhibits: numbers.exhibits.map(({ exhibitId, label, pageNumbers }) => ({ exhibitId, label, pageNumbers: [...pageNumbers] }))
  }
}
