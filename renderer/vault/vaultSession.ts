// Everything readable about clients lives here, in memory, only while the vault is unlocked.
// close() drops the data key, the decrypted dossiers and the search index together.
import type { Contact, Dossier } from '@shared/domain'
import { Dossier as DossierSchema } from '@shared/domain'
import { buildDossierIndex, type DossierIndex } from '@shared/search'
import { DEFAULT_SETTINGS, contactKind, dossierKind, petitionDraftKind, settingsKind, type PetitionDraftRecord, type VaultSettings } from '@shared/vault/recordKinds'
import type { PetitionDraft } from '@shared/petitions'
import type { Envelope } from '@shared/crypto'
import { RECORD_KINDS } from '@shared/vault/recordKindRegistry'
import { carryMarksToFork, type CcfSession, type DeadlineState } from '@shared/deadlines'
import type { DeadlineLogEntry } from '@shared/deadlines/deadlineLog'
import type { ReminderLogEntry } from '@shared/deadlines/reminders'
import type { RulePack } from '@shared/rules'
import { EncryptedRecordStore, type UnreadableRecord } from './encryptedRecordStore'
import { DeadlineBook, type DossierDeadline } from './deadlineBook'
import { ExhibitShelf } from './exhibitShelf'
import { CountryConcernShelf } from './countryConcernShelf'
import { persistUpgrades } from './recordUpgrades'
import type { VaultDatabase } from './vaultDatabase'

const SETTINGS_ID = 'vault-settings'

type Listener = () => void

export class VaultSession {
  private dossierMap = new Map<string, Dossier>()
  private contactMap = new Map<string, Contact>()
  private draftMap = new Map<string, PetitionDraftRecord>()
  private index: DossierIndex | null = null
  private store: EncryptedRecordStore | null
  private listeners = new Set<Listener>()
  private sortedCache: Dossier[] | null = null
  private revision = 0
  settings: VaultSettings = DEFAULT_SETTINGS
  unreadable: UnreadableRecord[] = []

  private readonly book: DeadlineBook
  /** Exhibits, their encrypted originals and bundle arrangements (issue 5). */
  readonly exhibits: ExhibitShelf
  /** Public concerns about requesting countries (issue 8). */
  readonly countryConcerns: CountryConcernShelf

  /** For the backup (issue 6), which reads every row itself; dropped on close. */
  private access: { db: VaultDatabase; dataKey: CryptoKey } | null

  private constructor(db: VaultDatabase, dataKey: CryptoKey) {
    this.access = { db, dataKey }
    this.store = new EncryptedRecordStore(db, dataKey)
    this.book = new DeadlineBook(
      () => this.requireStore(),
      () => this.settings.actorName
    )
    this.exhibits = new ExhibitShelf(db, dataKey, () => this.changed())
    this.countryConcerns = new CountryConcernShelf(
      () => this.requireStore(),
      () => this.changed()
    )
  }

  /** Decrypt every record and build the search index (the "unlock-to-list" step the benchmark times), after re-sealing records of `upgradeKinds` stored at an older version. */
  static async open(db: VaultDatabase, dataKey: CryptoKey, preloaded?: Promise<Envelope[]>, upgradeKinds: typeof RECORD_KINDS = RECORD_KINDS): Promise<VaultSession> {
    const session = new VaultSession(db, dataKey)
    const store = session.requireStore()
    const { rows } = await persistUpgrades(db, dataKey, upgradeKinds, preloaded ? await preloaded : undefined)
    const [dossiers, contacts, settings, drafts] = await Promise.all([
      store.getAll(dossierKind, rows),
      store.getAll(contactKind, rows),
      store.get(settingsKind, SETTINGS_ID).catch(() => undefined),
      store.getAll(petitionDraftKind, rows),
      session.book.load(rows),
      session.exhibits.load(rows),
      session.countryConcerns.load(rows)
    ])
    for (const d of dossiers.records) session.dossierMap.set(d.id, d)
    for (const c of contacts.records) session.contactMap.set(c.id, c)
    for (const r of drafts.records) session.draftMap.set(r.draft.id, r)
    session.unreadable = [...dossiers.unreadable, ...contacts.unreadable, ...drafts.unreadable, ...session.book.unreadable, ...session.exhibits.unreadable, ...session.countryConcerns.unreadable]
    session.settings = settings ?? DEFAULT_SETTINGS
    session.index = buildDossierIndex(dossiers.records)
    return session
  }

  get version(): number {
    return this.revision
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Dossiers sorted by client name in the original script's collation. */
  dossiers(): readonly Dossier[] {
    this.sortedCache ??= [...this.dossierMap.values()].sort((a, b) =>
      (a.client.latinName || a.client.legalName).localeCompare(b.client.latinName || b.client.legalName)
    )
    return this.sortedCache
  }

  getDossier(id: string): Dossier | undefined {
    return this.dossierMap.get(id)
  }

  search(query: string, limit = 50): Dossier[] {
    if (!this.index || query.trim() === '') return []
    return this.index
      .search(query, limit)
      .map((hit) => this.dossierMap.get(hit.dossierId))
      .filter((d): d is Dossier => d !== undefined)
  }

  async saveDossier(candidate: Dossier): Promise<Dossier> {
    const now = new Date().toISOString()
    const stamped = DossierSchema.parse({ ...candidate, client: { ...candidate.client, updatedAt: now } })
    const saved = await this.requireStore().put(dossierKind, stamped.id, stamped)
    const before = this.dossierMap.get(saved.id)
    this.dossierMap.set(saved.id, saved)
    this.index?.replace(saved)
    this.changed()
    await this.logDeadlineChanges(before, saved)
    return saved
  }

  /** The daily log must never block or undo a save: a failed log write is reported, not thrown. */
  private async logDeadlineChanges(before: Dossier | undefined, after: Dossier | undefined): Promise<void> {
    try {
      await this.book.recordDossierChange(before, after)
    } catch {
      console.error('[vault] the deadline log could not be written')
    }
  }

  /** Adds or replaces many dossiers at once; nothing is written if any of them is invalid. */
  async saveDossiers(candidates: readonly Dossier[]): Promise<number> {
    const saved = await this.requireStore().putMany(
      dossierKind,
      candidates.map((d) => ({ id: d.id, value: DossierSchema.parse(d) }))
    )
    for (const d of saved) {
      this.dossierMap.set(d.id, d)
      this.index?.replace(d)
    }
    this.changed()
    return saved.length
  }

  async deleteDossier(id: string): Promise<void> {
    await this.requireStore().delete(id)
    // Its petition drafts and evidence go with it: a draft copies the client's particulars.
    await this.exhibits.deleteForDossier(id)
    for (const r of this.petitionDrafts(id)) {
      await this.requireStore().delete(r.draft.id)
      this.draftMap.delete(r.draft.id)
    }
    const before = this.dossierMap.get(id)
    this.dossierMap.delete(id)
    this.index?.remove(id)
    this.changed()
    await this.logDeadlineChanges(before, undefined)
  }

  // ── Deadlines (computed, never stored) and what surrounds them ──

  deadlines(): DossierDeadline[] {
    return this.book.all(this.dossierMap.values())
  }

  deadlinesForDossier(dossierId: string): DossierDeadline[] {
    const d = this.dossierMap.get(dossierId)
    return d ? this.book.deadlinesFor(d) : []
  }

  /** Marks a deadline done, sets its date by hand, or reopens it; the log records it. */
  async setDeadlineState(dossierId: string, state: DeadlineState): Promise<void> {
    const d = this.dossierMap.get(dossierId)
    if (!d) throw new Error('That dossier is no longer in the vault.')
    const others = d.deadlineStates.filter((s) => s.key !== state.key)
    await this.saveDossier({ ...d, deadlineStates: [...others, state] })
  }

  rulePacks(): RulePack[] {
    return this.book.rulePacks()
  }

  customRulePacks(): RulePack[] {
    return this.book.customRulePacks()
  }

  /** The packs in force: a fork replaces the shipped pack it was made from. */
  activeRulePacks(): RulePack[] {
    return this.book.activeRulePacks()
  }

  async saveRulePack(pack: RulePack): Promise<RulePack> {
    const saved = await this.book.saveRulePack(pack, () => this.dossierMap.values(), async (fork) => {
      const updated = [...this.dossierMap.values()]
        .map((d) => ({ d, states: carryMarksToFork(d.deadlineStates, fork) }))
        .filter(({ d, states }) => states !== d.deadlineStates)
        .map(({ d, states }) => ({ ...d, deadlineStates: [...states] }))
      if (updated.length > 0) await this.saveDossiers(updated)
    })
    this.changed()
    return saved
  }

  async deleteRulePack(packId: string): Promise<void> {
    await this.book.deleteRulePack(packId, () => this.dossierMap.values())
    this.changed()
  }

  ccfSessions(): CcfSession[] {
    return this.book.ccfSessions()
  }

  async saveCcfSessions(list: readonly CcfSession[]): Promise<void> {
    await this.book.saveCcfSessions(list)
    this.changed()
  }

  reminderLog(): ReminderLogEntry[] {
    return this.book.reminderLog()
  }

  async saveReminderLog(entries: readonly ReminderLogEntry[]): Promise<void> {
    await this.book.saveReminderLog(entries)
    this.changed()
  }

  deadlineLog(day: string): Promise<DeadlineLogEntry[]> {
    return this.book.deadlineLog(day)
  }

  contacts(): readonly Contact[] {
    return [...this.contactMap.values()].sort((a, b) => a.name.localeCompare(b.name))
  }

  async saveContact(contact: Contact): Promise<Contact> {
    const saved = await this.requireStore().put(contactKind, contact.id, { ...contact, updatedAt: new Date().toISOString() })
    this.contactMap.set(saved.id, saved)
    this.changed()
    return saved
  }

  async deleteContact(id: string): Promise<void> {
    await this.requireStore().delete(id)
    this.contactMap.delete(id)
    this.changed()
  }

  // ── Petition drafts (issue #4): saved encrypted after every wizard step ──

  /** Every draft, most recently updated first; with dossierId, that dossier's only. */
  petitionDrafts(dossierId?: string): PetitionDraftRecord[] {
    return [...this.draftMap.values()]
      .filter((r) => dossierId === undefined || r.draft.dossierId === dossierId)
      .sort((a, b) => (a.draft.updatedAt < b.draft.updatedAt ? 1 : a.draft.updatedAt > b.draft.updatedAt ? -1 : 0))
  }

  getPetitionDraft(id: string): PetitionDraftRecord | undefined {
    return this.draftMap.get(id)
  }

  /** Encrypts and stores the draft (stamped with the current time) and the screen to resume at. */
  async savePetitionDraft(draft: PetitionDraft, resumeAt?: string): Promise<PetitionDraftRecord> {
    const record = { draft: { ...draft, updatedAt: new Date().toISOString() }, resumeAt: resumeAt ?? this.draftMap.get(draft.id)?.resumeAt ?? '' }
    const saved = await this.requireStore().put(petitionDraftKind, draft.id, record)
    this.draftMap.set(saved.draft.id, saved)
    this.changed()
    return saved
  }

  async deletePetitionDraft(id: string): Promise<void> {
    await this.requireStore().delete(id)
    this.draftMap.delete(id)
    this.changed()
  }

  async saveSettings(next: VaultSettings): Promise<VaultSettings> {
    this.settings = await this.requireStore().put(settingsKind, SETTINGS_ID, next)
    this.changed()
    return this.settings
  }

  /** The database and data key for whole-vault streams (backup, hand-over import); throws once locked. */
  backupAccess(): { db: VaultDatabase; dataKey: CryptoKey } {
    if (!this.access) throw new Error('The vault is locked. Unlock it to continue.')
    return this.access
  }

  get isOpen(): boolean {
    return this.store !== null
  }

  /** Drop the key, the plaintext and the index. The object is unusable afterwards. */
  close(): void {
    this.store = null
    this.access = null
    this.exhibits.close()
    this.countryConcerns.close()
    this.dossierMap.clear()
    this.contactMap.clear()
    this.draftMap.clear()
    this.index = null
    this.sortedCache = null
    this.unreadable = []
    this.changed()
    this.listeners.clear()
  }

  private requireStore(): EncryptedRecordStore {
    if (!this.store) throw new Error('The vault is locked. Unlock it to continue.')
    return this.store
  }

  private changed(): void {
    this.revision++
    this.sortedCache = null
    for (const l of [...this.listeners]) l()
  }
}
