import { describe, expect, it } from 'vitest'
import { addPeriod, rollToWorkingDay } from '@shared/deadlines/periodArithmetic'
import { createWorkingCalendar, weekendsOnlyCalendar } from '@shared/deadlines/workingCalendar'
import type { Period } from '@shared/rules/ruleSchema'

// Every expected date below was worked out by hand on a calendar, not by the code under test.
const months = (amount: number): Period => ({ amount, unit: 'months' })
const years = (amount: number): Period => ({ amount, unit: 'years' })
const days = (amount: number): Period => ({ amount, unit: 'days' })
const weeks = (amount: number): Period => ({ amount, unit: 'weeks' })
const businessDays = (amount: number): Period => ({ amount, unit: 'business-days' })

const FR = createWorkingCalendar('FR')
const GB = createWorkingCalendar('GB')

describe('calendar months clamp to the end of a shorter month', () => {
  it.each([
    // [from, months, expected]
    ['2026-05-31', 9, '2027-02-28'], // Art. 40(2) example: no 29 Feb in 2027
    ['2027-05-31', 9, '2028-02-29'], // leap year
    ['2026-05-30', 9, '2027-02-28'],
    ['2026-05-29', 9, '2027-02-28'],
    ['2026-05-28', 9, '2027-02-28'],
    ['2027-05-29', 9, '2028-02-29'],
    ['2027-05-28', 9, '2028-02-28'],
    ['2026-06-30', 9, '2027-03-30'],
    ['2026-04-30', 9, '2027-01-30'],
    ['2026-03-31', 9, '2026-12-31'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-29', 1, '2026-02-28'],
    ['2026-01-28', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-01-30', 1, '2028-02-29'],
    ['2028-01-29', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2027-02-28', 1, '2027-03-28'],
    ['2026-10-31', 4, '2027-02-28'],
    ['2026-10-30', 4, '2027-02-28'],
    ['2026-10-29', 4, '2027-02-28'],
    ['2027-10-31', 4, '2028-02-29'],
    ['2026-06-30', 4, '2026-10-30'],
    ['2026-12-31', 4, '2027-04-30'],
    ['2026-09-10', 6, '2027-03-10'], // S6: revision window
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29']
  ])('%s + %i months = %s', (from, n, expected) => {
    expect(addPeriod(from, months(n), 'after', weekendsOnlyCalendar)).toBe(expected)
  })

  it.each([
    ['2027-03-31', 1, '2027-02-28'],
    ['2028-03-31', 1, '2028-02-29'],
    ['2027-12-31', 6, '2027-06-30'], // RPD Art. 50(2): 6 months before retention ends
    ['2028-08-31', 6, '2028-02-29'],
    ['2027-02-28', 9, '2026-05-28']
  ])('%s − %i months = %s', (from, n, expected) => {
    expect(addPeriod(from, months(n), 'before', weekendsOnlyCalendar)).toBe(expected)
  })
})

describe('years across 29 February', () => {
  it.each([
    ['2024-02-29', 1, 'after', '2025-02-28'],
    ['2024-02-29', 4, 'after', '2028-02-29'],
    ['2024-02-29', 5, 'after', '2029-02-28'],
    ['2023-02-28', 1, 'after', '2024-02-28'],
    ['2028-02-29', 1, 'before', '2027-02-28'],
    ['2026-03-26', 5, 'after', '2031-03-26']
  ] as const)('%s %s %i years = %s', (from, n, direction, expected) => {
    expect(addPeriod(from, years(n), direction, weekendsOnlyCalendar)).toBe(expected)
  })
})

describe('days and weeks', () => {
  it.each([
    ['2026-03-01', days(45), 'after', '2026-04-15'],
    ['2026-12-20', days(14), 'after', '2027-01-03'],
    ['2026-02-28', days(1), 'after', '2026-03-01'],
    ['2028-02-28', days(1), 'after', '2028-02-29'],
    ['2026-03-01', days(1), 'before', '2026-02-28'],
    ['2026-05-31', days(0), 'after', '2026-05-31'],
    ['2026-02-20', weeks(2), 'after', '2026-03-06'],
    ['2026-01-02', weeks(1), 'before', '2025-12-26']
  ] as const)('%s %o %s = %s', (from, period, direction, expected) => {
    expect(addPeriod(from, period, direction, weekendsOnlyCalendar)).toBe(expected)
  })
})

describe('business days skip weekends and the chosen country’s public holidays', () => {
  it('knows the holiday calendars it uses', () => {
    expect(FR.knowsHolidays).toBe(true)
    expect(FR.holidayName('2026-07-14')).toBe('Bastille Day')
    expect(FR.isWorkingDay('2026-07-14')).toBe(false) // a Tuesday
    expect(FR.isWorkingDay('2026-05-24')).toBe(false) // Pentecost Sunday: an observance, and a Sunday anyway
    expect(FR.isWorkingDay('2026-05-25')).toBe(false) // Whit Monday: public
    expect(FR.isWorkingDay('2026-04-03')).toBe(true) // Good Friday is not a national holiday in France
    expect(GB.isWorkingDay('2026-04-03')).toBe(false)
    expect(GB.holidayName('2026-12-28')).toMatch(/Boxing Day/) // substitute day for Saturday 26 Dec
    expect(GB.holidayName('2026-03-15')).toBeUndefined() // Mother's Day is an observance, not a holiday
  })

  it.each([
    // [calendar, from, n, direction, expected, why]
    ['FR', '2026-07-13', 1, 'after', '2026-07-15', 'Mon → Wed over Bastille Day (Tue 14 July)'],
    ['FR', '2026-07-10', 3, 'after', '2026-07-16', 'Fri → Mon 13, (Tue 14 holiday), Wed 15, Thu 16'],
    ['none', '2026-07-10', 3, 'after', '2026-07-15', 'without holidays: Mon 13, Tue 14, Wed 15'],
    ['FR', '2026-07-15', 1, 'before', '2026-07-13', 'back over Bastille Day'],
    ['FR', '2026-07-11', 1, 'after', '2026-07-13', 'from a Saturday: Monday is day 1'],
    ['FR', '2026-04-03', 1, 'after', '2026-04-07', 'over the weekend and Easter Monday'],
    ['FR', '2026-04-02', 1, 'after', '2026-04-03', 'Good Friday counts in France'],
    ['GB', '2026-04-02', 1, 'after', '2026-04-07', 'over Good Friday, the weekend and Easter Monday'],
    ['GB', '2026-12-24', 1, 'after', '2026-12-29', 'over Christmas (Fri 25), the weekend and Boxing Day substitute (Mon 28)'],
    ['GB', '2026-12-23', 2, 'after', '2026-12-29', 'Thu 24, then Tue 29'],
    ['FR', '2026-12-24', 1, 'after', '2026-12-28', 'France has no Boxing Day'],
    ['FR', '2026-05-07', 1, 'after', '2026-05-11', 'over Victory Day (Fri 8 May) and the weekend'],
    ['FR', '2026-07-13', 0, 'after', '2026-07-13', 'zero business days is the day itself']
  ] as const)('%s: %s + %i business days (%s) = %s — %s', (country, from, n, direction, expected, _why) => {
    const calendar = country === 'none' ? weekendsOnlyCalendar : createWorkingCalendar(country)
    expect(addPeriod(from, businessDays(n), direction, calendar)).toBe(expected)
  })

  it('a country the holiday library does not know counts weekends only, and says so', () => {
    const unknown = createWorkingCalendar('XX')
    expect(unknown.knowsHolidays).toBe(false)
    expect(unknown.isWorkingDay('2026-12-25')).toBe(true)
    expect(unknown.isWorkingDay('2026-12-26')).toBe(false) // a Saturday
    expect(addPeriod('2026-07-13', businessDays(1), 'after', unknown)).toBe('2026-07-14')
  })

  it('one calendar instance per country', () => {
    expect(createWorkingCalendar('fr')).toBe(FR)
  })
})

describe('rolling a day that is not a working day', () => {
  it.each([
    // [calendar, day, roll, expected, why]
    ['FR', '2027-02-27', 'forward', '2027-03-01', 'Saturday → Monday'],
    ['FR', '2027-02-27', 'backward', '2027-02-26', 'Saturday → Friday'],
    ['FR', '2027-02-27', 'none', '2027-02-27', 'left on the Saturday'],
    ['FR', '2027-02-28', 'forward', '2027-03-01', 'Sunday → Monday'],
    ['FR', '2027-02-28', 'backward', '2027-02-26', 'Sunday → Friday'],
    ['FR', '2026-07-14', 'forward', '2026-07-15', 'Bastille Day (Tue) → Wed'],
    ['FR', '2026-07-14', 'backward', '2026-07-13', 'Bastille Day (Tue) → Mon'],
    ['FR', '2026-05-08', 'forward', '2026-05-11', 'Victory Day (Fri) → Mon'],
    ['FR', '2026-05-08', 'backward', '2026-05-07', 'Victory Day (Fri) → Thu'],
    ['FR', '2026-05-14', 'forward', '2026-05-15', 'Ascension (Thu) → Fri'],
    ['GB', '2026-12-25', 'forward', '2026-12-29', 'Christmas → past the weekend and the Boxing Day substitute'],
    ['GB', '2026-12-25', 'backward', '2026-12-24', 'Christmas → Thu 24'],
    ['GB', '2026-12-26', 'backward', '2026-12-24', 'Boxing Day (Sat) → Thu 24'],
    ['FR', '2026-12-28', 'forward', '2026-12-28', 'a working day in France stays'],
    ['GB', '2026-12-28', 'forward', '2026-12-29', 'but not in the UK'],
    ['FR', '2026-07-15', 'backward', '2026-07-15', 'a working day stays']
  ] as const)('%s %s roll %s = %s — %s', (country, day, roll, expected, _why) => {
    expect(rollToWorkingDay(day, roll, createWorkingCalendar(country))).toBe(expected)
  })
})

describe('bad input', () => {
  it('refuses days that do not exist or are not yyyy-mm-dd', () => {
    expect(() => addPeriod('2027-02-29', months(1), 'after', weekendsOnlyCalendar)).toThrow(RangeError)
    expect(() => addPeriod('31/05/2026', months(1), 'after', weekendsOnlyCalendar)).toThrow(RangeError)
    expect(() => rollToWorkingDay('2026-13-01', 'forward', FR)).toThrow(RangeError)
  })
})
