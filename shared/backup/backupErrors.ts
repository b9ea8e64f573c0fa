// Every way a .redress-backup file can be refused, in words a lawyer can act on. Reading a backup
// never writes to the vault, so every message can promise that nothing there was changed.

export type BackupFormatErrorCode =
  | 'not-a-backup'
  | 'newer-version'
  | 'wrong-passphrase-or-damaged-header'
  | 'truncated'
  | 'damaged'
  | 'invalid-entry'

const UNCHANGED = 'Nothing in your vault was changed.'

const guidance: Record<BackupFormatErrorCode, string> = {
  'not-a-backup': 'This file is not a Redress backup. Choose a file ending in .redress-backup.',
  'newer-version': 'This backup was made by a newer version of Redress. Update Redress on this device to restore it.',
  'wrong-passphrase-or-damaged-header':
    'The backup passphrase is not correct, or the start of the backup file is damaged. Check the passphrase (it may differ from your vault passphrase) and try again; if you are sure it is right, use another copy of the backup.',
  truncated: 'The backup file is incomplete: it ends before its end marker, probably because copying it was interrupted. Use another copy of the backup.',
  damaged: 'The backup file is damaged or was altered after it was made, so it cannot be trusted. Use another copy of the backup.',
  'invalid-entry': 'The backup file is intact but holds an item Redress cannot read. Use another backup, and keep this file for support.'
}

export class BackupFormatError extends Error {
  /**
   * @param detail  technical reason for logs and support (never client data: ids, offsets, kinds)
   * @param offset  byte offset in the file where the problem was found, when known
   */
  constructor(
    readonly code: BackupFormatErrorCode,
    readonly detail: string,
    readonly offset: number | null = null
  ) {
    super(`${guidance[code]} ${UNCHANGED}`)
    this.name = 'BackupFormatError'
  }
}

/** The writer refuses input that would make an unreadable backup; the partial output must be discarded. */
export class BackupWriteError extends Error {
  constructor(detail: string) {
    super(`The backup could not be made: ${detail} Delete the incomplete backup file and make the backup again. Nothing in your vault was changed.`)
    this.name = 'BackupWriteError'
  }
}
