// Writes the "v1-dexie1" fixture vaults: a vault as Redress stored it before exhibits (Dexie
// version 1, no fileChunks table), every record a version-1 envelope. Run once through
// tests/unit/fixtureVault.test.ts with REGENERATE_FIXTURES=1; existing files are never replaced.
import { Contact, Dossier } from '@shared/domain'
import { deriveKeyEncryptionKey, generateDataKey, randomBytes, sealJson, wrapDataKey, type KdfParams } from '@shared/crypto'
import { DeadlineLogEntry } from '@shared/deadlines/deadlineLog'
import { prefillFromDossier } from '@shared/petitions'
import { PetitionDraftRecord, VaultSettings } from '@shared/vault/recordKinds'
import { dumpTables, openAtVersion, type FixtureVault } from './fixtureVault'

export const V1_PASSPHRASE = 'orchard lighthouse vellum tangent 1997'

/** What Redress declared at Dexie version 1 (renderer/vault/vaultDatabase.ts before issue 5). */
const DEXIE_V1 = { version: 1, stores: { meta: '&key', records: '&id, kind' } }

/** The lowest parameters KdfParams accepts, so that unlocking the fixture in a test is quick. */
const FAST_KDF = { algorithm: 'argon2id', memoryKiB: 19_456, iterations: 2, parallelism: 1 } as const

const AT = '2026-03-02T10:15:00.000Z'
const ID = (n: number) => `3f6c2a10-8b1d-4c2e-9f0a-${n.toString(16).padStart(12, '0')}`

function client(n: number, legalName: string, latinName: string, nationalities: string[], extra: Record<string, unknown> = {}) {
  return { id: ID(n), legalName, latinName, nationalities, createdAt: AT, updatedAt: AT, ...extra }
}

function dossiers(): Dossier[] {
  const gulsenMatter = ID(0x101)
  const aliMatter = ID(0x301)
  return [
    Dossier.parse({
      schemaVersion: 1,
      id: ID(1),
      client: client(1, 'Gülşen Yıldırım', 'Gulsen Yildirim', ['TR'], {
        dateOfBirth: '1984-03-12',
        protection: { kind: 'refugee', grantingCountry: 'DE', grantedOn: '2019-06-18', reference: '7712345-163' },
        idDocuments: [{ kind: 'refugee-travel-document', number: 'RTD-0043117', issuingCountry: 'DE' }]
      }),
      matters: [
        {
          id: gulsenMatter,
          clientId: ID(1),
          kind: 'red-notice',
          requestingCountry: 'TR',
          ncb: 'NCB Ankara',
          offences: [{ description: 'Membership of an armed terrorist organisation', legalProvision: 'Turkish Penal Code art. 314(2)', maxPenaltyMonths: 180 }],
          stage: 'challenged',
          createdAt: AT,
          updatedAt: AT
        }
      ],
      events: [
        { id: ID(0x111), matterId: gulsenMatter, type: 'border-stop', date: '2025-11-03', summary: 'Stopped at Athens airport, released after 6 hours', createdAt: AT },
        { id: ID(0x112), matterId: gulsenMatter, type: 'ccf-request-received', date: '2026-02-16', summary: 'CCF acknowledged receipt', requestType: 'correction-deletion', createdAt: AT }
      ],
      notes: [{ id: ID(0x121), matterId: gulsenMatter, body: 'Ask the Hamburg office for the 2019 recognition file.', createdAt: AT, updatedAt: AT }]
    }),
    Dossier.parse({ schemaVersion: 1, id: ID(2), client: client(2, 'Ерлан Жақсылықов', 'Yerlan Zhaksylykov', ['KZ'], { aliases: ['Ерлан Жаксыликов'] }) }),
    Dossier.parse({
      schemaVersion: 1,
      id: ID(3),
      client: client(3, 'علي حسن الكعبي', 'Ali Hasan Al-Kaabi', ['IQ'], { preferredLanguage: 'ar', placeOfBirth: 'البصرة' }),
      matters: [{ id: aliMatter, clientId: ID(3), kind: 'diffusion', requestingCountry: 'AE', stage: 'suspected', createdAt: AT, updatedAt: AT }],
      deadlineStates: [{ key: `${aliMatter}|access-reply`, matterId: aliMatter, status: 'done', doneOn: '2026-02-20', changedAt: AT }]
    }),
    Dossier.parse({ schemaVersion: 1, id: ID(4), client: client(4, '王小明', 'Wang Xiaoming', ['CN'], { dateOfBirth: '1979-10-01' }) }),
    Dossier.parse({ schemaVersion: 1, id: ID(5), client: client(5, 'ნინო ბერიძე', 'Nino Beridze', ['GE']) })
  ]
}

function contacts(): Contact[] {
  return [
    Contact.parse({ id: ID(0x201), role: 'ccf', name: 'CCF Secretariat', organisation: 'Commission for the Control of INTERPOL’s Files', email: 'ccf@example.org', createdAt: AT, updatedAt: AT }),
    Contact.parse({ id: ID(0x202), role: 'ngo', name: 'Мария Петрова', organisation: 'Правозащитный центр', country: 'GE', createdAt: AT, updatedAt: AT })
  ]
}

function drafts(list: Dossier[]): PetitionDraftRecord[] {
  const [gulsen, , ali] = list
  return [
    PetitionDraftRecord.parse({ draft: prefillFromDossier(gulsen!, gulsen!.matters[0]!.id, { today: '2026-03-02', requestType: 'correction-deletion', draftId: ID(0x401), now: AT }), resumeAt: 'grounds' }),
    PetitionDraftRecord.parse({ draft: prefillFromDossier(ali!, ali!.matters[0]!.id, { today: '2026-03-02', requestType: 'access', draftId: ID(0x402), now: AT }), resumeAt: 'review' })
  ]
}

function logDay() {
  const entries = [
    { id: ID(0x501), at: AT, actor: 'M. Dubois', action: 'computed', deadlineKey: `${ID(0x101)}|ccf-decision`, matterId: ID(0x101), summary: 'CCF decision on correction/deletion: due 2026-11-16 (Statute Art. 40(2))' },
    { id: ID(0x502), at: '2026-03-02T10:20:00.000Z', actor: 'M. Dubois', action: 'marked-done', deadlineKey: `${ID(0x301)}|access-reply`, matterId: ID(0x301), summary: 'Access reply received, marked done' }
  ].map((e) => DeadlineLogEntry.parse(e))
  return { day: '2026-03-02', entries }
}

const SETTINGS = VaultSettings.parse({ autoLockMinutes: 15, notificationsShowClientNames: false, calendarShowClientNames: false, actorName: 'M. Dubois' })

export interface V1FixtureOptions {
  /** Adds a dossier sealed at envelope version 99, as a later Redress would write it. */
  withNewerRecord?: boolean
}

/** Builds the vault in a real Dexie-version-1 database named `dbName`, then dumps it. */
export async function buildV1FixtureVault(dbName: string, options: V1FixtureOptions = {}): Promise<FixtureVault> {
  const kdf: KdfParams = { ...FAST_KDF, salt: randomBytes(16) }
  const dataKey = await generateDataKey()
  const wrappedDataKey = await wrapDataKey(dataKey, await deriveKeyEncryptionKey(V1_PASSPHRASE, kdf))
  const list = dossiers()
  const draftList = drafts(list)
  const day = logDay()
  const seal = (kind: string, id: string, value: unknown, v = 1) => sealJson(dataKey, kind, id, v, value)
  const records = await Promise.all([
    ...list.map((d) => seal('dossier', d.id, d)),
    ...contacts().map((c) => seal('contact', c.id, c)),
    seal('settings', 'vault-settings', SETTINGS),
    ...draftList.map((r) => seal('petition-draft', r.draft.id, r)),
    seal('deadline-log', `deadline-log.${day.day}`, day)
  ])
  const unreadable: FixtureVault['expected']['unreadable'] = []
  if (options.withNewerRecord) {
    const future = { ...list[1]!, schemaVersion: 99, client: { ...list[1]!.client, legalName: 'Ерлан Жақсылықов (future)' }, biometrics: { kind: 'not-yet-invented' } }
    records.push(await seal('dossier', ID(0x999), { ...future, id: ID(0x999) }, 99))
    unreadable.push({ id: ID(0x999), kind: 'dossier', reason: 'A stored dossier record (version 99) was written by a newer version of Redress. Update Redress to open it.' })
  }

  const db = openAtVersion(dbName, DEXIE_V1)
  try {
    await db.open()
    await db.table('meta').add({ key: 'keyring', formatVersion: 1, kdf, wrappedDataKey, createdAt: AT })
    await db.table('records').bulkAdd(records)
    const tables = await dumpTables(db)
    return {
      format: 'redress-fixture-vault',
      formatVersion: 1,
      about: `A vault as Redress stored it at Dexie version 1 (before exhibits): five dossiers in Latin, Cyrillic, Arabic, Han and Georgian script, two contacts, settings, two petition drafts and one deadline-log day, every record a version-1 envelope${options.withNewerRecord ? ', plus one dossier sealed at version 99 by a later Redress' : ''}. Keyring at the lowest Argon2id parameters KdfParams accepts. Written once by tests/support/fixtureVaultV1.ts; do not regenerate after a schema change.`,
      passphrase: V1_PASSPHRASE,
      dexie: DEXIE_V1,
      tables,
      expected: { dossiers: list, contacts: contacts(), settings: SETTINGS, petitionDrafts: draftList, deadlineLog: [day], unreadable }
    }
  } finally {
    db.close()
    await db.delete()
  }
}
