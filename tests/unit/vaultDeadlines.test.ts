import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { forkPack, shippedPacks } from '@shared/rules'
import { localDayAndTime } from '@shared/calendar/isoDay'
import type { Dossier } from '@shared/domain'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { ShippedPackError } from '../../renderer/vault/deadlineBook'
import { gulsenDossier } from './fixtures'

const PASS = 'ferry lantern quartz mosaic 1984'
const opened: VaultDatabase[] = []
let n = 0

async function openVault() {
  const db = new VaultDatabase(`deadline-vault-${++n}`)
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

function withAdmissibility(d: Dossier, date: string): Dossier {
  const matterId = d.matters[0]!.id
  return {
    ...d,
    events: [
      ...d.events,
      { id: '0f0e0d0c-0b0a-4908-8706-050403020100', matterId, type: 'ccf-admissibility', requestType: 'correction-deletion', date, summary: 'Declared admissible', details: '', createdAt: '2026-06-01T09:00:00.000Z' }
    ]
  }
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

const today = () => localDayAndTime(new Date()).day
const DECISION = 'ccf.decision-correction-deletion@0f0e0d0c-0b0a-4908-8706-050403020100'

describe('deadlines in the vault', () => {
  it('computes a saved matter\'s CCF clock and logs it for the day', async () => {
    const { c } = await openVault()
    const s = sessionOf(c)
    await s.saveDossier(withAdmissibility(gulsenDossier(), '2026-05-31'))
    const decision = s.deadlines().find((d) => d.key === DECISION)
    expect(decision).toMatchObject({ dueDate: '2027-02-28', status: 'open', dossierId: gulsenDossier().id })
    expect(decision?.explanation).toBe('9 months from request declared admissible on 31 May 2026 = 28 Feb 2027, Statute Art. 40(2)')
    const log = await s.deadlineLog(today())
    expect(log.some((e) => e.action === 'added' && e.deadlineKey === DECISION && e.actor === 'Vault owner')).toBe(true)
  })

  it('keeps a done mark and an override across locking, and logs both', async () => {
    const { c } = await openVault()
    let s = sessionOf(c)
    const dossier = withAdmissibility(gulsenDossier(), '2026-05-31')
    await s.saveDossier(dossier)
    const now = new Date().toISOString()
    await s.setDeadlineState(dossier.id, { key: DECISION, status: 'overridden', overrideDate: '2027-03-15', note: 'CCF letter', changedAt: now })
    expect(s.deadlines().find((d) => d.key === DECISION)?.dueDate).toBe('2027-03-15')
    c.lock()
    await c.unlock(PASS)
    s = sessionOf(c)
    expect(s.deadlines().find((d) => d.key === DECISION)).toMatchObject({ status: 'overridden', dueDate: '2027-03-15' })
    // Moving the trigger leaves the overridden date alone.
    const moved = s.getDossier(dossier.id)!
    await s.saveDossier({ ...moved, events: moved.events.map((e) => (e.type === 'ccf-admissibility' ? { ...e, date: '2026-06-30' } : e)) })
    expect(s.deadlines().find((d) => d.key === DECISION)?.dueDate).toBe('2027-03-15')
    const actions = (await s.deadlineLog(today())).map((e) => e.action)
    expect(actions).toContain('overridden')
  })

  it('stores forked packs, refuses to change a shipped one, and recomputes with the fork', async () => {
    const { c } = await openVault()
    const s = sessionOf(c)
    await expect(s.saveRulePack({ ...shippedPacks[0]!, shipped: false })).rejects.toBeInstanceOf(ShippedPackError)
    const dossier = withAdmissibility(gulsenDossier(), '2026-05-31')
    await s.saveDossier(dossier)
    const changedAt = new Date().toISOString()
    await s.setDeadlineState(dossier.id, { key: DECISION, status: 'overridden', overrideDate: '2027-03-15', note: '', changedAt })
    const chained = s.deadlines().find((d) => d.trigger.kind === 'deadline' && d.trigger.key === DECISION)!
    await s.setDeadlineState(dossier.id, { key: chained.key, status: 'done', doneOn: '2027-03-20', note: '', changedAt })
    const fork = forkPack(shippedPacks[0]!, 'my-ccf', 'My CCF pack')
    await s.saveRulePack(fork)
    // The fork replaces the shipped pack: each deadline once, under the fork's rule ids, and the
    // marks made on the shipped pack's deadlines carry over (the chained one through both ids).
    const decisions = s.deadlines().filter((d) => d.rule.title === 'CCF decision' && d.requestType === 'correction-deletion')
    expect(decisions.map((d) => [d.packId, d.dueDate, d.status])).toEqual([['my-ccf', '2027-03-15', 'overridden']])
    const forkChained = s.deadlines().find((d) => d.trigger.kind === 'deadline' && d.trigger.key === decisions[0]!.key)!
    expect(forkChained.key).toBe(`my-ccf.${chained.key.split('@')[0]}@my-ccf.${DECISION}`)
    expect(forkChained.status).toBe('done')
    c.lock()
    await c.unlock(PASS)
    expect(sessionOf(c).customRulePacks().map((p) => p.id)).toEqual(['my-ccf'])
    expect(sessionOf(c).rulePacks().length).toBe(shippedPacks.length + 1)
    expect((await sessionOf(c).deadlineLog(today())).some((e) => e.action === 'pack-forked')).toBe(true)
    await sessionOf(c).deleteRulePack('my-ccf')
    expect(sessionOf(c).customRulePacks()).toEqual([])
  })

  it('keeps CCF sessions and the reminder log encrypted in the vault', async () => {
    const { c, db } = await openVault()
    const s = sessionOf(c)
    await s.saveCcfSessions([{ id: '11111111-2222-4333-8444-555555555555', startsOn: '2027-03-01', note: 'Spring session' }])
    await s.saveReminderLog([{ key: DECISION, leadDays: 7, dueDate: '2027-02-28', shownOn: '2027-02-21' }])
    c.lock()
    await c.unlock(PASS)
    expect(sessionOf(c).ccfSessions().map((x) => x.startsOn)).toEqual(['2027-03-01'])
    expect(sessionOf(c).reminderLog()).toHaveLength(1)
    const raw = JSON.stringify(await db.records.toArray(), (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v))
    expect(raw).not.toContain('Spring session')
    expect(raw).not.toContain('ccf.decision')
  })
})
