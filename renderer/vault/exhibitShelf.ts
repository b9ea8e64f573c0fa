// The vault's evidence (issue 5): exhibits' metadata as encrypted records, their originals as
// encrypted chunks, and one bundle arrangement per matter. Originals are kept byte for byte; the
// SHA-256 taken at intake is checked again every time an original is read.
import { FileChunkIntegrityError, type Envelope } from '@shared/crypto'
import { sha256Hex } from '@shared/exhibits'
import { Exhibit as ExhibitSchema, type Exhibit } from '@shared/exhibits/exhibitRecord'
import type { BundleDefinition } from '@shared/exhibits/bundleDefinition'
import { bundleDefinitionKind, exhibitKind } from '@shared/vault/recordKinds'
import { EncryptedRecordStore, type UnreadableRecord } from './encryptedRecordStore'
import { FileChunkStore } from './fileChunkStore'
import { checkBundleDefinition, checkExhibitEdit, checkIntakeFileName, checkIntakePlace, inspectForIntake } from './exhibitRules'
import type { VaultDatabase } from './vaultDatabase'

export { ExhibitEditError } from './exhibitRules'

export interface ExhibitIntake {
  dossierId: string
  matterId: string
  fileName: string
  bytes: Uint8Array
}

export type IntakeResult = { status: 'added'; exhibit: Exhibit } | { status: 'duplicate'; existing: Exhibit }

export type VerificationStatus = 'unchanged' | 'changed' | 'unreadable'

export interface ExhibitVerification {
  exhibitId: string
  title: string
  fileName: string
  expected: string
  actual: string | null
  status: VerificationStatus
  message: string
}

/** The stored original of an exhibit could not be read back as it arrived. */
export class ExhibitReadError extends Error {
  constructor(
    readonly exhibitId: string,
    readonly status: Exclude<VerificationStatus, 'unchanged'>,
    readonly actual: string | null,
    title: string
  ) {
    super(
      status === 'unreadable'
        ? `The stored copy of “${title}” is damaged and cannot be read. Delete this exhibit and add the original file again.`
        : `The stored copy of “${title}” no longer matches the SHA-256 recorded at intake, so it is damaged. Delete this exhibit and add the original file again.`
    )
    this.name = 'ExhibitReadError'
  }
}

const LOCKED = 'The vault is locked. Unlock it to continue.'

interface OpenVault {
  db: VaultDatabase
  store: EncryptedRecordStore
  chunks: FileChunkStore
}

export class ExhibitShelf {
  private vault: OpenVault | null
  private exhibitMap = new Map<string, Exhibit>()
  private definitions = new Map<string, BundleDefinition>()
  /** Intakes being encrypted, by matter and hash: the same file dropped twice is stored once. */
  private inFlight = new Map<string, Promise<IntakeResult>>()
  unreadable: UnreadableRecord[] = []

  constructor(
    db: VaultDatabase,
    dataKey: CryptoKey,
    private readonly changed: () => void
  ) {
    this.vault = { db, store: new EncryptedRecordStore(db, dataKey), chunks: new FileChunkStore(db, dataKey) }
  }

  /** Decrypts every exhibit and bundle arrangement; `rows` are the envelopes read at unlock. */
  async load(rows?: readonly Envelope[]): Promise<void> {
    const { store } = this.open()
    const [exhibits, definitions] = await Promise.all([store.getAll(exhibitKind, rows), store.getAll(bundleDefinitionKind, rows)])
    for (const e of exhibits.records) this.exhibitMap.set(e.id, e)
    for (const d of definitions.records) this.definitions.set(d.matterId, d)
    this.unreadable = [...exhibits.unreadable, ...definitions.unreadable]
  }

  // Reads of what is already decrypted return nothing once locked rather than throwing: the UI may
  // render once more while it is being torn down.

  /** A matter's exhibits in the order they were added. */
  list(matterId: string): Exhibit[] {
    return [...this.exhibitMap.values()]
      .filter((e) => e.matterId === matterId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.title.localeCompare(b.title)))
  }

  get(id: string): Exhibit | undefined {
    return this.exhibitMap.get(id)
  }

  bundleDefinition(matterId: string): BundleDefinition | undefined {
    return this.definitions.get(matterId)
  }

  /**
   * Hashes, inspects and stores a file. Chunks and metadata are encrypted first, then written in one
   * transaction: either the exhibit is there with all its chunks, or nothing is.
   */
  async intake(input: ExhibitIntake): Promise<IntakeResult> {
    this.open()
    checkIntakePlace(input.dossierId, input.matterId)
    const fileName = checkIntakeFileName(input.fileName)
    const sha256 = await sha256Hex(input.bytes)
    const existing = this.list(input.matterId).find((e) => e.file.sha256 === sha256)
    if (existing) return { status: 'duplicate', existing }
    const key = `${input.matterId}|${sha256}`
    const pending = this.inFlight.get(key)
    if (pending) {
      await pending.catch(() => undefined)
      return this.intake(input)
    }
    const attempt = this.add(input, fileName, sha256)
    this.inFlight.set(key, attempt)
    try {
      return await attempt
    } finally {
      this.inFlight.delete(key)
    }
  }

  private async add(input: ExhibitIntake, fileName: string, sha256: string): Promise<IntakeResult> {
    const { db, store, chunks } = this.open()
    const fileId = crypto.randomUUID()
    // Seal first, from the bytes as they arrived; inspection reads the same bytes and never writes.
    const rows = await chunks.seal(fileId, input.bytes)
    const inspection = await inspectForIntake(input.bytes, fileName)
    const now = new Date().toISOString()
    const exhibit = ExhibitSchema.parse({
      id: crypto.randomUUID(),
      dossierId: input.dossierId,
      matterId: input.matterId,
      file: { fileId, fileName, sizeBytes: input.bytes.length, mediaType: inspection.mediaType.slice(0, 120), sha256, chunkCount: rows.length, intakeAt: now },
      kind: inspection.kind,
      title: (inspection.suggestedTitle.trim() || fileName).slice(0, 300),
      documentDate: inspection.documentDate,
      documentDateSource: inspection.documentDateSource,
      author: '',
      language: null,
      translationOf: null,
      confidential: false,
      grounds: [],
      notes: '',
      pageCount: inspection.pageCount,
      preflight: inspection.findings.slice(0, 20),
      createdAt: now,
      updatedAt: now
    } satisfies Exhibit)
    const { envelope } = await store.seal(exhibitKind, exhibit.id, exhibit)
    this.open() // locked while encrypting: write nothing
    await db.transaction('rw', db.records, db.fileChunks, async () => {
      await chunks.add(rows)
      await db.records.add(envelope)
    })
    this.remember(() => this.exhibitMap.set(exhibit.id, exhibit))
    return { status: 'added', exhibit }
  }

  /** Saves the lawyer's metadata; the stored file, its ids and its matter cannot change. */
  async update(candidate: Exhibit): Promise<Exhibit> {
    const { store } = this.open()
    const stored = this.exhibitMap.get(candidate.id)
    if (!stored) throw new Error('This exhibit is no longer in the vault. It may have been deleted.')
    const next = checkExhibitEdit(candidate, stored, this.exhibitMap, new Date().toISOString())
    const saved = await store.put(exhibitKind, next.id, next)
    this.remember(() => this.exhibitMap.set(saved.id, saved))
    return saved
  }

  /** Removes the exhibit and its chunks, takes it out of the bundle and unlinks its translations. */
  async delete(id: string): Promise<void> {
    const { db, store, chunks } = this.open()
    const gone = this.exhibitMap.get(id)
    if (!gone) return
    const now = new Date().toISOString()
    const unlinked = [...this.exhibitMap.values()].filter((e) => e.translationOf === id).map((e) => ({ ...e, translationOf: null, updatedAt: now }))
    const trimmed = [...this.definitions.values()]
      .filter((d) => d.sections.some((s) => s.exhibitIds.includes(id)))
      .map((d) => ({ ...d, sections: d.sections.map((s) => ({ ...s, exhibitIds: s.exhibitIds.filter((x) => x !== id) })), updatedAt: now }))
    const envelopes = await Promise.all([
      ...unlinked.map(async (e) => (await store.seal(exhibitKind, e.id, e)).envelope),
      ...trimmed.map(async (d) => (await store.seal(bundleDefinitionKind, d.matterId, d)).envelope)
    ])
    this.open()
    await db.transaction('rw', db.records, db.fileChunks, async () => {
      await db.records.delete(id)
      await chunks.remove([gone.file.fileId])
      if (envelopes.length > 0) await db.records.bulkPut(envelopes)
    })
    this.remember(() => {
      this.exhibitMap.delete(id)
      for (const e of unlinked) this.exhibitMap.set(e.id, e)
      for (const d of trimmed) this.definitions.set(d.matterId, d)
    })
  }

  /** A dossier's exhibits, their chunks and its bundle arrangements go with it. */
  async deleteForDossier(dossierId: string): Promise<void> {
    await this.deleteAll((x) => x.dossierId === dossierId)
  }

  /** For a matter removed from its dossier. */
  async deleteForMatter(matterId: string): Promise<void> {
    await this.deleteAll((x) => x.matterId === matterId)
  }

  private async deleteAll(belongs: (x: { dossierId: string; matterId: string }) => boolean): Promise<void> {
    const { db, chunks } = this.open()
    const exhibits = [...this.exhibitMap.values()].filter(belongs)
    const definitions = [...this.definitions.values()].filter(belongs)
    if (exhibits.length === 0 && definitions.length === 0) return
    await db.transaction('rw', db.records, db.fileChunks, async () => {
      await db.records.bulkDelete([...exhibits.map((e) => e.id), ...definitions.map((d) => d.matterId)])
      await chunks.remove(exhibits.map((e) => e.file.fileId))
    })
    this.remember(() => {
      for (const e of exhibits) this.exhibitMap.delete(e.id)
      for (const d of definitions) this.definitions.delete(d.matterId)
    })
  }

  /** The original bytes, checked against the SHA-256 taken at intake; throws ExhibitReadError if not. */
  async readOriginal(id: string): Promise<Uint8Array> {
    const { chunks } = this.open()
    const exhibit = this.exhibitMap.get(id)
    if (!exhibit) throw new Error('This exhibit is no longer in the vault. It may have been deleted.')
    let bytes: Uint8Array
    try {
      bytes = await chunks.read(exhibit.file.fileId, exhibit.file.chunkCount)
    } catch (e) {
      if (e instanceof FileChunkIntegrityError) throw new ExhibitReadError(id, 'unreadable', null, exhibit.title)
      throw e
    }
    const actual = await sha256Hex(bytes)
    if (actual !== exhibit.file.sha256 || bytes.length !== exhibit.file.sizeBytes) {
      bytes.fill(0)
      throw new ExhibitReadError(id, 'changed', actual, exhibit.title)
    }
    return bytes
  }

  /** Re-hashes every stored original of the matter, one at a time; a damaged one is reported, not thrown. */
  async verify(matterId: string): Promise<ExhibitVerification[]> {
    this.open()
    const report: ExhibitVerification[] = []
    for (const e of this.list(matterId)) {
      if (!this.exhibitMap.has(e.id)) continue // deleted while the others were being checked
      const row = { exhibitId: e.id, title: e.title, fileName: e.file.fileName, expected: e.file.sha256 }
      try {
        const bytes = await this.readOriginal(e.id)
        bytes.fill(0)
        report.push({ ...row, actual: e.file.sha256, status: 'unchanged', message: `“${e.title}” is unchanged: its SHA-256 matches the one recorded at intake.` })
      } catch (err) {
        if (!(err instanceof ExhibitReadError)) throw err
        report.push({ ...row, actual: err.actual, status: err.status, message: err.message })
      }
    }
    return report
  }

  async saveBundleDefinition(candidate: BundleDefinition): Promise<BundleDefinition> {
    const { store } = this.open()
    const def = checkBundleDefinition(candidate, this.exhibitMap, new Date().toISOString())
    const saved = await store.put(bundleDefinitionKind, def.matterId, def)
    this.remember(() => this.definitions.set(saved.matterId, saved))
    return saved
  }

  /** Drops the key and everything decrypted. Further writes and reads of originals say the vault is locked. */
  close(): void {
    this.vault = null
    this.exhibitMap.clear()
    this.definitions.clear()
    this.inFlight.clear()
    this.unreadable = []
  }

  private open(): OpenVault {
    if (!this.vault) throw new Error(LOCKED)
    return this.vault
  }

  /** Applies a change to what the UI sees, unless the vault was locked while it was being written. */
  private remember(apply: () => void): void {
    if (!this.vault) return
    apply()
    this.changed()
  }
}
