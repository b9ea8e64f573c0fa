// The lawyer's own precedents in the vault (record kind 'precedent'): saved encrypted, read back
// newest first, the reference set refused, and a damaged record reported without being deleted.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { sealJson } from '@shared/crypto'
import { Precedent, SEED_PRECEDENTS, type PrecedentInput } from '@shared/precedents'
import { precedentKind } from '@shared/vault/recordKinds'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultSession } from '../../renderer/vault/vaultSession'
import { ReferenceSetReadOnlyError, deleteOwnPrecedent, readOwnPrecedents, saveOwnPrecedent } from '../../renderer/features/precedents/precedentLibrary'

let n = 0
async function openVault() {
  const db = new VaultDatabase(`precedent-vault-${++n}`)
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  return { db, dataKey, session: await VaultSession.open(db, dataKey) }
}

const own = (id: string, patch: Partial<PrecedentInput> = {}) =>
  Precedent.parse({ id, origin: 'own', kind: 'court-ruling', citation: `Ruling ${id}`, date: '2025', body: 'Court', groundIds: ['article-2'], outcome: 'not-applicable', summary: 'S.', ...patch })

describe('own precedents in the vault', () => {
  it('saves encrypted and reads back newest first, stamped', async () => {
    const { db, session } = await openVault()
    await saveOwnPrecedent(session, own('a'))
    await new Promise((r) => setTimeout(r, 5))
    const b = await saveOwnPrecedent(session, own('b', { summary: 'Décision — Ерлан' }))
    expect(b.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const { own: read, unreadable } = await readOwnPrecedents(session)
    expect(read.map((p) => p.id)).toEqual(['b', 'a'])
    expect(read[0]!.summary).toBe('Décision — Ерлан')
    expect(unreadable).toBe(0)
    const row = await db.records.get('b')
    expect(row?.kind).toBe('precedent')
    expect(JSON.stringify(row)).not.toContain('Ерлан') // stored encrypted
  })

  it('refuses to write or delete an entry of the reference set, and writes nothing', async () => {
    const { db, session } = await openVault()
    const seed = SEED_PRECEDENTS[0]!
    await expect(saveOwnPrecedent(session, seed)).rejects.toThrow(ReferenceSetReadOnlyError)
    await expect(saveOwnPrecedent(session, { ...seed, origin: 'own' })).rejects.toThrow('Entries of the reference set are read-only; add an entry of your own instead.')
    await expect(deleteOwnPrecedent(session, seed.id)).rejects.toThrow(ReferenceSetReadOnlyError)
    expect(await db.records.count()).toBe(0)
  })

  it('deletes only the entry named', async () => {
    const { session } = await openVault()
    await saveOwnPrecedent(session, own('a'))
    await saveOwnPrecedent(session, own('b'))
    await deleteOwnPrecedent(session, 'a')
    expect((await readOwnPrecedents(session)).own.map((p) => p.id)).toEqual(['b'])
  })

  it('a damaged record is counted as unreadable and stays stored', async () => {
    const { db, dataKey, session } = await openVault()
    await saveOwnPrecedent(session, own('good'))
    await db.records.put(await sealJson(dataKey, precedentKind.kind, 'bad', 1, { id: 'bad', origin: 'reference-set' }))
    const { own: read, unreadable } = await readOwnPrecedents(session)
    expect(read.map((p) => p.id)).toEqual(['good'])
    expect(unreadable).toBe(1)
    expect(await db.records.get('bad')).toBeDefined()
  })
})
