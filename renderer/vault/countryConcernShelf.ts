// The public concerns about requesting countries that the lawyer recorded (issue 8), decrypted
// while the vault is open. Writes are validated and encrypted before what the UI sees changes.
import type { Envelope } from '@shared/crypto'
import { CountryConcern as CountryConcernSchema, concernsFor, type CountryConcern } from '@shared/countryProfiles/countryConcern'
import { countryConcernKind } from '@shared/vault/recordKinds'
import type { EncryptedRecordStore, UnreadableRecord } from './encryptedRecordStore'

export class CountryConcernShelf {
  private concernMap = new Map<string, CountryConcern>()
  unreadable: UnreadableRecord[] = []

  constructor(
    private readonly store: () => EncryptedRecordStore,
    private readonly changed: () => void
  ) {}

  /** `rows` are the envelopes read at unlock. */
  async load(rows?: readonly Envelope[]): Promise<void> {
    const { records, unreadable } = await this.store().getAll(countryConcernKind, rows)
    this.concernMap = new Map(records.map((c) => [c.id, c]))
    this.unreadable = unreadable
  }

  all(): CountryConcern[] {
    return [...this.concernMap.values()]
  }

  /** One country's concerns, newest report first. */
  forCountry(country: string): CountryConcern[] {
    return concernsFor(country, this.all())
  }

  get(id: string): CountryConcern | undefined {
    return this.concernMap.get(id)
  }

  async save(concern: CountryConcern): Promise<CountryConcern> {
    const stamped = CountryConcernSchema.parse({ ...concern, updatedAt: new Date().toISOString() })
    const saved = await this.store().put(countryConcernKind, stamped.id, stamped)
    this.concernMap.set(saved.id, saved)
    this.changed()
    return saved
  }

  async delete(id: string): Promise<void> {
    await this.store().delete(id)
    this.concernMap.delete(id)
    this.changed()
  }

  close(): void {
    this.concernMap.clear()
    this.unreadable = []
  }
}
