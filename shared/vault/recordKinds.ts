// The kinds of encrypted record in the vault and how each is upgraded.
import { z } from 'zod'
import { Contact, DOSSIER_SCHEMA_VERSION, Dossier, IsoDate } from '../domain'
import { RulePack } from '../rules/ruleSchema'
import { CcfSession } from '../deadlines/ccfSessions'
import { ReminderLog } from '../deadlines/reminders'
import { DeadlineLogEntry } from '../deadlines/deadlineLog'
import { PetitionDraft } from '../petitions/draftModel'
import { Exhibit } from '../exhibits/exhibitRecord'
import { BundleDefinition } from '../exhibits/bundleDefinition'
import { OwnPrecedent, type Precedent } from '../precedents/precedent'
import { CountryConcern } from '../countryProfiles/countryConcern'
import type { RecordKindSpec } from './migrations'

export const VaultSettings = z
  .object({
    /** Auto-lock after this many idle minutes (issue: default 10, configurable). */
    autoLockMinutes: z.number().int().min(1, { message: 'Auto-lock must be at least 1 minute.' }).max(240, { message: 'Auto-lock can be at most 240 minutes.' }),
    /** Off by default: notifications appear on shared and photographed screens. */
    notificationsShowClientNames: z.boolean().default(false),
    /** Off by default: calendar files leave the vault unencrypted. */
    calendarShowClientNames: z.boolean().default(false),
    /** Who is recorded in the daily deadline log. */
    actorName: z.string().trim().min(1, { message: 'Your name or initials are required for the deadline log.' }).max(80).default('Vault owner')
  })
  .strict()
export type VaultSettings = z.infer<typeof VaultSettings>
export const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 10, notificationsShowClientNames: false, calendarShowClientNames: false, actorName: 'Vault owner' }

export const dossierKind: RecordKindSpec<Dossier> = {
  kind: 'dossier',
  currentVersion: DOSSIER_SCHEMA_VERSION,
  schema: Dossier,
  steps: {}
}

export const contactKind: RecordKindSpec<Contact> = { kind: 'contact', currentVersion: 1, schema: Contact, steps: {} }

export const settingsKind: RecordKindSpec<VaultSettings> = { kind: 'settings', currentVersion: 1, schema: VaultSettings, steps: {} }

/** The lawyer's own and forked rule packs (shipped packs live in code, not in the vault). */
export const rulePackKind: RecordKindSpec<RulePack> = { kind: 'rule-pack', currentVersion: 1, schema: RulePack, steps: {} }

export const CcfSessionList = z.object({ sessions: z.array(CcfSession).max(500) }).strict()
export const ccfSessionsKind: RecordKindSpec<z.infer<typeof CcfSessionList>> = { kind: 'ccf-sessions', currentVersion: 1, schema: CcfSessionList, steps: {} }

export const ReminderLogRecord = z.object({ entries: ReminderLog }).strict()
export const reminderLogKind: RecordKindSpec<z.infer<typeof ReminderLogRecord>> = { kind: 'reminder-log', currentVersion: 1, schema: ReminderLogRecord, steps: {} }

/** One record per day: the log grows by days, and printing a day reads one record. */
export const DeadlineLogDay = z.object({ day: IsoDate, entries: z.array(DeadlineLogEntry).max(100_000) }).strict()
export type DeadlineLogDay = z.infer<typeof DeadlineLogDay>
export const deadlineLogKind: RecordKindSpec<DeadlineLogDay> = { kind: 'deadline-log', currentVersion: 1, schema: DeadlineLogDay, steps: {} }

/**
 * A petition draft in progress (issue #4), saved after every wizard step, with the screen to
 * resume at ('applicant', …, 'review', 'export'): one record per draft.
 */
export const PetitionDraftRecord = z.object({ draft: PetitionDraft, resumeAt: z.string().max(40).default('') }).strict()
export type PetitionDraftRecord = z.infer<typeof PetitionDraftRecord>
export const petitionDraftKind: RecordKindSpec<PetitionDraftRecord> = { kind: 'petition-draft', currentVersion: 1, schema: PetitionDraftRecord, steps: {} }

/** An exhibit's metadata and where its encrypted original is (issue 5); the bytes live in fileChunks. */
export const exhibitKind: RecordKindSpec<Exhibit> = { kind: 'exhibit', currentVersion: 1, schema: Exhibit, steps: {} }

/** One bundle arrangement per matter: the record id is the matter's id. */
export const bundleDefinitionKind: RecordKindSpec<BundleDefinition> = { kind: 'bundle-definition', currentVersion: 1, schema: BundleDefinition, steps: {} }

/** When the last good backup was made and what it held (issue 6): one record, id 'backup-log'. */
export const BackupLogRecord = z
  .object({
    lastGoodAt: z.iso.datetime({ offset: true }),
    fileName: z.string().min(1).max(255),
    bytes: z.number().int().min(0),
    counts: z.object({ records: z.number().int().min(0), files: z.number().int().min(0), fileChunks: z.number().int().min(0), fileBytes: z.number().int().min(0) }).strict()
  })
  .strict()
export type BackupLogRecord = z.infer<typeof BackupLogRecord>
export const backupLogKind: RecordKindSpec<BackupLogRecord> = { kind: 'backup-log', currentVersion: 1, schema: BackupLogRecord, steps: {} }

const hex = (bytes: { min: number; max: number }) => new RegExp(`^(?:[0-9a-f]{2}){${bytes.min},${bytes.max}}$`)

/**
 * Scheduled backups to a folder (issue 6, part 3): one record, id 'backup-schedule'. The backup key
 * is derived once from the backup passphrase when the lawyer sets the schedule up, and kept raw
 * with its KDF parameters so each backup can run unattended. It sits inside the encrypted vault:
 * whoever can read it can read every dossier anyway. Each backup file's header carries the
 * parameters, so restoring needs only the passphrase.
 */
export const BackupScheduleRecord = z
  .object({
    enabled: z.boolean(),
    interval: z.enum(['daily', 'weekly']),
    key: z
      .object({
        rawHex: z.string().regex(hex({ min: 32, max: 32 })),
        kdf: z
          .object({
            algorithm: z.literal('argon2id'),
            memoryKiB: z.number().int().min(19_456).max(4_194_304),
            iterations: z.number().int().min(2).max(64),
            parallelism: z.number().int().min(1).max(16),
            saltHex: z.string().regex(hex({ min: 16, max: 64 }))
          })
          .strict(),
        passphraseSource: z.enum(['new', 'vault']),
        setUpAt: z.iso.datetime({ offset: true })
      })
      .strict()
      .nullable(),
    /** The last scheduled attempt, good or not, so a failing drive is shown and not retried in a loop. */
    lastRun: z
      .object({
        at: z.iso.datetime({ offset: true }),
        ok: z.boolean(),
        fileName: z.string().min(1).max(255).optional(),
        message: z.string().max(1000).optional()
      })
      .strict()
      .nullable()
  })
  .strict()
export type BackupScheduleRecord = z.infer<typeof BackupScheduleRecord>
export const backupScheduleKind: RecordKindSpec<BackupScheduleRecord> = { kind: 'backup-schedule', currentVersion: 1, schema: BackupScheduleRecord, steps: {} }

/** A public concern about a requesting country that the lawyer recorded (issue 8): one record per concern. */
export const countryConcernKind: RecordKindSpec<CountryConcern> = { kind: 'country-concern', currentVersion: 1, schema: CountryConcern, steps: {} }

/** The lawyer's own precedents (issue 8): one record per entry; the reference set lives in code. */
export const precedentKind: RecordKindSpec<Precedent> = { kind: 'precedent', currentVersion: 1, schema: OwnPrecedent, steps: {} }
