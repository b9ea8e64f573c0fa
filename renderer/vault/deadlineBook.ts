// The vault's deadline side: the lawyer's rule packs, known CCF sessions, which reminders were
// shown, and the daily deadline log. Deadlines themselves are never stored: they are recomputed
// from events + packs + the lawyer's marks, so they can never drift from their explanation.
import type { Dossier } from '@shared/domain'
import { computeDeadlines, type CcfSession, type ComputedDeadline } from '@shared/deadlines'
import { createLogEntry, diffDeadlines, type DeadlineLogEntry } from '@shared/deadlines/deadlineLog'
import type { ReminderLogEntry } from '@shared/deadlines/reminders'
import { localDayAndTime } from '@shared/calendar/isoDay'
import { RulePack, shippedPacks } from '@shared/rules'
import { ccfSessionsKind, deadlineLogKind, reminderLogKind, rulePackKind } from '@shared/vault/recordKinds'
import type { Envelope } from '@shared/crypto'
import type { EncryptedRecordStore, UnreadableRecord } from './encryptedRecordStore'

/** A computed deadline and the dossier it belongs to. */
export type DossierDeadline = ComputedDeadline & { dossierId: string }

const SESSIONS_ID = 'ccf-sessions'
const REMINDER_LOG_ID = 'reminder-log'
const packRecordId = (packId: string) => `rule-pack.${packId}`
const logRecordId = (day: string) => `deadline-log.${day}`

export class ShippedPackError extends Error {
  constructor() {
    super('A pack shipped with Redress cannot be changed. Fork it to make your own version.')
    this.name = 'ShippedPackError'
  }
}

export class DeadlineBook {
  private custom = new Map<string, RulePack>()
  private sessions: CcfSession[] = []
  private reminders: ReminderLogEntry[] = []
  /** Keyed by the dossier object: a saved dossier is a new object, so its entry is recomputed. */
  private cache = new WeakMap<Dossier, DossierDeadline[]>()
  /** Log writes are read-modify-write of one day's record: run them one after another. */
  private logQueue: Promise<unknown> = Promise.resolve()
  unreadable: UnreadableRecord[] = []

  constructor(
    private readonly store: () => EncryptedRecordStore,
    private readonly actor: () => string
  ) {}

  async load(rows?: readonly Envelope[]): Promise<void> {
    const store = this.store()
    const [packs, sessions, reminders] = await Promise.all([
      store.getAll(rulePackKind, rows),
      store.get(ccfSessionsKind, SESSIONS_ID).catch(() => undefined),
      store.get(reminderLogKind, REMINDER_LOG_ID).catch(() => undefined)
    ])
    for (const p of packs.records) this.custom.set(p.id, p)
    this.unreadable = packs.unreadable
    this.sessions = sessions?.sessions ?? []
    this.reminders = reminders?.entries ?? []
  }

  /** Every pack, for listing: shipped ones first. */
  rulePacks(): RulePack[] {
    return [...shippedPacks, ...this.custom.values()]
  }

  /** The packs that produce deadlines: a fork replaces the shipped pack it came from. */
  activeRulePacks(): RulePack[] {
    const forked = new Set([...this.custom.values()].map((p) => p.forkedFrom).filter((id) => id !== undefined))
    return [...shippedPacks.filter((p) => !forked.has(p.id)), ...this.custom.values()]
  }

  customRulePacks(): RulePack[] {
    return [...this.custom.values()]
  }

  deadlinesFor(dossier: Dossier): DossierDeadline[] {
    let list = this.cache.get(dossier)
    if (!list) {
      list = computeDeadlines({ events: dossier.events, packs: this.activeRulePacks(), states: dossier.deadlineStates }).map((d) => ({ ...d, dossierId: dossier.id }))
      this.cache.set(dossier, list)
    }
    return list
  }

  all(dossiers: Iterable<Dossier>): DossierDeadline[] {
    const out: DossierDeadline[] = []
    for (const d of dossiers) out.push(...this.deadlinesFor(d))
    return out.sort((a, b) => (a.dueDate === b.dueDate ? a.key.localeCompare(b.key) : a.dueDate < b.dueDate ? -1 : 1))
  }

  /** Logs what a dossier change did to its deadlines (added, moved, done, overridden, removed). */
  async recordDossierChange(before: Dossier | undefined, after: Dossier | undefined): Promise<void> {
    const entries = diffDeadlines(before ? this.deadlinesFor(before) : [], after ? this.deadlinesFor(after) : [], this.actor(), new Date())
    await this.appendLog(entries)
  }

  /**
   * `carryMarks` runs after the pack is stored and before the change is logged: a new fork of a
   * shipped pack takes over the marks made on the original's deadlines (see carryMarksToFork).
   */
  async saveRulePack(candidate: RulePack, dossiers: () => Iterable<Dossier>, carryMarks?: (pack: RulePack) => Promise<void>): Promise<RulePack> {
    if (shippedPacks.some((p) => p.id === candidate.id) || candidate.shipped) throw new ShippedPackError()
    const pack = RulePack.parse(candidate)
    const before = this.all(dossiers())
    const isNew = !this.custom.has(pack.id)
    await this.store().put(rulePackKind, packRecordId(pack.id), pack)
    this.custom.set(pack.id, pack)
    this.cache = new WeakMap()
    if (isNew && pack.forkedFrom && shippedPacks.some((p) => p.id === pack.forkedFrom)) await carryMarks?.(pack)
    const what = isNew && pack.forkedFrom ? 'pack-forked' : isNew ? 'rule-added' : 'rule-changed'
    const summary = isNew && pack.forkedFrom ? `Rule pack “${pack.name}” forked from ${pack.forkedFrom}` : `Rule pack “${pack.name}” saved (${pack.rules.length} rules)`
    const at = new Date()
    await this.appendLog([createLogEntry({ action: what, summary }, this.actor(), at), ...diffDeadlines(before, this.all(dossiers()), this.actor(), at)])
    return pack
  }

  async deleteRulePack(packId: string, dossiers: () => Iterable<Dossier>): Promise<void> {
    const pack = this.custom.get(packId)
    if (!pack) return
    const before = this.all(dossiers())
    await this.store().delete(packRecordId(packId))
    this.custom.delete(packId)
    this.cache = new WeakMap()
    const at = new Date()
    await this.appendLog([
      createLogEntry({ action: 'rule-changed', summary: `Rule pack “${pack.name}” deleted` }, this.actor(), at),
      ...diffDeadlines(before, this.all(dossiers()), this.actor(), at)
    ])
  }

  ccfSessions(): CcfSession[] {
    return [...this.sessions].sort((a, b) => a.startsOn.localeCompare(b.startsOn))
  }

  async saveCcfSessions(list: readonly CcfSession[]): Promise<void> {
    const saved = await this.store().put(ccfSessionsKind, SESSIONS_ID, { sessions: [...list] })
    this.sessions = saved.sessions
  }

  reminderLog(): ReminderLogEntry[] {
    return this.reminders
  }

  async saveReminderLog(entries: readonly ReminderLogEntry[]): Promise<void> {
    const saved = await this.store().put(reminderLogKind, REMINDER_LOG_ID, { entries: [...entries] })
    this.reminders = saved.entries
  }

  /** The log of one local day (yyyy-mm-dd), oldest first. */
  async deadlineLog(day: string): Promise<DeadlineLogEntry[]> {
    await this.logQueue.catch(() => undefined)
    const record = await this.store().get(deadlineLogKind, logRecordId(day))
    return record?.entries ?? []
  }

  private appendLog(entries: readonly DeadlineLogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve()
    const run = async () => {
      const day = localDayAndTime(new Date()).day
      const existing = await this.store().get(deadlineLogKind, logRecordId(day))
      await this.store().put(deadlineLogKind, logRecordId(day), { day, entries: [...(existing?.entries ?? []), ...entries] })
    }
    const next = this.logQueue.then(run, run)
    this.logQueue = next.catch(() => undefined)
    return next
  }
}
