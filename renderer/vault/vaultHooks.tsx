// React access to the vault. Components read the decrypted in-memory session; writes go through
// VaultSession methods, which encrypt and persist before updating what the UI sees.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { VaultController, VaultPhase } from './vaultController'
import type { VaultSession } from './vaultSession'

const VaultContext = createContext<VaultController | null>(null)

export function VaultProvider({ controller, children }: { controller: VaultController; children: ReactNode }) {
  return <VaultContext.Provider value={controller}>{children}</VaultContext.Provider>
}

export function useVaultController(): VaultController {
  const c = useContext(VaultContext)
  if (!c) throw new Error('useVaultController must be used inside <VaultProvider>.')
  return c
}

export function useVaultPhase(): VaultPhase {
  const c = useVaultController()
  return useSyncExternalStore(
    (l) => c.subscribe(l),
    () => c.getState()
  )
}

/** The open session; re-renders whenever a record changes. Only call below the unlocked gate. */
export function useVaultSession(): VaultSession {
  const phase = useVaultPhase()
  if (phase.phase !== 'unlocked') throw new Error('The vault is locked.')
  const session = phase.session
  useSyncExternalStore(
    (l) => session.subscribe(l),
    () => session.version
  )
  return session
}
