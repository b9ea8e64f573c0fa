// What the deadline pages read from the open session: deadlines with their dossier, today's date,
// and who each matter belongs to. Client names stay inside the unlocked vault: they are shown on
// screen, never put into a file or a notification unless the lawyer opted in (settings).
import { useMemo } from 'react'
import { localDayAndTime } from '@shared/calendar/isoDay'
import type { ComputedDeadline, DashboardDeadline } from '@shared/deadlines'
import { matterReference, type Dossier, type Matter } from '@shared/domain'
import type { RulePack } from '@shared/rules'
import type { VaultSession } from '../../vault/vaultSession'
import type { DossierDeadline } from '../../vault/deadlineBook'

export type { DossierDeadline }

/** A deadline as a row shows it; the dashboard adds daysLeft and overdueUnderStatute. */
export type RowDeadline = DossierDeadline & Partial<Pick<DashboardDeadline, 'daysLeft' | 'overdueUnderStatute'>>

/** The lawyer's local calendar day, yyyy-mm-dd (deadlines are days, not moments). */
export function todayIso(now: Date = new Date()): string {
  return localDayAndTime(now).day
}

export interface MatterEntry {
  matter: Matter
  dossier: Dossier
  /** Name-free reference ("RN-TR-7A1D" or the firm's file reference). */
  reference: string
}

export interface MatterDirectory {
  matter(matterId: string | undefined): MatterEntry | undefined
  dossier(dossierId: string): Dossier | undefined
  all: readonly MatterEntry[]
}

export function buildMatterDirectory(dossiers: readonly Dossier[]): MatterDirectory {
  const byMatter = new Map<string, MatterEntry>()
  const byDossier = new Map<string, Dossier>()
  for (const dossier of dossiers) {
    byDossier.set(dossier.id, dossier)
    for (const matter of dossier.matters) byMatter.set(matter.id, { matter, dossier, reference: matterReference(matter) })
  }
  return {
    matter: (id) => (id === undefined ? undefined : byMatter.get(id)),
    dossier: (id) => byDossier.get(id),
    all: [...byMatter.values()]
  }
}

/** Recomputed only when a record changes (session.version). */
export function useMatterDirectory(session: VaultSession): MatterDirectory {
  const version = session.version
  return useMemo(() => buildMatterDirectory(session.dossiers()), [session, version])
}

/** Every deadline of the vault, recomputed only when a record changes. */
export function useAllDeadlines(session: VaultSession): DossierDeadline[] {
  const version = session.version
  return useMemo(() => session.deadlines(), [session, version])
}

/** The client's name as the CCF knows it: the Latin transliteration when there is one. */
export function applicantName(dossier: Dossier | undefined): string {
  if (!dossier) return ''
  return dossier.client.latinName.trim() || dossier.client.legalName
}

export const isLive = (d: Pick<ComputedDeadline, 'status'>): boolean => d.status !== 'done'

/** Packs whose filings go to the CCF (INTERPOL jurisdiction): only those are planned around CCF sessions. */
export function ccfPackIds(packs: readonly RulePack[]): ReadonlySet<string> {
  return new Set(packs.filter((p) => p.jurisdiction === 'INT').map((p) => p.id))
}
