// The caseload facts of one country across every dossier in the vault, recomputed when a record
// changes. Counts only, so the result can sit beside any client's matter. Several panels on one
// dossier page share one computation per country and vault revision.
import { countryCaseload, type CountryCaseload } from '@shared/countryProfiles/countryCaseload'
import { useSession } from '../../src/session'
import type { VaultSession } from '../../vault/vaultSession'

const computed = new WeakMap<VaultSession, { version: number; byCountry: Map<string, CountryCaseload> }>()

function caseloadOf(session: VaultSession, country: string): CountryCaseload {
  let entry = computed.get(session)
  if (!entry || entry.version !== session.version) computed.set(session, (entry = { version: session.version, byCountry: new Map() }))
  let caseload = entry.byCountry.get(country)
  if (!caseload) {
    // Events live in their dossier: only dossiers with a matter from this country can hold its events.
    const relevant = session.dossiers().filter((d) => d.matters.some((m) => m.requestingCountry === country))
    caseload = countryCaseload(
      country,
      relevant.flatMap((d) => d.matters),
      relevant.flatMap((d) => d.events)
    )
    entry.byCountry.set(country, caseload)
  }
  return caseload
}

export function useCountryCaseload(country: string): CountryCaseload {
  return caseloadOf(useSession(), country)
}
