// The recorded public concerns: what the schema accepts, and the message a lawyer sees for a bad
// link or date.
import { describe, expect, it } from 'vitest'
import {
  CountryConcern,
  LINK_MESSAGE,
  LINK_MISSING_MESSAGE,
  REPORT_DATE_IMPOSSIBLE_MESSAGE,
  REPORT_DATE_MESSAGE,
  concernsFor,
  type CountryConcernInput
} from '../../shared/countryProfiles/countryConcern'

const base: CountryConcernInput = {
  id: '0b8e2f7c-4d1a-4e5b-9c3d-2a6f8e1b7c90',
  country: 'TR',
  reportTitle: 'Concluding observations on the second periodic report of Türkiye',
  publisher: 'UN Human Rights Committee',
  date: '2024-11-04',
  link: 'https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CCPR%2FC%2FTUR%2FCO%2F2',
  whatItSays: 'Concern at the broad definition of terrorism and its use against lawyers and journalists.',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z'
}

function messagesFor(input: Partial<CountryConcernInput>): Record<string, string> {
  const result = CountryConcern.safeParse({ ...base, ...input })
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('CountryConcern', () => {
  it('accepts a full concern and trims what was typed around it', () => {
    const parsed = CountryConcern.parse({ ...base, link: `  ${base.link}  `, reportTitle: '  Annual report  ' })
    expect(parsed.link).toBe(base.link)
    expect(parsed.reportTitle).toBe('Annual report')
  })

  it('accepts a month-only date and a link with a non-Latin host name', () => {
    const parsed = CountryConcern.parse({ ...base, date: '2023-06', link: 'https://президент.рф/news/1' })
    expect(parsed.date).toBe('2023-06')
  })

  it.each([
    ['http://www.hrw.org/report', 'plain http'],
    ['www.hrw.org/report', 'no scheme'],
    ['javascript:alert(1)', 'a script'],
    ['https://', 'no host'],
    ['https://localhost/report', 'a host without a dot'],
    ['https://10.0.0.1/report', 'an IP address'],
    ['https://www.hrw .org/report', 'a space'],
    ['https://user:secret@www.hrw.org/report', 'a user name and password'],
    ['file:///C:/reports/tr.pdf', 'a local file']
  ])('refuses %s (%s) with the message that says what to type', (link) => {
    expect(messagesFor({ link })).toEqual({ link: LINK_MESSAGE })
  })

  it('says the link is required when it is left empty', () => {
    expect(messagesFor({ link: '   ' })).toEqual({ link: LINK_MISSING_MESSAGE })
  })

  it.each([
    ['16/05/2024', REPORT_DATE_MESSAGE],
    ['2024', REPORT_DATE_MESSAGE],
    ['2024-5', REPORT_DATE_MESSAGE],
    ['2024-02-30', REPORT_DATE_IMPOSSIBLE_MESSAGE],
    ['2023-02-29', REPORT_DATE_IMPOSSIBLE_MESSAGE],
    ['2024-13', REPORT_DATE_IMPOSSIBLE_MESSAGE],
    ['0999-01-01', REPORT_DATE_IMPOSSIBLE_MESSAGE]
  ])('refuses the date %s with "%s"', (date, message) => {
    expect(messagesFor({ date })).toEqual({ date: message })
  })

  it('accepts 29 February in a leap year', () => {
    expect(messagesFor({ date: '2024-02-29' })).toEqual({})
  })

  it('names each required field that is missing', () => {
    const messages = messagesFor({ reportTitle: ' ', publisher: '', whatItSays: '' })
    expect(messages).toEqual({
      reportTitle: 'Report title is required.',
      publisher: 'Publisher or author is required.',
      whatItSays: 'What it says is required.'
    })
  })

  it('refuses a country that is not a two-letter code, and fields it does not know', () => {
    expect(messagesFor({ country: 'Turkey' })).toEqual({ country: 'Choose a country from the list.' })
    expect(CountryConcern.safeParse({ ...base, verdict: 'unsafe' }).success).toBe(false)
  })
})

describe('concernsFor', () => {
  it("lists one country's concerns, newest report first", () => {
    const concerns = [
      CountryConcern.parse({ ...base, id: '11111111-1111-4111-8111-111111111111', date: '2021-03', reportTitle: 'Old' }),
      CountryConcern.parse({ ...base, id: '22222222-2222-4222-8222-222222222222', date: '2024-05-16', reportTitle: 'Newest' }),
      CountryConcern.parse({ ...base, id: '33333333-3333-4333-8333-333333333333', country: 'RU', date: '2025-01-01', reportTitle: 'Other country' }),
      CountryConcern.parse({ ...base, id: '44444444-4444-4444-8444-444444444444', date: '2024-05', reportTitle: 'Same month' })
    ]
    expect(concernsFor('TR', concerns).map((c) => c.reportTitle)).toEqual(['Newest', 'Same month', 'Old'])
    expect(concernsFor('RU', concerns).map((c) => c.reportTitle)).toEqual(['Other country'])
    expect(concernsFor('KZ', concerns)).toEqual([])
  })
})
