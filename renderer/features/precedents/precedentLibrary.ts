// The library as the screens see it: the shipped reference set (read-only, in code) plus the
// lawyer's own entries, kept encrypted in the vault as 'precedent' records.
import { useCallback, useEffect, useState } from 'react'
import { SEED_PRECEDENTS, isSeedPrecedentId, type Precedent } from '@shared/precedents'
import { precedentKind } from '@shared/vault/recordKinds'
import { EncryptedRecordStore } from '../../vault/encryptedRecordStore'
import type { VaultSession } from '../../vault/vaultSession'
import { useSession } from '../../src/session'

export class ReferenceSetReadOnlyError extends Error {
  constructor() {
    super('Entries of the reference set are read-only; add an entry of your own instead.')
    this.name = 'ReferenceSetReadOnlyError'
  }
}

const storeOf = (session: VaultSession) => {
  const { db, dataKey } = session.backupAccess()
  return new EncryptedRecordStore(db, dataKey)
}

/** The lawyer's own entries, newest first; damaged records are counted, never dropped from storage. */
export async function readOwnPrecedents(session: VaultSession): Promise<{ own: Precedent[]; unreadable: number }> {
  const { records, unreadable } = await storeOf(session).getAll(precedentKind)
  return { own: [...records].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')), unreadable: unreadable.length }
}

export async function saveOwnPrecedent(session: VaultSession, entry: Precedent): Promise<Precedent> {
  if (entry.origin !== 'own' || isSeedPrecedentId(entry.id)) throw new ReferenceSetReadOnlyError()
  return storeOf(session).put(precedentKind, entry.id, { ...entry, updatedAt: new Date().toISOString() })
}

export async function deleteOwnPrecedent(session: VaultSession, id: string): Promise<void> {
  if (isSeedPrecedentId(id)) throw new ReferenceSetReadOnlyError()
  await storeOf(session).delete(id)
}

export interface PrecedentLibrary {
  /** Reference set then own entries; own entries only once loaded. */
  readonly all: readonly Precedent[]
  readonly own: readonly Precedent[]
  readonly loading: boolean
  readonly loadFailed: boolean
  reload(): Promise<void>
}

export function usePrecedentLibrary(): PrecedentLibrary {
  const session = useSession()
  const [own, setOwn] = useState<Precedent[]>([])
  const [loading, setLoading] = useState(true)
  const [loadFailed, setLoadFailed] = useState(false)
  const reload = useCallback(async () => {
    try {
      const result = await readOwnPrecedents(session)
      setOwn(result.own)
      setLoadFailed(result.unreadable > 0)
    } catch {
      setLoadFailed(true)
    } finally {
      setLoading(false)
    }
  }, [session])
  useEffect(() => {
    void reload()
  }, [reload])
  return { all: [...SEED_PRECEDENTS, ...own], own, loading, loadFailed, reload }
}
