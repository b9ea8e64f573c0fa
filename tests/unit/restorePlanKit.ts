// Test kit for the restore dry run and plan: a small vault's worth of real, valid records (clients in
// several scripts, an exhibit with its original, singletons) written into a real .redress-backup.
import { randomUUID } from 'node:crypto'
import { openBackup, type BackupItem } from '@shared/backup'
import { verifyBackup, type VerifiedBackup, type VerifyOptions } from '@shared/backup/restoreVerification'
import { DEFAULT_SETTINGS } from '@shared/vault/recordKinds'
import { Exhibit } from '@shared/exhibits/exhibitRecord'
import { PASS, countsOf, fastKdf, makeBackup, pattern, pieces, sha } from './backupFormatKit'
import { gulsenDossier, yerlanDossier } from './fixtures'

export const CHUNK = 700
export const NOW = '2026-04-01T10:00:00.000Z'

export function exhibitRecord(fileId: string, bytes: Uint8Array, overrides: Partial<Exhibit> = {}): Exhibit {
  const dossier = gulsenDossier()
  return Exhibit.parse({
    id: randomUUID(),
    dossierId: dossier.id,
    matterId: dossier.matters[0]?.id,
    file: { fileId, fileName: 'warrant.pdf', sizeBytes: bytes.length, mediaType: 'application/pdf', sha256: sha(bytes), chunkCount: Math.ceil(bytes.length / CHUNK), intakeAt: NOW },
    kind: 'pdf',
    title: 'Arrest warrant',
    documentDate: null,
    documentDateSource: null,
    author: '',
    language: 'tr',
    translationOf: null,
    confidential: false,
    grounds: [],
    notes: '',
    pageCount: 1,
    preflight: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides
  })
}

export function record(kind: string, id: string, value: unknown, v = 1): BackupItem {
  return { type: 'record', kind, id, v, json: JSON.stringify(value) }
}

export function fileChunks(fileId: string, bytes: Uint8Array): BackupItem[] {
  const count = Math.ceil(bytes.length / CHUNK)
  return Array.from({ length: count }, (_, index) => ({ type: 'file-chunk' as const, fileId, index, count, bytes: bytes.subarray(index * CHUNK, (index + 1) * CHUNK) }))
}

export interface SampleVault {
  items: BackupItem[]
  exhibit: Exhibit
  fileBytes: Uint8Array
}

/** Two dossiers (Latin/Turkish and Cyrillic/Kazakh), an exhibit and its 2,000-byte original, settings. */
export function sampleVault(): SampleVault {
  const fileId = randomUUID()
  const fileBytes = pattern(2000, 3)
  const exhibit = exhibitRecord(fileId, fileBytes)
  const gulsen = gulsenDossier()
  const yerlan = yerlanDossier()
  const items: BackupItem[] = [
    record('dossier', gulsen.id, gulsen),
    record('dossier', yerlan.id, yerlan),
    // The original comes before its exhibit record: the check must not depend on the order.
    ...fileChunks(fileId, fileBytes),
    record('exhibit', exhibit.id, exhibit),
    record('settings', 'settings', DEFAULT_SETTINGS)
  ]
  return { items, exhibit, fileBytes }
}

/** Writes `items` into a real backup file, then reads and verifies it as a restore would. */
export async function verifyItems(items: BackupItem[], onProgress?: VerifyOptions['onProgress']): Promise<VerifiedBackup> {
  const bytes = await makeBackup(items, { frameBytes: 1024, counts: countsOf(items) })
  return verifyFile(bytes, onProgress)
}

export async function verifyFile(bytes: Uint8Array, onProgress?: VerifyOptions['onProgress']): Promise<VerifiedBackup> {
  const { entries } = await openBackup(pieces(bytes, 4096), { passphrase: PASS, kdf: fastKdf })
  return verifyBackup(entries, { onProgress })
}
