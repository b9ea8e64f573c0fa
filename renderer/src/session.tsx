// The unlocked session, handed down from the vault gate. Unlike useVaultSession() this never throws
// while the tree is being torn down on lock: the gate unmounts everything below it instead.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { VaultSession } from '../vault/vaultSession'

const SessionContext = createContext<VaultSession | null>(null)

export function SessionProvider({ session, children }: { session: VaultSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

/** The open session; the calling component re-renders whenever a record changes. */
export function useSession(): VaultSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be used below the unlocked vault gate.')
  useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.version
  )
  return session
}
