import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { prefillFromDossier } from '@shared/petitions'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { gulsenDossier } from './fixtures'

const PASS = 'ferry lantern quartz mosaic 1984'
const opened: VaultDatabase[] = []
let n = 0

async function openVault() {
  const db = new VaultDatabase(`petition-vault-${++n}`)
  opened.push(db)
  const c = new VaultController(db)
  await c.start()
  await c.create(PASS, PASS)
  return { db, c }
}

function sessionOf(c: VaultController) {
  const s = c.getState()
  if (s.phase !== 'unlocked') throw new Error('locked')
  return s.session
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('petition drafts in the vault', () => {
  it('are stored encrypted, survive lock and unlock with their resume step, and can be deleted', async () => {
    const { db, c } = await openVault()
    const session = sessionOf(c)
    const dossier = gulsenDossier()
    await session.saveDossier(dossier)
    const draft = prefillFromDossier(dossier, dossier.matters[0]!.id, { today: '2026-11-23', requestType: 'correction-deletion' })
    await session.savePetitionDraft({ ...draft, grounds: { ...draft.grounds, reasons: 'Politically motivated prosecution' } }, 'facts')

    const rows = await db.records.where('kind').equals('petition-draft').toArray()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows[0])).not.toContain('Politically motivated')
    expect(JSON.stringify(rows[0])).not.toContain('Gülşen')

    c.lock()
    await c.unlock(PASS)
    const reopened = sessionOf(c)
    const [record] = reopened.petitionDrafts(dossier.id)
    expect(record?.resumeAt).toBe('facts')
    expect(record?.draft.grounds.reasons).toBe('Politically motivated prosecution')
    expect(record?.draft.applicant.legalName).toBe(dossier.client.legalName)
    expect(reopened.petitionDrafts('another-dossier')).toEqual([])

    await reopened.deletePetitionDraft(draft.id)
    expect(reopened.petitionDrafts()).toEqual([])
    expect(await db.records.where('kind').equals('petition-draft').count()).toBe(0)
  })

  it('go with their dossier when it is deleted', async () => {
    const { db, c } = await openVault()
    const session = sessionOf(c)
    const dossier = gulsenDossier()
    await session.saveDossier(dossier)
    await session.savePetitionDraft(prefillFromDossier(dossier, dossier.matters[0]!.id, { today: '2026-11-23', requestType: 'access' }), 'applicant')
    expect(session.petitionDrafts(dossier.id)).toHaveLength(1)
    await session.deleteDossier(dossier.id)
    expect(session.petitionDrafts()).toEqual([])
    expect(await db.records.where('kind').equals('petition-draft').count()).toBe(0)
  })
})
