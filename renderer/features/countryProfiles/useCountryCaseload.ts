// The caseload facts of one country across every dossier in the vault, recomputed when a record
// changes. Counts only, so the result can sit beside any client's matter.
import { useMemo } from 'react'
import { countryCaseload, type CountryCaseload } from '@shared/countryProfiles/countryCaseload'
import { useSession } from '../../src/session'

export function useCountryCaseload(country: string): CountryCaseload {
  const session = useSession()
  const version = session.version
  return useMemo(() => {
    void version // a changed record changes the counts
    const dossiers = session.dossiers()
    return countryCaseload(
      country,
      dossiers.flatMap((d) => d.matters),
      dossiers.flatMap((d) => d.events)
    )
  }, [session, version, country])
}
