// The caseload side of a country profile, from a small fixture caseload whose answers are worked
// out by hand below (months counted as STAT Art. 40 reads: from admissibility, else receipt).
import { describe, expect, it } from 'vitest'
import { Matter, TimelineEvent, type MatterInput } from '../../shared/domain'
import { countryCaseload, eventsByMatter, profileCountries } from '../../shared/countryProfiles/countryCaseload'

const CLIENT = '5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a01'
const NOW = '2026-11-23T10:00:00.000Z'
let seq = 0
const uuid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`

function matter(country: string, kind: MatterInput['kind'], stage: MatterInput['stage'], title: string): Matter {
  return Matter.parse({ id: uuid(), clientId: CLIENT, kind, stage, requestingCountry: country, title, fileReference: `${title}-REF`, createdAt: NOW, updatedAt: NOW })
}

function event(m: Matter | undefined, type: TimelineEvent['type'], date: string, requestType?: TimelineEvent['requestType']): TimelineEvent {
  return TimelineEvent.parse({ id: uuid(), matterId: m?.id, type, date, summary: type, requestType, createdAt: NOW })
}

// Turkey: four matters.
const deleted = matter('TR', 'red-notice', 'deleted', 'Gulsen')
const retained = matter('TR', 'diffusion', 'retained', 'Emre')
const pending = matter('TR', 'red-notice', 'challenged', 'Ayse')
const implemented = matter('TR', 'sltd', 'implementation-confirmed', 'Murat')
// Russia: one matter that must not be counted for Turkey.
const russian = matter('RU', 'red-notice', 'deleted', 'Ivan')

const events: TimelineEvent[] = [
  // 2023-02-01 → 2023-09-15: 7 months, within the 9 of STAT Art. 40(2).
  event(deleted, 'ccf-request-received', '2023-01-05', 'correction-deletion'),
  event(deleted, 'ccf-admissibility', '2023-02-01', 'correction-deletion'),
  event(deleted, 'ccf-decision', '2023-09-15', 'correction-deletion'),
  // 2022-03-10 → 2023-01-20: 10 months, extended (Art. 40(3)), past the 9-month limit (2022-12-10).
  event(retained, 'ccf-admissibility', '2022-03-10', 'correction-deletion'),
  event(retained, 'ccf-extension', '2022-09-01', 'correction-deletion'),
  event(retained, 'ccf-decision', '2023-01-20', 'correction-deletion'),
  // Access, no admissibility recorded: counted from receipt 2025-05-01 → 2025-07-15, 2 months, within 4.
  event(pending, 'ccf-request-received', '2025-05-01', 'access'),
  event(pending, 'ccf-decision', '2025-07-15', 'access'),
  // Revision: 5 months from receipt, no Statute limit of its own in the events.
  event(implemented, 'ccf-request-received', '2021-01-01', 'revision'),
  event(implemented, 'ccf-decision', '2021-06-01', 'revision'),
  // Russia: 11 months.
  event(russian, 'ccf-admissibility', '2024-01-01', 'access'),
  event(russian, 'ccf-decision', '2024-12-01', 'access'),
  // An event of no matter is nobody's decision.
  event(undefined, 'ccf-decision', '2024-03-03', 'access')
]
const matters = [deleted, russian, retained, pending, implemented]

describe('countryCaseload', () => {
  const turkey = countryCaseload('TR', matters, events)

  it('counts only that country’s matters, by outcome and by kind', () => {
    expect(turkey.matters).toBe(4)
    expect(turkey.byOutcome).toEqual({ pending: 1, deleted: 1, corrected: 0, retained: 1, implemented: 1 })
    expect(turkey.byKind).toEqual({ 'red-notice': 2, diffusion: 1, sltd: 1, other: 0 })
  })

  it('gives the CCF time to decision: median, shortest, longest and how many within the Statute limit', () => {
    // Months per decided request: 7, 10, 2, 5 → sorted 2, 5, 7, 10 → median (5 + 7) / 2.
    expect(turkey.ccfTime).toEqual({
      decided: 4,
      medianMonths: 6,
      minMonths: 2,
      maxMonths: 10,
      withStatuteLimit: 3,
      withinStatuteLimit: 2,
      extended: 1,
      countedFromReceipt: 2
    })
  })

  it('takes the middle value for an odd count', () => {
    const russia = countryCaseload('RU', matters, events)
    expect(russia.matters).toBe(1)
    expect(russia.ccfTime).toMatchObject({ decided: 1, medianMonths: 11, minMonths: 11, maxMonths: 11, withStatuteLimit: 1, withinStatuteLimit: 0 })
  })

  it('names no client and no matter: counts only', () => {
    const text = JSON.stringify(turkey)
    for (const m of matters) {
      expect(text).not.toContain(m.title)
      expect(text).not.toContain(m.id)
    }
  })

  it('is all zeroes, with no months, for a country without matters', () => {
    const none = countryCaseload('KZ', matters, events)
    expect(none.matters).toBe(0)
    expect(Object.values(none.byOutcome).every((n) => n === 0)).toBe(true)
    expect(none.ccfTime).toEqual({ decided: 0, withStatuteLimit: 0, withinStatuteLimit: 0, extended: 0, countedFromReceipt: 0 })
  })

  it('gives the same answer whether it is handed every event or each matter’s own', () => {
    const own = matters.flatMap((m) => eventsByMatter(events).get(m.id) ?? [])
    expect(countryCaseload('TR', matters, own)).toEqual(turkey)
  })
})

describe('profileCountries', () => {
  it('lists every country with matters or concerns, most matters first', () => {
    expect(profileCountries(matters, [{ country: 'TR' }, { country: 'TR' }, { country: 'EG' }])).toEqual([
      { country: 'TR', matters: 4, concerns: 2 },
      { country: 'RU', matters: 1, concerns: 0 },
      { country: 'EG', matters: 0, concerns: 1 }
    ])
  })
})
