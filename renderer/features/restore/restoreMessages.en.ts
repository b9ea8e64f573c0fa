// Strings of the restore screens (issue 6, part 2; English: the type source). Failure messages come
// from the restore code itself: they already say what went wrong, what to do, and that nothing was restored.
import type { RestorePolicy } from '@shared/backup'
import type { RestoreStep } from '../../restore/restoreProgress'

export const en = {
  panelTitle: 'Restore from a backup',
  panelIntro:
    'Brings dossiers, drafts, deadlines and exhibits back from a .redress-backup file into this vault. The whole file is checked first and you see what would change; nothing in this vault is deleted, and if anything fails, nothing is restored.',
  openForm: 'Restore from a backup…',
  closeForm: 'Close',
  file: 'Backup file',
  fileHint: 'A file ending in .redress-backup, for example from your encrypted USB stick.',
  passphrase: 'Backup passphrase',
  passphraseHint: 'The passphrase chosen when the backup was made (it may be your vault passphrase).',
  check: 'Check backup',
  checkAgain: 'Check again',
  cancel: 'Cancel',
  steps: {
    opening: 'Opening the backup',
    checking: 'Checking the backup',
    writing: 'Restoring',
    finishing: 'Finishing'
  } satisfies Record<RestoreStep, string>,
  progress:
    '{step, select, opening {Opening the backup} checking {Checking the backup} writing {Restoring} other {Finishing}}… {readMb} of {totalMb} MB read',
  checkCancelled: 'The check was cancelled. Nothing was restored; your vault is unchanged.',
  restoreCancelled: 'The restore was cancelled. Nothing was restored; your vault is unchanged.',
  unexpected: 'Something unexpected went wrong. Nothing was restored; your vault is unchanged. Try again; if it fails again, restart Redress.',
  previewTitle: 'What this backup would restore',
  madeOn: 'Backup made on {when}.',
  summary:
    'It holds {records, plural, one {# record} other {# records}} and {files, plural, one {# exhibit file} other {# exhibit files}} in {size}. Every part of it was checked and is intact.',
  policyLegend: 'When the backup and this vault both have a record',
  policies: {
    'newer-wins': { label: 'Newer wins — recommended', hint: 'The more recently changed copy stays; records without a date are kept as they are in this vault.' },
    'backup-wins': { label: 'The backup wins', hint: 'Every record in the backup replaces the one in this vault.' },
    'keep-mine': { label: 'Keep mine — only add what is missing', hint: 'Nothing in this vault is changed; only records it does not have are added.' }
  } satisfies Record<RestorePolicy, { label: string; hint: string }>,
  unchanged: 'This vault already has everything in this backup with this choice: restoring would change nothing.',
  restore: 'Restore…',
  confirmTitle: 'Restore from this backup?',
  confirmAdds: '{n, plural, one {# record will be added.} other {# records will be added.}}',
  confirmUpdates: '{n, plural, one {# record in this vault will be replaced by the backup’s copy.} other {# records in this vault will be replaced by the backup’s copy.}}',
  confirmKeeps: '{n, plural, one {# record stays as they are.} other {# records stay as they are.}}',
  confirmNothingDeleted: 'Nothing is deleted: records that are only in this vault stay. If anything fails, nothing is restored.',
  confirm: 'Restore',
  restored: 'Restored: {added} added, {updated} updated, {kept} kept, {files, plural, one {# exhibit file} other {# exhibit files}} written.',

  // First run: restore into a new vault.
  firstRunEntry: 'Restore from a backup instead…',
  newVaultTitle: 'Restore a vault from a backup',
  newVaultIntro:
    'Choose your .redress-backup file and its passphrase. Redress checks the whole file first; then you choose the passphrase of the vault on this device.',
  back: 'Back',
  newVaultPassphraseTitle: 'Passphrase for this vault',
  useBackupPassphrase: 'Use the backup passphrase for this vault',
  newVaultPassphrase: 'Vault passphrase',
  newVaultConfirmation: 'Repeat the vault passphrase',
  restoreNewVault: 'Restore',
  restoringNewVault: 'Restoring your vault…'
}
