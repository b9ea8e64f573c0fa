// Lawyers and clerks name scans "2024-03-11 Arrest warrant.pdf": the prefix is the document's own
// date, which the index page and the chronology need. Only unambiguous year-first forms are read;
// "11.03.2024" could be day-first or month-first and is left for the lawyer to enter.
import { IsoDate } from '../domain/primitives'

/** yyyy-mm-dd, yyyy_mm_dd or yyyy.mm.dd at the very start, then a separator or the end of the name. */
const DATE_PREFIX = /^(\d{4})([-_.])(\d{2})\2(\d{2})(?=$|[\s_\-.,;()[\]])/

/** The document date written at the start of a file name, or null when there is none or it is not a real day. */
export function documentDateFromFileName(name: string): string | null {
  const match = DATE_PREFIX.exec(name.trim())
  if (!match) return null
  const candidate = `${match[1]}-${match[3]}-${match[4]}`
  return IsoDate.safeParse(candidate).success ? candidate : null
}

/** A readable starting title from a file name: no extension, no date prefix, separators as spaces. */
export function suggestedTitle(fileName: string): string {
  const withoutExtension = fileName.trim().replace(/\.[A-Za-z0-9]{1,5}$/, '')
  const match = DATE_PREFIX.exec(withoutExtension)
  const withoutDate = match ? withoutExtension.slice(match[0].length) : withoutExtension
  const title = withoutDate
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.,;]+\s*/, '')
  if (title.length > 0) return title.slice(0, 300)
  // A name that was only a date (or only punctuation) still needs a title the lawyer can edit.
  return (withoutExtension.trim() || 'Untitled exhibit').slice(0, 300)
}
