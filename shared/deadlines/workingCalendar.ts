// Which days count as working days in a country: Saturdays and Sundays never do, nor the country's
// public holidays. Holidays come from date-holidays (a maintained library) rather than a hand-made
// table: Easter-based and substitute days ("Boxing Day (substitute day)") are easy to get wrong.
//
// Only holidays of type 'public' count. The library also lists 'observance' days (Mother's Day,
// Pentecost Sunday), 'optional' and 'school' days; offices and courts stay open on those.
//
// Limits a lawyer should know (also shown through `knowsHolidays`):
// - a country the library does not know gets weekends only;
// - national lists only: regional holidays (e.g. the Summer bank holiday in England and Wales, which
//   'GB' as a whole does not have) are not counted;
// - the weekend is Saturday–Sunday everywhere, also in countries whose week ends on Friday.
import Holidays from 'date-holidays'
import { addDays, isWeekend } from './isoDates'

export interface WorkingCalendar {
  /** ISO 3166-1 alpha-2 code, e.g. 'FR'. */
  country: string
  /** false when the holiday library has no list for this country: only weekends are skipped. */
  knowsHolidays: boolean
  isWorkingDay(isoDay: string): boolean
  /** The public holiday's name (in English where the library has it), or undefined. */
  holidayName(isoDay: string): string | undefined
}

const calendars = new Map<string, WorkingCalendar>()
let knownCountries: Set<string> | undefined

function countryIsKnown(country: string): boolean {
  // new Holidays('XX') does not fail for an unknown code; it silently has no holidays.
  knownCountries ??= new Set(Object.keys(new Holidays().getCountries()))
  return knownCountries.has(country)
}

/** Public holidays of one year as yyyy-mm-dd → name, including every day of multi-day holidays. */
function publicHolidaysOf(library: Holidays, year: number): Map<string, string> {
  const days = new Map<string, string>()
  for (const h of library.getHolidays(year)) {
    if (h.type !== 'public') continue
    const first = h.date.slice(0, 10)
    // Multi-day holidays (Eid al-Fitr lasts several days in some countries) carry start and end.
    const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000))
    for (let i = 0; i < length; i++) {
      const day = addDays(first, i)
      if (!days.has(day)) days.set(day, h.name)
    }
  }
  return days
}

function buildCalendar(country: string): WorkingCalendar {
  if (!countryIsKnown(country)) {
    return { country, knowsHolidays: false, isWorkingDay: (d) => !isWeekend(d), holidayName: () => undefined }
  }
  const library = new Holidays(country, { languages: ['en'] })
  const years = new Map<number, Map<string, string>>()
  const holidayName = (isoDay: string): string | undefined => {
    const year = Number(isoDay.slice(0, 4))
    let list = years.get(year)
    if (!list) {
      list = publicHolidaysOf(library, year)
      // A multi-day holiday may start in December and run into January.
      const previous = publicHolidaysOf(library, year - 1)
      for (const [day, name] of previous) if (day.startsWith(`${year}-`) && !list.has(day)) list.set(day, name)
      years.set(year, list)
    }
    return list.get(isoDay)
  }
  return {
    country,
    knowsHolidays: true,
    isWorkingDay: (d) => !isWeekend(d) && holidayName(d) === undefined,
    holidayName
  }
}

/** The working calendar of a country (ISO alpha-2, e.g. 'FR', 'GB'); one instance per country. */
export function createWorkingCalendar(countryCode: string): WorkingCalendar {
  const country = countryCode.trim().toUpperCase()
  let calendar = calendars.get(country)
  if (!calendar) {
    calendar = buildCalendar(country)
    calendars.set(country, calendar)
  }
  return calendar
}

/** A calendar with no holidays at all: Saturdays and Sundays only. For rules that count no business days. */
export const weekendsOnlyCalendar: WorkingCalendar = {
  country: '',
  knowsHolidays: false,
  isWorkingDay: (d) => !isWeekend(d),
  holidayName: () => undefined
}
