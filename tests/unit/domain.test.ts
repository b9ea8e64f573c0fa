import { describe, expect, it } from 'vitest'
import { Client, Dossier, IsoDate, canMoveStage } from '@shared/domain'
import { gulsenDossier } from './fixtures'

describe('domain schemas', () => {
  it('accepts real dates only, in yyyy-mm-dd', () => {
    expect(IsoDate.safeParse('2026-03-26').success).toBe(true)
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true)
    expect(IsoDate.safeParse('2025-02-29').error?.issues[0]?.message).toBe('This date does not exist in the calendar.')
    expect(IsoDate.safeParse('12/03/1984').error?.issues[0]?.message).toMatch(/yyyy-mm-dd/)
  })

  it('names the missing field in its message', () => {
    const r = Client.safeParse({ ...gulsenDossier().client, legalName: '   ' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]).toMatchObject({ path: ['legalName'], message: 'Legal name is required.' })
  })

  it('keeps a dossier internally consistent', () => {
    const d = gulsenDossier()
    expect(Dossier.safeParse({ ...d, client: { ...d.client, id: crypto.randomUUID() } }).success).toBe(false)
    const foreign = { ...d, events: [{ ...d.events[0]!, matterId: crypto.randomUUID() }] }
    expect(Dossier.safeParse(foreign).error?.issues[0]?.message).toMatch(/matter not in this dossier/)
  })

  it('follows the matter life cycle', () => {
    expect(canMoveStage('suspected', 'confirmed')).toBe(true)
    expect(canMoveStage('challenged', 'deleted')).toBe(true)
    expect(canMoveStage('deleted', 'implementation-confirmed')).toBe(true)
    expect(canMoveStage('suspected', 'implementation-confirmed')).toBe(false)
  })
})

describe('name-free matter reference', () => {
  it('uses the firm file reference when there is one, otherwise kind, country and id', async () => {
    const { matterReference } = await import('@shared/domain')
    const matter = gulsenDossier().matters[0]!
    expect(matterReference(matter)).toBe('RN-TR-7A1D')
    expect(matterReference({ ...matter, fileReference: '  2026/041 ' })).toBe('2026/041')
    expect(matterReference({ ...matter, kind: 'sltd', requestingCountry: 'BY' })).toBe('SLTD-BY-7A1D')
  })
})

describe('vault settings', () => {
  it('reads settings saved before the deadline options existed, with private defaults', async () => {
    const { VaultSettings } = await import('@shared/vault/recordKinds')
    expect(VaultSettings.parse({ autoLockMinutes: 15 })).toEqual({
      autoLockMinutes: 15,
      notificationsShowClientNames: false,
      calendarShowClientNames: false,
      actorName: 'Vault owner'
    })
  })
})
