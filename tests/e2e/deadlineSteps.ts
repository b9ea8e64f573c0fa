// Steps of the deadline tests: timeline events that start clocks, the matter's deadline list, the
// deadline sub-pages, and reading an exported calendar file.
import { readFile } from 'node:fs/promises'
import ICAL from 'ical.js'
import { expect, goTo, type ClientData } from './helpers'
import type { Download, Locator, Page } from '@playwright/test'

export interface EventData {
  type: string
  date: string
  summary: string
  /** Option label of the related matter, e.g. "Red notice — Türkiye". */
  matter?: string
  requestType?: 'access' | 'correction-deletion' | 'revision'
  /** "Date set by the CCF". */
  newDueDate?: string
}

/** Fills the open event form (add or edit) and saves it; the form must close. */
export async function fillEventForm(form: Locator, event: Partial<EventData>): Promise<void> {
  if (event.type) await form.getByLabel('Type of event').selectOption(event.type)
  if (event.date !== undefined) await form.getByRole('textbox', { name: 'Date', exact: true }).fill(event.date)
  if (event.matter) await form.getByLabel('Related matter').selectOption({ label: event.matter })
  if (event.requestType) await form.getByLabel('Request type').selectOption(event.requestType)
  if (event.newDueDate !== undefined) await form.getByLabel('Date set by the CCF').fill(event.newDueDate)
  if (event.summary !== undefined) await form.getByLabel('Summary').fill(event.summary)
  await form.getByRole('button', { name: 'Save event' }).click()
}

/** On a dossier page: adds a timeline event through the "Add event" form. */
export async function addEvent(page: Page, event: EventData): Promise<void> {
  await page.getByRole('button', { name: 'Add event' }).click()
  const form = page.getByRole('form', { name: 'Add event' })
  await fillEventForm(form, event)
  await expect(form).toHaveCount(0)
}

/** The dossier page's deadline section. */
export const matterDeadlines = (page: Page): Locator => page.getByRole('region', { name: 'Deadlines' })

/** One deadline row, found by its visible headline ("CCF decision due 2027-02-28 …"). */
export const deadlineRow = (scope: Locator, text: string | RegExp): Locator =>
  scope.locator('li.deadline-row').filter({ hasText: text })

export async function openDossier(page: Page, client: ClientData): Promise<void> {
  await goTo(page, 'Dossiers')
  await page.getByRole('button', { name: new RegExp(client.legalName) }).click()
  await expect(page.getByRole('heading', { name: client.legalName, level: 1 })).toBeVisible()
}

export async function openDeadlinePage(page: Page, tab: 'Dashboard' | 'Deadline log' | 'Rule packs' | 'CCF sessions'): Promise<void> {
  await goTo(page, 'Deadlines')
  if (tab === 'Dashboard') return
  await page.getByRole('navigation', { name: 'Deadline pages' }).getByRole('button', { name: tab }).click()
  await expect(page.getByRole('heading', { name: tab, level: 1 })).toBeVisible()
}

export interface CalendarEvent {
  uid: string
  summary: string
  description: string
  /** DTSTART as yyyy-mm-dd; `isDate` says whether it had VALUE=DATE. */
  start: string
  isDate: boolean
  alarms: number
}

/** Reads a downloaded .ics with ical.js (throws if it does not parse) and returns its raw text and events. */
export async function readCalendar(download: Download): Promise<{ text: string; unfolded: string; events: CalendarEvent[] }> {
  const path = await download.path()
  const text = await readFile(path, 'utf8')
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const dtstart = vevent.getFirstProperty('dtstart')
    const value = dtstart?.getFirstValue() as ICAL.Time | undefined
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: String(vevent.getFirstPropertyValue('description')),
      start: value ? value.toString() : '',
      isDate: dtstart?.type === 'date' && value?.isDate === true,
      alarms: vevent.getAllSubcomponents('valarm').length
    }
  })
  // RFC 5545 folds long lines; unfold before searching the text for names.
  return { text, unfolded: text.replace(/\r\n[ \t]/g, ''), events }
}
