// Steps of the petition wizard for the end-to-end suite.
import type { Page } from '@playwright/test'
import { expect } from './helpers'

export type RequestName = 'Request for access' | 'Request for correction and/or deletion' | 'Request for deletion (refugee status)' | 'Application for revision'

/** On a dossier page with one matter: "Prepare a CCF request", pick the type, create the draft. */
export async function startPetition(page: Page, type: RequestName): Promise<void> {
  await page.getByRole('button', { name: /^Prepare a CCF request/ }).click()
  await expect(page.getByRole('heading', { name: 'Prepare a CCF request', level: 1 })).toBeVisible()
  await page.getByRole('radio', { name: new RegExp(`^${type.replace(/[()/]/g, '\\$&')}`) }).check()
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect(page.getByRole('heading', { name: type, level: 1 })).toBeVisible()
}

export const stepHeading = (page: Page, title: string) => page.getByRole('heading', { name: title, level: 2 })

export async function next(page: Page, expectTitle: string): Promise<void> {
  await page.getByRole('button', { name: /^(Next|Review)$/ }).click()
  await expect(stepHeading(page, expectTitle)).toBeVisible()
}

export interface ApplicantAnswers {
  familyName: string
  forenames: string
  idNumber?: string
  representative?: string
}

/** Applicant step: names as on the document, passport, every field legible, power of attorney signed. */
export async function fillApplicant(page: Page, a: ApplicantAnswers): Promise<void> {
  await expect(stepHeading(page, 'Applicant and representation')).toBeVisible()
  await page.getByRole('textbox', { name: 'Family name' }).fill(a.familyName)
  await page.getByRole('textbox', { name: 'Forename(s)' }).fill(a.forenames)
  await page.getByRole('combobox', { name: /^Identity document type/ }).selectOption('passport')
  await page.getByRole('textbox', { name: 'Identity document number' }).fill(a.idNumber ?? 'U12345678')
  await page.getByRole('combobox', { name: /^Issuing country of the identity document/ }).selectOption('TR')
  for (const name of ['Forename(s)', 'Family name', 'Date of birth', 'Photograph']) await page.getByRole('checkbox', { name, exact: true }).check()
  await page.getByRole('textbox', { name: 'Representative’s name' }).fill(a.representative ?? 'Maître Claire Dubois')
  await page.getByRole('textbox', { name: 'Power of attorney generated on' }).fill('2026-11-20')
  await page.getByRole('checkbox', { name: 'The client has signed the power of attorney' }).check()
}

/** Exhibits step: ticks "File attached" on every exhibit listed (1-based numbers). */
export async function attachExhibits(page: Page, numbers: number[]): Promise<void> {
  for (const n of numbers) await page.getByRole('group', { name: `Exhibit ${n}` }).getByRole('checkbox', { name: 'File attached' }).check()
}

export async function addExhibit(page: Page, n: number, title: string, attached = true): Promise<void> {
  await page.getByRole('button', { name: 'Add exhibit' }).click()
  const group = page.getByRole('group', { name: `Exhibit ${n}` })
  await group.getByRole('textbox', { name: 'Title' }).fill(title)
  if (attached) await group.getByRole('checkbox', { name: 'File attached' }).check()
}
