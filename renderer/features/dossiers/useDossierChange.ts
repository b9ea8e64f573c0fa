// Saves a change to the current dossier: the change is applied to the latest stored version, then
// the whole aggregate is validated, encrypted and written (VaultSession.saveDossier).
import { useCallback } from 'react'
import type { Dossier } from '@shared/domain'
import { useSession } from '../../src/session'

export type DossierChange = (current: Dossier) => Dossier

export function useDossierChange(dossierId: string): (change: DossierChange) => Promise<void> {
  const session = useSession()
  return useCallback(
    async (change: DossierChange) => {
      const current = session.getDossier(dossierId)
      if (!current) throw new Error('The dossier no longer exists.')
      await session.saveDossier(change(current))
    },
    [session, dossierId]
  )
}
